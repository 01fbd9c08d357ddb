"""Keeping an index current while the corpus folder changes: poll file sizes and change times, refresh on change.

Watching outlives any one failure: whatever a refresh raises is reported, naming the files that had just changed,
and watching goes on, so a later good file is still indexed.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Callable

from bot.documents.corpus import corpus_files, file_times
from bot.errors import BotError

log = logging.getLogger(__name__)
Snapshot = dict[str, tuple[int, int]]
_SHOWN_FILES = 5  # changed files an error names; the rest are counted


def snapshot(corpus_dir: Path) -> Snapshot:
    """Size and change time (`file_times`) of every document file under `corpus_dir`, by relative path."""
    found = {}
    for path in corpus_files(corpus_dir):
        times = file_times(path)
        if times is not None:  # deleted between listing and stat: it is simply gone
            found[path.relative_to(corpus_dir).as_posix()] = times
    return found


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, removed or changed between two snapshots, sorted."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def watch(corpus_dir: Path, refresh: Callable[[], object], on_error: Callable[[BotError], None],
          stop: threading.Event, interval_seconds: float = 1.0) -> None:
    """Call `refresh()` once, then whenever the corpus folder has changed and stayed still for one interval, until
    `stop` is set. The first call catches changes made before watching began (while the first index was built).
    Any error from refreshing (or from looking at the folder) goes to `on_error` as a BotError that names the files
    just changed, and watching goes on; a file that failed is tried again when something changes next."""
    seen: Snapshot = {}
    changed: list[str] = []
    try:
        seen = snapshot(corpus_dir)
        refresh()
    except Exception as err:  # noqa: BLE001  (watching must outlive any one failure; _report logs it)
        _report(on_error, err, changed)
    while not stop.wait(interval_seconds):
        changed = []
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
            changed, seen = changed_files(seen, now), now
            refresh()
        except Exception as err:  # noqa: BLE001  (watching must outlive any one failure; _report logs it)
            _report(on_error, err, changed)


def _report(on_error: Callable[[BotError], None], err: Exception, changed: list[str]) -> None:
    """Hand `err` to `on_error` as a BotError naming the changed files; never raises."""
    if not isinstance(err, BotError):
        log.error("refreshing the index failed", exc_info=err)
    if changed or not isinstance(err, BotError):
        files = ", ".join(changed[:_SHOWN_FILES]) + (f" and {len(changed) - _SHOWN_FILES} more"
                                                      if len(changed) > _SHOWN_FILES else "")
        after = f" after changes to {files}" if changed else ""
        reason = str(err) if isinstance(err, BotError) else f"{type(err).__name__}: {err}"
        err = BotError(f"Refreshing the index{after} failed ({reason}). The index in use is unchanged; fix or "
                       "remove the file, and watching picks it up when the folder changes next.")
    try:
        on_error(err)
    except Exception:  # a failing reporter must not end watching either
        log.exception("reporting a watch error failed")
