"""Turning a file's bytes into text with its layout: plain text, Markdown, PDF, HTML and Word.

Every format yields one string, the text quotes are cut from, plus where its pages and headings start. Plain text
and Markdown keep the file's own text (universal newlines), so their offsets and lines are the file's. The text is
always valid Unicode and at most `Limits.max_chars` long; PDF, Word and HTML, whose parsers can be made to take far
more memory and time than the file's size suggests, are parsed in a child process with bounded memory and time
(bot/documents/sandbox.py).
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from typing import Callable

from bot.documents import ocr
from bot.documents.document import Heading, Layout
from bot.documents.sandbox import Budget, run_isolated
from bot.errors import DocumentError

KINDS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf", ".html": "html",
         ".htm": "html", ".docx": "docx"}
# Bump when `extract` gives another text or layout for the same bytes: indexes of an older version read their files
# again instead of keeping the documents they stored.
EXTRACTOR_VERSION = 4
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
    """

    max_chars: int = 5_000_000
    memory_mb: int = 2048
    seconds: float = 120.0
    ocr_seconds_per_page: float = 60.0


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


def sniff(data: bytes) -> str:
    """The format the bytes themselves show: "pdf", "docx", "zip" (another archive), "binary" or "text"."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except (zipfile.BadZipFile, OSError, ValueError):
            return "binary"
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
    if kind == "pdf" and found != "pdf":
        raise DocumentError("not a PDF: the content does not start with %PDF-")
    if kind == "docx" and found != "docx":
        raise DocumentError("not a Word .docx file: the content is not a .docx archive (old .doc files are not "
                            "read; save it as .docx)")
    if kind not in ("pdf", "docx") and found != "text":
        raise DocumentError(f"binary content ({found}), not text; give it the right extension or remove it")
    if kind == "pdf":
        return _require_text(_valid_unicode(_pdf_document(data, limits, progress)))
    if kind in ("docx", "html"):
        budget = Budget(memory_bytes=limits.memory_mb * 2**20, seconds=limits.seconds)
        extracted = _from_json(run_isolated(_parse, (data, kind, limits.max_chars), budget))
        _check_length(len(extracted.text), limits.max_chars)
        return _require_text(_valid_unicode(extracted))
    # UTF-8 takes at most 4 bytes a character: longer data is too long without decoding it.
    _check_length(len(data) // 4, limits.max_chars)
    text = decode_text(data)  # strict UTF-8 never gives half a surrogate pair
    _check_length(len(text), limits.max_chars)
    headings = markdown_headings(text) if kind == "markdown" else ()
    return _require_text(Extracted(kind, text, Layout(headings=headings)))


def _parse(data: bytes, kind: str, max_chars: int) -> dict:
    """What the child process does: parse `data` and return the result as JSON-ready values."""
    if kind == "docx":
        extracted = _docx(data, max_chars)
    else:
        extracted = _html(decode_html(data), max_chars)
    extracted = _valid_unicode(extracted)
    layout = extracted.layout
    return {"kind": extracted.kind, "text": extracted.text, "pages": list(layout.pages),
            "headings": [[h.start, h.level, h.title] for h in layout.headings], "has_lines": layout.has_lines}


def _from_json(value: dict) -> Extracted:
    layout = Layout(tuple(value["pages"]), tuple(Heading(*h) for h in value["headings"]), value["has_lines"])
    return Extracted(value["kind"], value["text"], layout)


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


def decode_text(data: bytes) -> str:
    """Decode UTF-8 bytes strictly and translate newlines as Python's text mode does. Text files stay strict UTF-8,
    since their quotes' offsets are into the file itself; the error names the encoding the bytes look like and the
    command that converts them."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        from bs4 import UnicodeDammit

        likely = UnicodeDammit(data[:65536]).original_encoding
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


def _pdf_document(data: bytes, limits: Limits, progress: Callable[[int, int], None] | None) -> Extracted:
    """A PDF's text: its pages' text layers read in a child process, the pages without one read by OCR (each in a
    child of its own), then joined as a reader sees them."""
    budget = Budget(memory_bytes=limits.memory_mb * 2**20, seconds=limits.seconds)
    read = run_isolated(_pdf_pages, (data, limits.max_chars), budget)
    pages, scanned, notes = read["pages"], read["scanned"], []
    if scanned:
        try:
            result = ocr.read_pages(data, scanned, budget.memory_bytes, limits.ocr_seconds_per_page, progress)
        except DocumentError as err:  # the programs are missing
            result = ocr.OcrResult({}, {page: str(err) for page in scanned})
        for page, lines in result.lines.items():
            pages[page] = [_clean(unicodedata.normalize("NFKC", line)) for line in lines]
        _check_length(sum(len(line) for lines in pages for line in lines), limits.max_chars)
        if result.failed:
            numbers = sorted(result.failed)
            one = len(numbers) == 1
            notes.append(f"{_pages_named(numbers)} of {len(pages)} {'is a scanned image' if one else 'are scanned images'}"
                         f" with no text layer and could not be read by OCR ({result.failed[numbers[0]]}), so "
                         f"{'it was' if one else 'they were'} left out")
    outline = [(page, level, title) for page, level, title in read["outline"]]
    return _assemble_pdf(pages, set(result.lines) if scanned else set(), outline, limits.max_chars, tuple(notes))


def _pages_named(numbers: list[int]) -> str:
    """0-based page numbers as a reader names them: "page 2", "pages 2, 3 and 7", "pages 1-40"."""
    shown = [n + 1 for n in numbers]
    if len(shown) == 1:
        return f"page {shown[0]}"
    if shown == list(range(shown[0], shown[-1] + 1)):
        return f"pages {shown[0]}-{shown[-1]}"
    listed = ", ".join(map(str, shown[:10])) + (" ..." if len(shown) > 10 else "")
    return f"pages {listed}"


def _pdf_pages(data: bytes, max_chars: int) -> dict:
    """What the child process does for a PDF: each page's lines (ligatures and other compatibility characters
    normalised), the 0-based pages with no text layer, and the outline as [page, level, title] entries."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported once, as a DocumentError
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypts_without_password(reader):
            raise DocumentError("encrypted PDF that needs a password; save an unprotected copy and add that")
        pages: list[list[str]] = []
        scanned: list[int] = []
        length = 0
        for number, page in enumerate(reader.pages):
            text = _SURROGATE.sub("\ufffd", page.extract_text() or "")  # the reply is UTF-8 JSON
            pages.append(_clean(unicodedata.normalize("NFKC", text)).split("\n"))
            if not any(ch.isalnum() for ch in text):
                scanned.append(number)
            length += sum(map(len, pages[-1]))
            _check_length(length, max_chars)  # stop as soon as a bomb has given too much
        outline = _pdf_outline(reader, len(pages))
    except (DocumentError, MemoryError):
        raise
    except PdfReadError as err:
        raise DocumentError(f"damaged PDF ({err}); re-export it and add it again") from None
    except Exception as err:  # noqa: BLE001 - a broken file can make pypdf raise almost anything
        raise DocumentError(f"damaged PDF ({type(err).__name__}); re-export it and add it again") from None
    return {"pages": pages, "scanned": scanned, "outline": outline}


def _assemble_pdf(pages: list[list[str]], ocr_pages: set[int], outline: list[tuple[int, int, str]], max_chars: int,
                  notes: tuple[str, ...] = ()) -> Extracted:
    """The text of a PDF's pages as a reader sees it, with where each page starts, the outline's headings (each
    (page, level, title)) placed where their titles first show, and the ranges read by OCR."""
    builder = _Builder(max_chars)
    running = _running_lines(pages)
    page_texts, ocr_ranges = [], []
    for number, lines in enumerate(pages):
        builder.page_break()
        page_texts.append(_paragraphs(_without_layout(lines, running)))
        builder.add(page_texts[-1])
        if number in ocr_pages and page_texts[-1].strip():
            ocr_ranges.append((builder.length - len(page_texts[-1].strip()), builder.length))
    for page, level, title in outline:
        found = page_texts[page].find(title)
        builder.headings.append(Heading(builder.pages[page] + max(found, 0), level, title))
    builder.headings.sort(key=lambda heading: heading.start)
    # A page with no text adds no block, so later pages may start where the previous page starts: keep that.
    extracted = builder.result("pdf")
    return replace(extracted, layout=replace(extracted.layout, ocr=tuple(ocr_ranges)), notes=notes)


# A line that is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 10", "3/10".
_PAGE_NUMBER = re.compile(r"\s*(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-\u2013\u2014]?\s*",
                          re.IGNORECASE)
# A line that starts an item of a list: never joined to the line before.
_ITEM = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u2013*\u00b7]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
# A line this much shorter than the page's usual line ends its paragraph (or is a heading).
_SHORT_LINE = 0.75


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Running headers and footers: lines (their numbers masked) among the first or last two of at least half the
    pages, when there are three pages or more."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        kept = [line for line in lines if line.strip()]
        for line in {_masked(line) for line in kept[:2] + kept[-2:]}:
            counts[line] = counts.get(line, 0) + 1
    return {line for line, count in counts.items() if count >= max(3, len(pages) / 2) and line.strip("# ")}


def _without_layout(lines: list[str], running: set[str]) -> list[str]:
    """A page's lines less those that are layout, not text: among its first and last two lines, page numbers and
    running headers and footers."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:2] + filled[-2:])
    return [line for i, line in enumerate(lines)
            if i not in edges or not (_PAGE_NUMBER.fullmatch(line) or _masked(line) in running)]


def _paragraphs(lines: list[str]) -> str:
    """A page's lines as a reader sees them: lines wrapped inside a paragraph joined with a space (a word hyphenated
    at the end of a line joined whole again), paragraphs on lines of their own. A line ends its paragraph when it is
    short against the page's usual line, or when the next one starts a list item."""
    lines = [" ".join(line.split()) for line in lines]
    lengths = sorted(len(line) for line in lines if line)
    usual = lengths[len(lengths) * 3 // 4] if lengths else 0
    paragraphs: list[str] = []
    last = ""  # the paragraph's last line as the PDF has it
    for line in lines:
        if not line:
            last = ""
            continue
        if not paragraphs or not last or len(last) < _SHORT_LINE * usual or _ITEM.match(line):
            paragraphs.append(line)
        elif re.search(r"[a-z]-$", last) and line[0].islower():  # "identi-" + "fied"
            paragraphs[-1] = paragraphs[-1][:-1] + line
        else:
            paragraphs[-1] += " " + line
        last = line
    return "\n".join(paragraphs)


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


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table tbody tfoot thead tr ul".split())
_HIDDEN_TAGS = frozenset(
    "script style noscript template head title meta link iframe object embed svg math canvas select option "
    "textarea input button audio video map area".split())


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

    def flush(level: int | None = None) -> None:
        builder.add(" ".join("".join(buffer).split()), level)
        buffer.clear()

    # Iterative walk: ("enter", node, what its parent passes down) visits, ("leave", tag, _) closes a block.
    stack: list[tuple[str, object, Inherited]] = [("enter", soup, Inherited())]
    while stack:
        action, node, inherited = stack.pop()
        if action == "leave":
            level = int(node.name[1]) if re.fullmatch(r"h[1-6]", node.name) else None
            flush(level)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString) and inherited.shows_text:  # comments, doctype, CDATA
                buffer.append(str(node))
            continue
        if not isinstance(node, Tag) or node.name in _HIDDEN_TAGS:
            continue
        inherited = styles.visit(node, inherited)
        if inherited is None:
            continue
        if node.name == "br":
            flush()
            builder.break_line()
            continue
        if node.name == "pre":
            flush()
            builder.add("\n".join(line.rstrip() for line in _clean(_shown_text(node, inherited, styles)).split("\n")))
            continue
        if node.name in _BLOCK_TAGS:
            flush()
            stack.append(("leave", node, inherited))
        elif node.name in ("td", "th") and "".join(buffer).strip():
            buffer.append(" | ")
        stack.extend(("enter", child, inherited) for child in reversed(node.contents))
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


def _docx(data: bytes, max_chars: int) -> Extracted:
    """Word text: the body's paragraphs, tables, content controls and text boxes in reading order, then footnotes,
    endnotes, and the distinct texts of headers and footers, each group under a heading named for it."""
    import docx
    from docx.oxml import parse_xml

    _check_unzipped_size(data, _UNZIPPED_BASE_BYTES + max_chars * _UNZIPPED_BYTES_PER_CHAR)
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
            element = parse_xml(part.blob)
            if (text := " ".join(_word_texts(element))) and text not in seen:
                seen.add(text)
                margins.append(element)
        _word_section(builder, "Headers and footers", margins, styles)
    except (DocumentError, MemoryError):
        raise
    except Exception as err:  # noqa: BLE001 - zipfile, lxml and python-docx raise many kinds for a broken file
        raise DocumentError(f"damaged Word file ({type(err).__name__}); re-save it and add it again") from None
    return builder.result("docx")


def _check_unzipped_size(data: bytes, max_bytes: int) -> None:
    """DocumentError when the parts of a zip say they unzip to more than `max_bytes` (zipfile never reads past the
    size a part states, so a part cannot unzip to more than it says)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unzipped = sum(info.file_size for info in archive.infolist())
    if unzipped > max_bytes:
        raise DocumentError(f"it unzips to {unzipped / 1e6:,.0f} MB, more than {max_bytes / 1e6:,.0f} MB a Word "
                            "file of the longest text allowed needs; split the document into smaller files")


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
            parts.append(node.text)  # python-docx's run text: w:t, tabs, line breaks, non-breaking hyphens
            boxes.extend(box for box in node.iter(_W + "txbxContent")
                         if not any(a.tag == _FALLBACK for a in box.iterancestors()))
        elif node.tag != _W + "txbxContent":
            stack.extend(reversed(node))
    return "".join(parts), boxes


def _word_texts(container) -> list[str]:
    """The non-empty paragraph texts anywhere under `container`, text boxes included."""
    texts = []
    for paragraph in container.iter(_W + "p"):
        if not any(a.tag in _WORD_HIDDEN for a in paragraph.iterancestors()):
            if (text := _word_runs(paragraph)[0].strip()):
                texts.append(text)
    return texts
