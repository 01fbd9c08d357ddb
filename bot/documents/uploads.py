"""Adding uploaded files to the corpus folder: names made safe, size limited, type checked by content, and
only documents that can actually be read are kept."""

from __future__ import annotations

import os
import re
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from bot.documents.extraction import KINDS, extract, kind_of, sniff
from bot.errors import DocumentError

# What the content of each kind of file must look like; HTML, Markdown and text are all UTF-8 text.
_CONTENT_OF_KIND = {"pdf": "pdf", "docx": "docx", "html": "text", "markdown": "text", "text": "text"}


@dataclass(frozen=True)
class UploadResult:
    """What became of one uploaded file: `saved_as` (relative to the corpus folder) or the reason it was refused."""

    name: str
    saved_as: str | None
    reason: str = ""


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


def save_upload(corpus_dir: Path, name: str, data: bytes, max_bytes: int) -> UploadResult:
    """Check one uploaded file and save it into `corpus_dir` under a safe, unused name."""
    clean = safe_name(name)
    if clean is None:
        return UploadResult(name, None, f"not a supported type; upload {', '.join(sorted(KINDS))} files")
    if len(data) > max_bytes:
        return UploadResult(name, None, f"too big ({len(data) / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
    kind = kind_of(clean)
    found = sniff(data)
    if data and found != _CONTENT_OF_KIND[kind]:
        return UploadResult(name, None, f"its content is {found}, not what a .{clean.rsplit('.', 1)[1]} file holds")
    try:
        extract(data, kind)
    except DocumentError as err:
        return UploadResult(name, None, str(err))
    corpus_dir = Path(corpus_dir)
    target = _unused(corpus_dir, clean, data)
    if target.exists():
        return UploadResult(name, target.name, "already in the corpus")
    tmp = corpus_dir / f".upload-{uuid.uuid4().hex}"  # hidden, so the indexer never sees half a file
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        return UploadResult(name, None, f"could not be saved ({err.strerror}); check free disk space")
    return UploadResult(name, target.name)


def save_upload_file(corpus_dir: Path, path: Path, max_bytes: int) -> UploadResult:
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
    return save_upload(corpus_dir, path.name, data, max_bytes)


def _unused(corpus_dir: Path, name: str, data: bytes) -> Path:
    """`name`, or `name-2`, `name-3`... so an upload never overwrites a different file; a file with the same bytes
    is returned as it is."""
    stem, _, suffix = name.rpartition(".")
    candidate, n = corpus_dir / name, 1
    while candidate.exists():
        try:
            if candidate.read_bytes() == data:
                return candidate
        except OSError:
            pass
        n += 1
        candidate = corpus_dir / f"{stem}-{n}.{suffix}"
    return candidate
