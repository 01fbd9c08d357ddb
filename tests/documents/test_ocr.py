import logging

import pytest

from bot.documents.corpus import load_corpus
from bot.documents.extraction import Limits, extract
from bot.documents.ocr import lines_of
from bot.errors import DocumentError
from tests.documents.scans import joined_pdfs, ocr_missing, scanned_pdf
from tests.support.documents import pdf_bytes

needs_ocr = pytest.mark.skipif(bool(ocr_missing()), reason=ocr_missing() or "OCR is installed")

SCAN_PAGES = [
    "Magnesium is a mineral found in leafy greens, nuts and whole grains. It helps muscles relax after they "
    "contract.",
    "Restless legs syndrome often improves when low iron stores are treated. Tablets of iron are best taken on "
    "an empty stomach, one hour before a meal.\n\nAsk a pharmacist which form of iron suits you.",
    "Sleep hygiene means going to bed at the same time every night. Caffeine late in the day makes restless legs "
    "worse.",
]
# Pillow's default font draws a capital I like a small l, and Tesseract reads it so ("lron"): a sentence that
# must be read exactly avoids it.
IRON = "Tablets of iron are best taken on an empty stomach, one hour before a meal."


@needs_ocr
def test_a_scanned_page_is_read_by_ocr_at_its_own_page_and_only_its_characters_are_marked_ocr():
    data = joined_pdfs(pdf_bytes(["Magnesium is a mineral. It is found in nuts."]), scanned_pdf(SCAN_PAGES[1:2]))
    extracted = extract(data, "pdf")
    text, layout = extracted.text, extracted.layout
    at = text.index(IRON)  # wrapped lines joined into one sentence, as on a text page
    assert layout.page_of(at) == 2 and layout.is_ocr(at, at + len(IRON))
    assert layout.ocr == ((layout.pages[1], len(text)),)
    assert not layout.is_ocr(0, text.index(" It is found")) and text.startswith("Magnesium is a mineral.")
    assert text.endswith("meal.\nAsk a pharmacist which form of iron suits you.") and not extracted.notes


def test_without_tesseract_a_scanned_page_is_left_out_with_the_package_to_install(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv("PATH", str(tmp_path))  # no pdftoppm, no tesseract
    mixed = joined_pdfs(pdf_bytes(["Magnesium is a mineral."]), scanned_pdf(["Iron is a metal."]))
    extracted = extract(mixed, "pdf")
    assert extracted.text == "Magnesium is a mineral." and not extracted.layout.ocr
    assert "page 2 of 2 is a scanned image" in extracted.notes[0]
    assert "apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils" in extracted.notes[0]
    with pytest.raises(DocumentError, match=r"pages 1-2 of 2 are scanned images .*apt-get install tesseract-ocr"):
        extract(scanned_pdf(["Iron is a metal.", "Zinc is a metal."]), "pdf")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mixed.pdf").write_bytes(mixed)
    with caplog.at_level(logging.WARNING):
        documents = load_corpus(corpus).documents
    assert [d.text for d in documents] == ["Magnesium is a mineral."]
    assert "mixed.pdf: page 2 of 2 is a scanned image" in caplog.text and "tesseract-ocr" in caplog.text


@needs_ocr
def test_ocr_of_a_page_past_its_time_is_stopped_and_the_page_left_out_with_the_reason():
    with pytest.raises(DocumentError, match=r"page 1 of 1 is a scanned image .* took longer than 0.05 s"):
        extract(scanned_pdf(["Iron is a metal."]), "pdf", Limits(ocr_seconds_per_page=0.05))


def _tsv(rows: list[tuple[int, int, int, int, int, str]]) -> str:
    """Tesseract TSV of words given as (block, paragraph, line, left, top, text), each 30 pixels high."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    body = [f"5\t1\t{b}\t{p}\t{n}\t{i}\t{x}\t{y}\t50\t30\t95\t{t}" for i, (b, p, n, x, y, t) in enumerate(rows)]
    return "\n".join([head, *body])


def test_ocr_lines_keep_a_paragraph_whole_across_tesseract_paragraphs_but_not_across_white_space_or_columns():
    lines = lines_of(_tsv([
        (1, 1, 1, 100, 100, "Take"), (1, 1, 1, 160, 100, "it"),
        (1, 2, 1, 100, 140, "daily."),  # Tesseract's own paragraph, right below: the same paragraph
        (1, 3, 1, 100, 300, "Ask"), (1, 3, 1, 160, 300, "first."),  # well below: a new paragraph
        (2, 1, 1, 900, 100, "Second"), (2, 1, 1, 980, 100, "column."),  # back up, beside: a new column
    ]))
    assert lines == ["Take it", "daily.", "", "Ask first.", "", "Second column."]


@pytest.mark.slow
@needs_ocr
def test_a_sentence_on_a_scanned_page_is_found_quoted_from_the_ocr_text_cited_at_its_page_and_marked_ocr(make_bot):
    from bot.web.views import sources_panel

    bot = make_bot({"scan.pdf": scanned_pdf(SCAN_PAGES)})
    for opened in (bot, make_bot()):  # as built, and as loaded again from the index
        answer = opened.ask("When should I take iron tablets?")
        quote = answer.quotes[0]
        assert IRON in quote.text and (quote.page_start, quote.page_end) == (2, 2) and quote.ocr
        document = opened.document("scan.pdf")
        assert document.text[quote.start:quote.end] == quote.text and document.layout.ocr
        assert answer.to_record("1")["quotes"][0]["ocr"] is True
        assert "scan.pdf, page 2 (OCR text, page 2: a character may be misread)" in answer.answer
        assert "OCR text, page 2: a character may be misread" in sources_panel(answer, opened.document)
