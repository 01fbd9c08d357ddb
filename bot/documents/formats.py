"""Readers of the formats users bring besides text, PDF, web pages and Word: PowerPoint (.pptx), e-books (.epub),
OpenDocument text (.odt), rich text (.rtf) and tables (.csv, .xlsx). One small function a format; each turns the
file's bytes into `Extracted` text and layout, and runs in the bounded child process `extract` starts.

Where a quote stands: a slide is a page; an e-book's chapters and an OpenDocument's headings are headings; a table
row is a passage ("Column: value; Column: value.") whose heading is its sheet and row as a spreadsheet numbers them
("Doses, row 12"; a CSV file's rows are "row 12"), since the header is row 1.
"""

from __future__ import annotations

import csv
import datetime
import io
import posixpath
import re
import warnings
import zipfile
from dataclasses import replace
from urllib.parse import unquote

from bot.documents.document import Heading
from bot.documents.extraction import (_UNZIPPED_BASE_BYTES, _UNZIPPED_BYTES_PER_CHAR, Extracted, _Builder,
                                      _check_unzipped_size, _clean, _html, decode_html)
from bot.errors import DocumentError

# What each format's bytes must show (`bot.documents.extraction.sniff`) and its name in messages.
CONTENT = {"pptx": "pptx", "xlsx": "xlsx", "odt": "odt", "epub": "epub", "rtf": "text", "csv": "text"}
TABLE_KINDS = frozenset({"csv", "xlsx"})
_NAMES = {"pptx": "PowerPoint .pptx file", "xlsx": "Excel .xlsx workbook", "odt": "OpenDocument .odt text",
          "epub": "EPUB e-book", "rtf": "rich text (.rtf) file", "csv": "CSV file"}
_ADVICE = {"pptx": "old .ppt files are not read; save it as .pptx", "xlsx": "old .xls files are not read; save it "
           "as .xlsx", "odt": "save it as .odt", "epub": "save it as EPUB", "rtf": "save it as .rtf",
           "csv": "save it as CSV"}
# The part of a zip that says which format it is.
_ZIP_PARTS = {"word/document.xml": "docx", "ppt/presentation.xml": "pptx", "xl/workbook.xml": "xlsx"}
_ZIP_MIMETYPES = {b"application/vnd.oasis.opendocument.text": "odt", b"application/epub+zip": "epub"}
# Never resolve entities or fetch anything an XML part names: a part is untrusted.
_XML_PARSER = None


def archive_kind(archive: zipfile.ZipFile) -> str:
    """The format a zip archive holds: "docx", "pptx", "xlsx", "odt", "epub", or "zip" for another archive."""
    names = set(archive.namelist())
    for part, kind in _ZIP_PARTS.items():
        if part in names:
            return kind
    if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
        return _ZIP_MIMETYPES.get(archive.read("mimetype").strip(), "zip")
    return "zip"


def check_content(kind: str, data: bytes, found: str) -> None:
    """DocumentError when `data` (whose content `sniff` called `found`) is not a file of format `kind`."""
    if found != CONTENT[kind]:
        what = "binary content" if CONTENT[kind] == "text" else f"its content is {found}"
        article = "an" if _NAMES[kind][0] in "AEIOU" else "a"
        raise DocumentError(f"not {article} {_NAMES[kind]}: {what}; {_ADVICE[kind]}")
    if kind == "rtf" and not data.lstrip().startswith(b"{\\rtf"):
        raise DocumentError("not a rich text (.rtf) file: it does not start with {\\rtf; save it as .rtf")


def read(data: bytes, kind: str, max_chars: int) -> Extracted:
    """The text and layout of `data`, a file of format `kind` (a key of `CONTENT`); DocumentError says why it
    cannot be read. Meant for the child process: parsers here trust nothing, yet are bounded only by it."""
    try:
        if CONTENT[kind] != "text":
            _check_unzipped_size(data, _UNZIPPED_BASE_BYTES + max_chars * _UNZIPPED_BYTES_PER_CHAR)
        # What a library warns of (an Excel extension it drops, XHTML read as HTML on purpose) is no news to the
        # user, and would only be printed over the progress bar.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _READERS[kind](data, max_chars)
    except (DocumentError, MemoryError):
        raise
    except Exception as err:  # noqa: BLE001 - zipfile, lxml and each library raise many kinds for a broken file
        raise DocumentError(f"damaged {_NAMES[kind]} ({type(err).__name__}); re-save it and add it "
                            "again") from None


def _pptx(data: bytes, max_chars: int) -> Extracted:
    """Each slide a page: its title (a heading), its shapes' text and tables in reading order (the order a screen
    reader follows), then its speaker notes."""
    from pptx import Presentation

    builder = _Builder(max_chars)
    for slide in Presentation(io.BytesIO(data)).slides:
        builder.page_break()
        title = slide.shapes.title
        if title is not None and title.has_text_frame and (text := _pptx_text(title.text_frame)):
            builder.add(text, heading_level=1)
        else:
            builder.place_heading(1, "")  # an untitled slide is under no heading, not the previous slide's
        _pptx_shapes(builder, [s for s in slide.shapes if title is None or s.shape_id != title.shape_id])
        if slide.has_notes_slide:
            _pptx_notes(builder, slide.notes_slide)
    return builder.result("pptx")


def _pptx_notes(builder: _Builder, notes_slide) -> None:
    """A slide's speaker notes: the text of every shape of its notes page but the picture of the slide and the page's
    number, date, header and footer. PowerPoint writes notes in a body placeholder; LibreOffice Impress in a text
    box."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    layout = {PP_PLACEHOLDER.SLIDE_IMAGE, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.HEADER,
              PP_PLACEHOLDER.FOOTER}
    for shape in notes_slide.shapes:
        if shape.is_placeholder and shape.placeholder_format.type in layout:
            continue
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            builder.add(_pptx_text(shape.text_frame))


def _pptx_shapes(builder: _Builder, shapes) -> None:
    for shape in shapes:
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            builder.add(_pptx_text(shape.text_frame))
        elif getattr(shape, "has_table", False) and shape.has_table:
            for i, row in enumerate(shape.table.rows):
                builder.add(" | ".join(c for cell in row.cells if (c := " ".join(cell.text.split()))),
                            separator="\n" if i else "\n\n")
        elif hasattr(shape, "shapes"):  # a group
            _pptx_shapes(builder, shape.shapes)


def _pptx_text(frame) -> str:
    # python-pptx gives a line break inside a paragraph as a vertical tab.
    return "\n".join(line for p in frame.paragraphs if (line := _clean(p.text.replace("\v", "\n")).strip()))


def _table_row(header: list[str], values: list[str]) -> str:
    """One row as a passage: "Column: value; Column: value." (empty cells left out, a full stop at the end)."""
    cells = [f"{header[i] if i < len(header) and header[i] else _column_name(i)}: {value}"
             for i, value in enumerate(values) if value]
    row = "; ".join(cells)
    return row if not row or row[-1] in ".!?" else row + "."


def _column_name(index: int) -> str:
    name, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return f"Column {name}"


def _add_table(builder: _Builder, rows, sheet: str) -> None:
    """Rows of one sheet (lists of cell texts, the first non-empty one its header) as passages, each under the
    heading of its place ("Doses, row 12"; "row 12" for a CSV file)."""
    header: list[str] | None = None
    for number, values in enumerate(rows, start=1):
        values = [" ".join(_clean(value).split()) for value in values]
        if header is None:
            header = values if any(values) else None
            continue
        if text := _table_row(header, values):
            builder.place_heading(1, f"{sheet}, row {number}" if sheet else f"row {number}")
            builder.add(text, separator="\n")


def _table_result(builder: _Builder, kind: str) -> Extracted:
    if not builder.parts:
        raise DocumentError("no rows under its header row (its first non-empty row), so nothing to quote; add the "
                            "rows and save it again")
    return builder.result(kind)


def _csv(data: bytes, max_chars: int) -> Extracted:
    """A CSV file (UTF-8, else the encoding its bytes show; comma, semicolon, tab or bar as the delimiter)."""
    text = _decode_table(data)
    try:
        dialect = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    builder = _Builder(max_chars)
    try:
        _add_table(builder, csv.reader(io.StringIO(text), dialect), "")
    except csv.Error as err:
        raise DocumentError(f"damaged CSV file ({err}); check its quoting, or save it again as CSV") from None
    return _table_result(builder, "csv")


def _decode_table(data: bytes) -> str:
    """A CSV file's text: UTF-8 (a byte order mark dropped), else the encoding its bytes look like."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from bs4 import UnicodeDammit

        dammit = UnicodeDammit(data, ["utf-8"])
        if dammit.unicode_markup is None:
            raise DocumentError("the file's encoding could not be told; re-save it as UTF-8 CSV") from None
        return dammit.unicode_markup


def _xlsx(data: bytes, max_chars: int) -> Extracted:
    """An Excel workbook's visible sheets, values only (a formula is its last computed value, as saved)."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    builder = _Builder(max_chars)
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible" or not hasattr(sheet, "iter_rows"):
                continue
            sheet.reset_dimensions()  # the rows the sheet holds, not the size it claims
            _add_table(builder, ([_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)),
                       sheet.title)
    finally:
        workbook.close()
    extracted = _table_result(builder, "xlsx")
    if unsaved := _formulas_without_values(data):
        return replace(extracted, notes=(f"{unsaved} formula cell{'s' * (unsaved > 1)} without a saved value left out "
                                         "(the program that wrote it did not compute them); open it in Excel or "
                                         "LibreOffice and save it to keep their values",))
    return extracted


# A formula cell with no value, or an empty one, after it: saved by a program that does not compute formulas. A cell
# of type "str" with an empty value is a formula whose text result is empty, not one without a value.
_UNSAVED_FORMULA = re.compile(r"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
                              r"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


def _formulas_without_values(data: bytes) -> int:
    """How many formula cells of a workbook's sheets have no saved value (openpyxl reads them as empty)."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8", errors="replace")
                count += sum('t="str"' not in match.group(1) for match in _UNSAVED_FORMULA.finditer(xml))
    return count


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):  # as a spreadsheet shows a number: at most 15 significant digits
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.15g}"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _rtf(data: bytes, max_chars: int) -> Extracted:
    """Rich text: its paragraphs (striprtf), each a block; no headings (RTF marks them by style only)."""
    from striprtf.striprtf import rtf_to_text

    try:
        markup = data.decode("utf-8")
    except UnicodeDecodeError:
        markup = data.decode("cp1252", errors="replace")  # RTF is 7-bit; stray 8-bit bytes are mostly Windows'
    builder = _Builder(max_chars)
    for paragraph in _clean(rtf_to_text(markup, errors="replace")).split("\n"):
        builder.add(" ".join(paragraph.split()))
    return builder.result("rtf")


def _xml(blob: bytes):
    from lxml import etree

    global _XML_PARSER
    if _XML_PARSER is None:
        _XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(blob, parser=_XML_PARSER)


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_T, _TB = "{%s}" % _ODF_TEXT, "{%s}" % _ODF_TABLE
# Inside a paragraph, what is not its text: notes (added after the body), comments, deleted text of tracked changes.
_ODF_SKIPPED = frozenset({_T + "note", "{%s}annotation" % _ODF_OFFICE, _T + "tracked-changes"})


def _odt(data: bytes, max_chars: int) -> Extracted:
    """OpenDocument text: headings (`text:h`, by outline level), paragraphs, lists, tables row by row and text
    frames in reading order; then footnotes and endnotes under the headings `Footnotes` and `Endnotes`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = _xml(archive.read("content.xml"))
    body = root.find(f"{{{_ODF_OFFICE}}}body/{{{_ODF_OFFICE}}}text")
    if body is None:
        raise DocumentError("not an OpenDocument text: it has no text body (a spreadsheet or slides saved as "
                            ".odt?); save it as .odt from a word processor")
    builder = _Builder(max_chars)
    _odf_blocks(body, builder)
    for note_class, title in (("footnote", "Footnotes"), ("endnote", "Endnotes")):
        notes = [n.find(_T + "note-body") for n in body.iter(_T + "note") if n.get(_T + "note-class") == note_class]
        if any(n is not None and "".join(n.itertext()).strip() for n in notes):
            builder.place_heading(1, title)
            for note in notes:
                if note is not None:
                    _odf_blocks(note, builder, headings=False)
    return builder.result("odt")


def _odf_blocks(container, builder: _Builder, headings: bool = True) -> None:
    for child in container.iterchildren():
        if child.tag in (_T + "p", _T + "h"):
            text, frames = _odf_runs(child)
            level = int(child.get(_T + "outline-level") or 1) if headings and child.tag == _T + "h" else None
            builder.add(_clean(text), level)
            for frame in frames:
                _odf_blocks(frame, builder, headings=False)
        elif child.tag == _TB + "table":
            for row in child.iter(_TB + "table-row"):
                cells = [" ".join(_odf_runs_all(cell).split()) for cell in row.iterchildren(_TB + "table-cell")]
                builder.add(" | ".join(c for c in cells if c), separator="\n")
        elif child.tag not in _ODF_SKIPPED:  # lists, list items, sections
            _odf_blocks(child, builder, headings)


def _odf_runs(paragraph) -> tuple[str, list]:
    """The text a paragraph shows (spaces, tabs and line breaks as written) and the text frames anchored in it."""
    parts, frames = [paragraph.text or ""], []
    for node in paragraph.iterchildren():
        if node.tag == _T + "s":
            parts.append(" " * min(int(node.get(_T + "c") or 1), 1000))
        elif node.tag == _T + "tab":
            parts.append("\t")
        elif node.tag == _T + "line-break":
            parts.append("\n")
        elif node.tag == "{%s}frame" % _ODF_DRAW:
            frames.extend(node.iter("{%s}text-box" % _ODF_DRAW))
        elif node.tag not in _ODF_SKIPPED and isinstance(node.tag, str) and not node.tag.startswith("{%s}" % _ODF_DRAW):
            text, inner = _odf_runs(node)  # spans, links, fields
            parts.append(text)
            frames.extend(inner)
        parts.append(node.tail or "")
    return "".join(parts), frames


def _odf_runs_all(cell) -> str:
    return " ".join(_odf_runs(p)[0] for p in cell.iter(_T + "p", _T + "h"))


_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_PAGES = ("application/xhtml+xml", "text/html")


def _epub(data: bytes, max_chars: int) -> Extracted:
    """An e-book's documents in reading order (its spine), each read as a web page is; a chapter's own headings are
    its headings, and a chapter starting without one is under its title in the table of contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rootfile = _xml(archive.read("META-INF/container.xml")).find(f".//{_CONTAINER}rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise DocumentError("damaged EPUB e-book: META-INF/container.xml names no package file; re-save it")
        package_path = rootfile.get("full-path")
        package = _xml(archive.read(package_path))
        manifest = {item.get("id"): item for item in package.iter(_OPF + "item")}

        def path_of(item) -> str:
            return _resolve(posixpath.dirname(package_path), item.get("href", ""))

        spine = [manifest[ref.get("idref")] for ref in package.iter(_OPF + "itemref")
                 if ref.get("idref") in manifest and manifest[ref.get("idref")].get("media-type") in _PAGES]
        if "META-INF/encryption.xml" in archive.namelist():
            encrypted = {unquote(ref.get("URI", "")) for ref in _xml(archive.read("META-INF/encryption.xml")).iter()
                         if ref.tag.endswith("CipherReference")}
            if any(path_of(item) in encrypted for item in spine):
                raise DocumentError("the e-book is protected by DRM, so its text cannot be read; add a copy "
                                    "without DRM")
        titles = _epub_titles(archive, package, manifest, path_of)
        builder = _Builder(max_chars)
        for item in spine:
            path = path_of(item)
            chapter = _html(decode_html(archive.read(path)), max_chars)
            starts = builder.length + (2 if builder.parts else 0)
            if chapter.text and path in titles and not any(h.start == 0 for h in chapter.layout.headings):
                builder.place_heading(1, titles[path])
            builder.add(chapter.text)
            builder.headings.extend(Heading(starts + h.start, h.level, h.title) for h in chapter.layout.headings)
    return builder.result("epub")


def _epub_titles(archive: zipfile.ZipFile, package, manifest: dict, path_of) -> dict[str, str]:
    """Each document's first title in the table of contents (EPUB 3 nav, else EPUB 2 NCX), by its path."""
    titles: dict[str, str] = {}
    nav = next((item for item in manifest.values() if "nav" in (item.get("properties") or "").split()), None)
    spine = package.find(_OPF + "spine")
    ncx = manifest.get(spine.get("toc")) if spine is not None else None
    if nav is not None:
        from bs4 import BeautifulSoup

        base = posixpath.dirname(path_of(nav))
        soup = BeautifulSoup(decode_html(archive.read(path_of(nav))), "lxml")
        for link in soup.find_all("a", href=True):
            title = " ".join(link.get_text().split())
            if title:
                titles.setdefault(_resolve(base, link["href"]), title)
    elif ncx is not None:
        base = posixpath.dirname(path_of(ncx))
        for point in _xml(archive.read(path_of(ncx))).iter(_NCX + "navPoint"):
            label, content = point.find(f"{_NCX}navLabel/{_NCX}text"), point.find(_NCX + "content")
            if label is not None and content is not None and (title := " ".join("".join(label.itertext()).split())):
                titles.setdefault(_resolve(base, content.get("src", "")), title)
    return titles


def _resolve(base: str, href: str) -> str:
    """The path inside the archive of a link `href` from a part in folder `base` (its #fragment left out)."""
    return posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))


_READERS = {"pptx": _pptx, "xlsx": _xlsx, "odt": _odt, "epub": _epub, "rtf": _rtf, "csv": _csv}
