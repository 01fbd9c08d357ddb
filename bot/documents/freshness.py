"""Whether indexed documents still hold what their files hold now: checked before a quote is called verbatim, so no
answer quotes, as if verbatim, text a file no longer contains (a file edited without `--watch`, or edited in place
with its size and modification time set back).

The index stores each document's size, change time and sha256 (`bot.documents.corpus`). A check costs one `lstat`
per quoted file; a file's bytes are hashed only when its size or change time differs from the document's (a copy
or `touch` changes the time, not the bytes), and that hash is remembered for that size and time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence, TypeVar

from bot.documents.corpus import file_times, open_inside
from bot.documents.document import Document
from bot.errors import BotError

log = logging.getLogger(__name__)
# Hashes remembered (one per file whose time changed but not its bytes): a few hundred bytes each.
_REMEMBERED = 4096
# A change time this recent may be shared with a change still to come (file times tick coarsely), so a hash taken
# now is not remembered for it: the next check hashes again.
_RACY_NS = 2_000_000_000


class SourceCheck:
    """Checks indexed documents against their files in the corpus folder as they are now. Thread-safe."""

    def __init__(self, corpus_dir: Path):
        self.corpus_dir = Path(corpus_dir)
        self._hashes: OrderedDict[tuple[str, int, int], str] = OrderedDict()
        self._lock = threading.Lock()

    def is_current(self, document: Document) -> bool:
        """Whether the file `document.source` still holds the bytes `document` was read from (so its text, and every
        quote's offsets into it, are still the file's). False when the file is gone or cannot be read."""
        stamp = file_times(self.corpus_dir / document.source)
        if stamp is None or stamp[0] != document.size:
            return False
        if stamp[1] == document.mtime_ns:
            return True
        return self._sha256(document.source, stamp) == document.sha256

    def changed(self, sources: Iterable[str], document_of: Callable[[str], Document | None]) -> list[str]:
        """The files among `sources` whose indexed document is gone or no longer what the file holds, sorted."""
        return sorted(s for s in set(sources) if (document := document_of(s)) is None or not self.is_current(document))

    def _sha256(self, source: str, stamp: tuple[int, int]) -> str | None:
        key = (source, *stamp)
        with self._lock:
            if key in self._hashes:
                self._hashes.move_to_end(key)
                return self._hashes[key]
        started = time.time_ns()
        try:
            with os.fdopen(open_inside(self.corpus_dir, source), "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            return None
        if file_times(self.corpus_dir / source) == stamp and started - stamp[1] > _RACY_NS:
            with self._lock:
                self._hashes[key] = digest
                if len(self._hashes) > _REMEMBERED:
                    self._hashes.popitem(last=False)
        return digest


class _Quoting(Protocol):
    quotes: Sequence


A = TypeVar("A", bound=_Quoting)


def answer_from_current_files(ask: Callable[[], A], refresh: Callable[[], object], check: SourceCheck,
                              document_of: Callable[[str], Document | None]) -> A:
    """`ask()`; when a file it quotes has changed since it was indexed, the index is refreshed (re-reading only
    changed files) and the question asked again, so the answer quotes the file as it is now. If refreshing fails,
    the first answer is kept: `check` then shows its quotes of changed files as out of date. An urgent answer is
    given at once: its message quotes nothing (a reviewer: it waited for the refresh)."""
    answer = ask()
    if getattr(answer, "status", None) == "urgent" or \
            not check.changed((quote.source for quote in answer.quotes), document_of):
        return answer
    try:
        refresh()
    except BotError as err:
        log.warning("a quoted file changed, and refreshing the index failed: %s", err)
        return answer
    return ask()
