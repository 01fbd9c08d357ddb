"""Adding uploaded files to the corpus folder: names made safe, size limited, type checked by content, only
documents that can actually be read are kept, and each is saved whole under a name no other file has, never over
another file, even one another server saves into the same folder at the same moment."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.documents.corpus import checked_extract, remember_extracted
from bot.documents.extraction import DAMAGED_ZIP, KINDS, kind_of, sniff, unread_reason
from bot.documents.formats import CONTENT
from bot.errors import DocumentError

# Same-name uploads numbered before a random part makes the name unique: enough for any real folder, and it bounds
# the names tried for one upload.
_NUMBERED = 1000
# What os.link says on file systems without hard links (FAT, some network shares).
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}

# What the content of each kind of file must look like; HTML, Markdown, text, RTF and CSV are all text.
_CONTENT_OF_KIND = {"pdf": "pdf", "docx": "docx", "html": "text", "markdown": "text", "text": "text", **CONTENT}


@dataclass(frozen=True)
class UploadResult:
    """What became of one uploaded file: `saved_as` (relative to the corpus folder) or the reason it was refused;
    `same_as` is the indexed document that already holds these very bytes (then nothing was saved)."""

    name: str
    saved_as: str | None
    reason: str = ""
    same_as: str | None = None


def safe_name(name: str) -> str | None:
    """A plain file name for an uploaded file: no folders, no hidden or odd characters, at most 100 characters;
    None when nothing usable is left or the extension is not one Verbatim reads."""
    base = unicodedata.normalize("NFKC", name.replace("\\", "/").rsplit("/", 1)[-1])
    base = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in base)
    stem, dot, suffix = re.sub(r"_+", "_", base).rpartition(".")
    if not dot or kind_of(f"x.{suffix}") is None:
        return None
    stem = stem.strip(" ._")[:100 - len(suffix) - 1].strip(" ._") or "document"
    return f"{stem}.{suffix.lower()}"


def save_upload(corpus_dir: Path, name: str, data: bytes, max_bytes: int,
                indexed: Mapping[str, str] | None = None) -> UploadResult:
    """Check one uploaded file and save it into `corpus_dir` under a safe, unused name. `indexed` maps the sha256
    (hex) of each indexed file's bytes to its source: a copy of one of them, under any name, is not saved, since a
    second file with the same text would take over its quotes."""
    clean = safe_name(name)
    if clean is None:
        return UploadResult(name, None, unread_reason(name) or
                            f"not a supported type; upload {', '.join(sorted(KINDS))} files")
    if len(data) > max_bytes:
        return UploadResult(name, None, f"too big ({len(data) / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
    same_as = (indexed or {}).get(hashlib.sha256(data).hexdigest())
    if same_as is not None:
        return UploadResult(name, None, f"same content as {same_as}, not added", same_as=same_as)
    kind = kind_of(clean)
    found = sniff(data)
    if data and found != _CONTENT_OF_KIND[kind] and found != DAMAGED_ZIP:  # extract below says how it is damaged
        return UploadResult(name, None, f"its content is {found}, not what a .{clean.rsplit('.', 1)[1]} file holds")
    try:
        extracted = checked_extract(data, kind)  # what indexing would do with it: a file it cannot read is never saved
    except DocumentError as err:
        return UploadResult(name, None, str(err))
    try:
        target, existed = _save_new(Path(corpus_dir), clean, data)
    except OSError as err:
        return UploadResult(name, None, f"could not be saved ({err.strerror}); check free disk space")
    if not existed:
        remember_extracted(data, kind, extracted)  # the index build reads it from here: read (and OCR) once
    return UploadResult(name, target.name, "already in the corpus" if existed else "")


def save_upload_file(corpus_dir: Path, path: Path, max_bytes: int,
                     indexed: Mapping[str, str] | None = None) -> UploadResult:
    """`save_upload` for a file on disk (where the web server put the upload), not read at all when too big."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return UploadResult(path.name, None,
                                f"too big ({size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
        data = path.read_bytes()
    except OSError as err:
        return UploadResult(path.name, None, f"could not be read ({err.strerror}); upload it again")
    return save_upload(corpus_dir, path.name, data, max_bytes, indexed)


def _save_new(corpus_dir: Path, name: str, data: bytes) -> tuple[Path, bool]:
    """Save `data` as `name`, or `name-2`, `name-3`... (the first name free), and whether a file of that chain
    already held these very bytes (then it is that file and nothing is written).

    Never over another file, even one another process saves at the same moment: the bytes are written whole to a
    hidden file, which the indexer never reads, and then given the name with a hard link, which fails rather than
    replace a file that has it. Whatever fails, nothing but a whole file is left."""
    tmp = corpus_dir / f".upload-{uuid.uuid4().hex}"
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        names = _names(corpus_dir, name)
        while True:
            candidate = next(names)
            try:
                _link_new(tmp, candidate, data)
            except FileExistsError:
                if _holds(candidate, data):
                    return candidate, True
                continue
            _fsync_dir(corpus_dir)
            return candidate, False
    finally:
        tmp.unlink(missing_ok=True)


def _names(corpus_dir: Path, name: str) -> Iterator[Path]:
    """`name`, `name-2` ... `name-{_NUMBERED}`, then names made unique by a random part."""
    stem, _, suffix = name.rpartition(".")
    yield corpus_dir / name
    for n in range(2, _NUMBERED + 1):
        yield corpus_dir / f"{stem}-{n}.{suffix}"
    while True:
        yield corpus_dir / f"{stem}-{uuid.uuid4().hex[:12]}.{suffix}"


def _link_new(tmp: Path, target: Path, data: bytes) -> None:
    """Give the whole file `tmp` the name `target`; FileExistsError when `target` exists. On a file system without
    hard links, `target` is created exclusively and filled (removed again if that fails)."""
    try:
        os.link(tmp, target)
        return
    except FileExistsError:
        raise
    except OSError as err:
        if err.errno not in _NO_HARD_LINKS:
            raise
    with open(target, "xb") as handle:
        try:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            target.unlink(missing_ok=True)
            raise


def _holds(path: Path, data: bytes) -> bool:
    """Whether the regular file `path` (never a link, never a FIFO) holds exactly `data`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as handle:
        found = os.fstat(handle.fileno())
        return stat.S_ISREG(found.st_mode) and found.st_size == len(data) and handle.read(len(data) + 1) == data


def _fsync_dir(folder: Path) -> None:
    """Flush the new name to disk, so a saved upload outlives a crash."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot flush a folder; the file itself is on disk
        pass
    finally:
        os.close(fd)
