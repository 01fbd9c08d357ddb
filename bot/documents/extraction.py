"""Turning a file's bytes into text with its layout: plain text, Markdown, PDF, HTML and Word here, the other formats
in bot/documents/formats.py.

Every format yields one string, the text quotes are cut from, plus where its pages and headings start. Plain text
and Markdown keep the file's own text (universal newlines), so their offsets and lines are the file's. The text is
always valid Unicode and at most `Limits.max_chars` long; PDF, Word and HTML, whose parsers can be made to take far
more memory and time than the file's size suggests, are parsed in a child process with bounded memory and time
(bot/documents/sandbox.py). PDF is read by bot/documents/pdf.py.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, replace
from typing import Callable

from bot.documents.document import Heading, Layout
from bot.documents.sandbox import Budget, run_isolated
from bot.errors import DocumentError

KINDS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf", ".html": "html",
         ".htm": "html", ".docx": "docx", ".pptx": "pptx", ".epub": "epub", ".odt": "odt", ".rtf": "rtf",
         ".csv": "csv", ".xlsx": "xlsx"}
# Formats a user brings that are not read, with what to convert each to: named when skipped, never silently.
_UNREAD = {".doc": ("an old Word .doc file", "docx"), ".xls": ("an old Excel .xls workbook", "xlsx"),
           ".ppt": ("an old PowerPoint .ppt file", "pptx"), ".odp": ("an OpenDocument presentation (.odp)", "pptx"),
           ".ods": ("an OpenDocument spreadsheet (.ods)", "xlsx")}
# What `sniff` calls bytes that start as a zip archive but cannot be opened as one: cut short or damaged.
DAMAGED_ZIP = "damaged zip"
_ZIP_NAMES = {"docx": "Word .docx file", "pptx": "PowerPoint .pptx file", "xlsx": "Excel .xlsx workbook",
              "odt": "OpenDocument .odt text", "epub": "EPUB e-book"}
# Read by bot/documents/formats.py, in the child process.
_OTHER_FORMATS = frozenset({"pptx", "epub", "odt", "rtf", "csv", "xlsx"})
# Bump when `extract` gives another text or layout for the same bytes: indexes of an older version read their files
# again instead of keeping the documents they stored.
EXTRACTOR_VERSION = 15
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Limits:
    """What reading one document may cost; a document past any of them is skipped with the reason.

    `max_chars` bounds the text (and so everything indexing does with it): 5 M characters is about 2,500 pages of
    prose, more than the longest novels (War and Peace is 3.2 M). PDF, Word and HTML are parsed in a child process
    of at most `memory_mb` of address space (it starts at about 200 MB) for at most `seconds`: pypdf reads about
    250,000 characters a second here, so the longest text allowed takes about 20 s. A scanned PDF page is read by
    OCR in a child of its own within `ocr_seconds_per_page` (an A4 page takes about a second here).

    `max_xml_elements` bounds a Word file's XML parts together (their tags, counted before they are parsed): reading
    takes about 2 to 4 µs an element here, so 2 M take at most about 10 s. A file of 4 M empty runs, 200 KB zipped,
    passes the unzipped-size bound and took 88 s, holding the upload queue meanwhile.
    """

    max_chars: int = 5_000_000
    memory_mb: int = 2048
    seconds: float = 120.0
    ocr_seconds_per_page: float = 60.0
    max_xml_elements: int = 2_000_000


LIMITS = Limits()
# A Word file is a zip: its parts together may unzip to at most a base (styles, themes, fonts) and so many bytes per
# character allowed, generous for Word's markup (about 5 to 20 bytes a character) and pictures, far below what a zip
# bomb unpacks to.
_UNZIPPED_BASE_BYTES = 16_000_000
_UNZIPPED_BYTES_PER_CHAR = 20


@dataclass(frozen=True)
class Extracted:
    """The text of one document and where its pages and headings stand in it; `notes` say what of it could not be
    read (scanned pages left out) though the rest was."""

    kind: str
    text: str
    layout: Layout
    notes: tuple[str, ...] = ()


def kind_of(name: str) -> str | None:
    """The format a file name's extension says ("pdf", "markdown", ...); None when Verbatim does not read it."""
    dot = name.rfind(".")
    return KINDS.get(name[dot:].lower()) if dot >= 0 else None


def unread_reason(name: str) -> str | None:
    """Why a file of a format Verbatim does not read but a user may bring (`.doc`, `.xls`, `.ppt`, `.odp`,
    `.ods`) is left out, with the command that converts it; None for other names."""
    dot = name.rfind(".")
    found = _UNREAD.get(name[dot:].lower()) if dot >= 0 else None
    if found is None:
        return None
    what, target = found
    return (f"{what}, which is not read: convert it with `libreoffice --headless --convert-to {target} FILE` (or "
            f"save it as .{target}) and add the .{target} file")


def sniff(data: bytes) -> str:
    """The format the bytes themselves show: "pdf", "docx", "pptx", "xlsx", "odt", "epub", "zip" (another
    archive), `DAMAGED_ZIP` (a zip archive that cannot be opened), "binary" or "text"."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        from bot.documents.formats import archive_kind

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return archive_kind(archive)
        except (zipfile.BadZipFile, OSError, ValueError):
            return DAMAGED_ZIP
    return "binary" if b"\x00" in data[:8192] else "text"


def extract(data: bytes, kind: str, limits: Limits | None = None,
            progress: Callable[[int, int], None] | None = None) -> Extracted:
    """The text and layout of a document of format `kind`; DocumentError says why it cannot be read.

    The text is valid Unicode: a character a PDF's text map gives as half a UTF-16 pair becomes U+FFFD, one for one,
    so offsets hold. PDF, Word and HTML are parsed in a child process within `limits` (default `LIMITS`). PDF pages
    without a text layer are read by OCR, calling `progress(pages done, pages to read)` after each.
    """
    limits = limits or LIMITS
    if not data:
        raise DocumentError("empty file (0 bytes)")
    found = sniff(data)
    if found == DAMAGED_ZIP and kind in _ZIP_NAMES:
        raise DocumentError(f"damaged or incomplete {_ZIP_NAMES[kind]}: it starts as one but cannot be opened (cut "
                            "short while copying or saving?); re-save it, or copy it again, and add it again")
    if kind == "pdf" and found != "pdf":
        raise DocumentError("not a PDF: the content does not start with %PDF-")
    if kind == "docx" and found != "docx":
        raise DocumentError("not a Word .docx file: the content is not a .docx archive (old .doc files are not "
                            "read; save it as .docx)")
    if kind in _OTHER_FORMATS:
        from bot.documents.formats import check_content

        check_content(kind, data, found)
    elif kind not in ("pdf", "docx") and found != "text":
        raise DocumentError(f"binary content ({found}), not text; give it the right extension or remove it")
    if kind == "pdf":
        from bot.documents.pdf import read_pdf  # it builds on this module

        return _require_text(_valid_unicode(read_pdf(data, limits, progress)))
    if kind in ("docx", "html") or kind in _OTHER_FORMATS:
        budget = Budget(memory_bytes=limits.memory_mb * 2**20, seconds=limits.seconds)
        extracted = _from_json(run_isolated(_parse, (data, kind, limits.max_chars, limits.max_xml_elements), budget))
        _check_length(len(extracted.text), limits.max_chars)
        return _require_text(_valid_unicode(extracted))
    # UTF-8 takes at most 4 bytes a character: longer data is too long without decoding it.
    _check_length(len(data) // 4, limits.max_chars)
    text = decode_text(data)  # strict UTF-8 never gives half a surrogate pair
    _check_length(len(text), limits.max_chars)
    headings = markdown_headings(text) if kind == "markdown" else plain_text_headings(text)
    return _require_text(Extracted(kind, text, Layout(headings=headings)))


def _parse(data: bytes, kind: str, max_chars: int, max_xml_elements: int) -> dict:
    """What the child process does: parse `data` and return the result as JSON-ready values."""
    if kind == "docx":
        extracted = _docx(data, max_chars, max_xml_elements)
    elif kind in _OTHER_FORMATS:
        from bot.documents.formats import read

        extracted = read(data, kind, max_chars)
    else:
        extracted = _html(decode_html(data), max_chars)
    extracted = _valid_unicode(extracted)
    layout = extracted.layout
    return {"kind": extracted.kind, "text": extracted.text, "pages": list(layout.pages),
            "headings": [[h.start, h.level, h.title] for h in layout.headings], "has_lines": layout.has_lines,
            "notes": list(extracted.notes)}


def _from_json(value: dict) -> Extracted:
    layout = Layout(tuple(value["pages"]), tuple(Heading(*h) for h in value["headings"]), value["has_lines"])
    return Extracted(value["kind"], value["text"], layout, tuple(value.get("notes", ())))


def _check_length(chars: int, max_chars: int) -> None:
    if chars > max_chars:
        raise DocumentError(f"its text is longer than {max_chars:,} characters; split the document into smaller "
                            "files")


def _valid_unicode(extracted: Extracted) -> Extracted:
    """`extracted` with every lone surrogate (U+D800-U+DFFF) replaced by U+FFFD, character for character."""
    if not _SURROGATE.search(extracted.text) and not any(_SURROGATE.search(h.title) for h in extracted.layout.headings):
        return extracted
    headings = tuple(Heading(h.start, h.level, _SURROGATE.sub("\ufffd", h.title)) for h in extracted.layout.headings)
    layout = replace(extracted.layout, headings=headings)
    return replace(extracted, text=_SURROGATE.sub("\ufffd", extracted.text), layout=layout)


def _likely_encoding(data: bytes) -> str | None:
    """The legacy encoding a text file most likely has: windows-1252 (the most common, and what most Western text
    saved outside UTF-8 is) when every byte is one of its characters, else what the bytes look like. Statistical
    detectors read a short Western text as cp775 or windows-1250, which would send the user to the wrong command."""
    try:
        data.decode("windows-1252")
        return "windows-1252"
    except UnicodeDecodeError:
        from bs4 import UnicodeDammit

        return UnicodeDammit(data).original_encoding


def decode_text(data: bytes) -> str:
    """Decode UTF-8 bytes strictly and translate newlines as Python's text mode does. Text files stay strict UTF-8,
    since their quotes' offsets are into the file itself; the error names the encoding the bytes look like and the
    command that converts them."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        likely = _likely_encoding(data[:65536])
        advice = (f"it looks like {likely}: convert it with `iconv -f {likely} -t utf-8 FILE > FILE.utf8.txt`"
                  if likely and likely.lower().replace("-", "") != "utf8" else "re-save it as UTF-8")
        raise DocumentError(f"not valid UTF-8 at byte offset {err.start} ({err.reason}); {advice}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_html(data: bytes) -> str:
    """A web page's text in its own encoding: a byte order mark, else the encoding its `<meta charset>` or
    http-equiv declares, else UTF-8, else what the bytes look like (BeautifulSoup's UnicodeDammit)."""
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8"] if data.startswith(b"\xef\xbb\xbf") else [], is_html=True)
    if dammit.unicode_markup is None:
        raise DocumentError("the page's encoding could not be told; re-save it as UTF-8")
    if (dammit.original_encoding or "utf-8").lower().replace("-", "") not in ("utf8", "ascii"):
        logging.getLogger(__name__).info("read a web page as %s", dammit.original_encoding)
    return dammit.unicode_markup.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _require_text(extracted: Extracted) -> Extracted:
    if not any(ch.isalnum() for ch in extracted.text):
        if extracted.notes:
            raise DocumentError(extracted.notes[0])
        if extracted.kind == "pdf":
            raise DocumentError("no text to extract: its pages are blank, or scanned images in which OCR found no "
                                "text")
        raise DocumentError("no text in it")
    return extracted


# Anchored, with no two parts that can take the same characters: matching a line takes time linear in its length.
_ATX = re.compile(r" {0,3}(#{1,6})[ \t]+(\S.*)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)", re.M)


def markdown_headings(text: str) -> tuple[Heading, ...]:
    """The ATX (`# Title`) and setext (`Title` over `===`/`---`) headings of Markdown text, outside code fences."""
    headings = []
    inside_fence = False
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            inside_fence = not inside_fence
        elif not inside_fence:
            atx = _ATX.match(line)
            underline = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if atx and (title := _atx_title(atx.group(2))):
                headings.append(Heading(offset, len(atx.group(1)), title))
            elif line.strip() and underline and set(underline) in ({"="}, {"-"}) and not line.lstrip().startswith(
                    ("-", "*", "+", ">")):
                headings.append(Heading(offset, 1 if underline[0] == "=" else 2, line.strip()))
        offset += len(line) + 1
    return tuple(headings)


# A plain-text heading is a short line (at most this many words) set apart above text.
_PLAIN_HEADING_WORDS = 8
_ASKING = re.compile(r"(?:can|could|is|are|am|do|does|did|should|will|would|may|must|has|have)\b", re.IGNORECASE)
_TITLE_OPENING = re.compile(r"(?:how|what|when|why|where|which|who)\b", re.IGNORECASE)
# ...and says nothing a warning says: "When on this medicine, never drink alcohol", "When pregnant do not take it".
_TELLS = re.compile(r",|\b(?:not|never|no|don't|dont|should|must|always|ask|avoid)\b", re.IGNORECASE)
_PLAIN_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013+>|]|\d{1,3}[.)]\s|[a-z][.)]\s)")


def plain_text_headings(text: str) -> tuple[Heading, ...]:
    """The headings of plain text, which marks none: a short line (at most `_PLAIN_HEADING_WORDS` words, starting
    with a capital, ending in no stop, comma, colon, question or quotation mark, no list item or table row; below
    the first line, with no figure or colon, not ending in a bracket nor opening as a question does) with a blank
    line above it (not a short line, nor a lead-in: "Common signs are:" over "Fatigue" and "Cramps
    at night" is a list) and, below it (a blank line between or not), a line that is no such short line: a
    paragraph or a list. A short first line over anything is the text's title (level 1); the others are level 2.
    A leaflet saved as text ("Using the mouth spray" over "Do not use more than 2 sprays...") had no sections, so
    what each part says was read without the part it is in (a trial's)."""
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    filled = [i for i, line in enumerate(lines) if line.strip()]

    def short(i: int) -> bool:
        line = lines[i].strip()
        return (len(line.split()) <= _PLAIN_HEADING_WORDS and line[0].isupper()
                and line[-1] not in ".!?:;,\u2026\"'\u201d" and not _PLAIN_ITEM.match(line))

    def titled(i: int) -> bool:
        # A section's title holds no figure (a dose line "Children aged 10 to 15: 1 tablet", "Call 111 if you are
        # worried", "Reviewed March 2024"), no colon ("Side effects: rare") and asks nothing ("Can I drink cranberry
        # juice", a question line without its mark): a review's.
        line = lines[i].strip()
        return not any(c.isdigit() for c in line) and ":" not in line and not line.endswith(")") \
            and not _ASKING.match(line)

    def ends_paragraph(i: int) -> bool:
        # A line of prose ending a sentence, no list item: a title of what comes next under it starts a section even
        # with no blank line between ("...irritate your food pipe (oesophagus)." over "How to take alendronic acid",
        # a trial's page), as long as prose follows it. Only a title opening as one ("How to...", "When to...") and
        # telling nothing: a statement without its stop is a line of the text ("Not suitable in pregnancy or when
        # breastfeeding", "Grapefruit juice is fine in small amounts", "When on this medicine, never drink alcohol":
        # reviews).
        line = lines[i].strip()
        return len(line.split()) > _PLAIN_HEADING_WORDS and line[-1] in ".!?" and not _PLAIN_ITEM.match(line)

    headings: list[Heading] = []
    for n, i in enumerate(filled):
        above = filled[n - 1] if n else None
        below = filled[n + 1] if n + 1 < len(filled) else None
        if below is None or not short(i) or n > 0 and not titled(i):
            continue
        set_apart = i - above >= 2 if above is not None else True
        if above is not None and (short(below) or lines[above].rstrip().endswith(":") or short(above) and n > 1 or
                                  not set_apart and not (ends_paragraph(above) and _TITLE_OPENING.match(lines[i])
                                                         and not _TELLS.search(lines[i]))):
            continue  # a title may stand over a heading; an unmarked list's short lines are its items
        title = lines[i].strip()
        headings.append(Heading(starts[i] + lines[i].index(title), 1 if n == 0 else 2, title))
    return tuple(headings)


def _atx_title(rest: str) -> str:
    """The title of an ATX heading from what follows its opening #s: without a closing run of #s after white space
    ("Deep ###"), which a regular expression would look for from every space of a long line."""
    title = rest.rstrip(" \t")
    unclosed = title.rstrip("#")
    if unclosed != title and (not unclosed or unclosed[-1] in " \t"):
        title = unclosed
    return title.strip()


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


class _Builder:
    """Joins blocks of text with blank lines, recording where each block starts; DocumentError once the text is
    longer than `max_chars`, so a hostile file stops as soon as it has given too much."""

    def __init__(self, max_chars: int):
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.length = 0
        self.headings: list[Heading] = []
        self.pages: list[int] = []
        self.next_separator = "\n\n"
        self.next_heading: Heading | None = None

    def add(self, text: str, heading_level: int | None = None, separator: str = "\n\n") -> None:
        """Append a block, after `separator` (or a line break asked for by `break_line`)."""
        text = text.strip()
        if not text:
            return
        if self.parts:
            separator = min(separator, self.next_separator, key=len)
            self.parts.append(separator)
            self.length += len(separator)
        self.next_separator = "\n\n"
        if self.next_heading is not None:
            self.headings.append(Heading(self.length, self.next_heading.level, self.next_heading.title))
            self.next_heading = None
        if heading_level is not None:
            self.headings.append(Heading(self.length, heading_level, " ".join(text.split())))
        self.parts.append(text)
        self.length += len(text)
        _check_length(self.length, self.max_chars)

    def place_heading(self, level: int, title: str) -> None:
        """Start a heading `title` at the next block without adding its title to the text: a name for a part of the
        document that has none of its own ("Footnotes")."""
        self.next_heading = Heading(0, level, title)

    def break_line(self) -> None:
        """Start the next block on the next line rather than after a blank line."""
        self.next_separator = "\n"

    def page_break(self) -> None:
        self.pages.append(self.length + (2 if self.parts else 0))

    def result(self, kind: str, has_lines: bool = False) -> Extracted:
        return Extracted(kind, "".join(self.parts), Layout(tuple(self.pages), tuple(self.headings), has_lines))


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody tfoot thead tr ul".split())
_HIDDEN_TAGS = frozenset(
    "script style noscript template head title meta link iframe object embed svg math canvas select option "
    "textarea input button audio video map area".split())


# A page's margins: its menus and its site-wide header and footer. Their rows of links name other pages ("Medicines
# A-Z | Sign in", "Home > Conditions > Bronchiolitis"), and opened the page's first passage, which retrieval reads as
# what the page is about (a trial's pages). A line of a margin made mostly of links' words is left out whole; any
# other line is kept whole, its links' words too ("Do not give ibuprofen to a child with chickenpox", "call NHS 111
# or 999 straight away": reviews).
_MARGIN_ROLES = frozenset({"navigation", "banner", "contentinfo"})
_LINKS_SHARE = 0.5
_SECTIONING = frozenset({"article", "main", "section"})
_HEADING_TAG = re.compile(r"^h[1-6]$")


def _is_margin(tag, sectioned: bool) -> bool:
    """Whether `tag` opens a page's margin: a `<nav>`, an ARIA navigation / banner / contentinfo, or a `<header>` or
    `<footer>` outside any article, main part or section (`sectioned`: inside one)."""
    return tag.name == "nav" or str(tag.get("role", "")).lower() in _MARGIN_ROLES or (
        tag.name in ("header", "footer") and not sectioned)


def _html(markup: str, max_chars: int) -> Extracted:
    """The text a browser shows of a page, block by block (see bot.documents.visibility for what counts as
    hidden)."""
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import PreformattedString

    from bot.documents.visibility import Inherited, PageStyles

    soup = BeautifulSoup(markup, "lxml")
    styles = PageStyles(soup)
    builder = _Builder(max_chars)
    buffer: list[str] = []
    between = False
    linked = 0  # of the buffered text, the letters and digits of links in a margin

    def flush(level: int | None = None, margin: bool = False) -> None:
        nonlocal between, linked
        text = " ".join("".join(buffer).split())
        letters = sum(c.isalnum() for c in text)
        if not margin or level is not None or letters and linked < _LINKS_SHARE * letters:
            builder.add(text, level)
        buffer.clear()
        between = False
        linked = 0

    # Iterative walk: ("enter", node, what its parent passes down, where) visits, ("leave", tag, ...) closes a block,
    # ("uncell", tag, ...) a table cell. A table's row is one line, its cells joined by " | ": blocks inside a cell
    # (a word processor puts a <p> in each) are words of the cell, not lines.
    # Each entry also says where its node stands: inside an article, main part or section; inside a margin; inside a
    # margin's link.
    stack: list[tuple[str, object, Inherited, tuple[bool, bool, bool]]] = [
        ("enter", soup, Inherited(), (False, False, False))]
    cells = 0
    while stack:
        action, node, inherited, (sectioned, margin, link) = stack.pop()
        if action == "uncell":
            cells -= 1
            continue
        if action == "leave" and cells:
            buffer.append(" ")
            continue
        if action == "leave":
            level = int(node.name[1]) if _HEADING_TAG.match(node.name) else None
            flush(level, margin)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString) and inherited.shows_text:  # comments, doctype, CDATA
                if between and node.strip():
                    buffer.append(" | ")
                    between = False
                buffer.append(str(node))
                if link:
                    linked += sum(c.isalnum() for c in node)
            continue
        if not isinstance(node, Tag) or node.name in _HIDDEN_TAGS:
            continue
        outer, margin = margin, margin or _is_margin(node, sectioned)  # the text before it stands where it does
        link = link or margin and node.name == "a" and node.find(_HEADING_TAG) is None
        sectioned = sectioned or node.name in _SECTIONING
        inherited = styles.visit(node, inherited)
        if inherited is None:
            continue
        if node.name in ("br", "pre") and cells:
            buffer.append(" " + (_shown_text(node, inherited, styles) if node.name == "pre" else "") + " ")
            continue
        if node.name == "br":
            flush(None, outer)
            builder.break_line()
            continue
        if node.name == "pre":
            flush(None, outer)
            builder.add("\n".join(line.rstrip() for line in _clean(_shown_text(node, inherited, styles)).split("\n")))
            continue
        if node.name in ("td", "th"):
            between = bool("".join(buffer).strip())  # " | " once the cell shows text: none after a row's last
            cells += 1
            stack.append(("uncell", node, inherited, (sectioned, margin, link)))
        elif node.name in _BLOCK_TAGS:
            if cells:
                buffer.append(" ")
            else:
                flush(None, outer)
            stack.append(("leave", node, inherited, (sectioned, margin, link)))
        stack.extend(("enter", child, inherited, (sectioned, margin, link)) for child in reversed(node.contents))
    flush()
    return builder.result("html")


def _shown_text(tag, inherited, styles) -> str:
    """The text shown inside `tag`, white space kept (for <pre>)."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    parts: list[str] = []
    stack = [(child, inherited) for child in reversed(tag.contents)]
    while stack:
        node, passed = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString) and passed.shows_text:
                parts.append(str(node))
        elif isinstance(node, Tag) and node.name not in _HIDDEN_TAGS:
            passed = styles.visit(node, passed)
            if passed is not None:
                stack.extend((child, passed) for child in reversed(node.contents))
    return "".join(parts)


_WORD_HEADING = re.compile(r"Heading (\d)")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Inside a paragraph: what holds runs (tracked insertions, links, content controls, fields) and what is not shown
# (tracked deletions, text moved away, the old-Word copy of a drawing that Word shows in its modern form).
_WORD_HIDDEN = frozenset({_W + "del", _W + "moveFrom", _FALLBACK, _W + "pPr", _W + "rPr"})
# Parts of a Word file that hold text besides the body, in the order they are added after it.
_WORD_NOTES = (("footnotes", "footnote", "Footnotes"), ("endnotes", "endnote", "Endnotes"))
_WORD_MARGINS = ("header", "footer")
# What of a run is its text, as python-docx's `CT_R.text` reads it (each element's own str: w:t its text, a tab
# "\t", a line break "\n", a non-breaking hyphen "-"), matched by tag here: its XPath per run took 20 µs, so a
# paragraph of a million empty runs took 20 s.
_RUN_TEXT = frozenset(_W + name for name in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))
_PAGE_FIELD = re.compile(r"\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")


def _docx(data: bytes, max_chars: int, max_xml_elements: int) -> Extracted:
    """Word text: the body's paragraphs, tables, content controls and text boxes in reading order, then footnotes,
    endnotes, and the distinct sentences of headers and footers, each group under a heading named for it. A file
    whose XML parts hold more than `max_xml_elements` tags is refused before any is parsed."""
    import docx
    from docx.oxml import parse_xml

    _check_unzipped_size(data, _UNZIPPED_BASE_BYTES + max_chars * _UNZIPPED_BYTES_PER_CHAR)
    _check_xml_elements(data, max_xml_elements)
    try:
        document = docx.Document(io.BytesIO(data))
        builder = _Builder(max_chars)
        styles = {style.style_id: style.name for style in document.styles}
        _word_blocks(document.element.body, builder, styles)
        parts = {}
        for rel in document.part.rels.values():
            if not rel.is_external:
                parts.setdefault(rel.reltype.rsplit("/", 1)[-1], []).append(rel.target_part)
        for reltype, tag, title in _WORD_NOTES:
            for part in parts.get(reltype, []):
                notes = [note for note in parse_xml(part.blob).iterchildren(_W + tag)
                         if note.get(_W + "type") in (None, "normal")]  # not the separator lines
                _word_section(builder, title, notes, styles)
        margins, seen = [], set()
        for part in (p for reltype in _WORD_MARGINS for p in parts.get(reltype, [])):
            element = _margin_sentences(parse_xml(part.blob))
            if (text := " ".join(_word_texts(element))) and text not in seen:
                seen.add(text)
                margins.append(element)
        _word_section(builder, "Headers and footers", margins, styles)
    except (DocumentError, MemoryError):
        raise
    except Exception as err:  # noqa: BLE001 - zipfile, lxml and python-docx raise many kinds for a broken file
        raise DocumentError(f"damaged Word file ({type(err).__name__}); re-save it and add it again") from None
    return builder.result("docx")


def _margin_sentences(margin):
    """A header or footer with only its paragraphs that are sentences ("In an emergency call 999."): not those that
    number the pages (a PAGE, NUMPAGES or SECTIONPAGES field, "Leaflet CHS-2026 | Page 3 of 3"), nor those ending no
    sentence (a running title, the publisher's name, a date): layout printed on every page, like a PDF's running
    lines, not text of the document's own to quote."""
    for paragraph in list(margin.iter(_W + "p")):
        fields = [node.text or "" for node in paragraph.iter(_W + "instrText")] + \
            [node.get(_W + "instr", "") for node in paragraph.iter(_W + "fldSimple")]
        numbers_pages = any(_PAGE_FIELD.match(field) for field in fields)
        if (numbers_pages or not _ENDS_SENTENCE.search(_word_runs(paragraph)[0])) and paragraph.getparent() is not None:
            paragraph.getparent().remove(paragraph)
    return margin


def _check_unzipped_size(data: bytes, max_bytes: int) -> None:
    """DocumentError when the parts of a zip say they unzip to more than `max_bytes` (zipfile never reads past the
    size a part states, so a part cannot unzip to more than it says)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unzipped = sum(info.file_size for info in archive.infolist())
    if unzipped > max_bytes:
        raise DocumentError(f"it unzips to {unzipped / 1e6:,.0f} MB, more than {max_bytes / 1e6:,.0f} MB a "
                            "document of the longest text allowed needs; split the document into smaller files")


def _check_xml_elements(data: bytes, max_elements: int) -> None:
    """DocumentError when the XML parts of a zip hold more than `max_elements` elements, counted as start tags
    (a "<" not opening an end tag, a comment or a declaration) while each part unzips a piece at a time."""
    elements = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            with archive.open(info) as part:
                last = b""
                while piece := part.read(1 << 20):
                    joined = last + piece  # a "</" may straddle two pieces
                    elements += piece.count(b"<") - joined.count(b"</") - joined.count(b"<?") - joined.count(b"<!")
                    last = piece[-1:]
            if elements > max_elements:
                raise DocumentError(f"its XML holds more than {max_elements:,} elements, the most a Word file is "
                                    "read with; split the document into smaller files, or re-save it in Word or "
                                    "LibreOffice if it is not that long")


def _word_section(builder: _Builder, title: str, containers: list, styles: dict[str, str]) -> None:
    """The blocks of `containers` under a top heading `title`, which is a place name only: not in the text."""
    if not any(_word_texts(c) for c in containers):
        return
    builder.place_heading(1, title)
    for container in containers:
        _word_blocks(container, builder, styles, headings=False)


def _word_blocks(container, builder: _Builder, styles: dict[str, str], headings: bool = True) -> None:
    """Add the paragraphs and tables under `container` (a body, cell, note, text box or content control)."""
    for child in container.iterchildren():
        if child.tag == _W + "p":
            runs, boxes = _word_runs(child)
            level = None
            if headings and (style_id := child.find(f"{_W}pPr/{_W}pStyle")) is not None:
                name = styles.get(style_id.get(_W + "val"), "")
                match = _WORD_HEADING.fullmatch(name)
                level = int(match.group(1)) if match else (0 if name == "Title" else None)
            builder.add(_clean(runs), level)
            for box in boxes:
                _word_blocks(box, builder, styles, headings=False)
        elif child.tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                # A cell merged across columns is one w:tc; one merged down is empty below its first row.
                cells = [" ".join(" ".join(_word_texts(cell)).split()) for cell in row.iterchildren(_W + "tc")]
                builder.add(" | ".join(c for c in cells if c), separator="\n")
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            _word_blocks(child, builder, styles, headings)


def _word_runs(paragraph) -> tuple[str, list]:
    """The text a paragraph shows and the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list = []
    stack = list(reversed(paragraph))
    while stack:
        node = stack.pop()
        if node.tag in _WORD_HIDDEN:
            continue
        if node.tag == _W + "r":
            parts.extend(str(part) for part in node if part.tag in _RUN_TEXT)
            boxes.extend(box for box in node.iter(_W + "txbxContent") if _own_box(box, node))
        elif node.tag != _W + "txbxContent":
            stack.extend(reversed(node))
    return "".join(parts), boxes


def _own_box(box, run) -> bool:
    """Whether `box` (a text box's content under `run`) is the run's own: not Word's old-format copy of a drawing,
    nor a box inside another box, which is read with that box (once: read with every box around it too, a box
    nested 20 deep was read 2^19 times)."""
    for ancestor in box.iterancestors():
        if ancestor is run:
            return True
        if ancestor.tag in (_FALLBACK, _W + "txbxContent"):
            return False
    return True


def _word_texts(container) -> list[str]:
    """The non-empty paragraph texts anywhere under `container`, text boxes included."""
    texts = []
    # One walk that never enters a hidden part: asking each paragraph for its ancestors took time growing with how
    # deep tables nest (400,000 empty paragraphs in a table nested 80 deep took 56 s).
    stack = list(reversed(container))
    while stack:
        node = stack.pop()
        if node.tag in _WORD_HIDDEN:
            continue
        if node.tag == _W + "p" and (text := _word_runs(node)[0].strip()):
            texts.append(text)
        stack.extend(reversed(node))
    return texts
