import pytest

from bot.corpus import load_documents
from bot.errors import CorpusError


def test_loads_txt_and_md_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("no", encoding="utf-8")
    assert [d.source for d in load_documents(tmp_path)] == ["a.txt", "b/z.md"]


def test_text_matches_read_text_even_with_crlf_line_endings(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"One.\r\nTwo.\rThree.\n")
    doc = load_documents(tmp_path)[0]
    assert doc.text == (tmp_path / "w.txt").read_text(encoding="utf-8") == "One.\nTwo.\nThree.\n"


def test_invalid_utf8_names_the_file_and_byte_offset(tmp_path):
    (tmp_path / "good.txt").write_text("fine", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"abc\xff\xfedef")
    with pytest.raises(CorpusError, match=r"bad\.txt: not valid UTF-8 at byte offset 3"):
        load_documents(tmp_path)


def test_empty_corpus_is_an_error_that_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="no .txt or .md files"):
        load_documents(tmp_path)


def test_missing_corpus_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_documents(tmp_path / "nope")
