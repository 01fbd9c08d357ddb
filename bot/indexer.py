"""Building and refreshing the index from the corpus, re-embedding only texts whose vectors are not known yet."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

import numpy as np
from tqdm import tqdm

from bot.chunking import Chunk, Sentence, chunk_document
from bot.corpus import Corpus, Document, Skipped, load_corpus
from bot.embedding import Embedder
from bot.errors import IndexStoreError
from bot.settings import Settings
from bot.store import IndexMissing, IndexStore, Manifest, clear_partial, load_partial, save_partial

# Bump when split_sentences or chunk_document change what they produce, so old indexes count as stale.
CHUNKER_VERSION = 2


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


def wanted_manifest(documents: list[Document], embedder: Embedder, settings: Settings) -> Manifest:
    """The manifest an up-to-date index of `documents` must have."""
    return Manifest(
        model=embedder.name,
        model_hash=embedder.model_hash,
        dimension=embedder.dimension,
        chunking={"chunker_version": CHUNKER_VERSION, "chunk_tokens": settings.chunk_tokens,
                  "overlap_sentences": settings.overlap_sentences, "max_tokens": embedder.max_tokens},
        files={doc.source: doc.sha256 for doc in documents},
    )


def chunk_corpus(documents: list[Document], embedder: Embedder,
                 settings: Settings) -> tuple[list[Chunk], list[Sentence]]:
    """Sentences and chunks of every document, with global sentence ids."""
    chunks: list[Chunk] = []
    sentences: list[Sentence] = []
    for doc in documents:
        doc_sentences, doc_chunks = chunk_document(
            doc.source, doc.text, embedder.count_tokens, chunk_tokens=settings.chunk_tokens,
            max_tokens=embedder.max_tokens, overlap_sentences=settings.overlap_sentences,
            first_sentence_id=len(sentences), layout=doc.layout)
        sentences.extend(doc_sentences)
        chunks.extend(doc_chunks)
    return chunks, sentences


def build_index(documents: list[Document], embedder: Embedder, settings: Settings,
                previous: IndexStore | None = None, progress: bool = False) -> tuple[IndexStore, int, int]:
    """A new index of `documents`; returns it with the counts of texts embedded and reused.

    Vectors come from the previous index, then from parts an interrupted build left in `.partial/`; the rest are
    embedded in parts of `checkpoint_texts`, each saved as soon as it is done, so an interruption loses one part."""
    chunks, sentences = chunk_corpus(documents, embedder, settings)
    known = _known_vectors(previous, embedder)
    texts = [c.text for c in chunks] + [s.text for s in sentences]
    keys = [_text_key(t) for t in texts]
    missing = sorted({key: text for key, text in zip(keys, texts) if key not in known}.items())
    if missing:
        known.update(load_partial(settings.index_dir, embedder.model_hash, embedder.dimension))
    todo = [(key, text) for key, text in missing if key not in known]
    step = settings.checkpoint_texts
    with tqdm(total=len(todo), desc="Embedding", unit="text", disable=not progress or not todo) as bar:
        for start in range(0, len(todo), step):
            part = todo[start:start + step]
            vectors = embedder.encode([text for _, text in part], batch_size=settings.encode_batch_size)
            save_partial(settings.index_dir, embedder.model_hash, [key for key, _ in part], vectors)
            known.update(zip((key for key, _ in part), vectors))
            bar.update(len(part))
    all_vectors = np.stack([known[key] for key in keys]) if keys else np.zeros((0, embedder.dimension), np.float32)
    manifest = wanted_manifest(documents, embedder, settings)
    store = IndexStore(manifest, chunks, sentences, all_vectors[:len(chunks)], all_vectors[len(chunks):],
                       list(documents))
    return store, len(todo), len(set(keys)) - len(todo)


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
    if documents is None:
        known = {doc.source: doc for doc in previous.documents} if previous else {}
        corpus = load_corpus(settings.corpus_dir, known, settings.max_document_mb * 1_000_000)
    else:
        corpus = Corpus(tuple(documents))
    wanted = wanted_manifest(list(corpus.documents), embedder, settings)
    reasons = [problem] if problem else previous.manifest.stale_reasons(wanted)
    if not reasons:
        if documents is None and any(previous.document(d.source) is not d for d in corpus.documents):
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


def _known_vectors(previous: IndexStore | None, embedder: Embedder) -> dict[str, np.ndarray]:
    if previous is None or previous.manifest.model_hash != embedder.model_hash:
        return {}
    known = {}
    for rows, vectors in ((previous.chunks, previous.chunk_vectors), (previous.sentences, previous.sentence_vectors)):
        for row, vector in zip(rows, vectors):
            known[_text_key(row.text)] = vector
    return known


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
