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


def test_a_file_whose_reader_fails_in_any_way_is_refused_and_nothing_is_written(tmp_path, monkeypatch):
    from bot.documents import corpus

    def failing_reader(data, kind):
        raise RecursionError("maximum recursion depth exceeded")  # not a DocumentError: a reader's own bug

    monkeypatch.setattr(corpus, "extract", failing_reader)
    result = save_upload(tmp_path, "leaflet.pdf", pdf_bytes(["Iron is in spinach."]), 5 * MB)
    assert result.saved_as is None and "the pdf reader failed on it (RecursionError)" in result.reason
    assert list(tmp_path.iterdir()) == []


def test_a_file_whose_text_is_not_valid_unicode_is_refused(tmp_path, monkeypatch):
    from bot.documents import corpus

    real_extract = corpus.extract

    def half_an_emoji(data, kind):
        found = real_extract(data, kind)
        return type(found)(found.kind, found.text + " \ud800", found.layout)

    monkeypatch.setattr(corpus, "extract", half_an_emoji)
    result = save_upload(tmp_path, "leaflet.pdf", pdf_bytes(["Iron is in spinach."]), 5 * MB)
    assert result.saved_as is None and "not valid Unicode" in result.reason
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten_even_when_it_appears_after_the_name_was_checked(tmp_path, monkeypatch):
    import os

    real_link = os.link

    def someone_else_first(src, dst, *args, **kwargs):
        if not os.path.exists(dst) and os.path.basename(dst) == "dose2.txt":
            with open(dst, "xb") as other:  # another server saves dose2.txt at this very moment
                other.write(b"Take two tablets.")
        return real_link(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "link", someone_else_first)
    result = save_upload(tmp_path, "dose2.txt", b"Take one tablet.", 5 * MB)
    assert (result.saved_as, result.reason) == ("dose2-2.txt", "")
    assert (tmp_path / "dose2.txt").read_bytes() == b"Take two tablets."
    assert (tmp_path / "dose2-2.txt").read_bytes() == b"Take one tablet."


def _upload_many(corpus_dir, worker, rounds, barrier, results):
    for n in range(rounds):
        barrier.wait(timeout=30)
        result = save_upload(corpus_dir, "dose2.txt", f"Take {n} tablets (server {worker}).".encode(), 5 * MB)
        results.put((worker, n, result.saved_as, result.reason))


@pytest.mark.slow
def test_two_processes_saving_same_name_uploads_at_once_lose_none(tmp_path):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    rounds, barrier, results = 20, context.Barrier(2), context.Queue()
    workers = [context.Process(target=_upload_many, args=(tmp_path, w, rounds, barrier, results)) for w in (0, 1)]
    for worker in workers:
        worker.start()
    replies = [results.get(timeout=60) for _ in range(2 * rounds)]
    for worker in workers:
        worker.join(timeout=30)
    assert all(reason == "" for *_, reason in replies)
    saved = [saved_as for *_, saved_as, _ in replies]
    assert len(set(saved)) == 2 * rounds  # a distinct name for every upload
    on_disk = {p.read_bytes() for p in tmp_path.iterdir()}
    assert on_disk == {f"Take {n} tablets (server {w}).".encode() for w in (0, 1) for n in range(rounds)}


def test_a_copy_of_an_indexed_file_under_another_name_is_not_saved(tmp_path):
    import hashlib

    data = pdf_bytes(["Iron is in spinach."])
    (tmp_path / "iron.pdf").write_bytes(data)
    indexed = {hashlib.sha256(data).hexdigest(): "iron.pdf"}
    result = save_upload(tmp_path, "iron-copy.pdf", data, 5 * MB, indexed)
    assert (result.saved_as, result.same_as, result.reason) == (None, "iron.pdf", "same content as iron.pdf, not added")
    other = save_upload(tmp_path, "calcium.pdf", pdf_bytes(["Calcium is in milk."]), 5 * MB, indexed)
    assert (other.saved_as, other.same_as) == ("calcium.pdf", None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calcium.pdf", "iron.pdf"]


def test_an_upload_is_read_once_its_check_giving_the_index_build_its_text(tmp_path, monkeypatch):
    import bot.documents.corpus as corpus

    reads = []
    real_extract = corpus.extract
    monkeypatch.setattr(corpus, "extract", lambda data, kind, **kw: reads.append(kind) or real_extract(data, kind))
    data = pdf_bytes(["Iron is in spinach.", "Calcium is in milk."])
    assert save_upload(tmp_path, "leaflet.pdf", data, 5 * MB).saved_as == "leaflet.pdf"
    documents = corpus.load_documents(tmp_path)
    assert reads == ["pdf"]  # the check's reading (and a scan's OCR), not a second one for the index
    assert documents[0].text == real_extract(data, "pdf").text
    (tmp_path / "copy.pdf").write_bytes(data)  # the same bytes again, never uploaded: read as usual
    assert [d.source for d in corpus.load_documents(tmp_path)] == ["copy.pdf"] and reads == ["pdf"] * 3
