"""Opening the index of a corpus: the stored one when it is current, else a rebuild that re-reads only changed
files and re-embeds only texts whose vectors are not known yet.

One process writes an index folder at a time (`generation.build_lock`); reading takes no lock. When the index is
stale and another process is rebuilding it, the previous index is used and the report says so (`BuildReport.notice`):
a question is answered now rather than after a build that may take hours. When there is no index to use at all, the
other build is waited for, up to WAIT_FOR_BUILD_SECONDS.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bot.documents.corpus import corpus_files, file_times, load_corpus
from bot.documents.document import Corpus, Document, Skipped
from bot.documents.extraction import EXTRACTOR_VERSION
from bot.errors import CorpusError, IndexStoreError
from bot.index import generation
from bot.index.building import build_index, wanted_manifest
from bot.index.embedding import Embedder
from bot.index.generation import IndexMissing, clear_partial, current_generation
from bot.index.store import IndexStore
from bot.settings import Settings

# How long opening waits for another process's build when there is no index to answer from meanwhile: long enough
# for a small corpus's first build, short enough that a stuck one is reported.
WAIT_FOR_BUILD_SECONDS = 600.0


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
    # Another process was rebuilding the index (this is its pid, 0 when unknown), so the previous index, stale for
    # `reasons`, was opened instead of building a second time.
    builder_pid: int | None = None

    @property
    def notice(self) -> str | None:
        """One line for the user when the index opened is out of date because another process is rebuilding it."""
        if self.builder_pid is None:
            return None
        pid = f"pid {self.builder_pid}" if self.builder_pid else "pid unknown"
        return (f"note: another process ({pid}) is rebuilding the index, so the previous one was used; it is out of "
                f"date ({'; '.join(self.reasons)}). Run again once that build has finished.")


@dataclass(frozen=True)
class _Plan:
    """What opening found without writing anything: the stored index (`previous`, read while CURRENT named
    `pointer`), the corpus when it had to be read, and why the index must be rebuilt (empty: it is current)."""

    pointer: str | None
    previous: IndexStore | None
    corpus: Corpus | None  # None: the index is current, known without reading a document
    reasons: tuple[str, ...]
    file_times_changed: bool = False  # current, but files were read again: their new times are worth storing


def open_index(settings: Settings, embedder: Embedder, progress: bool = False,
               documents: list[Document] | None = None,
               current: IndexStore | None = None) -> tuple[IndexStore, BuildReport]:
    """The index of `documents` (default: those of `settings.corpus_dir`), loaded from `settings.index_dir`,
    rebuilt first when missing or stale. `current`, an index this process already holds, stands for the stored one
    while it is still the current generation there (no second copy loaded, no checksums read again). While another
    process builds the same folder: the stored index when there is one (`BuildReport.notice` says it is stale), else
    that build is waited for (IndexStoreError past WAIT_FOR_BUILD_SECONDS)."""
    started = time.perf_counter()
    deadline = time.monotonic() + WAIT_FOR_BUILD_SECONDS
    while True:
        plan = _plan(settings, embedder, progress, documents, current)
        if not plan.reasons:
            return _current(plan, settings), _unchanged(plan, started)
        with generation.build_lock(settings.index_dir) as lock:
            if lock.held:
                if _pointer(settings.index_dir) != plan.pointer:  # another build finished meanwhile
                    plan = _plan(settings, embedder, progress, documents, current)
                    if not plan.reasons:
                        return _current(plan, settings, lock), _unchanged(plan, started)
                return _build(plan, settings, embedder, progress, started)
            if plan.previous is not None:  # answer from it now rather than build a second time
                return plan.previous, _unchanged(plan, started, builder_pid=lock.holder or 0)
        generation.wait_for_build(settings.index_dir, deadline)


def _plan(settings: Settings, embedder: Embedder, progress: bool, documents: list[Document] | None,
          current: IndexStore | None) -> _Plan:
    """Whether the stored index fits the corpus, and why not; reads, never writes."""
    pointer, previous, problem = _stored(settings, current)
    if documents is None and previous is not None and _corpus_unchanged(previous, settings):
        wanted = wanted_manifest(previous.manifest.files, embedder, settings)
        if not previous.manifest.stale_reasons(wanted):
            return _Plan(pointer, previous, None, ())
    if documents is None:
        readers = previous.manifest.chunking.extractor_version if previous else None
        # Documents stored by older readers are read again, even from unchanged files.
        known = _StoredDocuments(previous) if previous and readers == EXTRACTOR_VERSION else {}
        corpus = load_corpus(settings.corpus_dir, known, settings.max_document_mb * 1_000_000, progress)
    else:
        corpus = Corpus(tuple(documents))
    wanted = wanted_manifest(_files(corpus.documents), embedder, settings)
    reasons = tuple([problem] if problem else previous.manifest.stale_reasons(wanted))
    touched = (not reasons and documents is None
               and any(previous.file_times.get(d.source) != (d.size, d.mtime_ns) for d in corpus.documents))
    return _Plan(pointer, previous, corpus, reasons, touched)


def _unchanged(plan: _Plan, started: float, builder_pid: int | None = None) -> BuildReport:
    """The report of opening the stored index as it is."""
    store, corpus = plan.previous, plan.corpus
    files = len(store.documents) if corpus is None or builder_pid is not None else len(corpus.documents)
    return BuildReport(False, plan.reasons if builder_pid is not None else (), files, len(store.chunks),
                       len(store.sentences), 0, 0, time.perf_counter() - started,
                       corpus.skipped if corpus is not None else (), builder_pid)


def _current(plan: _Plan, settings: Settings, lock: generation.BuildLock | None = None) -> IndexStore:
    """The stored index of a plan that found it current, with the files' new times stored when they changed. That
    is worth a write only when nobody else is writing (`lock`, when already held): else it is left for next time."""
    if not plan.file_times_changed:
        return plan.previous
    if lock is not None:
        return _remember_file_times(plan.previous, plan.corpus, settings)
    try:
        with generation.build_lock(settings.index_dir) as taken:
            if taken.held and _pointer(settings.index_dir) == plan.pointer:
                return _remember_file_times(plan.previous, plan.corpus, settings)
    except IndexStoreError:  # a read-only index folder: it just stays as it is
        pass
    return plan.previous


def _build(plan: _Plan, settings: Settings, embedder: Embedder, progress: bool,
           started: float) -> tuple[IndexStore, BuildReport]:
    """Build a new index as `plan` says, holding the build lock."""
    corpus = plan.corpus
    store, embedded, reused = build_index(list(corpus.documents), embedder, settings, plan.previous, progress)
    clear_partial(settings.index_dir)
    return store, BuildReport(True, plan.reasons, len(corpus.documents), len(store.chunks), len(store.sentences),
                              embedded, reused, time.perf_counter() - started, corpus.skipped)


def _pointer(index_dir: Path) -> str | None:
    """The name CURRENT gives, or None when there is none to read."""
    try:
        return current_generation(index_dir).name
    except IndexStoreError:
        return None


def _stored(settings: Settings, current: IndexStore | None) -> tuple[str | None, IndexStore | None, str | None]:
    """CURRENT's name, then the index stored in `settings.index_dir` (`current` when it is still that index) or why
    there is none. A generation another process replaced while it was read looks damaged: a build then finds CURRENT
    changed under the lock, and reads the index again before anything is built."""
    pointer = _pointer(settings.index_dir)
    try:
        if current is not None and pointer is not None and current.folder == Path(settings.index_dir) / pointer:
            return pointer, current, None
        return pointer, IndexStore.load(settings.index_dir), None
    except IndexMissing:
        return pointer, None, "no index yet"
    except IndexStoreError as err:
        return pointer, None, str(err)


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
