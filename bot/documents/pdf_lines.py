"""A line of a PDF page as the layout reads it (bot/documents/pdf_layout.py, pdf_tables.py), and how two pieces of one
paragraph or cell join."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Pieces of a line drawn at least this far apart (points) and starting at the same places on consecutive lines are
# a table's cells; a line's pieces closer than this are words of one text.
ALIGN_POINTS = 2.0
# A list item's marker drawn apart from its text ("•", "-", "1.", "a)", "iv."): the item is text, never a table's row.
MARKER = re.compile(r"\s*(?:[-\u2022\u25aa\u25cf\u25e6\u2013*\u00b7\u2043\u2219o]|\(?\d{1,3}[.)]|\(?[a-z][.)]|"
                     r"\(?[ivx]{1,5}[.)])\s*")


@dataclass(frozen=True)
class Line:
    """One line of a page. `x`, `y` (points, from the page's left and foot), font `size` (points) and `bold` are
    known for a text layer and None or 0 for OCR; `cells` are its pieces as drawn, (x, text), in order."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float = 0.0
    bold: bool = False
    cells: tuple[tuple[float, str], ...] = ()


def joint(before: str, after: str) -> tuple[int, str]:
    """How two pieces of one paragraph join: the characters to drop from the end of `before` and what goes between.
    A word hyphenated at the end of a line ("identi-" and "fied") is whole again; others take a space."""
    return (1, "") if before[-2:-1].isascii() and before[-2:-1].islower() and before.endswith("-") and \
        after[:1].islower() else (0, " ")


def mend(before: str, after: str) -> str:
    """Two pieces of one paragraph joined (see `joint`)."""
    drop, between = joint(before, after)
    return before[:len(before) - drop] + between + after
