"""Files written to last: each flushed to disk before it counts, checksums read on every core, a failed write
explained in words, only regular files read (a FIFO or a device in their place never blocks or streams forever), and
the one-writer lock of a folder. Knows nothing of what the files hold (that is `bot.index.generation`)."""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import shutil
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO


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
    """The sha256 of the regular file at `path`, as hex."""
    with open_regular(path) as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading in binary, when it is a regular file (a link to one is followed); OSError otherwise.
    Opened without blocking, so a FIFO is refused at once rather than waited on, and checked on the open file, so a
    link to a device is refused too."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file but {file_kind(mode)}", str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path` (`open_regular`); OSError when it holds more than `max_bytes`."""
    with open_regular(path) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise OSError(errno.EFBIG, f"larger than the {max_bytes} bytes it can hold", str(path))
    return data


def file_kind(mode: int) -> str:
    """What kind of file `mode` (st_mode) is, in words."""
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def try_lock(path: Path) -> int | None:
    """Take the exclusive lock of the file `path` (created if missing) without waiting and record this process's id
    in it: the descriptor that holds the lock (pass it to `unlock`), or None when another holder has it. The lock
    belongs to the descriptor (`flock`), so it is released when the holder ends in any way, even killed."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"not a regular file but {file_kind(mode)}", str(path))
        if not _flock_exclusive(fd):
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd
    except BaseException:
        os.close(fd)
        raise


def _flock_exclusive(fd: int, tries: int = 3) -> bool:
    """Take the exclusive lock of `fd` without waiting; False when it is held. Tried a few times, a moment apart:
    `lock_taken` holds a shared lock for an instant, which must not pass for a holder."""
    for attempt in range(tries):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if attempt + 1 < tries:
                time.sleep(0.01)
    return False


def lock_taken(path: Path) -> bool:
    """Whether a holder has the lock of the file `path` now (none when there is no such file). Only reads: it works
    in a folder this process may not write."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def unlock(fd: int) -> None:
    """Release a lock `try_lock` took (its holder's id is wiped first, so a stale id is never reported)."""
    try:
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def lock_holder(path: Path) -> int | None:
    """The process id the holder of the lock file `path` recorded, or None when there is none to read."""
    try:
        text = read_regular(path, 64).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
