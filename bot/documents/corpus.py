"""Loading the corpus: every readable document under a folder, recursively, in sorted order.

A file that cannot be read (damaged, encrypted, empty, binary, not UTF-8, too big) is skipped and reported with its
reason; the rest of the corpus still loads. Files whose size and modification time match a known document are not
read again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Mapping

from tqdm import tqdm

from bot.documents.document import Corpus, Document, Skipped
from bot.documents.extraction import KINDS, extract, kind_of
from bot.errors import CorpusError, DocumentError

SUFFIXES = tuple(KINDS)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The document files under `corpus_dir`, sorted by their relative path; hidden files and folders skipped."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"Corpus folder {corpus_dir} does not exist. Create it and put documents in it "
                          f"({', '.join(SUFFIXES)}), or point --corpus at another folder.")
    files = [
        p for p in corpus_dir.rglob("*")
        if kind_of(p.name) and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(corpus_dir).as_posix())


def read_document(path: Path, source: str, max_bytes: int) -> Document:
    """Read and extract one file; DocumentError says why it cannot be used."""
    try:
        stat = path.stat()
        if stat.st_size > max_bytes:
            raise DocumentError(f"too big ({stat.st_size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB); "
                                "split it or raise VERBATIM_MAX_DOCUMENT_MB")
        data = path.read_bytes()
        after = path.stat()
    except OSError as err:
        raise DocumentError(f"cannot be read ({err.strerror}); check its permissions") from None
    if (after.st_size, after.st_mtime_ns) != (stat.st_size, stat.st_mtime_ns) or len(data) != stat.st_size:
        raise DocumentError("changed while being read; it is indexed on the next run once it stops changing")
    extracted = extract(data, kind_of(path.name))
    return Document(source=source, text=extracted.text, sha256=hashlib.sha256(data).hexdigest(),
                    kind=extracted.kind, layout=extracted.layout, size=len(data), mtime_ns=stat.st_mtime_ns)


def load_corpus(corpus_dir: Path, known: Mapping[str, Document] | None = None,
                max_bytes: int = 64_000_000, progress: bool = False) -> Corpus:
    """Every readable document under `corpus_dir`, and the files skipped with their reasons.

    A file whose size and modification time equal those of the document `known[source]` is that document, unread.
    Of files with identical bytes, only the first is kept. CorpusError when nothing at all can be used.
    """
    corpus_dir = Path(corpus_dir)
    known = known or {}
    documents: list[Document] = []
    skipped: list[Skipped] = []
    first_with: dict[str, str] = {}
    for path in tqdm(corpus_files(corpus_dir), desc="Reading", unit="file", disable=not progress):
        source = path.relative_to(corpus_dir).as_posix()
        try:
            document = _unchanged(path, known.get(source)) or read_document(path, source, max_bytes)
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
    """The size and modification time (ns) of a file, which a document records; None when it cannot be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _unchanged(path: Path, document: Document | None) -> Document | None:
    if document is None:
        return None
    return document if file_times(path) == (document.size, document.mtime_ns) else None
