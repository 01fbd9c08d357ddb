"""One hostile file in a corpus: the rest is read, indexed and quoted, and the file is skipped with its reason."""

import pytest

from bot.cli import main
from bot.documents import extraction
from bot.documents.corpus import load_corpus
from bot.errors import DocumentError
from tests.documents.hostile_files import (docx_body, docx_bomb, docx_empty_runs, docx_nested_boxes, docx_nested_tables,
                                           shared_stream_pdf, surrogate_pdf, unspaced_text)
from tests.support import SEED, write_files

GOOD = "Magnesium citrate is absorbed better than magnesium oxide."


def test_a_corpus_with_a_pdf_giving_half_a_surrogate_pair_reads_every_file(tmp_path):
    corpus = load_corpus(write_files(tmp_path / "corpus", {"good.txt": GOOD, "hostile.pdf": surrogate_pdf()}))
    texts = {d.source: d.text for d in corpus.documents}
    assert texts == {"good.txt": GOOD, "hostile.pdf": "Take 2 tablets \ufffd daily."}
    assert not corpus.skipped


def test_files_past_the_limits_are_skipped_with_their_reasons_and_the_rest_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "LIMITS", extraction.Limits(max_chars=50_000, seconds=30))
    files = {"good.txt": GOOD, "pages.pdf": shared_stream_pdf(pages=1000, lines=20),
             "bomb.docx": docx_bomb(paragraphs=30_000), "long.txt": b"Magnesium helps. " * 4_000,
             "unspaced.txt": unspaced_text(40_000)}
    corpus = load_corpus(write_files(tmp_path / "corpus", files))
    assert {d.source for d in corpus.documents} == {"good.txt", "unspaced.txt"}
    reasons = {s.source: s.reason for s in corpus.skipped}
    assert set(reasons) == {"pages.pdf", "bomb.docx", "long.txt"}
    assert "longer than 50,000 characters" in reasons["pages.pdf"] and "longer than" in reasons["long.txt"]
    assert "unzips to" in reasons["bomb.docx"]



def test_a_word_file_of_millions_of_empty_runs_is_refused_at_once_naming_the_element_limit():
    """4 M empty runs zip to 20 KB and pass the unzipped-size bound; they held the upload queue for 120 s."""
    import time

    data = docx_empty_runs(4_000_000)
    started = time.monotonic()
    with pytest.raises(DocumentError, match="more than 2,000,000 elements.*split the document into smaller files"):
        extraction.extract(data, "docx")
    assert time.monotonic() - started < 10


def test_a_word_file_just_under_the_element_limit_is_read_in_seconds_however_deep_its_tables_nest():
    """300,000 empty paragraphs in a cell 80 tables deep: each paragraph's ancestors were walked (40 s)."""
    import time

    started = time.monotonic()
    assert extraction.extract(docx_nested_tables(depth=80, paragraphs=300_000), "docx").text == "Deep text.\n\nPlaceholder."
    assert time.monotonic() - started < 15


def test_text_boxes_nested_in_text_boxes_are_each_read_once():
    """Each box was read again with every box around it: 2^(depth-1) times, 120 s at a depth of about 22."""
    text = extraction.extract(docx_nested_boxes(30), "docx").text
    assert text == "\n\n".join([f"Box {level}." for level in range(1, 31)] + ["Placeholder."])


def test_a_runs_text_is_read_as_python_docx_reads_it():
    import io

    import docx

    runs = (b'<w:r><w:t xml:space="preserve">Take </w:t><w:tab/><w:t>2</w:t><w:noBreakHyphen/><w:t>3</w:t>'
            b'<w:br/><w:t>tablets</w:t><w:cr/><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
            b'<w:br w:type="page"/><w:t>daily.</w:t><w:rPr><w:b/></w:rPr></w:r>')
    data = docx_body(b"<w:p>" + runs + b"</w:p>")
    expected = docx.Document(io.BytesIO(data)).paragraphs[0].text
    assert expected == "Take \t2-3\ntablets\n\tdaily."
    assert extraction._word_runs(docx.Document(io.BytesIO(data)).paragraphs[0]._p)[0] == expected

@pytest.mark.slow
def test_index_and_ask_work_with_a_pdf_giving_half_a_surrogate_pair(tmp_path, capsys):
    corpus = write_files(tmp_path / "corpus", {SEED.name: SEED.read_bytes(), "hostile.pdf": surrogate_pdf()})
    flags = ["--corpus", str(corpus), "--index", str(tmp_path / "index")]
    assert main(["index", *flags]) == 0
    assert "Indexed 2 file(s)" in capsys.readouterr().out
    assert main(["ask", "Can magnesium help restless legs?", *flags]) == 0
    assert SEED.name in capsys.readouterr().out


@pytest.mark.slow
def test_answering_keeps_its_speed_while_a_hostile_file_is_read(seed_bot):
    """Bounded: 2 x 15 questions while one PDF is read for about 15 s (the default limits stop it)."""
    import statistics
    import threading
    import time

    def median_seconds() -> float:
        times = []
        for _ in range(15):
            started = time.perf_counter()
            seed_bot.ask("Can magnesium help restless legs?")
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    def read(data: bytes) -> None:
        try:
            extraction.extract(data, "pdf")
        except DocumentError:
            pass

    alone = median_seconds()
    reading = threading.Thread(target=read, args=(shared_stream_pdf(pages=1000, lines=200),))
    reading.start()
    time.sleep(1.5)  # the PDF is being parsed
    during = median_seconds()
    reading.join()
    assert during < 2 * alone + 0.05, (alone, during)
