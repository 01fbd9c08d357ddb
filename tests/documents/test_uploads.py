import pytest

from bot.documents.uploads import safe_name, save_upload, save_upload_file
from tests.support.documents import docx_bytes, pdf_bytes

MB = 1_000_000


@pytest.mark.parametrize("given, expected", [
    ("leaflet.pdf", "leaflet.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\me\\Notes.MD", "Notes.md"),
    (".hidden.txt", "hidden.txt"),
    ("<b onload=x>.html", "b onload_x.html"),
    ("</script>.html", "script.html"),
    ("r\u00e9sum\u00e9 \u202eevil\x00.docx", "r\u00e9sum\u00e9 _evil.docx"),
    ("a" * 300 + ".txt", "a" * 96 + ".txt"),
    ("...pdf", "document.pdf"),
    ("virus.exe", None),
    ("no_extension", None),
    ("archive.pdf.zip", None),
])
def test_names_are_made_safe(given, expected):
    assert safe_name(given) == expected


def test_a_good_file_is_saved_and_a_second_with_the_same_name_does_not_overwrite(tmp_path):
    first = save_upload(tmp_path, "leaflet.pdf", pdf_bytes(["Iron is in spinach."]), 5 * MB)
    second = save_upload(tmp_path, "leaflet.pdf", pdf_bytes(["Calcium is in milk."]), 5 * MB)
    again = save_upload(tmp_path, "leaflet.pdf", pdf_bytes(["Iron is in spinach."]), 5 * MB)
    assert (first.saved_as, first.reason) == ("leaflet.pdf", "")
    assert (second.saved_as, second.reason) == ("leaflet-2.pdf", "")
    assert (again.saved_as, again.reason) == ("leaflet.pdf", "already in the corpus")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leaflet-2.pdf", "leaflet.pdf"]


@pytest.mark.parametrize("name, data, reason", [
    ("leaflet.pdf", b"<html>not a pdf</html>", "its content is text"),
    ("notes.txt", pdf_bytes(["A PDF in disguise."]), "its content is pdf"),
    ("report.docx", pdf_bytes(["A PDF in disguise."]), "its content is pdf"),
    ("notes.txt", docx_bytes([("Normal", "Word in disguise.")]), "its content is docx"),
    ("scan.pdf", pdf_bytes([""]), "OCR"),
    ("locked.pdf", pdf_bytes(["Secret."], user_password="pw"), "encrypted"),
    ("empty.txt", b"", "empty file"),
    ("latin1.txt", "caf\u00e9".encode("latin-1"), "not valid UTF-8"),
    ("tool.exe", b"MZ", "not a supported type"),
])
def test_bad_uploads_are_refused_with_the_reason_and_nothing_is_written(tmp_path, name, data, reason):
    result = save_upload(tmp_path, name, data, 5 * MB)
    assert result.saved_as is None and reason in result.reason
    assert list(tmp_path.iterdir()) == []


def test_too_big_files_are_refused_unread(tmp_path):
    upload = tmp_path / "upload"
    upload.mkdir()
    big = upload / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    result = save_upload_file(corpus, big, 1000)
    assert result.saved_as is None and "too big" in result.reason
    assert list(corpus.iterdir()) == []
