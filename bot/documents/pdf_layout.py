"""A PDF's lines as a reader sees them: running headers, footers and page numbers left out, two columns read one
after the other, a table's rows kept whole, wrapped lines joined into paragraphs, headings told by their font or
numbering, and a sentence running over a page break joined. Pure: no files, no parser; the lines come from pypdf
(bot/documents/extraction.py) or from OCR (bot/documents/ocr.py), which gives text only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.documents import pdf_tables
from bot.documents.pdf_lines import ALIGN_POINTS, Line, joint, mend

__all__ = ["Item", "Line", "body_size", "continues", "footnotes_first", "heading_level", "is_margin_stamp", "joint",
           "masked", "mend", "page_items", "running_lines", "without_layout"]

# A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 10", "3/10".
_PAGE_NUMBER = re.compile(r"\s*(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013\u2014]?\s*",
                          re.IGNORECASE)
# A line that ends by numbering the pages after a separator: "Leaflet CHS-2026 | Page 3 of 10" (not "see page 3 of
# 10" in a sentence). A running footer even on a PDF of one page.
_PAGE_OF = re.compile(r"(?:.*[|\u2013\u2014\u00b7\u2022]|.*\s-|.*\S\s{3,}|-)\s*page\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*",
                      re.IGNORECASE)
# A line that starts an item of a list: never joined to the line before.
_ITEM = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u2013*\u00b7]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
# A line this much shorter than its block's usual line ends its paragraph (or is a heading).
_SHORT_LINE = 0.75
# A numbered heading: "2 Dosage", "2.1 Dosage", "2.1. Dosage" (a capital after the number).
_NUMBERED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+[A-Z]")
# A heading is at most this long, and a line this much larger than the body text is one.
_HEADING_CHARS = 100
_LARGER = 1.15
_NUMBERED_WORDS = 7
# A heading's second line stands at most this many times its font size below its first.
_HEADING_WRAP = 1.4
# Of a page this wide or more from its left edge, a line beside another starts a second column.
_SECOND_COLUMN = 0.4
# A run of lines moving this much of the page's width to the side has gone from a column to text across the page.
_COLUMN_SHIFT = 0.25
# Pieces this long side by side are two columns' lines of prose, not a table's cells (a table's cells are mostly
# shorter on one side at least).
_COLUMN_CHARS = 20
# White space between two lines this many times the block's usual line spacing ends a paragraph.
_PARAGRAPH_GAP = 1.4
# A footnote as a text layer or OCR gives it: its mark set close against its first word ("1You cannot ...").
_FOOTNOTE = re.compile(r"(?:\d{1,2}|[*\u2020\u2021])[A-Z]")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
# A footnote's mark drawn apart from its text, as a word processor sets it: a number or a symbol.
_MARK = re.compile(r"\s*(?:\d{1,3}|[*\u2020\u2021\u00a7])\s*")
# A footnote's first line as text: its mark, then its first word with a capital ("1 See ...", "2World ...").
_NOTE_START = re.compile(r"\s*(?:\d{1,3}|[*\u2020\u2021\u00a7])\s?[A-Z]")
# Footnotes are set smaller than the body text: at most this share of its size.
_NOTE_SIZE = 0.92
# A header stands in the page's top margin, this share of its height from its top, in a smaller font than the text;
# a browser's printed footer as near its foot, holding a web address, a date or time, or the page's number.
_MARGIN_SHARE = 0.06
_STAMP = re.compile(r"\b(?:https?|file)://\S+|\bwww\.\w\S*|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                    r"\b\d{1,2}:\d{2}(?:\s*[AP]M)?\b|(?:^|\s)\d{1,4}\s*/\s*\d{1,4}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """A paragraph, heading (with its level) or table row of a page's text, on a line of its own."""

    text: str
    kind: str = "text"  # "text", "heading", "row" or "note" (a footnote)
    level: int = 0


def masked(line: str) -> str:
    """A line with its numbers masked and its white space and case evened out, to compare lines across pages."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def running_lines(pages: list[list[Line]]) -> set[str]:
    """Running headers and footers: lines (their numbers masked) among the first or last two of at least half the
    pages, when there are three pages or more; of a two-page PDF, those on both pages, at the same height where the
    PDF tells it (OCR does not)."""
    if len(pages) < 2:
        return set()
    edges = [_edge_lines(lines) for lines in pages]
    if len(pages) == 2:
        first, second = edges
        return {text for text, y in first.items() if text in second and text.strip("# ")
                and (y is None or second[text] is None or abs(y - second[text]) <= ALIGN_POINTS)}
    counts: Counter[str] = Counter()
    for found in edges:
        counts.update(found.keys())
    return {line for line, count in counts.items() if count >= max(3, len(pages) / 2) and line.strip("# ")}


def _edge_lines(lines: list[Line]) -> dict[str, float | None]:
    """A page's first and last two lines, their numbers masked, with their heights."""
    kept = [line for line in lines if line.text.strip()]
    return {masked(line.text): line.y for line in kept[:2] + kept[-2:]}


def without_layout(lines: list[Line], running: set[str], body: float = 0.0,
                   page: tuple[float, float] | None = None) -> list[Line]:
    """A page's lines less those that are layout, not text: among its first and last two lines, page numbers (alone
    or ending a line after a separator, "Leaflet | Page 3 of 10"), running headers and footers, and, where the font
    size of the body text and the page's foot and top (`page`, points) are known, a browser's printed header or
    footer in the page's margin (`is_margin_stamp`). A footnote's mark set above its text is kept: it is no page
    number."""
    lines = _with_marks_joined(lines)
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    edges = set(filled[:2] + filled[-2:])
    return [line for i, line in enumerate(lines) if i not in edges or not (
        _PAGE_NUMBER.fullmatch(line.text) or _PAGE_OF.fullmatch(line.text) or masked(line.text) in running
        or is_margin_stamp(line, body, page))]


def is_margin_stamp(line: Line, body: float, page: tuple[float, float] | None) -> bool:
    """Whether `line` is a header or footer printed in a page's margin, told on its page alone (so even on a PDF of
    one page): set smaller than the body text (of size `body`), ending no sentence, and either above the text,
    within `_MARGIN_SHARE` of the page's height from its top (`page`: its foot and top, points), or as near its foot
    and holding a web address, a date, a time or a page counter ("2/5"), as a browser prints them. A small line at
    the foot without those is kept: footnotes and small print stand there."""
    if not (body and page and line.size and line.y is not None and line.size < body):
        return False
    foot, top = page
    margin = _MARGIN_SHARE * (top - foot)
    text = line.text.strip()
    if _SENTENCE_END.search(text):
        return False
    return line.y >= top - margin or line.y <= foot + margin and bool(_STAMP.search(text))


def _with_marks_joined(lines: list[Line]) -> list[Line]:
    """Lines with a footnote's mark drawn above its text's first line (a smaller number or symbol just above and to
    the left of it, as a word processor raises it) joined to that line: "1" and "See the leaflet." make "1 See the
    leaflet."."""
    joined: list[Line] = []
    for line in lines:
        mark = joined[-1] if joined else None
        if mark is not None and _raised_mark(mark, line):
            text = f"{mark.text.strip()} {line.text.lstrip()}"
            joined[-1] = Line(text, mark.x, line.y, line.size, line.bold, ((mark.x, mark.text.strip()), *line.cells))
        else:
            joined.append(line)
    return joined


def _raised_mark(mark: Line, line: Line) -> bool:
    return bool(_MARK.fullmatch(mark.text) and None not in (mark.x, mark.y, line.x, line.y) and line.size
                and mark.size < line.size and mark.x < line.x and 0 < mark.y - line.y <= line.size)


def body_size(pages: list[list[Line]]) -> float:
    """The font size of most of the text (by characters); 0 when no line has one."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if line.size:
                sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def heading_level(line: Line, body: float, body_bold: bool, sizes: list[float]) -> int | None:
    """The level of `line` as a heading (1 the top), or None when it is text: a short line without a closing
    full stop, comma or semicolon, set larger than the body text, or in bold where the body is not, or numbered
    "2.1 Dosage" (of a few words; in bold or larger when it has one number only). Larger sizes rank higher; numbers
    give depth."""
    text = " ".join(line.text.split())
    if not text or len(text) > _HEADING_CHARS or text[-1] in ".,;" or not any(ch.isalpha() for ch in text):
        return None
    larger = bool(body and line.size >= _LARGER * body)
    bold = line.bold and not body_bold
    numbered = _NUMBERED.match(text)
    # Numbers alone ("2.1 Dosage") only for a title of a few words: a wrapped line can start with "3.5 Million".
    if numbered and (larger or bold or numbered.group(1).count(".") >= 1 and len(text.split()) <= _NUMBERED_WORDS):
        return numbered.group(1).count(".") + 1
    if larger:
        return 1 + sizes.index(round(line.size, 1))
    if bold and len(text) <= _HEADING_CHARS // 2:
        return 1 + len(sizes)
    return None


def page_items(lines: list[Line], page_width: float | None, body: float, body_bold: bool, sizes: list[float],
               headings: bool) -> list[Item]:
    """A page's lines (layout already left out) as paragraphs, headings (when `headings`) and table rows, in
    reading order."""
    lines, notes = _footnotes(lines, body)
    items: list[Item] = []
    for table, block in _blocks(lines, page_width):
        if table:
            items.extend(Item(" | ".join(" ".join(text.split()) for _, text in line.cells if text.strip()), "row")
                         for line in block)
            continue
        levels = [heading_level(line, body, body_bold, sizes) if headings else None for line in block]
        paragraphs = _paragraphs(block, levels)
        if continues(items, paragraphs):  # a paragraph running from one column, or stretch, into the next
            items[-1] = Item(mend(items[-1].text, paragraphs[0].text))
            paragraphs = paragraphs[1:]
        items.extend(paragraphs)
    return items + notes


def _footnotes(lines: list[Line], body: float) -> tuple[list[Line], list[Item]]:
    """A page's lines less its footnotes, and the footnotes as paragraphs of their own ("note" items): the run of
    lines at the page's foot, below the text, all set smaller than the body text (of size `body`), the first
    starting with a mark ("1 See ...", its mark drawn apart or raised). A note's wrapped lines are joined. Without
    font sizes (OCR) none are told here."""
    if not body:
        return lines, []
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    start = None
    for i in reversed(filled):
        line = lines[i]
        if not line.size or line.size > _NOTE_SIZE * body:
            break
        if _is_note_start(line):
            start = i
    if start is None or not filled or start == filled[0]:
        return lines, []
    above = next((lines[i] for i in reversed(filled) if i < start), None)
    if above is not None and None not in (above.y, lines[start].y) and lines[start].y >= above.y:
        return lines, []  # beside or above the text: not at the page's foot
    notes: list[list[str]] = []
    for line in lines[start:]:
        text = " ".join(line.text.split())
        if not text:
            continue
        if _is_note_start(line) or not notes:
            notes.append([text])
        else:
            drop, between = joint(notes[-1][-1], text)
            notes[-1][-1] = notes[-1][-1][:len(notes[-1][-1]) - drop]
            notes[-1].extend([between, text])
    return lines[:start], [Item("".join(parts), "note") for parts in notes]


def _is_note_start(line: Line) -> bool:
    """Whether a line starts a footnote: of two pieces, the first a mark alone; of one, a mark then a capital (a
    table's row of more cells may start with a number too)."""
    mark = line.cells[0][1] if line.cells else ""
    if len(line.cells) == 2:
        return bool(mark.strip() and _MARK.fullmatch(mark))
    return len(line.cells) <= 1 and bool(_NOTE_START.match(line.text))


def _blocks(lines: list[Line], page_width: float | None) -> list[tuple[bool, list[Line]]]:
    """A page's lines in runs read as one, each marked True when it is a table: each column's lines, and within them
    tables and the text between."""
    blocks: list[tuple[bool, list[Line]]] = []
    for run in _column_runs(pdf_tables.wrapped_cells_joined(pdf_tables.cell_rows(lines)), page_width):
        blocks.extend(pdf_tables.table_runs(run))
    return blocks


def _column_runs(lines: list[Line], page_width: float | None) -> list[list[Line]]:
    """A page's lines as runs to read one after the other. Where the page's text goes back up (a column after the
    one before it), a new run starts. Where two or more lines in a row each hold two pieces side by side at the
    same places, the second past `_SECOND_COLUMN` of the page's width, and in most of them both pieces are prose
    (`_COLUMN_CHARS` characters or more: a table's cells are mostly short on one side), the stretch is two columns
    written across, line by line: its left pieces are one run and its right pieces the next."""
    paired = _across(lines, _SECOND_COLUMN * page_width if page_width else None)
    split = _SECOND_COLUMN * page_width if page_width else None
    runs: list[list[Line]] = [[]]
    left: list[Line] = []
    right: list[Line] = []
    for line, beside in zip(lines, paired):
        pieces = line.cells
        if beside:
            left.append(Line(pieces[0][1].strip(), pieces[0][0], line.y, line.size, line.bold, pieces[:1]))
            right.append(Line(pieces[1][1].strip(), pieces[1][0], line.y, line.size, line.bold, pieces[1:]))
            continue
        column = (right if line.x >= split else left) if left and split and line.x is not None else None
        if column and len(pieces) == 1 and line.y is not None and column[-1].y is not None and \
                0 < column[-1].y - line.y <= 3 * max(line.size, 1.0):
            column.append(line)  # a column's last lines, alone on their baselines
            continue
        if left:
            runs.extend([left[:], right[:], []])
            left.clear()
            right.clear()
        before = runs[-1][-1] if runs[-1] else None
        if before is not None and before.y is not None and line.y is not None and \
                line.y > before.y + max(line.size, before.size, 1.0):
            runs.append([])
        runs[-1].append(line)
    if left:
        runs.extend([left, right])
    return _column_stretches([run for run in runs if run], page_width)


def _column_stretches(runs: list[list[Line]], page_width: float | None) -> list[list[Line]]:
    """Runs cut where text across the page meets a column, so that each is read against its own line length: where a
    run goes back to the left margin from a column (`_COLUMN_SHIFT` of the page's width or more), and where the
    run after one starts a column beside it (further right, at a height the run has)."""
    if not page_width:
        return runs
    shift = _COLUMN_SHIFT * page_width
    cut: list[list[Line]] = []
    for run in runs:
        start = 0
        for i in range(1, len(run)):
            if run[i].x is not None and run[i - 1].x is not None and run[i - 1].x - run[i].x >= shift:
                cut.append(run[start:i])
                start = i
        cut.append(run[start:])
    stretches: list[list[Line]] = []
    for run, after in zip(cut, cut[1:] + [[]]):
        beside = after[0] if after else None
        at = next((i for i, line in enumerate(run) if i and beside is not None and None not in (
            beside.x, beside.y, line.x, line.y, run[0].y) and beside.x - line.x >= shift
            and line.y <= beside.y + max(beside.size / 2, 1.0) < run[0].y), None)
        stretches.extend([run[:at], run[at:]] if at else [run])
    return stretches


def _across(lines: list[Line], split: float | None) -> list[bool]:
    """Which lines belong to a stretch of two columns written across (see `_column_runs`)."""
    flags = [False] * len(lines)
    if not split:
        return flags
    candidate = [len(line.cells) == 2 and line.cells[1][0] >= split > line.cells[0][0] for line in lines]
    i = 0
    while i < len(lines):
        j = i + 1
        while candidate[i] and j < len(lines) and candidate[j] and pdf_tables.aligned(lines[j - 1], lines[j]):
            j += 1
        if j - i >= 2 and 2 * sum(min(len(line.cells[0][1].strip()), len(line.cells[1][1].strip())) >= _COLUMN_CHARS
                                  for line in lines[i:j]) > j - i:
            flags[i:j] = [True] * (j - i)
        i = j
    return flags


def _paragraphs(lines: list[Line], levels: list[int | None]) -> list[Item]:
    """Lines as a reader sees them: lines wrapped inside a paragraph joined with a space (a word hyphenated at the
    end of a line joined whole again). A line ends its paragraph when it is short against the block's usual line
    (unless it ends no sentence and the next starts in lower case), when the next one starts a list item, stands further below than lines usually do or, after a list item, starts
    no further right than the item's marker; a heading stands alone (a title wrapped over lines is one)."""
    texts = [" ".join(line.text.split()) for line in lines]
    lengths = sorted(len(text) for text, level in zip(texts, levels) if text and level is None)
    usual = lengths[len(lengths) * 3 // 4] if lengths else 0
    drops = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.y is not None and b.y is not None and a.y > b.y]
    spacing = sorted(drops)[len(drops) // 2] if drops else 0.0
    items: list[Item] = []
    pieces: list[list[str]] = []  # each item's text in pieces, joined once at the end (not again at every line)
    last = ""  # the paragraph's last line as the PDF has it
    above: Line | None = None
    item_line: Line | None = None  # the first line of the list item being read
    for line, text, level in zip(lines, texts, levels):
        gap = above is not None and above.y is not None and line.y is not None and spacing and \
            above.y - line.y > _PARAGRAPH_GAP * spacing
        wrapped = level is not None and items and items[-1] == Item(items[-1].text, "heading", level) and \
            _wraps_heading(above, line)
        above = line if text else above
        if not text or gap:
            last = ""
        if not text:
            continue
        if wrapped:
            pieces[-1].extend([" ", text])
        elif level is not None:
            items.append(Item(text, "heading", level))
            pieces.append([text])
            last = ""
        elif not items or items[-1].kind != "text" or not last or _ITEM.match(text) or \
                len(last) < _SHORT_LINE * usual and not _runs_on(last, text) or _after_item(item_line, line):
            items.append(Item(text))
            pieces.append([text])
            last = text
            item_line = line if _ITEM.match(text) else None
        else:
            drop, between = joint(last, text)
            pieces[-1][-1] = pieces[-1][-1][:len(pieces[-1][-1]) - drop]
            pieces[-1].extend([between, text])
            last = text
    return [Item("".join(parts), item.kind, item.level) for item, parts in zip(items, pieces)]


def _runs_on(last: str, text: str) -> bool:
    """Whether `text` goes on with the line `last` though that line is short (a long word moved to the next line,
    most often in a narrow column): `last` ends no sentence or clause and `text` starts in lower case, as no
    paragraph does."""
    return bool(text[:1].islower() and not _SENTENCE_END.search(last) and last[-1:] not in ":;")


def _after_item(item: Line | None, line: Line) -> bool:
    """Whether `line` starts where the list item that begins with `item` has its marker, or left of it: not the item's
    wrapped text, which stands indented past its marker, but what follows the list."""
    return item is not None and None not in (item.x, line.x) and line.x <= item.x + ALIGN_POINTS


def _wraps_heading(above: Line | None, line: Line) -> bool:
    """Whether `line`, a heading's line, goes on with the heading line `above`: a title too long for one line. Both
    in the same font, this one unnumbered, standing at most `_HEADING_WRAP` times its size below (a heading of its
    own has space above it)."""
    return above is not None and None not in (above.y, line.y) and above.size == line.size and \
        above.bold == line.bold and not _NUMBERED.match(line.text.strip()) and \
        0 < above.y - line.y <= _HEADING_WRAP * line.size


def continues(before: list[Item], after: list[Item]) -> bool:
    """Whether the first paragraph of a page continues the last of the page before: that one is text that ends
    without closing punctuation and this one is text starting in lower case."""
    return bool(before and after and before[-1].kind == after[0].kind == "text"
                and not _SENTENCE_END.search(before[-1].text) and not before[-1].text.endswith(":")
                and after[0].text[:1].islower())


def footnotes_first(before: list[Item], after: list[Item]) -> list[Item]:
    """A page's items with the footnotes at its foot moved above its last paragraph when that paragraph runs on to
    the next page's items (`after`), so that the sentence over the break is joined whole."""
    end = len(before)
    while end and (before[end - 1].kind == "note" or before[end - 1].kind == "text"
                   and _FOOTNOTE.match(before[end - 1].text)):
        end -= 1
    if end == len(before) or not continues(before[:end], after):
        return before
    return before[:end - 1] + before[end:] + [before[end - 1]]
