"""Composing answers: choosing verbatim quotes and rendering what the chat shows. Pure: no files, no model."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Sequence

from bot.answer.safety import Screening
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.answer.retrieval import Candidate

NOTICE = ("Not medical advice: Verbatim only quotes your documents word for word and cannot judge your situation. "
          "Ask a doctor or pharmacist before acting on anything here.")
NOT_FOUND = ("The documents do not cover this question, so there is nothing to quote. Try other words, "
             "or add a document that covers it.")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]~|#])")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


@dataclass(frozen=True)
class Quote:
    """A verbatim passage: `text == document[start:end]`, where the document is the file `source` (relative to the
    corpus folder) for .txt and .md, and its extracted text (stored with the index) for PDF, HTML and Word.
    Lines are None where the source has no lines to cite, pages None unless it has pages; `heading` is the path
    of headings above the quote ("Magnesium > Dosage"), empty when there is none."""

    text: str
    source: str
    start: int
    end: int
    line_start: int | None
    line_end: int | None
    page_start: int | None
    page_end: int | None
    heading: str
    score: float


@dataclass(frozen=True)
class Answer:
    """A response to one question, on any path. `answer` is exactly what the chat shows, notice included."""

    question: str
    status: str  # "answered", "not_found", "urgent" or "invalid"
    answer: str
    notice: str
    quotes: tuple[Quote, ...]
    # The best candidate sentence's cosine, what the not-found threshold saw; for reports, not in the record.
    similarity: float | None = field(default=None, compare=False)

    def to_record(self, id: str) -> dict:
        """The result record of `ask --json` and `eval`."""
        return {"id": id, "question": self.question, "status": self.status, "answer": self.answer,
                "notice": self.notice, "quotes": [asdict(q) for q in self.quotes]}


def select_quotes(candidates: Sequence["Candidate"], top_k: int, min_score: float, margin: float) -> list[Quote]:
    """The best sentences as quotes, best first by score. None unless some sentence's similarity reaches
    `min_score`; each quote's similarity reaches it too, and its score is within `margin` of the best score.
    At most `top_k`; neighbouring sentences of one document merge into one quote."""
    eligible = [c for c in candidates if c.similarity >= min_score]
    if not eligible:
        return []
    floor = eligible[0].score - margin
    chosen = [c for c in eligible if c.score >= floor][:top_k]
    chosen.sort(key=lambda c: c.sentence_id)
    groups: list[list["Candidate"]] = []
    for cand in chosen:
        last = groups[-1][-1] if groups else None
        if last is not None and cand.sentence_id == last.sentence_id + 1 and _same_paragraph(groups[-1][0], last, cand):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    quotes = [_merge(group) for group in groups]
    return sorted(quotes, key=lambda q: (-q.score, q.source, q.start))


def _same_paragraph(first: "Candidate", last: "Candidate", cand: "Candidate") -> bool:
    chunk = first.chunk
    if not (chunk.sentence_start <= first.sentence_id and cand.sentence_id < chunk.sentence_stop):
        return False
    gap = chunk.text[last.sentence.end - chunk.start:cand.sentence.start - chunk.start]
    return "\n" not in gap  # a heading or list item above a sentence stays its own quote


def _merge(group: list["Candidate"]) -> Quote:
    first, last, chunk = group[0].sentence, group[-1].sentence, group[0].chunk
    text = chunk.text[first.start - chunk.start:last.end - chunk.start]
    return Quote(text=text, source=first.source, start=first.start, end=last.end, line_start=first.line_start,
                 line_end=last.line_end, page_start=first.page_start, page_end=last.page_end, heading=first.heading,
                 score=round(max(c.score for c in group), 4))


def escape_markdown(text: str) -> str:
    """Text that Markdown and HTML show as itself: no tags, links or emphasis from document or question text."""
    text = re.sub(r"[&<>]", lambda m: _HTML_ENTITIES[m.group()], text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def location(quote: Quote) -> str:
    """Where a quote stands, as a person reads it: "file.txt, line 3", "leaflet.pdf, page 2",
    "guide.md, Magnesium > Dosage, lines 3-5"."""
    parts = [quote.source]
    if quote.page_start is not None:
        parts.append(_span("page", "pages", quote.page_start, quote.page_end))
    if quote.heading:
        parts.append(quote.heading)
    if quote.line_start is not None:
        parts.append(_span("line", "lines", quote.line_start, quote.line_end))
    return ", ".join(parts)


def _span(one: str, many: str, first: int, last: int | None) -> str:
    return f"{one} {first}" if last in (None, first) else f"{many} {first}\u2013{last}"


def render_quotes(quotes: Sequence[Quote]) -> str:
    """Quotes as Markdown blockquotes, each followed by its location."""
    blocks = []
    for quote in quotes:
        body = "\n".join("> " + escape_markdown(line) if line.strip() else ">" for line in quote.text.split("\n"))
        blocks.append(f"{body}\n\n\u2014 {escape_markdown(location(quote))}")
    return "\n\n".join(blocks)


def emergency_message(kinds: Sequence[str], settings: Settings) -> str:
    """What an urgent answer says first."""
    message = (f"**This may be an emergency. Call your local emergency number now: {settings.emergency_numbers}.** "
               "Do not wait for an answer from documents.")
    if "suicide" in kinds:
        message += (f"\n\nIf you are thinking about suicide or about harming yourself, call or text "
                    f"{settings.crisis_line} now. You do not have to face this alone.")
    return message


def compose_answer(question: str, screening: Screening, quotes: Sequence[Quote], settings: Settings,
                   similarity: float | None = None) -> Answer:
    """The answer for every path: invalid, urgent (emergency message first), answered, or not found."""
    notice_line = f"*{NOTICE}*"
    quotes = tuple(quotes)
    if screening.status == "invalid":
        return Answer(question if isinstance(question, str) else "", "invalid",
                      f"{screening.reason}\n\n{notice_line}", NOTICE, ())
    parts = []
    if screening.status == "urgent":
        parts.append(emergency_message(screening.kinds, settings))
        if quotes:
            parts.append("What your documents say:\n\n" + render_quotes(quotes))
        status = "urgent"
    elif quotes:
        parts.append(render_quotes(quotes))
        status = "answered"
    else:
        parts.append(NOT_FOUND)
        status = "not_found"
    parts.append(notice_line)
    return Answer(question, status, "\n\n".join(parts), NOTICE, quotes, similarity)
