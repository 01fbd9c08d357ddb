"""A PDF page's tables as a reader sees them: lines whose pieces start at the same places are rows, a row drawn cell
by cell whose cells wrap over lines is one line, and a row's cells wrapped below it are joined to it. Pure, like
bot/documents/pdf_layout.py, which reads the text around them.
"""

from __future__ import annotations

from bot.documents.pdf_lines import ALIGN_POINTS, MARKER, Line, mend

# A table's cell wrapped over at most this many lines is read with its row when the table is drawn cell by cell.
_CELL_LINES = 6
# A cell's line stands at most this many times its font size above the top of the rest of its row.
_ROW_LINE = 1.3
# A wrapped line stands at most this many times its font size below the line before it.
_WRAP_LINE = 1.6


def _backs_up(before: Line, line: Line) -> bool:
    """Whether `line` goes back up and to the right of `before`, by at most `_CELL_LINES` of its lines: the next cell
    of a table row drawn cell by cell, after a cell wrapped over lines (or a short column's neighbour)."""
    return None not in (before.x, before.y, line.x, line.y) and line.x > before.x + ALIGN_POINTS and \
        0.5 * line.size < line.y - before.y <= _CELL_LINES * max(line.size, 1.0)


def cell_rows(lines: list[Line]) -> list[Line]:
    """A page's lines with each table drawn cell by cell, whose cells wrap over lines, made one line a row: a row is
    where lines go back up, at most a line above the row's top (a cell may be set in the middle of its row), and to
    the right; its lines, with the rows of one line just before or after it whose pieces start at the same columns,
    are a table when there are two rows or more. Each row's cells, at every column of the table ("" where empty),
    hold their lines' pieces joined."""
    rows: list[tuple[int, int]] = []
    for b in (i for i in range(1, len(lines)) if _backs_up(lines[i - 1], lines[i])):
        if rows and b < rows[-1][1]:
            continue  # a further cell of the row just found
        # The row reaches back over the cells left of this one that stand at most a line above the row's top (a
        # cell may be set in the middle of its row), and on until a line back at the left stands below it all.
        start, top = b - 1, max(lines[b - 1].y, lines[b].y)
        while start > (rows[-1][1] if rows else 0) and _in_row(lines[start - 1], top) and \
                lines[start - 1].x < lines[b].x - ALIGN_POINTS:
            start -= 1
            top = max(top, lines[start].y)
        end, lowest = b + 1, min(line.y for line in lines[start:b + 1])
        while end < len(lines) and _in_row(lines[end], top) and not (
                lines[end].x <= lines[start].x + ALIGN_POINTS and lines[end].y < lowest - 1):
            top, lowest = max(top, lines[end].y), min(lowest, lines[end].y)
            end += 1
        rows.append((start, end))
    rebuilt: list[Line] = []
    done = 0
    for group in _row_groups(lines, rows):
        columns = sorted({x for a, b in group for line in lines[a:b] for x, _ in line.cells})
        columns = [x for i, x in enumerate(columns) if not i or x - columns[i - 1] > ALIGN_POINTS]
        if len(group) >= 2 and len(columns) >= 2:
            rebuilt.extend(lines[done:group[0][0]])
            rebuilt.extend(_row_line(lines[a:b], columns) for a, b in group)
            done = group[-1][1]
    return rebuilt + lines[done:] if rows else lines


def _in_row(line: Line, top: float) -> bool:
    return None not in (line.x, line.y) and line.y <= top + _ROW_LINE * max(line.size, 1.0)


def _row_groups(lines: list[Line], rows: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Rows found by going back up (`cell_rows`), in runs of consecutive rows, each run widened by the rows of one
    line (two pieces or more) right before or after it whose pieces all start at the run's columns; runs that then
    meet are one."""
    groups: list[list[tuple[int, int]]] = []
    for row in rows:
        if groups and groups[-1][-1][1] == row[0]:
            groups[-1].append(row)
        else:
            groups.append([row])
    for n, group in enumerate(groups):
        columns = [x for a, b in group for line in lines[a:b] for x, _ in line.cells]

        def fits(line: Line) -> bool:
            return len(line.cells) >= 2 and all(any(abs(x - c) <= ALIGN_POINTS for c in columns)
                                                for x, _ in line.cells)

        floor = groups[n - 1][-1][1] if n else 0
        ceiling = groups[n + 1][0][0] if n + 1 < len(groups) else len(lines)
        while group[0][0] > floor and fits(lines[group[0][0] - 1]):
            group.insert(0, (group[0][0] - 1, group[0][0]))
        while group[-1][1] < ceiling and fits(lines[group[-1][1]]):
            group.append((group[-1][1], group[-1][1] + 1))
    merged: list[list[tuple[int, int]]] = []
    for group in groups:  # runs that now meet, over a row of one line between them, are one table
        if merged and merged[-1][-1][1] == group[0][0]:
            merged[-1].extend(group)
        else:
            merged.append(group)
    return merged


def _row_line(lines: list[Line], columns: list[float]) -> Line:
    """A table's row drawn cell by cell as one line: at each column, the pieces starting there, top to bottom."""
    cells: list[list[str]] = [[] for _ in columns]
    pieces = sorted(((line.y, -i, x, text) for i, line in enumerate(lines) for x, text in line.cells), reverse=True)
    for _, _, x, text in pieces:
        at = max((i for i, c in enumerate(columns) if c <= x + ALIGN_POINTS), default=0)
        if text.strip():
            cells[at].append(" ".join(text.split()))
    texts = [""] * len(columns)
    for i, parts in enumerate(cells):
        for part in parts:
            texts[i] = mend(texts[i], part) if texts[i] else part
    head = lines[0]
    return Line(" ".join(t for t in texts if t), columns[0], head.y, head.size, all(line.bold for line in lines),
                tuple(zip(columns, texts)))


def table_runs(lines: list[Line]) -> list[tuple[bool, list[Line]]]:
    """Lines cut into tables (two or more consecutive lines whose pieces start at the same places, marked True) and
    text. A list item whose marker is drawn apart from its text is text."""
    runs: list[tuple[bool, list[Line]]] = []
    text: list[Line] = []
    table: list[Line] = []

    def end_table() -> None:
        if len(table) >= 2:
            if text and _heads(text[-1], table[0]):
                table.insert(0, text.pop())
            if text:
                runs.append((False, text[:]))
                text.clear()
            runs.append((True, table[:]))
        else:
            text.extend(table)
        table.clear()

    for line in lines:
        if len(line.cells) >= 2 and not MARKER.fullmatch(line.cells[0][1]):
            if table and not aligned(table[-1], line):
                end_table()
            table.append(line)
        else:
            if table:
                end_table()
            text.append(line)
    end_table()
    if text:
        runs.append((False, text))
    return runs


def wrapped_cells_joined(lines: list[Line]) -> list[Line]:
    """Lines with the wrapped ends of a table row's cells (`_wraps_cells`) joined to their row: a table whose last
    cells wrap, drawn cell by cell, goes on below its row without going back up."""
    joined: list[Line] = []
    for line in lines:
        row = joined[-1] if joined else None
        if row is not None and len(row.cells) >= 2 and not MARKER.fullmatch(row.cells[0][1]) and \
                _wraps_cells(row, line):
            joined[-1] = _with_wrapped_cells(row, line)
        else:
            joined.append(line)
    return joined


def _wraps_cells(row: Line, line: Line) -> bool:
    """Whether `line` holds the wrapped ends of cells of `row`, a table's row of two cells or more: fewer pieces,
    each starting at a column of the row but the first (whose wrapping a table drawn cell by cell shows by going
    back up: `cell_rows`), standing a line below it."""
    starts = [x for x, _ in row.cells[1:]]
    return 0 < len(line.cells) < len(row.cells) and None not in (row.y, line.y) and \
        0 < row.y - line.y <= _WRAP_LINE * max(line.size, 1.0) and \
        all(any(abs(x - start) <= ALIGN_POINTS for start in starts) for x, _ in line.cells)


def _with_wrapped_cells(row: Line, line: Line) -> Line:
    """`row` with the wrapped ends of its cells in `line` (`_wraps_cells`) joined to them."""
    cells = [(x, text) for x, text in row.cells]
    for x, text in line.cells:
        at = min(range(len(cells)), key=lambda i: abs(cells[i][0] - x))
        cells[at] = (cells[at][0], mend(cells[at][1].rstrip(), " ".join(text.split())))
    return Line(" ".join(text.strip() for _, text in cells), row.x, line.y, row.size, row.bold, tuple(cells))


def aligned(a: Line, b: Line) -> bool:
    """Whether two lines of pieces have them at the same places: rows of one table."""
    return len(a.cells) == len(b.cells) and all(abs(x - y) <= ALIGN_POINTS
                                                for (x, _), (y, _) in zip(a.cells, b.cells))


def _heads(header: Line, row: Line) -> bool:
    """Whether `header` can be the head of a table whose first row is `row`: as many pieces, each starting within
    its column (a header cell may be centred), before the next column starts."""
    if len(header.cells) != len(row.cells) or len(row.cells) < 2:
        return False
    starts = [x for x, _ in row.cells] + [float("inf")]
    return all(starts[i] - ALIGN_POINTS <= x < starts[i + 1] for i, (x, _) in enumerate(header.cells))
