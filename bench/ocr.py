"""OCR of a scanned PDF: pages a second of `extract` on a 10-page scan (text drawn by Pillow at 300 dpi, no text
layer), against the floor of the same work done by hand: `pdftoppm` renders the pages, then `tesseract` reads each
page, one after the other, with its default threads. Verbatim renders and reads each page in a bounded child of its
own, two pages at a time with one thread each (`bot.documents.ocr`); `--workers 1` shows one page at a time.
Floor and Verbatim take turns, so the machine's drifts touch each alike.

    .venv/bin/python bench/ocr.py [--pages 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.documents import ocr  # noqa: E402
from bot.documents.extraction import extract  # noqa: E402
from tests.documents.scans import scanned_pdf  # noqa: E402

PROSE = ("Magnesium is a mineral the body needs for muscles and nerves to work. Restless legs syndrome causes an urge "
         "to move the legs, mostly in the evening and at night. Low iron stores make it worse, and iron tablets are "
         "best taken on an empty stomach. A doctor can check the blood for iron and magnesium before treatment.")


def floor(data: bytes, pages: int) -> float:
    """Seconds to render every page with pdftoppm and read each with tesseract, one after the other."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "scan.pdf")
        path.write_bytes(data)
        subprocess.run(["pdftoppm", "-gray", "-scale-to", "3508", str(path), str(Path(folder, "p"))], check=True)
        images = sorted(Path(folder).glob("p*.pgm"))
        assert len(images) == pages
        for image in images:
            subprocess.run(["tesseract", str(image), "stdout", "tsv"], check=True, capture_output=True)
    return time.perf_counter() - started


def verbatim(data: bytes, pages: int, workers: int) -> float:
    ocr._WORKERS = workers
    started = time.perf_counter()
    extracted = extract(data, "pdf")
    elapsed = time.perf_counter() - started
    assert len(extracted.layout.ocr) == pages and not extracted.notes
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sentences = PROSE.split(". ")
    # Each page its own order of sentences: lines repeated on most pages would be left out as running headers.
    data = scanned_pdf([". ".join(random.Random(n).sample(sentences * 3, len(sentences) * 3)) + "."
                        for n in range(args.pages)])
    print(f"{args.pages}-page scan, {len(data) / 1e6:.1f} MB; {os.cpu_count()} cores; tesseract languages "
          f"{ocr.languages()}")
    verbatim(data, args.pages, 2)  # warm: the fork server starts once per process
    for run in range(args.runs):
        base = floor(data, args.pages)
        two = verbatim(data, args.pages, 2)
        one = verbatim(data, args.pages, 1)
        print(f"run {run + 1}: floor {base:.2f} s ({args.pages / base:.2f} pages/s); verbatim, 2 at a time "
              f"{two:.2f} s ({args.pages / two:.2f} pages/s, {two / base:.2f}x the floor); 1 at a time {one:.2f} s "
              f"({args.pages / one:.2f} pages/s, {one / base:.2f}x)")


if __name__ == "__main__":
    main()
