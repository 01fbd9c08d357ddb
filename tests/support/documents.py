"""Real documents of every format, made by the libraries people make them with, for tests."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import docx
from fpdf import FPDF

# Both libraries stamp the time of writing into the file, so the same content written a second apart would differ
# (and an upload of "the same" file would not be recognised as already in the corpus).
FIXED_TIME = datetime(2024, 1, 1, tzinfo=timezone.utc)


def pdf_bytes(pages: list[str], user_password: str | None = None,
              outline: dict[int, tuple[int, str]] | None = None) -> bytes:
    """A PDF with one page per string (lines split at "\\n"); `outline` maps a page index to the (level, title) of a
    bookmark at the top of that page (level 0 is the top)."""
    pdf = FPDF()
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_font("helvetica", size=12)
    for number, text in enumerate(pages):
        pdf.add_page()
        if outline and number in outline:
            pdf.start_section(outline[number][1], level=outline[number][0])
        if text:
            pdf.multi_cell(0, 8, text)
    if user_password:
        pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
    return bytes(pdf.output())


def docx_bytes(blocks: list[tuple[str, str]], table: list[list[str]] | None = None) -> bytes:
    """A Word file of (style, text) paragraphs, e.g. ("Heading 1", "Magnesium"), ("Normal", "It helps."),
    with an optional table at the end."""
    document = docx.Document()
    for style, text in blocks:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    return _saved(document)


def _saved(document) -> bytes:
    """The Word file's bytes, its zip entries dated FIXED_TIME instead of now."""
    out = io.BytesIO()
    document.save(out)
    fixed = io.BytesIO()
    with zipfile.ZipFile(out) as written, zipfile.ZipFile(fixed, "w") as rewritten:
        for entry in written.infolist():
            entry.date_time = FIXED_TIME.timetuple()[:6]
            rewritten.writestr(entry, written.read(entry))
    return fixed.getvalue()


_NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               'xmlns:v="urn:schemas-microsoft-com:vml"')


def rich_docx_bytes() -> bytes:
    """A Word file with what a plain paragraph walk misses: a text box (with Word's old-format copy of it), a
    content control, tracked changes, a vertically merged table cell, a footnote, a header and a footer."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Leaflet", style="Title")
    document.add_paragraph("Magnesium", style="Heading 1")
    body = document.add_paragraph("Magnesium is a mineral.")
    box = ("<w:txbxContent><w:p><w:r><w:t>Boxed tip: take it with food.</w:t></w:r></w:p></w:txbxContent>")
    body._p.append(parse_xml(
        f"<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}"
        f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    body._p.append(parse_xml(f'<w:r {_NAMESPACES}><w:footnoteReference w:id="1"/></w:r>'))
    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f"<w:sdt {_NAMESPACES}><w:sdtPr><w:alias w:val=\"Summary\"/></w:sdtPr><w:sdtContent><w:p><w:r>"
        "<w:t>Controlled summary text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"))
    document.element.body.insert(len(document.element.body) - 1, parse_xml(
        f"<w:p {_NAMESPACES}><w:r><w:t xml:space=\"preserve\">Take </w:t></w:r><w:ins w:id=\"1\" w:author=\"a\">"
        "<w:r><w:t>300 mg</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>500 mg</w:delText>"
        "</w:r></w:del><w:r><w:t xml:space=\"preserve\"> at night.</w:t></w:r></w:p>"))
    grid = document.add_table(rows=2, cols=2)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "Citrate"
    grid.cell(0, 1).text = "200 mg"
    grid.cell(1, 1).text = "400 mg"
    notes = parse_xml(
        f"<w:footnotes {_NAMESPACES}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
        "</w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Store the tablets below 25 degrees in a dry place.</w:t></w:r>"
        "</w:p></w:footnote></w:footnotes>")
    from lxml import etree
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, etree.tostring(notes), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.sections[0].header.paragraphs[0].text = "Clinic header line"
    document.sections[0].footer.paragraphs[0].text = "Clinic footer line"
    return _saved(document)


HOSTILE_HTML = """<!doctype html>
<html><head><title>Page title is not shown</title>
<style>body { color: red; } .x::after { content: "style text" }</style>
<script>var secret = "script text"; document.write("written");</script></head>
<body>
<nav hidden>Hidden navigation text.</nav>
<h1>Magnesium</h1>
<p>Magnesium is a   mineral
found in <b>nuts</b> and seeds.</p>
<div style="display: none">Invisible div text.</div>
<span aria-hidden="true">Screen readers skip this.</span>
<!-- a comment that is not shown -->
<h2>Dosage</h2>
<p>Adults may take 300 mg each evening.<br>Take it with food.</p>
<noscript>Enable JavaScript.</noscript>
<template><p>Template text.</p></template>
<table><tr><th>Form</th><th>Dose</th></tr><tr><td>citrate</td><td>200 mg</td></tr></table>
<h2>Sleep</h2>
<p>Rest helps <a href="javascript:alert(1)">restless legs</a> too.</p>
</body></html>
"""
