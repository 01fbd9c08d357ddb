"""Keeping an index current while the corpus folder changes: poll file sizes and times, refresh on change."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from bot.documents.corpus import corpus_files
from bot.errors import BotError

Snapshot = dict[str, tuple[int, int]]


def snapshot(corpus_dir: Path) -> Snapshot:
    """Size and modification time of every document file under `corpus_dir`, by relative path."""
    found = {}
    for path in corpus_files(corpus_dir):
        try:
            stat = path.stat()
        except OSError:  # deleted between listing and stat: it is simply gone
            continue
        found[path.relative_to(corpus_dir).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


def watch(corpus_dir: Path, refresh: Callable[[], object], on_error: Callable[[BotError], None],
          stop: threading.Event, interval_seconds: float = 1.0) -> None:
    """Call `refresh()` once, then whenever the corpus folder has changed and stayed still for one interval, until
    `stop` is set. The first call catches changes made before watching began (while the first index was built).
    Errors from refreshing go to `on_error` and watching goes on."""
    seen = snapshot(corpus_dir)
    try:
        refresh()
    except BotError as err:
        on_error(err)
    while not stop.wait(interval_seconds):
        try:
            now = snapshot(corpus_dir)
            if now == seen:
                continue
            while not stop.wait(interval_seconds):  # let copies and saves finish before reading
                settled = snapshot(corpus_dir)
                if settled == now:
                    break
                now = settled
            if stop.is_set():
                return
            seen = now
            refresh()
        except BotError as err:
            on_error(err)
