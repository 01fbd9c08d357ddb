"""What reading the other formats costs: `extract` (the bounded child process, the reader, the checks) of a file of
each format holding the same passages, against the bare library reading the same file in this process.

    python bench/formats.py [--passages 2000] [--runs 3]

The floor is what any reader of the format must do: python-pptx walking every shape's text, openpyxl iterating the
rows' values (read-only), the stdlib csv reader, striprtf, and for EPUB and OpenDocument unzipping every part and
parsing its XML. Each file is written once by the same builders the tests use; times are medians of `--runs`.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SENTENCE = "Magnesium glycinate taken at bedtime eased night cramps in most trial patients number {}."


def files(passages: int) -> dict[str, bytes]:
    """A file of each format holding `passages` passages (slides of ten, chapters of a hundred, rows)."""
    from tests.support.formats import epub_bytes, odt_bytes, pptx_bytes, rtf_bytes, xlsx_bytes

    sentences = [SENTENCE.format(i) for i in range(passages)]
    rows = [["Medicine", "Dose", "Advice"]] + [[f"Drug {i}", f"{i} mg", s] for i, s in enumerate(sentences)]
    return {
        "pptx": pptx_bytes([(f"Slide {i}", "\n".join(sentences[i:i + 10]), "") for i in range(0, passages, 10)]),
        "epub": epub_bytes([(f"Chapter {i}", "".join(f"<p>{s}</p>" for s in sentences[i:i + 100]))
                            for i in range(0, passages, 100)]),
        "odt": odt_bytes("".join(f"<text:p>{s}</text:p>" for s in sentences)),
        "rtf": rtf_bytes(sentences),
        "csv": "".join(",".join(row) + "\n" for row in rows).encode(),
        "xlsx": xlsx_bytes({"Doses": rows}),
    }


def floor(kind: str, data: bytes) -> int:
    """The bare library's read of `data`, in this process; the number of characters it gives."""
    if kind == "pptx":
        from pptx import Presentation

        return sum(len(shape.text_frame.text) for slide in Presentation(io.BytesIO(data)).slides
                   for shape in slide.shapes if shape.has_text_frame)
    if kind == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        chars = sum(len(str(v)) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                    for v in row if v is not None)
        book.close()
        return chars
    if kind == "csv":
        return sum(len(cell) for row in csv.reader(io.StringIO(data.decode("utf-8"))) for cell in row)
    if kind == "rtf":
        from striprtf.striprtf import rtf_to_text

        return len(rtf_to_text(data.decode("ascii")))
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".xhtml", ".opf"))]
    return sum(len("".join(etree.fromstring(p).itertext())) for p in parts)


def median_seconds(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from bot.documents.extraction import extract

    extract(b"Warm up.", "text")
    print(f"{args.passages} passages a file, median of {args.runs} runs")
    print("| format | file | text | extract | floor | ratio |")
    print("|---|---|---|---|---|---|")
    for kind, data in files(args.passages).items():
        text = extract(data, kind).text
        ours = median_seconds(lambda: extract(data, kind), args.runs)
        bare = median_seconds(lambda: floor(kind, data), args.runs)
        print(f"| {kind} | {len(data) / 1e6:.2f} MB | {len(text):,} chars | {ours:.2f} s | {bare:.2f} s | "
              f"{ours / bare:.2f}x |")


if __name__ == "__main__":
    main()
