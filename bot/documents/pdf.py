"""Reading a PDF as a reader sees it: pypdf gives each page's lines with where and in what font they are drawn
(in a child process, bot/documents/sandbox.py), pages with no text layer are read by OCR (bot/documents/ocr.py),
and bot/documents/pdf_layout.py makes paragraphs, headings, table rows and columns of the lines (in a child again,
so the caller keeps its CPU). Every character keeps its page; the text is what quotes are cut from.
"""

from __future__ import annotations

import io
import logging
import math
import re
import unicodedata
from typing import Callable

from bot.documents import ocr, pdf_layout
from bot.documents.document import Heading, Layout
from bot.documents.extraction import _SURROGATE, Extracted, Limits, _check_length, _clean, _valid_unicode
from bot.documents.pdf_layout import Line
from bot.documents.sandbox import Budget, run_isolated
from bot.errors import DocumentError


def read_pdf(data: bytes, limits: Limits, progress: Callable[[int, int], None] | None = None) -> Extracted:
    """A PDF's text: its pages' text layers read in a child process, the pages without one read by OCR (each in a
    child of its own), then joined as a reader sees them (in a child again, so the caller keeps its CPU)."""
    budget = Budget(memory_bytes=limits.memory_mb * 2**20, seconds=limits.seconds)
    read = run_isolated(_pdf_child, (data, limits.max_chars), budget)
    if "text" in read:
        return _pdf_from_json(read)
    scanned, notes = read["scanned"], []
    try:
        result = ocr.read_pages(data, scanned, budget.memory_bytes, limits.ocr_seconds_per_page, progress)
    except DocumentError as err:  # the programs are missing
        result = ocr.OcrResult({}, {page: str(err) for page in scanned})
    for page, lines in result.lines.items():
        read["pages"][page] = [[line, None, None, 0.0, False, []] for line in lines]
    if result.failed:
        numbers = sorted(result.failed)
        one = len(numbers) == 1
        notes.append(f"{_pages_named(numbers)} of {len(read['pages'])} "
                     f"{'is a scanned image' if one else 'are scanned images'} with no text layer and could not be "
                     f"read by OCR ({result.failed[numbers[0]]}), so {'it was' if one else 'they were'} left out")
    read["ocr"], read["notes"] = sorted(result.lines), notes
    return _pdf_from_json(run_isolated(_assemble_child, (read, limits.max_chars), budget))


def _pdf_child(data: bytes, max_chars: int) -> dict:
    """What the child process does for a PDF: its text as `_assemble_child` gives it, or, when some pages have no
    text layer, what `_pdf_pages` read, to be completed by OCR."""
    read = _pdf_pages(data, max_chars)
    return read if read["scanned"] else _assemble_child(read, max_chars)


def _assemble_child(read: dict, max_chars: int) -> dict:
    """The PDF's text (`_assemble_pdf`) from the pages `_pdf_pages` read (OCR lines in place of the pages listed in
    `read["ocr"]`), as JSON-ready values."""
    pages = [[Line(_clean(unicodedata.normalize("NFKC", text)), x, y, size, bold, tuple(map(tuple, cells)))
              for text, x, y, size, bold, cells in page] for page in read["pages"]]
    outline = [(page, level, title) for page, level, title in read["outline"]]
    bounds = [tuple(b) if b else None for b in read.get("bounds", [])] or None
    extracted = _valid_unicode(_assemble_pdf(pages, read["widths"], set(read.get("ocr", ())), outline, max_chars,
                                             tuple(read.get("notes", ())), bounds))
    layout = extracted.layout
    return {"text": extracted.text, "pages": list(layout.pages), "ocr": [list(r) for r in layout.ocr],
            "headings": [[h.start, h.level, h.title] for h in layout.headings], "notes": list(extracted.notes)}


def _pdf_from_json(value: dict) -> Extracted:
    layout = Layout(tuple(value["pages"]), tuple(Heading(*h) for h in value["headings"]), False,
                    tuple((a, b) for a, b in value["ocr"]))
    return Extracted("pdf", value["text"], layout, tuple(value["notes"]))


def _pages_named(numbers: list[int]) -> str:
    """0-based page numbers as a reader names them: "page 2", "pages 2, 3, 7", "pages 1-40"."""
    shown = [n + 1 for n in numbers]
    if len(shown) == 1:
        return f"page {shown[0]}"
    if shown == list(range(shown[0], shown[-1] + 1)):
        return f"pages {shown[0]}-{shown[-1]}"
    listed = ", ".join(map(str, shown[:10])) + (" ..." if len(shown) > 10 else "")
    return f"pages {listed}"


def _pdf_pages(data: bytes, max_chars: int) -> dict:
    """What the child process does for a PDF: each page's lines as [text, x, y, font size, bold, pieces] (ligatures
    and other compatibility characters normalised; pieces as [x, text]) and its width, the 0-based pages with no
    text layer, and the outline as [page, level, title] entries."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported once, as a DocumentError
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts_without_password(reader):
            raise DocumentError("encrypted PDF that needs a password; save an unprotected copy and add that")
        pages: list[list[list]] = []
        widths: list[float | None] = []
        bounds: list[list[float] | None] = []
        scanned: list[int] = []
        length = 0
        for number, page in enumerate(reader.pages):
            lines = _page_lines(page)
            pages.append(lines)
            widths.append(_page_width(page))
            bounds.append(_page_bounds(page))
            if not any(ch.isalnum() for line in lines for ch in line[0]):
                scanned.append(number)
            length += sum(len(line[0]) for line in lines)
            _check_length(length, max_chars)  # stop as soon as a bomb has given too much
        outline = _pdf_outline(reader, len(pages))
    except (DocumentError, MemoryError):
        raise
    except PdfReadError as err:
        raise DocumentError(f"damaged PDF ({err}); re-export it and add it again") from None
    except Exception as err:  # noqa: BLE001 - a broken file can make pypdf raise almost anything
        raise DocumentError(f"damaged PDF ({type(err).__name__}); re-export it and add it again") from None
    return {"pages": pages, "widths": widths, "bounds": bounds, "scanned": scanned, "outline": outline}


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _page_lines(page) -> list[list]:
    """A page's text as pypdf extracts it, cut into lines, each with where and in what font it is drawn."""
    lines: list[list] = []
    pieces: list[tuple[float, float, float, bool, str]] = []

    def end_line() -> None:
        pieces[:] = _without_reference_marks(pieces)
        text = _clean(unicodedata.normalize("NFKC", _SURROGATE.sub("\ufffd", "".join(p[4] for p in pieces))))
        drawn = [p for p in pieces if p[4].strip()]
        if drawn:
            size = max(p[2] for p in drawn)
            bold = all(p[3] for p in drawn)
            cells = [[round(p[0], 1), _clean(unicodedata.normalize("NFKC", _SURROGATE.sub("\ufffd", p[4])))]
                     for p in drawn]
            lines.append([text, round(drawn[0][0], 1), round(drawn[0][1], 1), round(size, 1), bold, cells])
        else:
            lines.append([text, None, None, 0.0, False, []])
        pieces.clear()

    def visit(text: str, cm, tm, font, size) -> None:
        for i, part in enumerate(text.split("\n")):
            if i:
                end_line()
            if part:
                # The text matrix in page space: where the piece starts and how tall its font is drawn.
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
                pieces.append((x, y, float(size or 0) * (scale or 1.0), bool(_BOLD.search(name)), part))

    page.extract_text(visitor_text=visit)
    end_line()
    return lines


# A footnote's reference mark in the text: a number or symbol (or a few: "2,3", "4-6") set small after a word.
_REFERENCE = re.compile(r"\s*(?:\d{1,3}(?:[,\u2013-]\d{1,3})*|[*\u2020\u2021\u00a7])\s*")
_CLOSES_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# A mark is set at most this share of the size of the text around it.
_REFERENCE_SIZE = 0.8


def _without_reference_marks(pieces: list[tuple[float, float, float, bool, str]]) -> list:
    """A line's pieces less the footnote reference marks set after a full stop ("anaemia.¹ It develops"): left in,
    the mark glues the two sentences together ("anaemia.1 It"), and it is no word of either. A mark after a word
    ("anaemia¹."), like an exponent ("m²", "10⁹/L"), is kept."""
    size = max((p[2] for p in pieces if p[4].strip()), default=0.0)
    kept = []
    spaced = False  # a mark was left out before this piece: it starts a sentence after a space
    for i, piece in enumerate(pieces):
        after = pieces[i + 1][4] if i + 1 < len(pieces) else " "
        if kept and _REFERENCE.fullmatch(piece[4]) and piece[2] <= _REFERENCE_SIZE * size and \
                _CLOSES_SENTENCE.search(kept[-1][4]) and (after[:1].isspace() or after[:1].isupper()):
            spaced = True
            continue
        if spaced and not piece[4][:1].isspace():  # words drawn one by one carry no space of their own
            piece = (*piece[:4], " " + piece[4])
        spaced = False
        kept.append(piece)
    return kept


def _page_width(page) -> float | None:
    try:
        return abs(float(page.mediabox.width)) or None
    except Exception:  # noqa: BLE001 - a damaged media box leaves columns undetected, nothing more
        return None


def _page_bounds(page) -> list[float] | None:
    """A page's foot and top (points, in the space its text is placed in)."""
    try:
        foot, top = sorted((float(page.mediabox.bottom), float(page.mediabox.top)))
        return [foot, top] if top > foot else None
    except Exception:  # noqa: BLE001 - a damaged media box leaves margins untold, nothing more
        return None


def _assemble_pdf(pages: list[list[Line]], widths: list[float | None], ocr_pages: set[int],
                  outline: list[tuple[int, int, str]], max_chars: int, notes: tuple[str, ...] = (),
                  bounds: list[tuple[float, float] | None] | None = None) -> Extracted:
    """The text of a PDF's pages as a reader sees it (bot.documents.pdf_layout), with where each page starts, the
    headings (the outline's, each (page, level, title) placed where its title first shows; else those its layout
    shows), and the ranges read by OCR. A paragraph running over a page break is joined with a space (footnotes at the
    foot of its first page set above it). `bounds` are each page's foot and top (points), where known."""
    running = pdf_layout.running_lines(pages)
    body = pdf_layout.body_size(pages)
    pages = [pdf_layout.without_layout(lines, running, body, bounds[number] if bounds else None)
             for number, lines in enumerate(pages)]
    body = pdf_layout.body_size(pages)
    drawn = [line for lines in pages for line in lines if line.size]
    body_bold = sum(len(line.text) for line in drawn if line.bold) > sum(len(line.text) for line in drawn) / 2
    sizes = sorted({round(line.size, 1) for line in drawn if body and line.size >= 1.15 * body}, reverse=True)
    parts: list[str] = []
    starts: list[int] = []
    headings: list[Heading] = []
    ocr_ranges: list[tuple[int, int]] = []
    page_texts: list[str] = []
    length = 0
    previous: list[pdf_layout.Item] = []
    items_of = [pdf_layout.page_items(lines, widths[number], body, body_bold, sizes, headings=not outline)
                for number, lines in enumerate(pages)]
    for number in range(1, len(items_of)):
        items_of[number - 1] = pdf_layout.footnotes_first(items_of[number - 1], items_of[number])
    for number, items in enumerate(items_of):
        text = "\n".join(item.text for item in items)
        page_texts.append(text)
        if not text:
            starts.append(length + (2 if parts else 0))
            previous = []
            continue
        if previous and pdf_layout.continues(previous, items):
            drop, separator = pdf_layout.joint(parts[-1], text)
            parts[-1] = parts[-1][:len(parts[-1]) - drop]
            length -= drop
        else:
            separator = "\n\n" if parts else ""
        parts.append(separator + text)
        start = length + len(separator)
        length = start + len(text)
        starts.append(start)
        offset = start
        for item in items:
            if item.kind == "heading":
                headings.append(Heading(offset, item.level, item.text))
            offset += len(item.text) + 1
        if number in ocr_pages:
            ocr_ranges.append((start, length))
        _check_length(length, max_chars)
        previous = items
    for page, level, title in outline:
        found = page_texts[page].find(title)
        headings.append(Heading(starts[page] + max(found, 0), level, title))
    headings.sort(key=lambda heading: heading.start)
    # A page with no text adds nothing, so later pages may start where the previous page starts: keep that.
    layout = Layout(tuple(starts), tuple(headings), has_lines=False, ocr=tuple(ocr_ranges))
    return Extracted("pdf", "".join(parts), layout, notes)


def _pdf_outline(reader, page_count: int) -> list[list]:
    """The PDF's outline (its bookmarks) as [0-based page, level, title] entries. A damaged outline gives none; the
    text is still used."""
    entries: list[list] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            page = reader.get_destination_page_number(item)
            title = " ".join(str(item.title or "").split())
            # A title starting "_" is a hidden bookmark a word processor left ("_GoBack"), not a heading.
            if title and not title.startswith("_") and page is not None and 0 <= page < page_count:
                entries.append([page, level, _SURROGATE.sub("\ufffd", title)])

    try:
        walk(reader.outline, 1)
    except Exception:  # noqa: BLE001 - a broken outline can make pypdf raise almost anything
        return []
    return entries


def _decrypts_without_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - pypdf raises many kinds here (missing crypto backend, bad keys)
        return False
