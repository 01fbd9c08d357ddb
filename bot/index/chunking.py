"""Sentence-aware chunking with overlap. Pure: no files, no model; token counting is passed in."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from bot.documents.document import Layout

CountTokens = Callable[[Sequence[str]], list[int]]

_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*")
_NOT_SPACE = re.compile(r"\S")
_NOT_BLANK = re.compile(r"[^ \t]")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
# The words of `word_before`, found in one pass: a run of letters and dots that starts with a letter.
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
# A line that so far holds only a section or list number ("1.", "2.1.", "a.", "iv."): its full stop ends no sentence,
# so a numbered heading or item stays whole ("1. Why iron matters").
_ENUMERATOR = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5}|[A-Z])\.")
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof sr jr st vs e.g i.e eg ie cf fig figs no approx ca al inc ltd dept vol pp ref refs".split()
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, or a piece of one too long for the model, as a span of its document. Lines are None when the
    source has no lines to cite; pages are None unless it has pages; `heading` is the path of headings above it;
    `tokens` is the model's count of its tokens (0 in indexes written before it was kept); `ocr` whether any of it
    was read by OCR from a scanned page."""

    source: str
    start: int
    end: int
    line_start: int | None
    line_end: int | None
    text: str
    page_start: int | None = None
    page_end: int | None = None
    heading: str = ""
    tokens: int = 0
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive sentences of one document, embedded together. Sentences `[sentence_start, sentence_stop)`."""

    id: str
    source: str
    start: int
    end: int
    line_start: int | None
    line_end: int | None
    text: str
    sentence_start: int
    sentence_stop: int


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, trimmed of surrounding white space, in order.

    A sentence ends at . ! ? or … followed by white space and a character that is not lower case (unless the word
    before is a known abbreviation or an initial), at a full stop glued to a capitalised word ("condition.Magnesium"),
    at a blank line, and at a line break before a line that does not start in lower case (headings, list items).
    """
    cuts = {0, len(text)}
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    words = _WORD.finditer(text)
    word = next(words, None)
    for match in _END.finditer(text):
        end, punct = match.end(), match.start()
        # The word before the punctuation, as word_before finds it, without reading back over a long run of
        # letters and dots once per full stop in it ("Ab.Cd.Ef..." would take time quadratic in its length).
        while word is not None and word.end() < punct:
            word = next(words, None)
        word_start = word.start() if word is not None and word.start() < punct else punct
        if end >= len(text):
            continue
        following = text[end]
        if following.isspace():
            rest = _NOT_SPACE.search(text, end)
            if rest and not rest.group().islower() and not _is_abbreviation(text, word_start, punct) and \
                    not _ENUMERATOR.fullmatch(text, line_starts[bisect.bisect_right(line_starts, punct) - 1], end):
                cuts.add(end)
        elif following.isupper() and match.group() == ".":
            if punct - word_start >= 2 and text[punct - 1].islower() and text.rfind(".", word_start, punct) < 0:
                cuts.add(end)
    for match in re.finditer(r"\n", text):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()].lstrip()
        after = _NOT_BLANK.search(text, match.end())
        if not after or not after.group().islower() or line.startswith("#"):
            cuts.add(match.start())
    spans = []
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:]):
        a, b = _trim(text, a, b)
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            spans.append((a, b))
    return spans


_LIST_MARKER = re.compile(r"^(?:[-*+\u2022]|\d+[.)])\s")


def list_marker(text: str) -> str:
    """The list marker `text` opens with, white space before it included ("- ", "  2. ", "• "); "" when none."""
    match = _LIST_MARKER.match(text.lstrip())
    return text[:len(text) - len(text.lstrip()) + match.end()] if match else ""


def looks_like_heading(text: str) -> bool:
    """A Markdown heading, or a short line with no closing punctuation that is not a list item ("Side effects")."""
    stripped = text.strip()
    if stripped.startswith("#"):
        return True
    if "\n" in stripped or _LIST_MARKER.match(stripped) or stripped[-1:] in ".!?:;\u2026\"'\u201d)":
        return False
    return len(stripped.split()) <= 6


def is_own_heading(sentence: Sentence) -> bool:
    """Whether the sentence is the title of the section it opens: the last heading of its path, as the layout (a
    PDF's fonts and numbering, Word styles, Markdown) found it ("1. Why iron matters"): never quoted, like a line
    that looks like a heading."""
    title = sentence.heading.rsplit(" > ", 1)[-1]
    return bool(title) and " ".join(sentence.text.lstrip("#").split()) == " ".join(title.split())


def word_before(text: str, end: int) -> str:
    """The word that ends at `end`: the longest run of ASCII letters and dots before it that starts with a letter
    ("e.g", "Dr", "condition"); "" when there is none. Walks back from `end` only, so splitting a long text stays
    linear (a regex search anchored at `end` would try every earlier start)."""
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def _is_abbreviation(text: str, word_start: int, word_end: int) -> bool:
    if not 0 < word_end - word_start <= _LONGEST_ABBREVIATION:
        return False
    word = text[word_start:word_end]
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_long(text: str, start: int, end: int, count: int, max_tokens: int,
               count_tokens: CountTokens) -> list[tuple[int, int]]:
    """Split the span `[start, end)` at word boundaries into pieces of at most `max_tokens` tokens."""
    if count <= max_tokens:
        return [(start, end)]
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    word_counts = count_tokens([text[a:b] for a, b in words])
    pieces: list[tuple[int, int]] = []
    piece_start, total = None, 0
    for (a, b), n in zip(words, word_counts):
        if n > max_tokens:  # a single "word" longer than the model's window: cut it by characters
            if piece_start is not None:
                pieces.append((piece_start, prev_end))
                piece_start, total = None, 0
            pieces.extend(_split_chars(text, a, b, max_tokens, count_tokens))
            continue
        if piece_start is not None and total + n > max_tokens:
            pieces.append((piece_start, prev_end))
            piece_start, total = None, 0
        if piece_start is None:
            piece_start = a
        total += n
        prev_end = b
    if piece_start is not None:
        pieces.append((piece_start, prev_end))
    return pieces


def _split_chars(text: str, start: int, end: int, max_tokens: int, count_tokens: CountTokens) -> list[tuple[int, int]]:
    """Cut `[start, end)` into pieces of at most `max_tokens` tokens, each about as long as it can be. A piece's end
    is found by doubling its length until it is too long, then halving the gap, so the characters counted are a small
    multiple of the piece's own, never of the whole span: the time stays linear in the span's length."""
    pieces, a = [], start
    while a < end:
        fits, step = a + 1, max(1, max_tokens)
        while fits < end and count_tokens([text[a:min(end, a + step)]])[0] <= max_tokens:
            fits, step = min(end, a + step), step * 2
        too_long = min(end, a + step) if fits < end else end
        while too_long - fits > 1:
            middle = (fits + too_long) // 2
            if count_tokens([text[a:middle]])[0] <= max_tokens:
                fits = middle
            else:
                too_long = middle
        pieces.append((a, fits))
        a = fits
    return pieces


class LineIndex:
    """Maps character offsets of one text to 1-based line numbers."""

    def __init__(self, text: str):
        self._newlines = [m.start() for m in re.finditer("\n", text)]

    def line_of(self, offset: int) -> int:
        """The 1-based line holding the character at `offset`."""
        return bisect.bisect_right(self._newlines, offset - 1) + 1 if offset > 0 else 1


def chunk_document(source: str, text: str, count_tokens: CountTokens, *, chunk_tokens: int, max_tokens: int,
                   overlap_sentences: int, first_sentence_id: int = 0,
                   layout: Layout | None = None) -> tuple[list[Sentence], list[Chunk]]:
    """Sentences and overlapping chunks of one document.

    Chunks hold whole sentences up to `chunk_tokens` tokens (a lone sentence may reach `max_tokens`); consecutive
    chunks share `overlap_sentences` sentences. No chunk exceeds `max_tokens`, so the model never truncates.
    Sentence ids are global: they start at `first_sentence_id`. `layout` gives sentences their pages and headings.
    """
    layout = layout or Layout()
    spans = split_sentences(text)
    counts = count_tokens([text[a:b] for a, b in spans]) if spans else []
    pieces: list[tuple[int, int]] = []
    piece_counts: list[int] = []
    for (a, b), n in zip(spans, counts):
        parts = split_long(text, a, b, n, max_tokens, count_tokens)
        pieces.extend(parts)
        piece_counts.extend([n] if len(parts) == 1 else count_tokens([text[x:y] for x, y in parts]))
    line_of = LineIndex(text).line_of if layout.has_lines else (lambda offset: None)
    sentences = [_sentence(source, text, a, b, line_of, layout, n) for (a, b), n in zip(pieces, piece_counts)]
    if layout.headings:
        starts, paths = layout.heading_paths()
        sentences = [replace(s, heading=paths[i]) if (i := bisect.bisect_right(starts, s.start) - 1) >= 0 else s
                     for s in sentences]
    ranges = _group(piece_counts, chunk_tokens, overlap_sentences)
    texts = [text[pieces[i][0]:pieces[j - 1][1]] for i, j in ranges]
    real = count_tokens(texts) if texts else []
    safe: list[tuple[int, int]] = []
    for (i, j), n in zip(ranges, real):
        # Sums of sentence counts can undercount for tokenizers that merge across spaces; never let that truncate.
        safe.extend([(i, j)] if n <= max_tokens else [(k, k + 1) for k in range(i, j)])
    chunks = []
    for i, j in safe:
        a, b = pieces[i][0], pieces[j - 1][1]
        chunks.append(Chunk(id=f"{source}#{a}-{b}", source=source, start=a, end=b, line_start=line_of(a),
                            line_end=line_of(b - 1), text=text[a:b], sentence_start=first_sentence_id + i,
                            sentence_stop=first_sentence_id + j))
    return sentences, chunks


def _sentence(source: str, text: str, a: int, b: int, line_of: Callable[[int], int | None],
              layout: Layout, tokens: int) -> Sentence:
    return Sentence(source, a, b, line_of(a), line_of(b - 1), text[a:b], layout.page_of(a), layout.page_of(b - 1),
                    tokens=tokens, ocr=bool(layout.ocr) and layout.is_ocr(a, b))


def _group(counts: list[int], chunk_tokens: int, overlap: int) -> list[tuple[int, int]]:
    ranges, i, n = [], 0, len(counts)
    while i < n:
        j, total = i, 0
        while j < n and (j == i or total + counts[j] <= chunk_tokens):
            total += counts[j]
            j += 1
        ranges.append((i, j))
        if j >= n:
            break
        i = max(i + 1, j - overlap)
    return ranges
