"""Small files that cost a careless reader far more than their size, or hand it invalid text, for tests."""

from __future__ import annotations

import io
import zipfile
import zlib

from tests.support.documents import docx_bytes


def raw_pdf(page_contents: list[int], streams: list[bytes], to_unicode: bytes | None = None) -> bytes:
    """A PDF written byte by byte: page i draws `streams[page_contents[i]]` in Helvetica, whose text map
    (ToUnicode CMap) is `to_unicode` when given. Pages may share one content stream."""
    objects: dict[int, bytes] = {}
    first_stream = 5
    first_page = first_stream + len(streams)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(len(page_contents)))
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_contents)} >>".encode()
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
    objects[3] = font + (b" /ToUnicode 4 0 R >>" if to_unicode else b" >>")
    objects[4] = _stream(to_unicode or b"")
    for i, data in enumerate(streams):
        objects[first_stream + i] = _stream(zlib.compress(data, 9), b"/Filter /FlateDecode ")
    for i, content in enumerate(page_contents):
        objects[first_page + i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
                                   f"<< /F1 3 0 R >> >> /Contents {first_stream + content} 0 R >>").encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[number])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< %s/Length %d >>\nstream\n%s\nendstream" % (extra, len(data), data)


def surrogate_pdf() -> bytes:
    """A one-page PDF of about 1 KB whose text map turns the glyph 0x01 into U+D800, half of a UTF-16 pair: the
    page reads "Take 2 tablets" followed by that lone surrogate."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Hostile def\n"
            b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfchar <01> <D800> endbfchar\n"
            b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return raw_pdf([0], [b"BT /F1 12 Tf 72 700 Td (Take 2 tablets \\001 daily.) Tj ET"], to_unicode=cmap)


def shared_stream_pdf(pages: int, lines: int) -> bytes:
    """A PDF of `pages` pages that all draw one content stream of `lines` lines of text: tiny on disk, its text
    `pages` times the stream's."""
    content = b"BT /F1 10 Tf 72 750 Td 12 TL " + b"(Magnesium helps the muscles relax at night.) ' " * lines + b"ET"
    return raw_pdf([0] * pages, [content])


def docx_bomb(paragraphs: int) -> bytes:
    """A Word file whose body is `paragraphs` copies of one paragraph of text: it compresses about 1000 to 1."""
    paragraph = b"<w:p><w:r><w:t>" + b"Magnesium helps the muscles relax at night. " * 20 + b"</w:t></w:r></w:p>"
    return _docx_rewritten(lambda rest: paragraph * paragraphs + rest.split(b"</w:p>", 1)[1])  # no placeholder


def unspaced_text(chars: int) -> bytes:
    """Text with no white space at all, of sentences glued together: "Aa.Bb.Cc..." """
    return (b"Ab.Cd." * (chars // 6 + 1))[:chars]


def docx_body(body: bytes) -> bytes:
    """A Word file whose body starts with `body` (WordprocessingML, `w:` prefixed) before a paragraph "Placeholder.",
    the rest as python-docx writes it."""
    return _docx_rewritten(lambda rest: body + rest)


def _docx_rewritten(body_of) -> bytes:
    """A python-docx file with a paragraph "Placeholder.", its body after `<w:body>` replaced by `body_of(rest)`."""
    base = docx_bytes([("Normal", "Placeholder.")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as written:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                head, _, rest = data.partition(b"<w:body>")
                data = head + b"<w:body>" + body_of(rest)
            written.writestr(entry.filename, data, compresslevel=9)
    return out.getvalue()


def docx_empty_runs(runs: int) -> bytes:
    """A Word file with one paragraph of `runs` empty runs `<w:r/>`: 4 M of them zip to about 20 KB."""
    return docx_body(b"<w:p>" + b"<w:r/>" * runs + b"</w:p>")


def docx_nested_tables(depth: int, paragraphs: int) -> bytes:
    """A Word file with one cell `depth` tables deep holding "Deep text." and `paragraphs` empty paragraphs."""
    return docx_body(b"<w:tbl><w:tr><w:tc>" * depth + b"<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>"
                     + b"<w:p/>" * paragraphs + b"</w:tc></w:tr></w:tbl>" * depth)


def docx_nested_boxes(depth: int) -> bytes:
    """A Word file with text boxes nested `depth` deep, each a paragraph "Box N." holding the next box."""
    inner = b""
    for level in range(depth, 0, -1):
        inner = (b"<w:p><w:r><w:t>Box %d.</w:t></w:r><w:r><w:drawing><w:txbxContent>" % level + inner
                 + b"</w:txbxContent></w:drawing></w:r></w:p>")
    return docx_body(inner)
