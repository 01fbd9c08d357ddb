"""Loading the corpus: every readable document under a folder, recursively, in sorted order.

A file that cannot be read (damaged, encrypted, empty, binary, not UTF-8, too big, or one its reader fails on) is
skipped and reported with its reason; the rest of the corpus still loads. Only what lies inside the corpus folder is
read: links are never followed (a link is reported and skipped; what it links to, if inside, is read under its own
name), and each file is opened without following a link anywhere below the folder, so a file swapped for a link
after the folder was listed is not read through it. Files whose size and change time match a known document are
not read again.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat as stat_mode
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Mapping

from tqdm import tqdm

from bot.documents.document import Corpus, Document, Skipped
from bot.documents.extraction import KINDS, Extracted, extract, kind_of, unread_reason
from bot.errors import CorpusError, DocumentError

SUFFIXES = tuple(KINDS)
log = logging.getLogger(__name__)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Open flags for reading below the corpus folder: never through a link, never blocking on a FIFO put in a file's place.
_NO_LINKS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Texts read when an upload was checked (bot.documents.uploads), by the sha256 of its bytes and its kind: the index
# build that follows reads the saved file, the same bytes, and takes its text from here rather than reading it (and
# running OCR on its scanned pages) again. Each is taken once; past this many characters the oldest are let go.
_REMEMBERED_CHARS = 20_000_000
_remembered: OrderedDict[tuple[str, str], Extracted] = OrderedDict()
_remembered_lock = threading.Lock()


def scan_corpus(corpus_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """The document files under `corpus_dir`, sorted by their relative path (hidden files and folders skipped),
    and the links among them and files of formats not read (`.doc`, `.xls`, `.ppt`, `.odp`, `.ods`), skipped with
    the reason: links are not followed, so nothing outside the folder is read and nothing inside is read twice."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"Corpus folder {corpus_dir} does not exist. Create it and put documents in it "
                          f"({', '.join(SUFFIXES)}), or point --corpus at another folder.")
    real_root = os.path.realpath(corpus_dir)
    files: list[Path] = []
    links: list[Skipped] = []
    folders = [(corpus_dir, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:  # a folder that cannot be listed holds nothing readable
            continue
        for entry in listed:
            if entry.name.startswith("."):
                continue
            source = prefix + entry.name
            if entry.is_symlink():
                if kind_of(entry.name) or _points_to_folder(entry):
                    links.append(Skipped(source, _link_reason(entry.path, real_root)))
            elif entry.is_dir(follow_symlinks=False):
                folders.append((Path(entry.path), source + "/"))
            elif kind_of(entry.name) and entry.is_file(follow_symlinks=False):
                files.append(Path(entry.path))
            elif (reason := unread_reason(entry.name)) and entry.is_file(follow_symlinks=False):
                links.append(Skipped(source, reason))
    files.sort(key=lambda p: p.relative_to(corpus_dir).as_posix())
    links.sort(key=lambda s: s.source)
    return files, links


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The document files under `corpus_dir`, sorted by their relative path; hidden files and folders, and links,
    skipped (`scan_corpus` says which links and why)."""
    return scan_corpus(corpus_dir)[0]


def _points_to_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _link_reason(link: str, real_root: str) -> str:
    target = os.path.realpath(link)
    if target != real_root and not target.startswith(real_root.rstrip(os.sep) + os.sep):
        return ("links outside the corpus folder; links are not followed, so copy the file into the corpus folder "
                "instead")
    inside = Path(os.path.relpath(target, real_root)).as_posix()
    return f"is a link to {inside}, inside the corpus folder; links are not followed, it is read under its own name"


def open_inside(corpus_dir: Path, source: str) -> int:
    """A read-only file descriptor of the corpus file `source` (relative, with "/"), opened one folder at a time
    from `corpus_dir` without following a link at any step. OSError when it is gone, or is or passes through a link
    (ELOOP, ENOTDIR)."""
    if os.open not in os.supports_dir_fd:  # no openat(): the plain path, still without following its last part
        return os.open(Path(corpus_dir, source), _NO_LINKS | _NONBLOCK)
    *folders, name = source.split("/")
    fd = os.open(corpus_dir, os.O_RDONLY | _DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    try:
        for folder in folders:
            inner = os.open(folder, _NO_LINKS | _DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        return os.open(name, _NO_LINKS | _NONBLOCK, dir_fd=fd)
    finally:
        os.close(fd)


def checked_extract(data: bytes, kind: str, progress: Callable[[int, int], None] | None = None) -> Extracted:
    """`extract`, where whatever goes wrong in a reader is a DocumentError for this one file: a reader's own failure
    on odd bytes, or text that is not valid Unicode (which nothing after reading could store or search).
    `progress(done, total)` follows the OCR of scanned pages."""
    try:
        extracted = extract(data, kind, progress=progress) if progress else extract(data, kind)
    except DocumentError:
        raise
    except Exception as err:  # a reader's bug on one file must skip that file, never stop the corpus
        log.warning("the %s reader failed", kind, exc_info=True)
        raise DocumentError(f"could not be read: the {kind} reader failed on it ({type(err).__name__}); "
                            "check that the file opens, or save it again as a new file") from None
    bad = _SURROGATE.search(extracted.text)
    if bad:
        raise DocumentError(f"its text is not valid Unicode (a lone surrogate at character {bad.start()}); "
                            "save it again as a new file or convert it to plain text")
    return extracted


def remember_extracted(data: bytes, kind: str, extracted: Extracted) -> None:
    """Keep `extracted`, the text of `data` read as `kind`, for the next `read_document` of the same bytes (an upload
    checked, then saved and indexed): its reader, and OCR, run once."""
    key = (hashlib.sha256(data).hexdigest(), kind)
    with _remembered_lock:
        _remembered[key] = extracted
        total = sum(len(kept.text) for kept in _remembered.values())
        while total > _REMEMBERED_CHARS and _remembered:
            total -= len(_remembered.popitem(last=False)[1].text)


def _recalled(digest: str, kind: str) -> Extracted | None:
    with _remembered_lock:
        return _remembered.pop((digest, kind), None)


def read_document(corpus_dir: Path, source: str, max_bytes: int, progress: bool = False) -> Document:
    """Read and extract the corpus file `source`; DocumentError says why it cannot be used. Parts left out (scanned
    pages OCR could not read) are logged as warnings; with `progress`, OCR shows a progress bar."""
    try:
        fd = open_inside(corpus_dir, source)
    except OSError as err:
        raise DocumentError(_open_failure(err)) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if not stat_mode.S_ISREG(stat.st_mode):
                raise DocumentError("is not a regular file any more; put documents in the folder as plain files")
            if stat.st_size > max_bytes:
                raise DocumentError(f"too big ({stat.st_size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB); "
                                    "split it or raise VERBATIM_MAX_DOCUMENT_MB")
            data = handle.read(max_bytes + 1)
            after = os.fstat(handle.fileno())
    except OSError as err:
        raise DocumentError(f"cannot be read ({err.strerror}); check its permissions") from None
    if _stamp(after) != _stamp(stat) or len(data) != stat.st_size:
        raise DocumentError("changed while being read; it is indexed on the next run once it stops changing")
    digest = hashlib.sha256(data).hexdigest()
    extracted = _recalled(digest, kind_of(source))
    if extracted is None:
        bar = _OcrProgress(source) if progress else None
        try:
            extracted = checked_extract(data, kind_of(source), bar)
        finally:
            if bar:
                bar.close()
    for note in extracted.notes:
        log.warning("%s: %s", source, note)
    size, changed_ns = _stamp(stat)
    return Document(source=source, text=extracted.text, sha256=digest,
                    kind=extracted.kind, layout=extracted.layout, size=size, mtime_ns=changed_ns)


class _OcrProgress:
    """A progress bar for the OCR of one file's scanned pages, shown once OCR starts."""

    def __init__(self, source: str):
        self.source = source
        self.bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = tqdm(total=total, desc=f"OCR {self.source}", unit="page", leave=False)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _open_failure(err: OSError) -> str:
    if err.errno in (errno.ELOOP, errno.ENOTDIR):
        return ("became a link while the folder was read; links are not followed, so copy the file into the "
                "corpus folder instead")
    return f"cannot be read ({err.strerror}); check its permissions"


def load_corpus(corpus_dir: Path, known: Mapping[str, Document] | None = None,
                max_bytes: int = 64_000_000, progress: bool = False) -> Corpus:
    """Every readable document under `corpus_dir`, and the files skipped with their reasons.

    A file whose size and change time equal those of the document `known[source]` is that document, unread.
    Of files with identical bytes, only the first is kept. CorpusError when nothing at all can be used.
    """
    corpus_dir = Path(corpus_dir)
    known = known or {}
    documents: list[Document] = []
    paths, skipped = scan_corpus(corpus_dir)
    first_with: dict[str, str] = {}
    for path in tqdm(paths, desc="Reading", unit="file", disable=not progress):
        source = path.relative_to(corpus_dir).as_posix()
        try:
            document = _unchanged(path, known.get(source)) or read_document(corpus_dir, source, max_bytes, progress)
        except DocumentError as err:
            skipped.append(Skipped(source, str(err)))
            continue
        if document.sha256 in first_with:
            skipped.append(Skipped(source, f"same content as {first_with[document.sha256]}, which is indexed"))
            continue
        first_with[document.sha256] = source
        documents.append(document)
    if not documents:
        if skipped:
            reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:3])
            raise CorpusError(f"No document in {corpus_dir} could be read ({reasons}"
                              f"{' ...' if len(skipped) > 3 else ''}). Fix or replace these files.")
        raise CorpusError(f"Corpus folder {corpus_dir} has no documents ({', '.join(SUFFIXES)}). Add documents to "
                          "it, or point --corpus at another folder.")
    return Corpus(tuple(documents), tuple(skipped))


def load_documents(corpus_dir: Path) -> list[Document]:
    """The readable documents of the corpus (see `load_corpus` for the files skipped)."""
    return list(load_corpus(corpus_dir).documents)


def file_times(path: Path) -> tuple[int, int] | None:
    """The size and change time (ns) of a file, which a document records (`Document.size`, `Document.mtime_ns`);
    None when it cannot be read. The link itself, never what it links to."""
    try:
        return _stamp(os.lstat(path))
    except OSError:
        return None


def _stamp(stat: os.stat_result) -> tuple[int, int]:
    # On POSIX the status-change time (ctime): every write sets it and no program can set it back, so a file edited
    # in place with its size and modification time restored still counts as changed. Windows has no such time.
    return stat.st_size, (stat.st_ctime_ns if os.name == "posix" else stat.st_mtime_ns)


def _unchanged(path: Path, document: Document | None) -> Document | None:
    if document is None:
        return None
    return document if file_times(path) == (document.size, document.mtime_ns) else None
