"""Real documents of every format, made by the libraries people make them with, for tests."""

from __future__ import annotations

import io

import docx
from fpdf import FPDF


def pdf_bytes(pages: list[str], user_password: str | None = None) -> bytes:
    """A PDF with one page per string (lines split at "\\n")."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
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
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


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
