"""Files of the other formats Verbatim reads, made by the libraries people make them with (python-pptx, openpyxl)
or, where the format is a zip of XML parts (EPUB, OpenDocument) or plain markup (RTF), written part by part as the
specifications lay them out."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from pptx import Presentation
from pptx.util import Inches

_DATE = (2024, 1, 1, 0, 0, 0)


def pptx_bytes(slides: list[tuple[str | None, str, str]], table: list[list[str]] | None = None,
               impress_notes: bool = False) -> bytes:
    """A deck of (title, body, speaker notes) slides; a None title makes a slide without a title (a text box
    holds its body). `table` goes on the last slide. With `impress_notes`, notes are written as LibreOffice Impress
    writes them: in a plain text box, no body placeholder, beside a numbered slide-number placeholder."""
    deck = Presentation()
    for title, body, notes in slides:
        if title is None:
            slide = deck.slides.add_slide(deck.slide_layouts[6])
            slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(2)).text_frame.text = body
        else:
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = title
            slide.placeholders[1].text = body
        if notes and impress_notes:
            _impress_notes(slide.notes_slide, notes, len(deck.slides))
        elif notes:
            slide.notes_slide.notes_text_frame.text = notes
    if table:
        grid = slide.shapes.add_table(len(table), len(table[0]), Inches(1), Inches(4), Inches(8), Inches(2)).table
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _impress_notes(notes_slide, notes: str, number: int) -> None:
    from pptx.enum.shapes import PP_PLACEHOLDER

    body = notes_slide.notes_placeholder
    body.text_frame.text = notes
    for shape in notes_slide.placeholders:
        if shape.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
            shape.text_frame.text = str(number)
    properties = body._element.nvSpPr
    properties.nvPr.remove(properties.nvPr.ph)  # a placeholder no more: a text box
    properties.cNvSpPr.set("txBox", "1")


def xlsx_bytes(sheets: dict[str, list[list]], hidden: tuple[str, ...] = ()) -> bytes:
    """A workbook of named sheets, each a list of rows (the first its header); sheets named in `hidden` hidden."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _zip(parts: dict[str, str | bytes], first: str) -> bytes:
    """A zip whose first part `first` is stored uncompressed (as EPUB and OpenDocument want their mimetype)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(first, _DATE), parts[first], compress_type=zipfile.ZIP_STORED)
        for name, content in parts.items():
            if name != first:
                archive.writestr(zipfile.ZipInfo(name, _DATE), content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def epub_bytes(chapters: list[tuple[str, str]], nav: bool = True) -> bytes:
    """An EPUB 3 e-book of (table-of-contents title, XHTML body) chapters, in reading order; without `nav`, an
    EPUB 2 book whose table of contents is an NCX file."""
    items, refs, links, points = [], [], [], []
    parts: dict[str, str | bytes] = {"mimetype": "application/epub+zip", "META-INF/container.xml": (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        '</rootfiles></container>')}
    for n, (title, body) in enumerate(chapters, start=1):
        parts[f"OEBPS/text/ch{n}.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f'<title>{title}</title></head><body>{body}</body></html>')
        items.append(f'<item id="ch{n}" href="text/ch{n}.xhtml" media-type="application/xhtml+xml"/>')
        refs.append(f'<itemref idref="ch{n}"/>')
        links.append(f'<li><a href="text/ch{n}.xhtml#top">{title}</a></li>')
        points.append(f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{title}</text></navLabel>'
                      f'<content src="text/ch{n}.xhtml"/></navPoint>')
    if nav:
        items.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>')
        parts["OEBPS/nav.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
            f'<nav epub:type="toc"><ol>{"".join(links)}</ol></nav></body></html>')
    else:
        items.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
        parts["OEBPS/toc.ncx"] = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
                                  f'version="2005-1"><navMap>{"".join(points)}</navMap></ncx>')
    toc = "" if nav else ' toc="ncx"'
    parts["OEBPS/content.opf"] = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test-book</dc:identifier>'
        '<dc:title>Test book</dc:title><dc:language>en</dc:language></metadata>'
        f'<manifest>{"".join(items)}</manifest><spine{toc}>{"".join(refs)}</spine>'
        '</package>')
    return _zip(parts, "mimetype")


_ODF_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                   'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_bytes(body: str) -> bytes:
    """An OpenDocument text whose office:text holds the ODF markup `body` (prefixes text:, table:, draw:,
    office:)."""
    return _zip({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>'),
        "content.xml": (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NAMESPACES} '
                        f'office:version="1.2"><office:body><office:text>{body}</office:text></office:body>'
                        '</office:document-content>'),
    }, "mimetype")


def rtf_bytes(paragraphs: list[str]) -> bytes:
    """A rich text file of plain paragraphs, as WordPad writes one: a font table, then `\\par`-ended paragraphs
    (non-ASCII characters as `\\'hh` escapes of Windows-1252)."""
    body = "".join("".join(ch if ord(ch) < 128 else f"\\'{ch.encode('cp1252')[0]:02x}" for ch in p) + "\\par\n"
                   for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\\pard\\f0\\fs22 " + body + "}").encode("ascii")
