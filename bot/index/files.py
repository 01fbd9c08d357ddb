"""Files written to last: each flushed to disk before it counts, checksums read on every core, and a failed write
explained in words. Knows nothing of what the files hold (that is `bot.index.generation`)."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def why_write_failed(err: Exception, folder: Path) -> str:
    """Why a write failed, in words: a short write on a full disk says "No space left on device" too."""
    reason = getattr(err, "strerror", None) or str(err)
    # NumPy reports a short write as "N requested and M written", without an errno.
    short_write = re.search(r"\d+ requested and \d+ written", reason) is not None
    try:
        full = (getattr(err, "errno", None) == errno.ENOSPC or short_write
                or shutil.disk_usage(folder).free < 1_000_000)
    except OSError:
        full = False
    if full and "No space left" not in reason:
        reason = f"No space left on device ({reason})"
    return reason


def write_text(path: Path, text: str) -> None:
    """Write `text` to `path` as UTF-8 and flush it to disk."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def fsync_files(folder: Path) -> None:
    """Flush every file of `folder` to disk, so the generation a pointer names is whole after a crash."""
    for path in folder.iterdir():
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Flush the folder `path` itself (its entries) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_all(paths: list[Path]) -> dict[Path, str]:
    """The sha256 of each file, several files at once: hashing releases the GIL, so a large index's checksums are
    read on every core."""
    largest_first = sorted(paths, key=lambda path: -path.stat().st_size)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        return dict(zip(largest_first, pool.map(sha256, largest_first)))


def sha256(path: Path) -> str:
    """The sha256 of the file at `path`, as hex."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
