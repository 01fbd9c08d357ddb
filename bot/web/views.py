"""HTML the chat page shows beside the conversation: each quote in its paragraph, highlighted, and a document
opened at a quote. Pure: every piece of document or question text is escaped here, so nothing in a document can
become markup."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from html import escape
from typing import Callable, Sequence

from bot.answer.compose import NOTICE, Answer, Quote, location, ocr_label, shown_source
from bot.documents.document import Document

# Every marked text sets its own colour and background, so it reads (WCAG AA, 4.5:1 and more) in light and dark mode.
CSS = """
.verbatim-sources { font-size: 0.95em; }
.verbatim-card { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin: 0 0 10px 0; }
.verbatim-where { font-weight: 600; margin-bottom: 4px; }
.verbatim-where summary { cursor: pointer; list-style: none; }
.verbatim-where summary::-webkit-details-marker { display: none; }
.verbatim-why { display: inline-block; width: 1.2em; height: 1.2em; line-height: 1.15em; margin-left: 0.4em;
                border: 1px solid currentColor; border-radius: 50%; text-align: center; font-size: 0.75em;
                font-weight: 700; opacity: 0.75; vertical-align: 0.1em; }
.verbatim-explained { font-weight: 400; font-size: 0.85em; margin-top: 2px; }
.verbatim-context { white-space: pre-wrap; line-height: 1.45; }
.verbatim-context mark, .verbatim-document mark { background: #fff3a3; color: #1f2328; padding: 0 1px; }
.verbatim-context mark[data-quote]::before { content: attr(data-quote) ". "; font-weight: 700; font-size: 0.85em; }
.verbatim-checked { color: #116329; background: #dafbe1; font-weight: 600; padding: 0 4px; border-radius: 4px; }
.verbatim-unchecked { color: #82071e; background: #ffebe9; font-weight: 600; padding: 0 4px; border-radius: 4px; }
.verbatim-stale { color: #6c4400; background: #fff8c5; font-weight: 600; padding: 0 4px; border-radius: 4px; }
.verbatim-ocr { color: #6c4400; background: #fff8c5; padding: 0 4px; border-radius: 4px; }
.verbatim-urgent { background: #cf222e; color: #fff; border-radius: 8px; padding: 10px 12px; margin-bottom: 10px;
                   font-weight: 700; }
.verbatim-document { white-space: pre-wrap; max-height: 420px; overflow-y: auto; border: 1px solid #d0d7de;
                     border-radius: 8px; padding: 8px 12px; line-height: 1.45; }
.verbatim-notice { font-weight: 600; }
.verbatim-line { display: block; padding-left: 2.6em; text-indent: -2.6em; }
.verbatim-number { display: inline-block; width: 2.1em; margin-right: 0.5em; text-indent: 0; text-align: right;
                   opacity: 0.75; user-select: none; font-variant-numeric: tabular-nums; }
.verbatim-page { display: block; margin: 0.5em 0 0.3em 0; padding-top: 0.2em; border-top: 1px dashed currentColor;
                 font-size: 0.85em; font-weight: 600; opacity: 0.8; user-select: none; }
"""

# What the score of a quote is, said where a pointer rests on its place: the candidate score quotes are ranked by
# (bot/answer/quotes.py). The card shows only the quote's rank, its number: a bare score read as jargon in a trial.
SCORE_TITLE = ("ranked by its meaning's similarity to the question plus a share for the question's words it "
               "contains (score {score:.2f}; higher ranks first; not a probability)")

_NO_QUOTES = {"invalid": "the question was not valid", "topics": "the answer lists what the documents cover",
              "settled": "nothing was searched, the message says the emergency is over"}

DocumentLookup = Callable[[str], "Document | None"]
# Whether an indexed document still is what its file holds now (`bot.documents.freshness.SourceCheck.is_current`).
CurrentCheck = Callable[[Document], bool]


def is_verbatim(quote: Quote, document: Document | None) -> bool:
    """Whether the quote is exactly the document's text at its offsets."""
    return document is not None and document.text[quote.start:quote.end] == quote.text


def paragraph_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The paragraph around `[start, end)` (between blank lines, or between line breaks in a text without blank
    lines), at most `reach` characters either side, cut between words."""
    separator = "\n\n" if "\n\n" in text else "\n"
    a = text.rfind(separator, 0, start)
    a = 0 if a < 0 else a + len(separator)
    b = text.find(separator, end)
    b = len(text) if b < 0 else b
    if start - reach > a:  # cut inside the paragraph: at the start of a word, never inside one
        a = _word_start(text, start - reach, start)
    if end + reach < b:
        b = _word_end(text, end + reach, end)
    return a, b


def _word_start(text: str, cut: int, limit: int) -> int:
    """The first word start at or after `cut` (and at most `limit`)."""
    while cut < limit and not (text[cut - 1].isspace() and not text[cut].isspace()):
        cut += 1
    return cut


def _word_end(text: str, cut: int, limit: int) -> int:
    """The last word end at or before `cut` (and at least `limit`)."""
    while cut > limit and not (text[cut].isspace() and not text[cut - 1].isspace()):
        cut -= 1
    return cut


def highlighted(text: str, start: int, end: int, a: int, b: int) -> str:
    """`text[a:b]` as escaped HTML with `[start, end)` marked and ellipses where it was cut."""
    return highlighted_spans(text, [(start, end, "")], a, b)


def highlighted_spans(text: str, spans: Sequence[tuple[int, int, str]], a: int, b: int) -> str:
    """`text[a:b]` as escaped HTML with each `(start, end, number)` of `spans` marked (numbered, where `number` is
    not empty: shown by the page's style, never part of the text) and ellipses where it was cut. Where spans
    overlap, the text is marked once: the later span's mark starts where the earlier one's ends."""
    head = "\u2026" if a > 0 and text[a - 1] != "\n" else ""
    tail = "\u2026" if b < len(text) and text[b] != "\n" else ""
    parts, position = [head], a
    for start, end, number in sorted(spans):
        start, end = max(start, position), min(end, b)
        if start >= end:
            continue
        named = f" data-quote='{escape(number)}'" if number else ""
        parts.append(f"{escape(text[position:start])}<mark{named}>{escape(text[start:end])}</mark>")
        position = end
    parts.append(f"{escape(text[position:b])}{tail}")
    return "".join(parts)


def sources_panel(answer: Answer | None, document_of: DocumentLookup, is_current: CurrentCheck | None = None) -> str:
    """The sources panel for the latest answer: each quote in its paragraph with the quoted words highlighted (quotes
    of one paragraph in one card), where it stands (its score where the pointer rests) and whether it was checked
    verbatim: equal to the indexed text at its offsets and, with `is_current`, that text still what the file holds
    now; a quote of a file changed since is out of date. An urgent answer's panel holds its message alone: a passage
    beside it, however apt, could soften it or be read as what to do ("adults may be given 1 g" after "my son
    swallowed a whole bottle of pills", a trial)."""
    if answer is None:
        return (f"<div class='verbatim-sources'><p>Quotes of the latest answer appear here, each in its paragraph."
                f"</p><p class='verbatim-notice'>{escape(NOTICE)}</p></div>")
    parts = ["<div class='verbatim-sources'>"]
    notices = []  # what an urgent answer says in italics besides its notice ("Read with your earlier message.")
    if answer.status == "urgent":
        # The answer's own emergency message (its language, the configured numbers), first in the panel too: on a
        # narrow screen the panel may be what is in view when the answer arrives. It says not to wait for the
        # documents, in its language: no English line about quotes follows it.
        paragraphs = [part.strip() for part in answer.answer.split("\n\n") if part.strip()]
        said = [part for part in paragraphs if not _italic(part)]  # the message, and the crisis line if any
        notices = [part.strip("*") for part in paragraphs if _italic(part) and part.strip("*") != answer.notice]
        message = "<br>".join(escape(part.replace("**", "")) for part in said)
        parts.append(f"<div class='verbatim-urgent' role='alert'>{message}</div>")
    elif not answer.quotes:
        searched = "the documents chosen in Settings" if getattr(answer, "sources", ()) else "the documents"
        parts.append(f"<p>No quotes: {_NO_QUOTES.get(answer.status, searched + ' do not cover this question')}.</p>")
    parts.extend(_card(card, is_current is not None)
                 for card in _cards(answer.shown_quotes, document_of, is_current))
    parts.extend(f"<p class='verbatim-notice'>{escape(notice)}</p>" for notice in notices)
    parts.append(f"<p class='verbatim-notice'>{escape(answer.notice)}</p></div>")
    return "".join(parts)


# How far the paragraph shown around a quote reaches either side of it, at most.
CONTEXT_REACH = 400


@dataclass(frozen=True)
class _Card:
    """One card of the sources panel: the quotes it shows (numbered as in the answer), the document they stand in
    when they were checked verbatim against it (and it is current), and the part of its text shown."""

    quotes: tuple[tuple[int, Quote], ...]
    document: Document | None
    checked: bool
    current: bool
    bounds: tuple[int, int] = (0, 0)


def _cards(quotes: Sequence[Quote], document_of: DocumentLookup, is_current: CurrentCheck | None) -> list[_Card]:
    """The cards for an answer's `quotes`, in order: quotes of one paragraph (their shown text overlapping) share one
    card, so the paragraph is shown once with each quote marked in it."""
    cards: list[_Card] = []
    for number, quote in enumerate(quotes, 1):
        document = document_of(quote.source)
        checked = is_verbatim(quote, document)
        current = not checked or is_current is None or is_current(document)
        if not (checked and current):
            cards.append(_Card(((number, quote),), document, checked, current))
            continue
        a, b = paragraph_bounds(document.text, quote.start, quote.end, reach=CONTEXT_REACH)
        shared = next((i for i, card in enumerate(cards) if card.checked and card.current
                       and card.quotes[0][1].source == quote.source and a < card.bounds[1] and card.bounds[0] < b), None)
        if shared is None:
            cards.append(_Card(((number, quote),), document, True, True, (a, b)))
        else:
            card = cards[shared]
            cards[shared] = replace(card, quotes=(*card.quotes, (number, quote)),
                                    bounds=(min(a, card.bounds[0]), max(b, card.bounds[1])))
    return cards


def _place(number: int, quote: Quote) -> str:
    """Where a quote stands, numbered, its score explained on the place itself (a card named by the explanation
    repeated it for every card to a screen reader: a trial)."""
    explained = escape(SCORE_TITLE.format(score=quote.score))
    return (f"<details class='verbatim-where'><summary title='{explained}'>{number}. {escape(location(quote))}"
            f"<span class='verbatim-why' aria-hidden='true'>i</span></summary>"
            f"<div class='verbatim-explained'>{explained}</div></details>")


def _card(card: _Card, against_file: bool) -> str:
    """A card as HTML: where each quote stands (its score said where the pointer rests), whether it was checked,
    and its paragraph with each quote marked (numbered when there are several)."""
    numbers = " ".join(str(number) for number, _ in card.quotes)
    first = card.quotes[0][1]
    # The score is said where a pointer rests (`title`) and, for a touch screen, which has no pointer to rest (a
    # trial on a phone), when the place is tapped or opened from the keyboard (`details`).
    places = "".join(_place(number, quote) for number, quote in card.quotes)
    mark = _check_mark(first, card.checked, card.current, against_file)
    if card.document is not None and card.checked and card.current:
        several = len(card.quotes) > 1
        spans = [(quote.start, quote.end, str(number) if several else "") for number, quote in card.quotes]
        context = highlighted_spans(card.document.text, spans, *card.bounds)
    else:
        context = f"<mark>{escape(first.text)}</mark>"
    return (f"<div class='verbatim-card' data-quote='{numbers}'>{places}<div>{mark}{_ocr_mark(first)}</div>"
            f"<div class='verbatim-context'>{context}</div></div>")


def _italic(paragraph: str) -> bool:
    """Whether an answer's paragraph is set in italics (a notice), not bold (an emergency message)."""
    return len(paragraph) > 2 and paragraph[0] == paragraph[-1] == "*" and paragraph[1] != "*"


def _check_mark(quote: Quote, checked: bool, current: bool, against_file: bool) -> str:
    if not checked:
        return "<span class='verbatim-unchecked'>\u2717 could not be checked</span>"
    if not current:
        return (f"<span class='verbatim-stale'>\u26a0 out of date: {escape(shown_source(quote.source))} has changed "
                "since it was indexed, so it may no longer say this. Ask again to quote it as it is now.</span>")
    title = "text equals the file as it is now, at these offsets" if against_file else \
        "text equals the indexed document at these offsets"
    return f"<span class='verbatim-checked' title='{title}'>\u2713 checked verbatim</span>"


def _ocr_mark(quote: Quote) -> str:
    """A label on a quote read by OCR from a scanned page; nothing for others."""
    return f" \u00b7 <span class='verbatim-ocr'>{escape(ocr_label(quote))}</span>" if quote.ocr else ""


def document_view(quote: Quote, document: Document | None, before: int = 800, after: int = 3000,
                  is_current: CurrentCheck | None = None) -> str:
    """The document opened at a quote: the text from a little before it to well after it (cut at line breaks),
    the quote highlighted, where it stands above; each line numbered where the document cites lines (.txt, .md),
    each page's start marked where it has pages (PDF), so "line 6" or "page 3" can be checked in it. With
    `is_current`, a warning above when the file has changed since it was indexed (the text shown is the indexed
    one). The page scrolls the highlight into view (`SCROLL_TO_QUOTE_JS`)."""
    if document is None:
        return f"<p>{escape(shown_source(quote.source))} is no longer in the index.</p>"
    stale = "" if is_current is None or is_current(document) else (
        f"<p class='verbatim-stale'>\u26a0 {escape(shown_source(quote.source))} has changed since it was indexed: "
        "this is the text as it was then. Ask again to quote it as it is now.</p>")
    text, layout = document.text, document.layout
    a = text.rfind("\n", 0, max(quote.start - before, 0)) + 1 if quote.start > before else 0
    b = text.find("\n", min(quote.end + after, len(text)))
    b = len(text) if b < 0 else b
    if layout.pages:
        body = paged(text, layout.pages, quote.start, quote.end, a, b)
    elif layout.has_lines:
        body = numbered_lines(text, quote.start, quote.end, a, b)
    else:
        body = highlighted(text, quote.start, quote.end, a, b)
    return (f"{stale}<div class='verbatim-where'>{escape(location(quote))}</div>"
            f"<div class='verbatim-document'>{body}</div>")


# Run by the document view in the browser whenever it shows a document: the highlight scrolled to a third of the
# way down the view, or lower so that the "page N" line above it shows too, and the view brought into the window.
SCROLL_TO_QUOTE_JS = """
const show = () => {
  const view = element.querySelector('.verbatim-document');
  const mark = view && view.querySelector('mark');
  if (!mark) return;
  const top = (item) => item.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop;
  const pages = [...view.querySelectorAll('.verbatim-page')].filter(
    (page) => page.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  const markTop = top(mark), markBottom = markTop + mark.getBoundingClientRect().height;
  let scroll = markTop - view.clientHeight / 3;
  if (pages.length) scroll = Math.min(scroll, top(pages[pages.length - 1]) - 4);
  view.scrollTop = Math.max(scroll, markBottom - view.clientHeight + 8);
  view.scrollIntoView({block: 'nearest'});
  mark.scrollIntoView({block: 'nearest'});
};
watch('value', show);
show();
"""


def _marked(text: str, a: int, b: int, start: int, end: int) -> str:
    """`text[a:b]` as escaped HTML, its part inside `[start, end)` marked."""
    first, last = max(a, start), min(b, end)
    if first >= last:
        return escape(text[a:b])
    return f"{escape(text[a:first])}<mark>{escape(text[first:last])}</mark>{escape(text[last:b])}"


def numbered_lines(text: str, start: int, end: int, a: int, b: int) -> str:
    """`text[a:b]` (`a` at a line's start) as escaped HTML, one block per line led by its 1-based line number in
    the whole text (kept out of a copy of the text), `[start, end)` marked."""
    parts, position = [], a
    for number, line in enumerate(text[a:b].split("\n"), text.count("\n", 0, a) + 1):
        parts.append(f"<span class='verbatim-line'><span class='verbatim-number' aria-hidden='true'>{number}</span>"
                     f"{_marked(text, position, position + len(line), start, end)}</span>")
        position += len(line) + 1
    return "".join(parts)


def paged(text: str, pages: Sequence[int], start: int, end: int, a: int, b: int) -> str:
    """`text[a:b]` as escaped HTML, `[start, end)` marked, a "page N" line above the text of each page it shows
    (`pages`: the offset where each page starts)."""
    breaks = [page for page in pages if a < page < b]
    cuts = [a, *breaks, b]
    parts = []
    for number, (x, y) in enumerate(zip(cuts, cuts[1:]), bisect.bisect_right(pages, a)):
        parts.append(f"<span class='verbatim-page' role='separator'>page {number}</span>{_marked(text, x, y, start, end)}")
    return "".join(parts)
