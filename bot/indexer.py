"""Building and refreshing the index from the corpus, re-embedding only texts whose vectors are not known yet."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np
from tqdm import tqdm

from bot.chunking import Chunk, Sentence, chunk_document
from bot.corpus import Corpus, Document, Skipped, corpus_files, file_times, load_corpus
from bot.embedding import Embedder
from bot.errors import CorpusError, IndexStoreError
from bot.settings import Settings
from bot.store import (FORMAT_VERSION, IndexMissing, IndexStore, Manifest, clear_partial, load_partial,
                       save_partial)

# Bump when split_sentences or chunk_document change what they produce, so old indexes count as stale.
CHUNKER_VERSION = 3


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


def vector_kind(embedder: Embedder, settings: Settings) -> str:
    """How a build makes its vectors (`Settings.vectors`): as asked, except that "pooled" needs a model that
    mean-pools its tokens and falls back to "encoded" with any other."""
    return "encoded" if settings.vectors == "pooled" and not embedder.pools_spans else settings.vectors


def wanted_manifest(files: dict[str, str], embedder: Embedder, settings: Settings) -> Manifest:
    """The manifest an up-to-date index of the documents `files` (source -> sha256 of its bytes) must have."""
    return Manifest(
        model=embedder.name,
        model_hash=embedder.model_hash,
        dimension=embedder.dimension,
        chunking={"chunker_version": CHUNKER_VERSION, "chunk_tokens": settings.chunk_tokens,
                  "overlap_sentences": settings.overlap_sentences, "max_tokens": embedder.max_tokens,
                  "vectors": vector_kind(embedder, settings)},
        files=files,
    )


def chunk_corpus(documents: list[Document], embedder: Embedder, settings: Settings, progress: bool = False,
                 previous: IndexStore | None = None) -> tuple[list[Chunk], list[Sentence]]:
    """Sentences and chunks of every document, with global sentence ids. A document that `previous` holds with the
    same bytes and the same chunking is not chunked again: its stored rows are taken, renumbered."""
    stored = _stored_rows(previous, wanted_manifest({}, embedder, settings).chunking)
    chunks: list[Chunk] = []
    sentences: list[Sentence] = []
    for doc in tqdm(documents, desc="Chunking", unit="file", disable=not progress):
        rows = stored(doc)
        if rows is None:
            doc_sentences, doc_chunks = chunk_document(
                doc.source, doc.text, embedder.count_tokens, chunk_tokens=settings.chunk_tokens,
                max_tokens=embedder.max_tokens, overlap_sentences=settings.overlap_sentences,
                first_sentence_id=len(sentences), layout=doc.layout)
        else:
            (chunk_rows, sentence_rows), shift = rows, len(sentences) - rows[1].start
            doc_sentences = [previous.sentences[i] for i in sentence_rows]
            doc_chunks = [replace(chunk, sentence_start=chunk.sentence_start + shift,
                                  sentence_stop=chunk.sentence_stop + shift)
                          for chunk in (previous.chunks[i] for i in chunk_rows)]
        sentences.extend(doc_sentences)
        chunks.extend(doc_chunks)
    return chunks, sentences


def _stored_rows(previous: IndexStore | None, chunking: dict) -> Callable[[Document], tuple[range, range] | None]:
    """For a document, the ranges of the chunk and sentence rows `previous` holds of it, when they are what chunking
    it now would give (same bytes, same chunking, the current index format); else None."""
    if (previous is None or previous.manifest.format_version != FORMAT_VERSION
            or previous.manifest.chunking != chunking or not len(previous.chunks)):
        return lambda doc: None
    columns = previous.columns
    document = columns.chunk_document
    if np.any(np.diff(document) < 0):  # documents given out of order: ranges cannot be read off the columns
        return lambda doc: None
    first = np.searchsorted(document, np.arange(len(columns.chunk_sources) + 1))  # chunks are in document order
    position = {str(source): i for i, source in enumerate(columns.chunk_sources)}

    def rows(doc: Document) -> tuple[range, range] | None:
        i = position.get(doc.source)
        if i is None or previous.manifest.files.get(doc.source) != doc.sha256:
            return None
        stored = previous.document(doc.source)  # the same bytes may now be extracted otherwise (a newer reader)
        if stored is None or (stored.text, stored.layout) != (doc.text, doc.layout):
            return None
        a, b = int(first[i]), int(first[i + 1])
        return range(a, b), range(int(columns.chunk_sentences[a, 0]), int(columns.chunk_sentences[b - 1, 1]))

    return rows


def build_index(documents: list[Document], embedder: Embedder, settings: Settings,
                previous: IndexStore | None = None, progress: bool = False) -> tuple[IndexStore, int, int]:
    """A new index of `documents`; returns it with the counts of vectors computed and reused.

    Vectors come from the previous index, then from parts an interrupted build left in `.partial/`; the rest are
    computed in parts of about `checkpoint_texts` vectors, each saved as soon as it is done, so an interruption
    loses one part. Pooled sentence vectors come from the pass over the chunk that first holds the sentence; composed
    chunk vectors are made from their sentences' vectors once all of those are known."""
    chunks, sentences = chunk_corpus(documents, embedder, settings, progress, previous)
    kind = vector_kind(embedder, settings)
    pooled, composed = kind == "pooled", kind == "composed"
    known = _known_vectors(previous, embedder)
    chunk_keys = [] if composed else [_text_key(c.text) for c in chunks]
    owner = sentence_owners(chunks, len(sentences))
    sentence_keys = _sentence_keys(chunks, sentences, owner, pooled)
    keys = chunk_keys + sentence_keys
    if any(key not in known for key in keys):
        known.update(load_partial(settings.index_dir, embedder.model_hash, embedder.dimension))
    units = _pending_units(chunks, sentences, owner, chunk_keys, sentence_keys, known, pooled)
    # Each vector goes straight to its rows, so the build holds one copy of the index's vectors (plus one part).
    rows = VectorRows(len(chunk_keys), len(sentences), embedder.dimension, keys)
    done: set[str] = set()
    for key in rows.keys():
        if key in known:
            rows.place(key, known[key])
            done.add(key)
    del known
    # New vectors each unit yields: a chunk passed only for its sentences keeps its known vector.
    sizes = [(unit[0] not in done) + len(unit[2]) if pooled else 1 for unit in units]
    todo = sum(sizes)
    with tqdm(total=todo, desc="Embedding", unit="vector", disable=not progress or not units) as bar:
        first, filled = 0, 0
        for last, size in enumerate(sizes, start=1):
            filled += size
            if filled >= settings.checkpoint_texts or last == len(units):
                part_keys, vectors = _compute(units[first:last], embedder, settings, pooled)
                fresh = [i for i, key in enumerate(part_keys) if key not in done]
                save_partial(settings.index_dir, embedder.model_hash, [part_keys[i] for i in fresh], vectors[fresh])
                for i in fresh:
                    rows.place(part_keys[i], vectors[i])
                    done.add(part_keys[i])
                bar.update(len(fresh))
                first, filled = last, 0
    chunk_vectors = rows.chunk_vectors
    if composed:
        chunk_vectors = compose_chunk_vectors(chunks, rows.sentence_vectors, [s.tokens for s in sentences])
    manifest = wanted_manifest(_files(documents), embedder, settings)
    store = IndexStore(manifest, chunks, sentences, chunk_vectors, rows.sentence_vectors, list(documents))
    return store, todo, len(set(keys)) - todo


class VectorRows:
    """The chunk and sentence vector matrices of a build, filled by text key (a text may fill several rows)."""

    def __init__(self, chunk_count: int, sentence_count: int, dimension: int, keys: list[str]):
        self.chunk_vectors = np.zeros((chunk_count, dimension), dtype=np.float32)
        self.sentence_vectors = np.zeros((sentence_count, dimension), dtype=np.float32)
        self._rows: dict[str, list[int]] = {}
        for row, key in enumerate(keys):  # chunks first, then sentences
            self._rows.setdefault(key, []).append(row)

    def keys(self):
        """The distinct text keys."""
        return self._rows.keys()

    def place(self, key: str, vector: np.ndarray) -> None:
        """Put `vector` in every row of `key`."""
        rows = np.array(self._rows[key])
        chunk_count = len(self.chunk_vectors)
        self.chunk_vectors[rows[rows < chunk_count]] = vector
        self.sentence_vectors[rows[rows >= chunk_count] - chunk_count] = vector


def compose_chunk_vectors(chunks: list[Chunk], sentence_vectors: np.ndarray, sentence_tokens: list[int]) -> np.ndarray:
    """Chunk vectors made from their sentences' unit vectors (`vectors="composed"`): the mean weighted by the square
    root of each sentence's token count, scaled to unit length. On SciFact this ranks better than a plain mean or a
    mean weighted by token counts (README, "Index vectors")."""
    weights = np.sqrt(np.asarray(sentence_tokens, dtype=np.float32))
    out = np.zeros((len(chunks), sentence_vectors.shape[1]), dtype=np.float32)
    for i, chunk in enumerate(chunks):
        part = slice(chunk.sentence_start, chunk.sentence_stop)
        out[i] = weights[part] @ sentence_vectors[part]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def sentence_owners(chunks: list[Chunk], sentence_count: int) -> np.ndarray:
    """For each sentence id, the first chunk that holds it (overlap puts a sentence in two chunks)."""
    owner = np.full(sentence_count, -1, dtype=np.int64)
    for i in range(len(chunks) - 1, -1, -1):
        owner[chunks[i].sentence_start:chunks[i].sentence_stop] = i
    return owner


def _sentence_keys(chunks: list[Chunk], sentences: list[Sentence], owner: np.ndarray, pooled: bool) -> list[str]:
    """Vector keys of sentences: the text alone when encoded; the owning chunk's text and the span in it when pooled,
    because the vector then depends on the context."""
    if not pooled:
        return [_text_key(s.text) for s in sentences]
    return [_span_key(chunks[owner[i]], s) for i, s in enumerate(sentences)]


def _span_key(chunk: Chunk, sentence: Sentence) -> str:
    return _text_key(f"pooled\0{chunk.text}\0{sentence.start - chunk.start}:{sentence.end - chunk.start}")


def _pending_units(chunks, sentences, owner, chunk_keys, sentence_keys, known, pooled) -> list:
    """What still needs a vector. Encoded: (key, text) pairs, one per distinct text. Pooled: (chunk key, chunk text,
    [(sentence key, span)]) per distinct chunk whose vector or whose sentences' vectors are missing."""
    if not pooled:
        texts = dict(zip(chunk_keys, (c.text for c in chunks)))
        texts.update(zip(sentence_keys, (s.text for s in sentences)))
        return sorted((key, text) for key, text in texts.items() if key not in known)
    units: dict[str, tuple[str, str, dict]] = {}
    for sid, (sentence, key) in enumerate(zip(sentences, sentence_keys)):
        chunk = chunks[owner[sid]]
        if key not in known:
            unit = units.setdefault(chunk_keys[owner[sid]], (chunk_keys[owner[sid]], chunk.text, {}))
            unit[2][key] = (sentence.start - chunk.start, sentence.end - chunk.start)
    for key, chunk in zip(chunk_keys, chunks):
        if key not in known:
            units.setdefault(key, (key, chunk.text, {}))
    return [(key, text, sorted(spans.items())) for key, text, spans in sorted(units.values())]


def _compute(part: list, embedder: Embedder, settings: Settings, pooled: bool) -> tuple[list[str], np.ndarray]:
    """Keys and vectors of one part of the pending units."""
    if not pooled:
        return [key for key, _ in part], embedder.encode([text for _, text in part], settings.encode_batch_size)
    vectors, span_vectors = embedder.encode_spans([text for _, text, _ in part],
                                                  [[span for _, span in spans] for _, _, spans in part],
                                                  settings.encode_batch_size)
    keys = [key for key, _, _ in part] + [key for _, _, spans in part for key, _ in spans]
    return keys, np.concatenate([vectors, *span_vectors]).astype(np.float32)


def open_index(settings: Settings, embedder: Embedder, progress: bool = False,
               documents: list[Document] | None = None) -> tuple[IndexStore, BuildReport]:
    """The index of `documents` (default: those of `settings.corpus_dir`), loaded from `settings.index_dir`,
    rebuilt first when missing or stale."""
    started = time.perf_counter()
    previous, problem = None, None
    try:
        previous = IndexStore.load(settings.index_dir)
    except IndexMissing:
        problem = "no index yet"
    except IndexStoreError as err:
        problem = str(err)
    if documents is None and previous is not None and _corpus_unchanged(previous, settings):
        wanted = wanted_manifest(previous.manifest.files, embedder, settings)
        if not previous.manifest.stale_reasons(wanted):
            return previous, BuildReport(False, (), len(previous.documents), len(previous.chunks),
                                         len(previous.sentences), 0, 0, time.perf_counter() - started)
    if documents is None:
        known = {doc.source: doc for doc in previous.documents} if previous else {}
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
    store.save(settings.index_dir)
    clear_partial(settings.index_dir)
    return store, BuildReport(True, tuple(reasons), len(corpus.documents), len(store.chunks), len(store.sentences),
                              embedded, reused, time.perf_counter() - started, corpus.skipped)


def _remember_file_times(store: IndexStore, corpus: Corpus, settings: Settings) -> IndexStore:
    """Files were read again although their bytes had not changed (a copy or `touch` changes their times): store
    their new times, so the next open does not read them again. Best effort: a read-only index just stays as it is."""
    updated = store.with_documents(list(corpus.documents))
    try:
        updated.save(settings.index_dir)
    except IndexStoreError:
        return store
    return updated


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


def _known_vectors(previous: IndexStore | None, embedder: Embedder) -> dict[str, np.ndarray]:
    if previous is None or previous.manifest.model_hash != embedder.model_hash:
        return {}
    chunking = previous.manifest.chunking
    kind = chunking.get("vectors", chunking.get("sentence_vectors"))  # "sentence_vectors": indexes before "composed"
    pooled = kind == "pooled"
    # Composed chunk vectors are not what encoding the chunk's text gives, so they are never reused as such.
    known = {} if kind == "composed" else dict(zip((_text_key(c.text) for c in previous.chunks),
                                                   previous.chunk_vectors))
    owner = sentence_owners(previous.chunks, len(previous.sentences))
    known.update(zip(_sentence_keys(previous.chunks, previous.sentences, owner, pooled), previous.sentence_vectors))
    return known


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
