"""Writing a new index generation from documents, streamed: rows go to disk as each document is chunked and vectors
go to disk as each part is embedded, so a build holds neither its texts nor its vectors in memory; only the FAISS
index of the chunk vectors (what searching the index needs anyway), a few numbers per row and one part at a time.

A vector is known by the sha256 of what it encodes (the "key"): a chunk's or sentence's text, or for pooled
sentence vectors the owning chunk's text and the span in it. Vectors come from the previous index by key, then from
the parts an interrupted build left in `.partial/`, and the rest are computed in parts of about `checkpoint_texts`,
each saved as soon as it is done, so an interruption loses one part.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from array import array
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
from tqdm import tqdm

from bot.documents.document import Document
from bot.documents.extraction import EXTRACTOR_VERSION
from bot.index.chunking import Chunk, Sentence, chunk_document, looks_like_heading
from bot.index.columns import Columns
from bot.index.embedding import Embedder
from bot.index.lexical import LexicalIndex
from bot.index.rows import JsonlRows, JsonlWriter
from bot.index.store import (
    FORMAT_VERSION,
    IndexStore,
    Manifest,
    commit,
    load_partial_parts,
    new_folder,
    read_generation,
    save_partial,
    search_index,
    write_error,
    write_offsets,
)
from bot.index.vectorfile import BLOCK, ArrayVectors, SelectedRows, VectorFile
from bot.settings import Settings

# Bump when split_sentences or chunk_document change what they produce, so old indexes count as stale.
CHUNKER_VERSION = 3
KEYS_FILE = "keys.npy"  # chunk text keys, then sentence vector keys: sha256 digests, 32 bytes a row
_KEY = np.dtype("V32")


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
        chunking={"chunker_version": CHUNKER_VERSION, "extractor_version": EXTRACTOR_VERSION,
                  "chunk_tokens": settings.chunk_tokens,
                  "overlap_sentences": settings.overlap_sentences, "max_tokens": embedder.max_tokens,
                  "vectors": vector_kind(embedder, settings)},
        files=files,
        precision=embedder.passage_precision,
    )


def document_rows(documents: Sequence[Document], embedder: Embedder, settings: Settings, progress: bool = False,
                  previous: IndexStore | None = None) -> Iterator[tuple[Document, list[Sentence], list[Chunk]]]:
    """Each document with its sentences and chunks, sentence ids numbered on across documents. A document that
    `previous` holds with the same bytes and the same chunking is not chunked again: its stored rows are taken,
    renumbered."""
    stored = _stored_rows(previous, wanted_manifest({}, embedder, settings).chunking)
    first_sentence = 0
    for doc in tqdm(documents, desc="Chunking", unit="file", disable=not progress):
        rows = stored(doc)
        if rows is None:
            doc_sentences, doc_chunks = chunk_document(
                doc.source, doc.text, embedder.count_tokens, chunk_tokens=settings.chunk_tokens,
                max_tokens=embedder.max_tokens, overlap_sentences=settings.overlap_sentences,
                first_sentence_id=first_sentence, layout=doc.layout)
        else:
            (chunk_rows, sentence_rows), shift = rows, first_sentence - rows[1].start
            doc_sentences = [previous.sentences[i] for i in sentence_rows]
            doc_chunks = [replace(chunk, sentence_start=chunk.sentence_start + shift,
                                  sentence_stop=chunk.sentence_stop + shift)
                          for chunk in (previous.chunks[i] for i in chunk_rows)]
        first_sentence += len(doc_sentences)
        yield doc, doc_sentences, doc_chunks


def chunk_corpus(documents: Sequence[Document], embedder: Embedder, settings: Settings, progress: bool = False,
                 previous: IndexStore | None = None) -> tuple[list[Chunk], list[Sentence]]:
    """All chunks and sentences of `documents`, in memory (see `document_rows`)."""
    chunks: list[Chunk] = []
    sentences: list[Sentence] = []
    for _, doc_sentences, doc_chunks in document_rows(documents, embedder, settings, progress, previous):
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


def text_key(text: str) -> bytes:
    """The key of a vector of `text`: the sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def span_key(chunk: Chunk, sentence: Sentence) -> bytes:
    """The key of a pooled sentence vector: it depends on the whole chunk the sentence was read in."""
    return text_key(f"pooled\0{chunk.text}\0{sentence.start - chunk.start}:{sentence.end - chunk.start}")


def sentence_owners(chunks: Sequence[Chunk], sentence_count: int, first_sentence: int = 0) -> np.ndarray:
    """For each sentence id from `first_sentence` on, the position in `chunks` of the first chunk that holds it
    (overlap puts a sentence in two chunks)."""
    owner = np.full(sentence_count, -1, dtype=np.int64)
    for i in range(len(chunks) - 1, -1, -1):
        owner[chunks[i].sentence_start - first_sentence:chunks[i].sentence_stop - first_sentence] = i
    return owner


def compose_chunk_vectors(ranges: np.ndarray, sentence_vectors: np.ndarray, sentence_tokens: np.ndarray) -> np.ndarray:
    """Chunk vectors made from their sentences' unit vectors (`vectors="composed"`), one per `[start, stop)` range of
    sentence rows: the mean weighted by the square root of each sentence's token count, scaled to unit length. On
    SciFact this ranks better than a plain mean or a mean weighted by token counts (README, "Index vectors")."""
    weights = np.sqrt(np.asarray(sentence_tokens, dtype=np.float32))
    out = np.zeros((len(ranges), sentence_vectors.shape[1]), dtype=np.float32)
    for i, (start, stop) in enumerate(ranges):
        out[i] = weights[start:stop] @ sentence_vectors[start:stop]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class WrittenRows:
    """What the build keeps of the rows it wrote: a few numbers per row, no text."""

    sources: tuple[str, ...]  # per document, in input order
    file_times: dict  # source -> (size, mtime_ns)
    files: dict  # source -> sha256
    document_sentences: np.ndarray  # int64 (documents, 2): each document's range of sentence ids
    chunk_document: np.ndarray  # int64 per chunk: its document's input position
    chunk_starts: np.ndarray  # int64 per chunk
    chunk_sentences: np.ndarray  # int64 (chunks, 2)
    chunk_keys: np.ndarray  # V32 per chunk: key of its text
    sentence_keys: np.ndarray  # V32 per sentence: key of its vector
    sentence_owner: np.ndarray  # int64 per sentence: the first chunk holding it
    sentence_tokens: np.ndarray  # int64 per sentence
    sentence_heading: np.ndarray  # bool per sentence
    offsets: dict  # row file stem -> offsets of its rows


def _row_dict(row) -> dict:
    """A row as a dict: chunks and sentences are flat, and reading their fields is far faster than `asdict`'s deep
    copy."""
    fields = _FLAT.get(type(row))
    return dataclasses.asdict(row) if fields is None else {name: getattr(row, name) for name in fields}


_FLAT = {kind: tuple(field.name for field in dataclasses.fields(kind)) for kind in (Chunk, Sentence)}


def write_rows(folder: Path, documents: Sequence[Document], embedder: Embedder, settings: Settings,
               previous: IndexStore | None, progress: bool) -> WrittenRows:
    """Chunk `documents` into the row files of `folder`, one document at a time."""
    pooled = vector_kind(embedder, settings) == "pooled"
    files = {stem: JsonlWriter(folder / f"{stem}.jsonl") for stem in ("documents", "chunks", "sentences")}
    sources, file_times, hashes = [], {}, {}
    document_sentences, chunk_document, chunk_starts, chunk_sentences = array("q"), array("q"), array("q"), array("q")
    sentence_owner, sentence_tokens, sentence_heading = array("q"), array("q"), array("b")
    chunk_keys, sentence_keys = bytearray(), bytearray()
    chunk_count = sentence_count = 0
    try:
        for doc, doc_sentences, doc_chunks in document_rows(documents, embedder, settings, progress, previous):
            files["documents"].write(_row_dict(doc))
            sources.append(doc.source)
            file_times[doc.source] = (doc.size, doc.mtime_ns)
            hashes[doc.source] = doc.sha256
            document_sentences.extend((sentence_count, sentence_count + len(doc_sentences)))
            owner = sentence_owners(doc_chunks, len(doc_sentences), sentence_count)
            for chunk in doc_chunks:
                files["chunks"].write(_row_dict(chunk))
                chunk_document.append(len(sources) - 1)
                chunk_starts.append(chunk.start)
                chunk_sentences.extend((chunk.sentence_start, chunk.sentence_stop))
                chunk_keys += text_key(chunk.text)
            for sentence, own in zip(doc_sentences, owner):
                files["sentences"].write(_row_dict(sentence))
                sentence_owner.append(chunk_count + int(own))
                sentence_tokens.append(sentence.tokens)
                sentence_heading.append(looks_like_heading(sentence.text))
                sentence_keys += span_key(doc_chunks[own], sentence) if pooled else text_key(sentence.text)
            chunk_count += len(doc_chunks)
            sentence_count += len(doc_sentences)
    finally:
        offsets = {stem: file.close() for stem, file in files.items()}
    return WrittenRows(
        sources=tuple(sources), file_times=file_times, files=hashes,
        document_sentences=np.frombuffer(document_sentences, dtype=np.int64).reshape(-1, 2),
        chunk_document=np.frombuffer(chunk_document, dtype=np.int64),
        chunk_starts=np.frombuffer(chunk_starts, dtype=np.int64),
        chunk_sentences=np.frombuffer(chunk_sentences, dtype=np.int64).reshape(-1, 2),
        chunk_keys=np.frombuffer(bytes(chunk_keys), dtype=_KEY), sentence_keys=np.frombuffer(bytes(sentence_keys),
                                                                                          dtype=_KEY),
        sentence_owner=np.frombuffer(sentence_owner, dtype=np.int64),
        sentence_tokens=np.frombuffer(sentence_tokens, dtype=np.int64),
        sentence_heading=np.frombuffer(sentence_heading, dtype=np.int8).astype(bool),
        offsets=offsets)


class _Placement:
    """Where each distinct key's vector goes: every chunk row and sentence row with that key."""

    def __init__(self, keys: np.ndarray, chunk_rows: int, chunk_file: VectorFile, sentence_file: VectorFile):
        self.unique, self.first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        self._order = np.argsort(inverse, kind="stable")
        self._bounds = np.searchsorted(inverse[self._order], np.arange(len(self.unique) + 1))
        self.done = np.zeros(len(self.unique), dtype=bool)
        self._chunk_rows, self._chunk_file, self._sentence_file = chunk_rows, chunk_file, sentence_file

    def find(self, keys: np.ndarray) -> np.ndarray:
        """The position of each of `keys` among the distinct keys, or -1."""
        if not len(self.unique):
            return np.full(len(keys), -1, dtype=np.int64)
        position = np.minimum(np.searchsorted(self.unique, keys), len(self.unique) - 1)
        return np.where(self.unique[position] == keys, position, -1)

    def place(self, distinct: np.ndarray, vectors: np.ndarray) -> None:
        """Write `vectors[i]` into every row of distinct key `distinct[i]`."""
        starts, stops = self._bounds[distinct], self._bounds[distinct + 1]
        counts = stops - starts
        at = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        rows, vectors = self._order[at], np.repeat(np.asarray(vectors, dtype=np.float32), counts, axis=0)
        in_chunks = rows < self._chunk_rows
        self._chunk_file.write(rows[in_chunks], vectors[in_chunks])
        self._sentence_file.write(rows[~in_chunks] - self._chunk_rows, vectors[~in_chunks])
        self.done[distinct] = True


def build_index(documents: Sequence[Document], embedder: Embedder, settings: Settings,
                previous: IndexStore | None = None, progress: bool = False) -> tuple[IndexStore, int, int]:
    """Write a new index of `documents` into `settings.index_dir` and make it current; returns it with the counts of
    vectors computed and reused. The previous index stays current until the new one is whole."""
    index_dir = Path(settings.index_dir)
    tmp = new_folder(index_dir)
    try:
        rows, chunk_index, embedded, reused = _write_generation(tmp, documents, embedder, settings, previous,
                                                                progress)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise write_error(err, index_dir) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    manifest = wanted_manifest(rows.files, embedder, settings)
    generation, manifest = commit(tmp, index_dir, manifest, chunk_index, len(rows.chunk_starts),
                                  len(rows.sentence_keys))
    return read_generation(generation, manifest, chunk_index), embedded, reused


def _write_generation(tmp: Path, documents: Sequence[Document], embedder: Embedder, settings: Settings,
                      previous: IndexStore | None, progress: bool):
    """Every data file of a generation but the FAISS index, which is returned (with the rows and the counts of
    vectors computed and reused) for `commit` to write."""
    rows = write_rows(tmp, documents, embedder, settings, previous, progress)
    kind = vector_kind(embedder, settings)
    chunk_file = VectorFile.create(tmp / "chunk-vectors.tmp", len(rows.chunk_starts), embedder.dimension)
    sentence_file = VectorFile.create(tmp / "sentences.npy", len(rows.sentence_keys), embedder.dimension)
    chunk_texts = JsonlRows(tmp / "chunks.jsonl", rows.offsets["chunks"], lambda row: row)
    sentence_texts = JsonlRows(tmp / "sentences.jsonl", rows.offsets["sentences"], lambda row: row)
    embedded, distinct = _fill_vectors(rows, chunk_file, sentence_file, chunk_texts, sentence_texts, embedder,
                                       settings, previous, progress)
    # BM25 first, the FAISS index last: each holds memory while it is made, and they need not add up.
    LexicalIndex(_Texts(chunk_texts)).save(tmp, "chunks")
    sources = sorted({rows.sources[i] for i in np.unique(rows.chunk_document)})
    ranges = {source: rows.document_sentences[i] for i, source in enumerate(rows.sources)}
    LexicalIndex(_DocumentTexts(sentence_texts, [ranges[source] for source in sources])).save(tmp, "documents")
    position = {source: i for i, source in enumerate(sources)}
    input_to_sorted = np.array([position.get(source, -1) for source in rows.sources], dtype=np.int64)
    columns = Columns.build(sources, input_to_sorted[rows.chunk_document] if len(rows.chunk_document)
                            else rows.chunk_document, rows.chunk_starts, rows.chunk_sentences, rows.sentence_heading,
                            chunk_file.take, sentence_file.rows, Columns.shared_vectors(rows.chunk_keys))
    columns.save(tmp / "columns.npz")
    sentence_file.close()
    searched = chunk_file if len(columns.vector_chunk) == len(chunk_file) else SelectedRows(chunk_file,
                                                                                            columns.vector_chunk)
    chunk_index = search_index(searched, embedder.dimension, _previous_centroids(previous, embedder, kind))
    chunk_file.close()
    (tmp / "chunk-vectors.tmp").unlink()
    with open(tmp / KEYS_FILE, "wb") as handle:
        np.save(handle, np.concatenate([rows.chunk_keys, rows.sentence_keys]), allow_pickle=False)
    write_offsets(tmp, rows.offsets, rows.file_times)
    return rows, chunk_index, embedded, distinct - embedded


def _fill_vectors(rows: WrittenRows, chunk_file: VectorFile, sentence_file: VectorFile, chunk_texts: JsonlRows,
                  sentence_texts: JsonlRows, embedder: Embedder, settings: Settings, previous: IndexStore | None,
                  progress: bool) -> tuple[int, int]:
    """Every chunk and sentence vector into its file: reused from the previous index, then from saved parts, then
    computed. Returns the number of vectors computed and of distinct vectors."""
    kind = vector_kind(embedder, settings)
    composed, chunk_count = kind == "composed", len(rows.chunk_starts)
    # Composed chunk vectors are made from their sentences, so only sentence vectors are looked up by key.
    vector_keys = rows.sentence_keys if composed else np.concatenate([rows.chunk_keys, rows.sentence_keys])
    placement = _Placement(vector_keys, 0 if composed else chunk_count, chunk_file, sentence_file)
    _reuse_previous(placement, previous, embedder)
    if not placement.done.all():
        for keys, vectors in load_partial_parts(settings.index_dir, embedder.model_hash, embedder.dimension):
            found = placement.find(np.frombuffer(b"".join(bytes.fromhex(k) for k in keys), dtype=_KEY))
            fresh = (found >= 0) & ~placement.done[np.maximum(found, 0)]
            placement.place(found[fresh], vectors[fresh])
    offset = 0 if composed else chunk_count
    if kind == "pooled":
        embedded = _embed_pooled(placement, rows, chunk_texts, sentence_texts, chunk_count, embedder, settings,
                                 progress)
    else:
        embedded = _embed_texts(placement, lambda row: (chunk_texts[row] if row < offset
                                                        else sentence_texts[row - offset])["text"],
                                embedder, settings, progress)
    if composed:
        _compose(chunk_file, sentence_file, rows)
    return embedded, len(placement.unique)


def _previous_centroids(previous: IndexStore | None, embedder: Embedder, kind: str) -> np.ndarray | None:
    """The list centroids of the previous index, when its chunk vectors are of the same kind and model."""
    if (previous is None or previous.manifest.model_hash != embedder.model_hash
            or previous.manifest.chunking.get("vectors") != kind):
        return None
    return previous.centroids()


class _Texts(Sequence):
    """The texts of JSON Lines rows, read on access."""

    def __init__(self, rows: JsonlRows):
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):
        return self._rows[i]["text"]


class _DocumentTexts(Sequence):
    """Each document's sentences joined, read on access: what document BM25 indexes."""

    def __init__(self, sentences: JsonlRows, ranges: list):
        self._sentences, self._ranges = sentences, ranges

    def __len__(self) -> int:
        return len(self._ranges)

    def __getitem__(self, i):
        start, stop = self._ranges[i]
        return " ".join(self._sentences[j]["text"] for j in range(int(start), int(stop)))


def _reuse_previous(placement: _Placement, previous: IndexStore | None, embedder: Embedder) -> None:
    """Place every vector the previous index holds under a key this build needs."""
    if previous is None or previous.manifest.model_hash != embedder.model_hash or not len(placement.unique):
        return
    chunking = previous.manifest.chunking
    kind = chunking.get("vectors", chunking.get("sentence_vectors"))  # "sentence_vectors": indexes before "composed"
    keys = previous_keys(previous, kind == "pooled")
    chunk_count = len(previous.chunks)
    # Composed chunk vectors are not what encoding the chunk's text gives, so they are never reused as such.
    candidates = np.arange(chunk_count if kind == "composed" else 0, len(keys))
    found = placement.find(keys[candidates])
    candidates, found = candidates[found >= 0], found[found >= 0]
    distinct, first = np.unique(found, return_index=True)
    candidates = candidates[first]
    # In the previous index's row order, so that reads and writes run over consecutive rows.
    by_row = np.argsort(candidates, kind="stable")
    distinct, candidates = distinct[by_row], candidates[by_row]
    sentences = previous_sentence_vectors(previous)
    for start in range(0, len(distinct), BLOCK):
        rows = candidates[start:start + BLOCK]
        vectors = np.empty((len(rows), embedder.dimension), dtype=np.float32)
        in_chunks = rows < chunk_count
        vectors[in_chunks] = previous.chunk_rows(rows[in_chunks])
        vectors[~in_chunks] = sentences.take(rows[~in_chunks] - chunk_count)
        placement.place(distinct[start:start + BLOCK], vectors)


def previous_keys(previous: IndexStore, pooled: bool) -> np.ndarray:
    """The keys of an index's chunk rows then sentence rows: stored with it, or else computed from its rows."""
    folder = previous.folder
    if folder is not None and (folder / KEYS_FILE).is_file():
        keys = np.load(folder / KEYS_FILE, allow_pickle=False)
        if keys.dtype == _KEY and len(keys) == len(previous.chunks) + len(previous.sentences):
            return keys
    chunks = list(previous.chunks)
    keys = bytearray()
    for chunk in chunks:
        keys += text_key(chunk.text)
    owner = sentence_owners(chunks, len(previous.sentences))
    for i, sentence in enumerate(previous.sentences):
        keys += span_key(chunks[owner[i]], sentence) if pooled else text_key(sentence.text)
    return np.frombuffer(bytes(keys), dtype=_KEY)


def previous_sentence_vectors(previous: IndexStore):
    """The previous index's sentence vectors, read from their file when it has one (not through its memory map, so
    reading them all does not grow this process's memory)."""
    vectors = previous.sentence_vectors
    if isinstance(vectors, np.memmap) and vectors.filename:
        return VectorFile.open(Path(vectors.filename))
    return ArrayVectors(vectors)


def _parts(sizes: np.ndarray, limit: int) -> Iterator[tuple[int, int]]:
    """Consecutive [first, last) ranges of units whose sizes add up to about `limit` each."""
    first, filled = 0, 0
    for last, size in enumerate(sizes, start=1):
        filled += int(size)
        if filled >= limit or last == len(sizes):
            yield first, last
            first, filled = last, 0


def _embed_texts(placement: _Placement, text_of: Callable[[int], str], embedder: Embedder, settings: Settings,
                 progress: bool) -> int:
    """Encode every distinct text not placed yet, part by part, saving each part; returns how many."""
    pending = np.flatnonzero(~placement.done)
    pending = pending[np.argsort(placement.first[pending], kind="stable")]  # in row order: the files read forwards
    with tqdm(total=len(pending), desc="Embedding", unit="vector", disable=not progress or not len(pending)) as bar:
        for first, last in _parts(np.ones(len(pending)), settings.checkpoint_texts):
            part = pending[first:last]
            vectors = embedder.encode_passages([text_of(int(placement.first[u])) for u in part],
                                              settings.encode_batch_size)
            _save_part(settings, embedder, placement, part, vectors)
            placement.place(part, vectors)
            bar.update(len(part))
    return len(pending)


def _embed_pooled(placement: _Placement, rows: WrittenRows, chunk_texts: JsonlRows, sentence_texts: JsonlRows,
                  chunk_count: int, embedder: Embedder, settings: Settings, progress: bool) -> int:
    """Pooled: pass each distinct chunk whose vector or whose sentences' vectors are missing through the model once,
    for its vector and its sentences' span vectors; returns the vectors computed."""
    chunk_distinct = placement.find(rows.chunk_keys)
    pending = np.flatnonzero(~placement.done)
    sentences = placement.first[pending] - chunk_count
    pending_sentences, sentences = pending[sentences >= 0], sentences[sentences >= 0]
    owners = rows.sentence_owner[sentences]  # a chunk row holding each pending sentence
    unit_of = chunk_distinct[owners]
    units = np.unique(np.concatenate([unit_of, pending[placement.first[pending] < chunk_count]]))
    units = units[np.argsort(placement.first[units], kind="stable")]
    order = np.argsort(unit_of, kind="stable")
    bounds = np.searchsorted(unit_of[order], units, side="left"), np.searchsorted(unit_of[order], units, side="right")
    sizes = (~placement.done[units]).astype(np.int64) + (bounds[1] - bounds[0])
    todo = int(sizes.sum())
    with tqdm(total=todo, desc="Embedding", unit="vector", disable=not progress or not todo) as bar:
        for first, last in _parts(sizes, settings.checkpoint_texts):
            texts, spans, keys = [], [], []
            for u, a, b in zip(units[first:last], bounds[0][first:last], bounds[1][first:last]):
                texts.append(chunk_texts[int(placement.first[u])]["text"])
                unit_spans = []
                for i in order[a:b]:
                    owner = chunk_texts[int(owners[i])]
                    sentence = sentence_texts[int(sentences[i])]
                    unit_spans.append((sentence["start"] - owner["start"], sentence["end"] - owner["start"]))
                    keys.append(pending_sentences[i])
                spans.append(unit_spans)
            chunk_vectors, span_vectors = embedder.encode_spans(texts, spans, settings.encode_batch_size)
            distinct = np.concatenate([units[first:last], np.array(keys, dtype=np.int64)])
            vectors = np.concatenate([chunk_vectors, *span_vectors]).astype(np.float32)
            fresh = ~placement.done[distinct]
            _save_part(settings, embedder, placement, distinct[fresh], vectors[fresh])
            placement.place(distinct[fresh], vectors[fresh])
            bar.update(int(fresh.sum()))
    return todo


def _save_part(settings: Settings, embedder: Embedder, placement: _Placement, distinct: np.ndarray,
               vectors: np.ndarray) -> None:
    save_partial(settings.index_dir, embedder.model_hash, [bytes(placement.unique[u]).hex() for u in distinct],
                 vectors)


def _compose(chunk_file: VectorFile, sentence_file: VectorFile, rows: WrittenRows) -> None:
    """Composed chunk vectors from the sentence vectors, a block of chunks at a time."""
    for start in range(0, len(rows.chunk_sentences), BLOCK // 8):
        ranges = rows.chunk_sentences[start:start + BLOCK // 8]
        low, high = int(ranges[:, 0].min()), int(ranges[:, 1].max())
        vectors = compose_chunk_vectors(ranges - low, sentence_file.rows(low, high), rows.sentence_tokens[low:high])
        chunk_file.write(np.arange(start, start + len(ranges)), vectors)
