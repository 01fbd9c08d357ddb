"""Opening the index of a corpus: the stored one when it is current, else a rebuild that re-reads only changed
files and re-embeds only texts whose vectors are not known yet."""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.documents.corpus import corpus_files, file_times, load_corpus
from bot.documents.document import Corpus, Document, Skipped
from bot.documents.extraction import EXTRACTOR_VERSION
from bot.errors import CorpusError, IndexStoreError
from bot.index.building import build_index, wanted_manifest
from bot.index.embedding import Embedder
from bot.index.generation import IndexMissing, clear_partial, current_generation
from bot.index.store import IndexStore
from bot.settings import Settings


@dataclass(frozen=True)
class BuildReport:
    """What a call to open_index did."""

    rebuilt: bool
    reasons: tuple[str, ...]
    files: int
    chunks: int
    sentences: int
    embedded: int  # texts encoded in this build
    reused: int  # texts whose vectors came from the previous index
    seconds: float
    skipped: tuple[Skipped, ...] = ()  # corpus files left out, with the reason


def open_index(settings: Settings, embedder: Embedder, progress: bool = False,
               documents: list[Document] | None = None,
               current: IndexStore | None = None) -> tuple[IndexStore, BuildReport]:
    """The index of `documents` (default: those of `settings.corpus_dir`), loaded from `settings.index_dir`,
    rebuilt first when missing or stale. `current`, an index this process already holds, stands for the stored one
    while it is still the current generation there (no second copy loaded, no checksums read again)."""
    started = time.perf_counter()
    previous, problem = _stored(settings, current)
    if documents is None and previous is not None and _corpus_unchanged(previous, settings):
        wanted = wanted_manifest(previous.manifest.files, embedder, settings)
        if not previous.manifest.stale_reasons(wanted):
            return previous, BuildReport(False, (), len(previous.documents), len(previous.chunks),
                                         len(previous.sentences), 0, 0, time.perf_counter() - started)
    if documents is None:
        readers = previous.manifest.chunking.extractor_version if previous else None
        # Documents stored by older readers are read again, even from unchanged files.
        known = _StoredDocuments(previous) if previous and readers == EXTRACTOR_VERSION else {}
        corpus = load_corpus(settings.corpus_dir, known, settings.max_document_mb * 1_000_000, progress)
    else:
        corpus = Corpus(tuple(documents))
    wanted = wanted_manifest(_files(corpus.documents), embedder, settings)
    reasons = [problem] if problem else previous.manifest.stale_reasons(wanted)
    if not reasons:
        if documents is None and any(previous.file_times.get(d.source) != (d.size, d.mtime_ns)
                                     for d in corpus.documents):
            previous = _remember_file_times(previous, corpus, settings)
        return previous, BuildReport(False, (), len(corpus.documents), len(previous.chunks),
                                     len(previous.sentences), 0, 0, time.perf_counter() - started, corpus.skipped)
    store, embedded, reused = build_index(list(corpus.documents), embedder, settings, previous, progress)
    clear_partial(settings.index_dir)
    return store, BuildReport(True, tuple(reasons), len(corpus.documents), len(store.chunks), len(store.sentences),
                              embedded, reused, time.perf_counter() - started, corpus.skipped)


def _stored(settings: Settings, current: IndexStore | None) -> tuple[IndexStore | None, str | None]:
    """The index stored in `settings.index_dir` (`current` when it is still that index), or why there is none."""
    try:
        if current is not None and current.folder == current_generation(settings.index_dir):
            return current, None
        return IndexStore.load(settings.index_dir), None
    except IndexMissing:
        return None, "no index yet"
    except IndexStoreError as err:
        return None, str(err)


def _remember_file_times(store: IndexStore, corpus: Corpus, settings: Settings) -> IndexStore:
    """Files were read again although their bytes had not changed (a copy or `touch` changes their times): store
    their new times, so the next open does not read them again. Best effort: a read-only index just stays as it is."""
    try:
        return store.with_file_times(settings.index_dir, list(corpus.documents))
    except IndexStoreError:
        return store


def _files(documents) -> dict[str, str]:
    return {doc.source: doc.sha256 for doc in documents}


def _corpus_unchanged(store: IndexStore, settings: Settings) -> bool:
    """Whether the corpus folder holds exactly the indexed files, each with the size and time it had when read: then
    the index is current without reading a document, or even the stored ones."""
    try:
        paths = corpus_files(settings.corpus_dir)
    except CorpusError:
        return False
    times = store.file_times
    if len(paths) != len(times):
        return False
    for path in paths:
        stored = times.get(path.relative_to(settings.corpus_dir).as_posix())
        if stored is None or file_times(path) != stored:
            return False
    return True


class _StoredDocuments:
    """The documents of an index by source, each read from it only when asked for."""

    def __init__(self, store: IndexStore):
        self._store = store

    def get(self, source: str) -> Document | None:
        return self._store.document(source)
