"""What a document is once read: its text (what every quote's offsets point into), where it came from, and its
layout (pages and headings). Every stage after reading works on these."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    """A heading of a document: where it starts in the text, its level (0 for a title, 1 for the top heading)."""

    start: int
    level: int
    title: str


@dataclass(frozen=True)
class Layout:
    """What a document's text says about places: where each page starts (PDF only), its headings in order,
    whether its lines are the source file's lines (plain text and Markdown) and so worth citing, and which
    character ranges `[start, end)` were read by OCR from scanned pages (a character there may be misread)."""

    pages: tuple[int, ...] = ()
    headings: tuple[Heading, ...] = ()
    has_lines: bool = True
    ocr: tuple[tuple[int, int], ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding the character at `offset`; None for formats without pages."""
        return bisect.bisect_right(self.pages, offset) if self.pages else None

    def is_ocr(self, start: int, end: int) -> bool:
        """Whether any character of `[start, end)` was read by OCR."""
        i = bisect.bisect_right(self.ocr, (start, float("inf"))) - 1
        return any(a < end and start < b for a, b in self.ocr[max(i, 0):i + 2])

    def heading_paths(self) -> tuple[list[int], list[str]]:
        """Start offsets of the headings and, for each, its path of enclosing headings ("Magnesium > Dosage")."""
        starts, paths, stack = [], [], []
        for heading in self.headings:
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
            starts.append(heading.start)
            paths.append(" > ".join(h.title for h in stack))
        return starts, paths


@dataclass(frozen=True)
class Document:
    """One corpus file and the text quotes are cut from.

    For `.txt` and `.md`, `text` is what `Path(corpus_dir / source).read_text(encoding="utf-8")` gives (universal
    newlines), so quote offsets can be checked with that one call. For PDF, HTML and Word it is the extracted text,
    stored with the index.
    """

    source: str  # path relative to the corpus folder, with "/"
    text: str
    sha256: str  # of the file's bytes
    kind: str = "text"
    layout: Layout = field(default_factory=Layout)
    size: int = 0
    # When the file last changed (ns), as `bot.documents.corpus.file_times` gives it: on POSIX its status-change time
    # (ctime), which every write sets and nothing can set back; the name is the stored field's.
    mtime_ns: int = 0


@dataclass(frozen=True)
class Skipped:
    """A corpus file left out of the index, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The documents of a corpus folder and the files skipped."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = ()
