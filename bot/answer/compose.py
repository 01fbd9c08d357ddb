"""Composing answers: the one place an `Answer` is made, on every path, with what the chat shows and the notice.
Pure: no files, no model."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Sequence

from bot.answer.medicines import is_medicine
from bot.answer.phrases import ENGLISH, LANGUAGES
from bot.answer.safety import Screening, printable, screen_question
from bot.answer.support import Evidence
from bot.settings import DEFAULT_CRISIS_LINE, DEFAULT_EMERGENCY_NUMBERS, Settings

NOTICE = ("Not medical advice: Verbatim only quotes your documents word for word and cannot judge your situation. "
          "Ask a doctor or pharmacist before acting on anything here.")
# Every notice an answer can end with: the usual one, and an urgent answer's own in each language the screen knows.
NOTICES = frozenset({NOTICE, *(language.notice for language in LANGUAGES),
                     *(language.usual_notice for language in LANGUAGES if language.usual_notice)})
# What a not-found answer says the documents lack when the question asks for a kind of answer that no weighed
# sentence holds (`bot.answer.answer_type.KINDS`).
_KIND_GAPS = {"frequency": "do not say how often", "duration": "do not say how long",
              "percentage": "do not give the share asked for", "date": "do not say when",
              "quantity": "do not state the amount asked for", "person": "do not name who", "place": "do not say where",
              "price": "do not say what it costs"}
# What "Tell me more" says before its quotes when every passage that answers it was quoted before in the
# conversation: they are given again, said to be no more than before.
NOTHING_MORE = "*Your documents say nothing more about this: these quotes were given before.*"
NOT_FOUND = ("The documents do not cover this question, so there is nothing to quote. Try other words, "
             "or add a document that covers it.")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]~|#])")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;"}
# What could start HTML: "<" before anything but a space (a tag, a comment, a link or an e-mail address in angle
# brackets), "&" of an entity ("&lt;").
_MARKUP_START = re.compile(r"<(?=\S)|&(?=#?\w+;)")
# What starts a Markdown list item ("*" is escaped, so it starts none).
_LIST_ITEM = r"[ \t]*(?:[-+]|\d{1,9}[.)])[ \t]+"
_LIST_MARKER = re.compile(_LIST_ITEM)
# A ">" that could start a block quote: first on its line (a lone "\r" ends a line too), or after list markers there.
_QUOTE_START = re.compile(rf"(?:^|(?<=\r))((?:{_LIST_ITEM})*[ \t]*)>", re.MULTILINE)


@dataclass(frozen=True)
class Quote:
    """A verbatim passage: `text == document[start:end]`, where the document is the file `source` (relative to the
    corpus folder) for .txt and .md, and its extracted text (stored with the index) for PDF, HTML and Word.
    Lines are None where the source has no lines to cite, pages None unless it has pages; `heading` is the path
    of headings above the quote ("Magnesium > Dosage"), empty when there is none. `ocr` says the quote (or part of
    it) was read by OCR from a scanned page, so a character in it may be misread. A quote that joins neighbouring
    chosen sentences reads in document order; `best_start`/`best_end` are then the offsets of the best-scored one's
    span (with what it leans on), which the answer shows in bold, and None otherwise."""

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
    ocr: bool = False
    best_start: int | None = None
    best_end: int | None = None

    @classmethod
    def from_record(cls, fields: dict) -> Quote:
        """The Quote a result record's quote was made from. Records written before pages and headings were cited
        have neither: None and "". KeyError or TypeError if `fields` is not a quote."""
        return cls(fields["text"], fields["source"], fields["start"], fields["end"], fields.get("line_start"),
                   fields.get("line_end"), fields.get("page_start"), fields.get("page_end"),
                   fields.get("heading", ""), fields["score"], bool(fields.get("ocr", False)),
                   fields.get("best_start"), fields.get("best_end"))


@dataclass(frozen=True)
class Answer:
    """A response to one question, on any path. `answer` is exactly what the chat shows, notice included."""

    question: str
    status: str  # "answered", "not_found", "urgent", "invalid", "topics" or "settled"
    answer: str
    notice: str
    quotes: tuple[Quote, ...]
    # The best candidate sentence's cosine, what the not-found threshold saw, and the evidence of the best-supported
    # sentence, which decided whether to quote; for reports, not in the record.
    similarity: float | None = field(default=None, compare=False)
    evidence: Evidence | None = field(default=None, compare=False)
    # The earlier user turn the question was read with ("" when it was read alone).
    context: str = ""
    # For an urgent answer: the words of the question that made it urgent, as the screen read them.
    trigger: str = ""
    # Every earlier user turn whose words the question was read with, oldest first, when more than `context` (a
    # follow-up to a follow-up); a replay with these as its history reads the question the same way.
    read_with: tuple[str, ...] = ()
    # The medicine names the question was read with ((its word, the documents' name): "nurofen" as "ibuprofen").
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def shown_quotes(self) -> tuple[Quote, ...]:
        """The quotes a reader is shown, to read, open, mark or export: none beside an emergency message, which a
        passage however apt could soften ("Swallow the capsules whole" under an overdose: a trial); the record keeps
        them all."""
        return () if self.status == "urgent" else self.quotes

    def to_record(self, id: str) -> dict:
        """The result record of `ask --json` and `eval` (with `context` only when the question was read with an
        earlier turn, `trigger` only when it is urgent)."""
        record = {"id": id, "question": self.question, "status": self.status, "answer": self.answer,
                  "notice": self.notice, "quotes": [asdict(q) for q in self.quotes]}
        if self.context:
            record["context"] = self.context
        if self.trigger:
            record["trigger"] = self.trigger
        if self.read_with:
            record["read_with"] = list(self.read_with)
        if self.renamed:
            record["renamed"] = [list(pair) for pair in self.renamed]
        return record

    @classmethod
    def from_record(cls, record: dict) -> Answer:
        """The Answer a result record was made from, to read an earlier run (`similarity` is not in the record:
        None). KeyError or TypeError if `record` is not a result record."""
        return cls(record["question"], record["status"], record.get("answer", ""), record.get("notice", ""),
                   tuple(Quote.from_record(quote) for quote in record["quotes"]), context=record.get("context", ""),
                   trigger=record.get("trigger", ""), read_with=tuple(record.get("read_with", ())),
                   renamed=tuple(tuple(pair) for pair in record.get("renamed", ())))


def escape_markdown(text: str) -> str:
    """Text that Markdown and HTML show as itself: no tags, entities, links, quotes or emphasis from document or
    question text. Only what could start markup is escaped, so what a person copies reads as written ("Cold sores >
    Things you can do", "A&E", "< 5 years")."""
    text = _MARKUP_START.sub(lambda m: _HTML_ENTITIES[m.group()], text)
    return _QUOTE_START.sub(r"\1\\>", _MARKDOWN_SPECIAL.sub(r"\\\1", text))


# Characters a file name can carry that show as nothing, or reorder what follows (U+202E turns "gpj.exe" around),
# so one name can pass for another: control (Cc), format (Cf: bidirectional controls, zero-width), surrogate,
# private-use and unassigned characters, line and paragraph separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


@lru_cache(maxsize=4096)
def shown_source(source: str) -> str:
    """A file name as it is safe to show: every invisible or reordering character, and every space but the plain
    one, written as its escape (`\\u202e`) instead of obeyed."""
    return "".join(_escape(ch) if unicodedata.category(ch) in _INVISIBLE or (ch.isspace() and ch != " ") else ch
                   for ch in source)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def location(quote: Quote) -> str:
    """Where a quote stands, as a person reads it: "file.txt, line 3", "leaflet.pdf, page 2", "deck.pptx, slide 4",
    "guide.md, Magnesium > Dosage, lines 3-5". The file name as `shown_source` shows it."""
    parts = [shown_source(quote.source)]
    if quote.page_start is not None:
        slides = quote.source.lower().endswith(".pptx")  # a slide deck's pages are its slides
        parts.append(_span("slide" if slides else "page", "slides" if slides else "pages", quote.page_start,
                           quote.page_end))
    if quote.heading:
        parts.append(quote.heading)
    if quote.line_start is not None:
        parts.append(_span("line", "lines", quote.line_start, quote.line_end))
    return ", ".join(parts)


def _span(one: str, many: str, first: int, last: int | None) -> str:
    return f"{one} {first}" if last in (None, first) else f"{many} {first}\u2013{last}"


def ocr_label(quote: Quote) -> str:
    """What is said beside a quote read by OCR ("OCR text, page 2: a character may be misread"); "" for others."""
    if not quote.ocr:
        return ""
    where = f", {_span('page', 'pages', quote.page_start, quote.page_end)}" if quote.page_start is not None else ""
    return f"OCR text{where}: a character may be misread"


def render_quotes(quotes: Sequence[Quote]) -> str:
    """Quotes as Markdown blockquotes, each followed by its location (and, for OCR text, that it is); in a quote that
    joins neighbouring sentences, the best one in bold."""
    blocks = []
    for quote in quotes:
        body = "\n".join(_quote_lines(quote))
        label = f" ({escape_markdown(ocr_label(quote))})" if quote.ocr else ""
        blocks.append(f"{body}\n\n\u2014 {escape_markdown(location(quote))}{label}")
    return "\n\n".join(blocks)


def _quote_lines(quote: Quote) -> list[str]:
    """The blockquote lines of `quote`, its text escaped, the part of each line inside its best span in bold."""
    best = (quote.best_start - quote.start, quote.best_end - quote.start) if quote.best_start is not None and \
        quote.best_end is not None else (0, 0)
    lines, offset = [], 0
    for line in quote.text.split("\n"):
        first, last = max(best[0] - offset, 0), min(best[1] - offset, len(line))
        offset += len(line) + 1
        if not line.strip():
            lines.append(">")
            continue
        bold = line[first:last].strip() if first < last else ""
        if bold:
            first = line.index(bold, first)
            last = first + len(bold)
            # A list item's marker stays outside the bold: "**- 2.5 ml**" is no list item in Markdown, and the items
            # after it would show as a list of their own.
            marker = _LIST_MARKER.match(line, first) if not line[:first].strip() else None
            if marker and marker.end() < last:
                first, bold = marker.end(), line[marker.end():last]
        # Markdown makes "**" bold only beside a space or the line's edge on its outer side ("Stop!**Now**", text
        # without spaces, would show the stars): elsewhere the line is shown plain.
        if not bold or line[first - 1:first].strip() or line[last:last + 1].strip():
            lines.append("> " + escape_markdown(line))
            continue
        lines.append(f"> {escape_markdown(line[:first])}**{escape_markdown(bold)}**{escape_markdown(line[last:])}")
    return lines


def _language(code: str):
    """What the screen knows of the language `code` (English for one it does not know)."""
    return next((known for known in LANGUAGES if known.code == code), ENGLISH)


def emergency_message(kinds: Sequence[str], settings: Settings, language: str = "en") -> str:
    """What an urgent answer says first, in the language of the question (English for a language the screen does
    not know), with the configured emergency numbers and, for thoughts of suicide, the crisis line."""
    words = _language(language)
    numbers = settings.emergency_numbers
    if numbers == DEFAULT_EMERGENCY_NUMBERS:  # configured numbers are said as written; the default in the language
        numbers = _DEFAULT_NUMBERS.get(words.code, numbers)
    message = words.emergency.format(numbers=numbers)
    if "suicide" in kinds:
        message += "\n\n" + crisis_message(settings, words.code)
    return message


def crisis_message(settings: Settings, language: str = "en") -> str:
    """The crisis line's sentence in the language of the question (English for a language the screen does not
    know), with the configured line."""
    words = _language(language)
    line = settings.crisis_line
    if line == DEFAULT_CRISIS_LINE:
        line = _DEFAULT_CRISIS_LINES.get(words.code, line)
    return words.crisis.format(line=line)


# `Settings`' default numbers and crisis line, said in each language the screen knows besides English.
_DEFAULT_NUMBERS = {
    "es": "112 (Europa y muchos otros países) o 911 (Estados Unidos y Canadá)",
    "de": "112 (Europa und viele andere Länder) oder 911 (USA und Kanada)",
    "fr": "112 (Europe et de nombreux autres pays) ou 911 (États-Unis et Canada)",
    "pt": "112 (Europa e muitos outros países) ou 911 (Estados Unidos e Canadá)",
    "it": "112 (Europa e molti altri paesi) o 911 (Stati Uniti e Canada)",
}
_DEFAULT_CRISIS_LINES = {
    "es": "988 (Suicide & Crisis Lifeline, Estados Unidos) o la línea de crisis de su país",
    "de": "988 (Suicide & Crisis Lifeline, USA) oder die Krisenhotline Ihres Landes",
    "fr": "988 (Suicide & Crisis Lifeline, États-Unis) ou la ligne d'écoute de votre pays",
    "pt": "988 (Suicide & Crisis Lifeline, Estados Unidos) ou a linha de apoio do seu país",
    "it": "988 (Suicide & Crisis Lifeline, Stati Uniti) o la linea di ascolto del tuo paese",
}


def not_covered(evidence: Evidence | None, question: str = "") -> str:
    """What a not-found answer says: what the documents do not say, in the question's own words, where the evidence
    shows the documents discuss the question's subject ("Your documents discuss magnesium and legs, but say nothing
    about pregnancy."); else that they do not cover it. With the `question`, words next to each other in it are said
    as one ("sertraline and side effects", not "effects, sertraline and side": a trial)."""
    if evidence is None or not evidence.covered:
        return NOT_FOUND
    # Words the nearest passage lacks that the documents hold elsewhere are discussed, not missing.
    missing = tuple(w for w in evidence.missing if w not in evidence.held_elsewhere)
    discussed = _words(evidence.covered + evidence.held_elsewhere, question)
    if missing:
        gap = f"say nothing about {_words(missing, question)}"
    elif evidence.quantity_missing:
        gap = _KIND_GAPS["price"] if evidence.kind == "price" else "do not state the amount, number or time asked for"
    elif evidence.kind_missing:
        gap = _KIND_GAPS.get(evidence.kind, "do not give the kind of answer asked for")
    else:
        gap = "do not answer this question"
    return (f"Your documents discuss {discussed}, but {gap}, so there is nothing to quote that answers it. "
            "Ask about what they do say, or add a document that covers it.")


_QUESTION_WORD = re.compile(r"\w+")


def _words(words: Sequence[str], question: str = "", limit: int = 3) -> str:
    """The first `limit` of `words` (rarest first) as a list, rarest first, those next to each other in `question` (a
    space or a hyphen between, no comma) as one phrase written as the question writes it ("side effects",
    "anti-inflammatory"), placed where its rarest word is."""
    chosen = list(words[:limit])
    tokens = list(_QUESTION_WORD.finditer(question))
    folded = [token.group().casefold() for token in tokens]
    at = {word: folded.index(word.casefold()) for word in chosen if word.casefold() in folded}
    phrases: list[list[int]] = []
    for index in sorted(set(at.values())):
        if phrases and index == phrases[-1][-1] + 1 and \
                re.fullmatch(r"[\s-]*", question[tokens[index - 1].end():tokens[index].start()]):
            phrases[-1].append(index)
        else:
            phrases.append([index])
    phrase_of = {index: phrase for phrase in phrases for index in phrase}
    items: list[str] = []
    for word in chosen:  # rarest first: a phrase where its rarest word stands
        if word not in at:
            items.append(word)
        elif (text := question[tokens[phrase_of[at[word]][0]].start():tokens[phrase_of[at[word]][-1]].end()]) \
                not in items:
            items.append(text)
    return _listed([escape_markdown(item) for item in items])


def _listed(items: Sequence[str]) -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def compose_answer(question: str, screening: Screening, quotes: Sequence[Quote], settings: Settings,
                   similarity: float | None = None, topics: str = "", evidence: Evidence | None = None,
                   context: str = "", turns: Sequence[str] = (),
                   renamed: Sequence[tuple[str, str]] = (), said_all: bool = False) -> Answer:
    """The answer for every path: invalid (the screening's reason), topics (`topics`, what the documents cover),
    settled (a fixed reply and the usual notice, in the turn's language: nothing was searched), urgent (the emergency
    message and nothing else, then its own notice, both in the message's language),
    answered, or not found (saying what is missing, from `evidence`). An answer or refusal read with an earlier
    turn, `context`, says so first (every turn its words came from, `turns`, oldest first, when more than
    one). An answer or refusal that read a medicine by another of its names, or a word as the documents' word for it,
    `renamed`, says so first too. A request for more whose every answering passage was quoted before (`said_all`)
    says so before its quotes. Every one ends with a notice that it is not medical advice (`Answer.notice`)."""
    notice_line = f"*{NOTICE}*"
    quotes = tuple(quotes)
    question = _echo(question, settings.max_question_chars)
    # A question that speaks of suicide gets the crisis line before the notice, in bold so that it does not read as
    # part of the notice (a browser look).
    crisis = [f"**{crisis_message(settings, screening.language)}**"] if screening.crisis else []
    if screening.status == "invalid":
        return Answer(question, "invalid", "\n\n".join([screening.reason, *crisis, notice_line]), NOTICE, ())
    if screening.status == "topics":
        return Answer(question, "topics", "\n\n".join([topics, *crisis, notice_line]), NOTICE, ())
    if screening.status == "settled":  # nothing searched: a fixed reply, not a refusal naming the turn's words
        language = _language(screening.language)
        notice = language.usual_notice or NOTICE  # in its language, as its reply is
        return Answer(question, "settled", "\n\n".join([language.settled, f"*{notice}*"]), notice, ())
    parts = []
    if screening.status == "urgent":
        # The message alone: a passage after it, however apt, could soften it ("...eliminates possible side effects").
        # The quotes stay in the record and the sources panel, which are secondary to the answer.
        parts.append(emergency_message(screening.kinds, settings, screening.language))
        if screening.earlier:
            # A follow-up that alone is no emergency ("Is it safe?") gets the message again: say why, after it, without
            # quoting the earlier message (what else it said, "the pharmacist says it's harmless", would stand under
            # the message: a reviewer's finding); the record keeps it (`context`).
            parts.append(f"*{_language(screening.language).read_with[len(screening.earlier) > 1]}*")
        # Its own notice, in the message's language, ends it with the call: the usual one's "ask a doctor or
        # pharmacist before acting on anything here" could read as a reason to wait (a browser trial).
        notice = _language(screening.language).notice
        parts.append(f"*{notice}*")
        status, renamed = "urgent", ()
    else:
        if context:  # a refusal too: "say nothing about children" may be about the earlier question's words
            # An earlier turn is not screened as the question is: its hidden or reordering characters are shown as
            # escapes, as a file name's are, and it is cut.
            chain = tuple(turns) if len(turns) > 1 else (context,)
            shown = [f"\u201c{escape_markdown(shown_source(_echo(turn, 200)))}\u201d" for turn in chain]
            parts.append(f"*Read with your earlier question{'s' if len(shown) > 1 else ''}: {_listed(shown)}*")
        renamed = tuple((_echo(asked, 100), name) for asked, name in renamed)
        if renamed:
            # Said before what it was read for: the quotes (or the refusal) name the documents' medicine, not the
            # user's.
            medicines = [(asked, name) for asked, name in renamed if is_medicine(name)]
            words = [(asked, name) for asked, name in renamed if not is_medicine(name)]
            # The user's words and the documents' in quotation marks: "Reading the runs as diarrhoea" is hard to
            # parse (a browser trial).
            for pairs, one, more in (
                    (medicines, "another name of the same medicine", "other names of the same medicines"),
                    (words, "the word your documents use", "the words your documents use")):
                if pairs:
                    shown = [f"\u201c{escape_markdown(asked)}\u201d as \u201c{escape_markdown(name)}\u201d"
                             for asked, name in pairs]
                    parts.append(f"*Reading {_listed(shown)}: {one if len(shown) == 1 else more}.*")
        if said_all and quotes:
            parts.append(NOTHING_MORE)
        parts.append(render_quotes(quotes) if quotes else not_covered(evidence, question))
        parts.extend(crisis)  # after what the documents say
        status = "answered" if quotes else "not_found"
        notice = NOTICE
        parts.append(notice_line)
    if status == "urgent":  # the record keeps what the answer says it was read with
        context, turns = (screening.earlier[-1] if screening.earlier else ""), screening.earlier
    elif status not in ("answered", "not_found"):
        context, turns = "", ()
    return Answer(question, status, "\n\n".join(parts), notice, quotes, similarity, evidence,
                  _echo(context, settings.max_question_chars), screening.trigger if status == "urgent" else "",
                  tuple(_echo(turn, settings.max_question_chars) for turn in turns) if len(turns) > 1 else (),
                  renamed)


def _echo(question: object, max_chars: int) -> str:
    """The question as an answer repeats it: text that can be printed and written as UTF-8 (lone surrogates
    replaced), and never longer than the question limit, so an oversized request is not sent back whole."""
    if not isinstance(question, str):
        return ""
    if len(question) > max_chars:
        question = question[:max_chars] + "…"
    return printable(question)


def answer_unsearched(question: object, settings: Settings) -> Answer | None:
    """The answer when screening alone decides it (an invalid question), without the model or the index; else
    None. The command line uses it to refuse a bad question before loading anything."""
    screening = screen_question(question, settings.max_question_chars)
    return compose_answer(question, screening, (), settings) if screening.status == "invalid" else None
