import os
import time

import pytest

from bot.documents import corpus
from bot.documents.corpus import load_corpus, load_documents
from bot.errors import CorpusError
from tests.support.documents import docx_bytes, pdf_bytes


def test_loads_txt_and_md_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / "notes.doc").write_bytes(b"old word format")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("no", encoding="utf-8")
    assert [d.source for d in load_documents(tmp_path)] == ["a.txt", "b/z.md"]


def test_text_matches_read_text_even_with_crlf_line_endings(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"One.\r\nTwo.\rThree.\n")
    doc = load_documents(tmp_path)[0]
    assert doc.text == (tmp_path / "w.txt").read_text(encoding="utf-8") == "One.\nTwo.\nThree.\n"


def test_bad_files_are_skipped_with_path_and_reason_and_the_rest_loads(tmp_path):
    (tmp_path / "good.txt").write_text("Fine words.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"abc\xff\xfedef")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "locked.pdf").write_bytes(pdf_bytes(["Secret."], user_password="pw"))
    (tmp_path / "scan.pdf").write_bytes(pdf_bytes([""]))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04broken")
    (tmp_path / "fake.pdf").write_text("I am not a PDF.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [d.source for d in corpus.documents] == ["good.txt"]
    reasons = {s.source: s.reason for s in corpus.skipped}
    assert set(reasons) == {"bad.txt", "binary.txt", "empty.md", "locked.pdf", "scan.pdf", "broken.docx", "fake.pdf"}
    assert reasons["bad.txt"].startswith("not valid UTF-8 at byte offset 3")
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.md"]
    assert "encrypted" in reasons["locked.pdf"] and "OCR" in reasons["scan.pdf"]
    # Cut short, not an old .doc: the file is damaged or incomplete.
    assert reasons["broken.docx"].startswith("damaged or incomplete Word .docx file") and ".doc " not in \
        reasons["broken.docx"]


def test_a_file_over_the_size_limit_is_skipped_unread(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Small.", encoding="utf-8")
    corpus = load_corpus(tmp_path, max_bytes=1000)
    assert [d.source for d in corpus.documents] == ["small.txt"]
    assert corpus.skipped[0].source == "big.txt" and "too big" in corpus.skipped[0].reason


def test_identical_files_are_kept_once(tmp_path):
    for name in ("a.txt", "b/copy.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Same words.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [d.source for d in corpus.documents] == ["a.txt"]
    assert corpus.skipped[0].source == "b/copy.txt" and "same content as a.txt" in corpus.skipped[0].reason
    (tmp_path / "a.txt").unlink()  # the copy is what is left of those words: now it is indexed
    again = load_corpus(tmp_path, known={d.source: d for d in corpus.documents})
    assert [d.source for d in again.documents] == ["b/copy.txt"] and not again.skipped


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    (tmp_path / "a.pdf").write_bytes(pdf_bytes(["Page one."]))
    (tmp_path / "b.docx").write_bytes(docx_bytes([("Normal", "Word text.")]))
    first = {d.source: d for d in load_corpus(tmp_path).documents}
    read = []
    real_read = corpus.read_document
    monkeypatch.setattr(corpus, "read_document",
                        lambda folder, source, *args: read.append(source) or real_read(folder, source, *args))
    second = {d.source: d for d in load_corpus(tmp_path, known=first).documents}
    assert read == [] and second == first
    (tmp_path / "b.docx").write_bytes(docx_bytes([("Normal", "Changed text.")]))
    third = {d.source: d for d in load_corpus(tmp_path, known=first).documents}
    assert read == ["b.docx"] and "Changed text." in third["b.docx"].text and third["a.pdf"] is first["a.pdf"]


def test_a_corpus_of_only_bad_files_is_an_error_naming_them(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    with pytest.raises(CorpusError, match=r"bad\.txt: not valid UTF-8"):
        load_corpus(tmp_path)


def test_empty_corpus_is_an_error_that_says_what_to_do(tmp_path):
    with pytest.raises(CorpusError, match="has no documents"):
        load_documents(tmp_path)


def test_missing_corpus_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_documents(tmp_path / "nope")


def test_links_leading_out_of_the_corpus_folder_are_skipped_with_the_reason(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd.txt").write_text("root:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (outside / "private").mkdir()
    (outside / "private" / "notes.md").write_text("Private notes.", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "guide.txt").write_text("Magnesium helps cramps.", encoding="utf-8")
    (folder / "accounts.txt").symlink_to(outside / "passwd.txt")
    (folder / "shared").symlink_to(outside / "private", target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "guide.txt")
    loaded = load_corpus(folder)
    assert [d.source for d in loaded.documents] == ["guide.txt"]
    reasons = {s.source: s.reason for s in loaded.skipped}
    assert set(reasons) == {"accounts.txt", "shared", "alias.txt"}
    assert reasons["accounts.txt"].startswith("links outside the corpus folder")
    assert reasons["shared"].startswith("links outside the corpus folder")
    assert "read under its own name" in reasons["alias.txt"]
    assert not any("root:x" in d.text or "Private" in d.text for d in loaded.documents)


def test_a_file_swapped_for_a_link_after_listing_is_not_read_through_it(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Fine words.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("More words.", encoding="utf-8")
    real_scan = corpus.scan_corpus

    def scan_then_swap(path):
        listed = real_scan(path)
        (folder / "a.txt").unlink()
        (folder / "a.txt").symlink_to(secret)  # the file itself becomes a link
        os.rename(folder / "sub", tmp_path / "sub")
        (folder / "sub").symlink_to(tmp_path / "sub", target_is_directory=True)  # and a folder on the way
        return listed

    monkeypatch.setattr(corpus, "scan_corpus", scan_then_swap)
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder)
    assert "a.txt: became a link" in str(caught.value) and "sub/b.txt: became a link" in str(caught.value)


def test_a_file_edited_in_place_with_its_size_and_time_restored_is_read_again(tmp_path):
    path = tmp_path / "dose.txt"
    path.write_text("Take 2 tablets.", encoding="utf-8")
    before = os.stat(path)
    first = {d.source: d for d in load_corpus(tmp_path).documents}
    time.sleep(0.01)
    path.write_text("Take 9 tablets.", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    again = load_corpus(tmp_path, known=first).documents
    assert again[0].text == "Take 9 tablets."


def test_a_reader_failing_on_one_file_skips_that_file_with_the_reason(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Fine words.", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(pdf_bytes(["Odd text map."]))
    (tmp_path / "odd.md").write_text("Looks fine.", encoding="utf-8")
    real_extract = corpus.extract

    def extract(data, kind):
        if kind == "pdf":
            raise TypeError("a reader bug")
        found = real_extract(data, kind)
        return type(found)(found.kind, "Half an emoji \ud800 here", found.layout) if kind == "markdown" else found

    monkeypatch.setattr(corpus, "extract", extract)
    loaded = load_corpus(tmp_path)
    assert [d.source for d in loaded.documents] == ["good.txt"]
    reasons = {s.source: s.reason for s in loaded.skipped}
    assert "the pdf reader failed on it (TypeError)" in reasons["bad.pdf"]
    assert "not valid Unicode" in reasons["odd.md"]
