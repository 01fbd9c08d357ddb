"""Reading the pages of a PDF that have no text layer (scans) by OCR, offline: poppler's `pdftoppm` renders a page
to a grey image and Tesseract reads it, both Debian packages (`.ci/run` installs them).

Each page is read in its own child process (bot/documents/sandbox.py: bounded memory, CPU time and priority), which
runs the two programs with a wall-clock limit; the programs inherit its limits. Pages are read two at a time, each
with one thread, which on a small machine is faster than one page with Tesseract's own threads.
"""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bot.documents.sandbox import Budget, run_isolated
from bot.errors import DocumentError

# What to install for OCR, as Debian names it (one more tesseract-ocr-LANG package a language).
PACKAGES = "tesseract-ocr tesseract-ocr-eng poppler-utils"
INSTALL_HINT = f"install Debian's {PACKAGES} (`apt-get install {PACKAGES}`)"
# The longer side of a rendered page in pixels: an A4 page at 300 dpi, what Tesseract reads best; a page of any size
# renders to at most this, so a huge page cannot make a huge image.
_SIDE_PIXELS = 3508
# A gap between two lines this many times the usual line height starts a new paragraph.
_PARAGRAPH_GAP = 1.0
_WORKERS = 2


@dataclass(frozen=True)
class OcrResult:
    """The lines read from each page (blank lines between paragraphs), by 0-based page number, and why each page
    that could not be read was not."""

    lines: dict[int, list[str]]
    failed: dict[int, str]


def missing_tools() -> list[str]:
    """The programs OCR needs that are not on PATH."""
    return [tool for tool in ("pdftoppm", "tesseract") if shutil.which(tool) is None]


@functools.lru_cache(maxsize=1)
def languages() -> str:
    """The Tesseract languages to read with, as `-l` takes them: every language installed ("eng+deu"), English
    first; "eng" when they cannot be listed."""
    try:
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return "eng"
    found = [line.strip() for line in listed.splitlines()[1:] if line.strip() and line.strip() != "osd"]
    return "+".join(sorted(found, key=lambda lang: (lang != "eng", lang))) or "eng"


def read_pages(data: bytes, pages: list[int], memory_bytes: int, seconds_per_page: float,
               progress: Callable[[int, int], None] | None = None) -> OcrResult:
    """OCR of the 0-based `pages` of the PDF `data`, each within `memory_bytes` and `seconds_per_page`;
    `progress(done, total)` after each page. DocumentError when the programs are missing."""
    missing = missing_tools()
    if missing:
        raise DocumentError(f"{' and '.join(missing)} not found; {INSTALL_HINT}")
    budget = Budget(memory_bytes=memory_bytes, seconds=seconds_per_page)
    lines: dict[int, list[str]] = {}
    failed: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="verbatim-ocr-") as folder:
        path = Path(folder, "document.pdf")
        path.write_bytes(data)

        def one(page: int) -> tuple[int, list[str] | str]:
            try:
                return page, run_isolated(_read_page, (str(path), page, languages(), seconds_per_page), budget)
            except DocumentError as err:
                return page, str(err)

        if progress:
            progress(0, len(pages))
        with ThreadPoolExecutor(max_workers=min(_WORKERS, len(pages)) or 1) as pool:
            for done, (page, result) in enumerate(pool.map(one, pages), 1):
                if isinstance(result, str):
                    failed[page] = result
                else:
                    lines[page] = result
                if progress:
                    progress(done, len(pages))
    return OcrResult(lines, failed)


def _read_page(path: str, page: int, language: str, seconds: float) -> list[str]:
    """What a child does: render page `page` (0-based) of the PDF at `path` and read its lines."""
    # Each program gets what is left of the child's time, less a margin for the child to report back.
    deadline = max(1.0, seconds - 2.0)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="verbatim-page-") as folder:
        image = Path(folder, "page")
        _run(["pdftoppm", "-gray", "-scale-to", str(_SIDE_PIXELS), "-f", str(page + 1), "-l", str(page + 1),
              "-singlefile", path, str(image)], deadline / 2, "rendering the page", env)
        tsv = _run(["tesseract", str(image) + ".pgm", "stdout", "-l", language, "--psm", "3", "tsv"], deadline / 2,
                   "reading the page", env)
    return lines_of(tsv)


def _run(command: list[str], seconds: float, doing: str, env: dict[str, str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, timeout=seconds, env=env, stdin=subprocess.DEVNULL,
                              preexec_fn=_die_with_parent)
    except subprocess.TimeoutExpired:
        raise DocumentError(f"{doing} took longer than {seconds:g} s") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {done.returncode}"]
        raise DocumentError(f"{doing} failed ({command[0]}: {reason[0][:200]})")
    return done.stdout.decode("utf-8", "replace")


def _die_with_parent() -> None:
    """In the program's process before it starts: be killed when the child that started it is (Linux), so a page
    stopped for taking too long leaves nothing running."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def lines_of(tsv: str) -> list[str]:
    """The lines of Tesseract's TSV output in its reading order, with a blank line where a paragraph or block ends
    and the next line starts well below (more than a line height of white space) or beside it (another column)."""
    rows = [row.split("\t") for row in tsv.splitlines()[1:]]
    words: dict[tuple[int, int, int], list[tuple[int, int, int, str]]] = {}
    for row in rows:
        if len(row) == 12 and row[0] == "5" and row[11].strip():
            key = (int(row[2]), int(row[3]), int(row[4]))
            left, top, height = int(row[6]), int(row[7]), int(row[9])
            words.setdefault(key, []).append((left, top, height, row[11].strip()))
    lines: list[str] = []
    previous: tuple[tuple[int, int, int], int, int] | None = None  # key, bottom, height of the line before
    for key, line_words in words.items():  # dicts keep Tesseract's order
        top = min(w[1] for w in line_words)
        height = max(w[2] for w in line_words)
        if previous is not None and key[:2] != previous[0][:2]:
            gap = top - previous[1]
            if gap > _PARAGRAPH_GAP * max(height, previous[2]) or gap < -height:  # white space, or a new column
                lines.append("")
        lines.append(" ".join(w[3] for w in line_words))
        previous = (key, top + height, height)
    return lines
