"""Scanned PDFs for tests: text drawn into a picture with Pillow and wrapped in a PDF with no text layer, as a
scanner makes them."""

from __future__ import annotations

import io
import shutil
import textwrap

# A4 at 300 dpi, the resolution scanners default to.
_PAGE = (2480, 3508)


def page_image(text: str, size: int = 40):
    """A white page with `text` (paragraphs separated by blank lines) drawn in black, wrapped at 60 characters."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=size)
    image = Image.new("L", _PAGE, 255)
    draw = ImageDraw.Draw(image)
    y = 300
    for paragraph in text.split("\n\n"):
        for line in textwrap.wrap(paragraph, 60):
            draw.text((250, y), line, font=font, fill=0)
            y += int(size * 1.6)
        y += size * 2
    return image


def scanned_pdf(pages: list[str]) -> bytes:
    """A PDF of one scanned page per string: pictures only, no text to extract."""
    images = [page_image(text) for text in pages]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=300)
    return out.getvalue()


def joined_pdfs(*parts: bytes) -> bytes:
    """One PDF of the pages of `parts`, in order."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def ocr_missing() -> str:
    """Why OCR cannot run here ("" when it can): the programs it needs are not installed."""
    missing = [tool for tool in ("tesseract", "pdftoppm") if shutil.which(tool) is None]
    return f"{', '.join(missing)} not installed (apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils)" \
        if missing else ""
