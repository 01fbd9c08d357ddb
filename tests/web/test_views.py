"""The sources panel and the document view as HTML: quotes marked and checked, document text escaped."""

from bot import NOTICE
from bot.answer.compose import Answer, Quote
from bot.documents.document import Document
from bot.web.views import document_view, sources_panel


def test_hostile_document_text_is_escaped_in_the_panel_and_the_document_view():
    text = "Zinc <script>alert(1)</script> helps <img src=x onerror=alert(2)> healing."
    document = Document("x.md", text, "sha")
    quote = Quote(text[:40], "x.md", 0, 40, 1, 1, None, None, "", 1.0)
    answer = Answer("q", "answered", "", NOTICE, (quote,))
    for html in (sources_panel(answer, lambda source: document), document_view(quote, document)):
        assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


def test_a_quote_that_does_not_match_its_document_is_not_marked_checked():
    quote = Quote("Different words", "x.md", 0, 15, 1, 1, None, None, "", 1.0)
    panel = sources_panel(Answer("q", "answered", "", NOTICE, (quote,)), lambda s: Document("x.md", "Other text here", "s"))
    assert "could not be checked" in panel and "checked verbatim" not in panel


def test_source_names_with_bidirectional_controls_show_as_escapes_in_the_panel_and_the_document_view():
    text = "Take two tablets."
    source = "dose\u202etxt.exe"
    document = Document(source, text, "sha")
    quote = Quote(text, source, 0, len(text), 1, 1, None, None, "", 1.0)
    answer = Answer("q", "answered", "", NOTICE, (quote,))
    for html in (sources_panel(answer, lambda s: document), document_view(quote, document), document_view(quote, None)):
        assert "\u202e" not in html and "dose\\u202etxt.exe" in html


def test_a_quote_of_a_file_changed_since_indexing_is_out_of_date_not_checked_verbatim():
    text = "Take 2 tablets a day."
    document = Document("dose.txt", text, "sha")
    quote = Quote(text, "dose.txt", 0, len(text), 1, 1, None, None, "", 1.0)
    answer = Answer("q", "answered", "", NOTICE, (quote,))
    stale = sources_panel(answer, lambda s: document, is_current=lambda d: False)
    assert "checked verbatim" not in stale and "out of date: dose.txt has changed since it was indexed" in stale
    assert "out of date" not in sources_panel(answer, lambda s: document, is_current=lambda d: True)
    assert "has changed since it was indexed" in document_view(quote, document, is_current=lambda d: False)


def test_the_context_around_a_quote_is_cut_between_words():
    import re

    from bot.web.views import paragraph_bounds

    before = " ".join(f"restless{n} legs syndrome" for n in range(60))
    quoted = "Magnesium may help."
    text = f"{before} {quoted} {before}"
    start = text.index(quoted)
    a, b = paragraph_bounds(text, start, start + len(quoted), reach=400)
    assert 0 < a < start and start + len(quoted) < b < len(text)
    assert text[a - 1] == " " and text[a] != " " and text[b] == " " and text[b - 1] != " "
    quote = Quote(quoted, "x.txt", start, start + len(quoted), 1, 1, None, None, "", 1.3)
    panel = sources_panel(Answer("q", "answered", "", NOTICE, (quote,)), lambda s: Document("x.txt", text, "s"))
    shown = re.search(r"<div class='verbatim-context'>(.*?)</div>", panel).group(1)
    first, last = shown.split()[0], shown.split()[-1]
    assert first.lstrip("\u2026") in text.split() and last.rstrip("\u2026") in text.split()


def test_a_quote_shows_its_rank_not_a_bare_score_which_is_explained_where_the_pointer_rests_or_a_finger_taps():
    from bot.web.views import SCORE_TITLE

    quote = Quote("Magnesium may help.", "x.txt", 0, 19, 1, 1, None, None, "", 1.3)
    panel = sources_panel(Answer("q", "answered", "", NOTICE, (quote,)),
                          lambda s: Document("x.txt", "Magnesium may help.", "s"))
    from html import escape

    explained = escape(SCORE_TITLE.format(score=1.3))
    assert "score" not in panel.replace(explained, "")
    # on the place itself, not the card: a card named by the explanation repeated it for every card (a trial)
    assert f"<details class='verbatim-where'><summary title='{explained}'>1. x.txt, line 1<" in panel
    # a phone has no pointer to rest: tapping the place opens the same explanation
    assert f"</summary><div class='verbatim-explained'>{explained}</div></details>" in panel


def test_quotes_of_one_paragraph_share_one_card_with_each_marked_and_numbered():
    import re

    text = ("Intro line here.\n\nIbuprofen eases pain. Adults take 200 mg. Do not take more than 1,200 mg a day. "
            "See a doctor if it persists.\n\nAnother paragraph on storage.")
    document = Document("ibu.md", text, "s")

    def quote(words: str, score: float) -> Quote:
        start = text.index(words)
        return Quote(words, "ibu.md", start, start + len(words), 3, 3, None, None, "", score)

    quotes = (quote("Do not take more than 1,200 mg a day.", 0.9), quote("Intro line here.", 0.8),
              quote("Adults take 200 mg.", 0.7))
    panel = sources_panel(Answer("q", "answered", "", NOTICE, quotes), lambda s: document)
    cards = re.findall(r"<div class='verbatim-card' data-quote='([\d ]+)'>(.*?)</div></div>", panel)
    assert [numbers for numbers, _ in cards] == ["1 3", "2"]
    shared = cards[0][1]
    assert shared.count("Ibuprofen eases pain.") == 1 and shared.count("<mark") == 2
    assert "<mark data-quote='3'>Adults take 200 mg.</mark>" in shared
    assert "<mark data-quote='1'>Do not take more than 1,200 mg a day.</mark>" in shared
    assert "'>1. ibu.md, line 3<" in shared and "'>3. ibu.md, line 3<" in shared
    assert "<mark>Intro line here.</mark>" in cards[1][1]  # a card of one quote: not numbered in the text


def test_the_document_view_numbers_every_line_of_a_text_file_as_its_quotes_cite_them():
    import re

    from bot.documents.document import Layout

    lines = [f"Line {n} says something about magnesium." for n in range(1, 61)]
    text = "\n".join(lines) + "\n"
    start = text.index("Line 40 ")
    quote = Quote(lines[39], "notes.txt", start, start + len(lines[39]), 40, 40, None, None, "", 1.0)
    view = document_view(quote, Document("notes.txt", text, "sha", layout=Layout()), before=200, after=200)
    shown = re.findall(r"<span class='verbatim-number' aria-hidden='true'>(\d+)</span>(.*?)</span>", view)
    assert [int(number) for number, _ in shown] == list(range(int(shown[0][0]), int(shown[-1][0]) + 1))
    assert all(line.startswith(f"Line {number} ") or f">Line {number} " in line for number, line in shown)
    assert (40, f"<mark>{lines[39]}</mark>") in [(int(n), line) for n, line in shown]
    assert int(shown[0][0]) > 1  # opened near the quote, numbered as in the whole file


def test_the_document_view_marks_where_each_page_of_a_pdf_starts():
    from bot.documents.document import Layout

    pages = [f"Page {n} text about iron and zinc.\n" for n in range(1, 6)]
    text = "".join(pages)
    starts = tuple(sum(len(page) for page in pages[:n]) for n in range(5))
    quote_text = "Page 3 text about iron"
    start = text.index(quote_text)
    quote = Quote(quote_text, "leaflet.pdf", start, start + len(quote_text), None, None, 3, 3, "", 1.0)
    view = document_view(quote, Document("leaflet.pdf", text, "sha", kind="pdf",
                                         layout=Layout(pages=starts, has_lines=False)))
    for number, page in enumerate(pages, 1):
        assert f"<span class='verbatim-page' role='separator'>page {number}</span>" in view
    assert view.index("page 3</span>") < view.index(f"<mark>{quote_text}</mark>") < view.index("page 4</span>")
    # A view that starts inside a page names that page first.
    later = document_view(quote, Document("leaflet.pdf", text, "sha", kind="pdf",
                                          layout=Layout(pages=starts, has_lines=False)), before=10, after=10)
    assert "page 1<" not in later and later.index("page 2</span>") < later.index("<mark>")


def test_a_quote_running_across_lines_is_marked_on_each_line():
    from bot.documents.document import Layout

    text = "First line.\nSecond line starts\nand goes on.\nLast.\n"
    start, end = text.index("Second"), text.index(" goes")
    quote = Quote(text[start:end], "a.txt", start, end, 2, 3, None, None, "", 1.0)
    view = document_view(quote, Document("a.txt", text, "sha", layout=Layout()))
    assert "<mark>Second line starts</mark>" in view and "<mark>and</mark> goes on." in view
