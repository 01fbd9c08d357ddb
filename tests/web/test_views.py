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


def test_the_score_beside_a_quote_says_what_it_is():
    from bot.web.views import SCORE_TITLE

    quote = Quote("Magnesium may help.", "x.txt", 0, 19, 1, 1, None, None, "", 1.3)
    panel = sources_panel(Answer("q", "answered", "", NOTICE, (quote,)),
                          lambda s: Document("x.txt", "Magnesium may help.", "s"))
    assert f"title='{SCORE_TITLE}'>rank score 1.30" in panel and "similarity" in SCORE_TITLE
