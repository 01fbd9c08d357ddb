"""Writing a new index generation from documents, streamed: rows go to disk as each document is chunked and vectors
go to disk as each part is embedded (`bot.index.vectors`), so a build holds neither its texts nor its vectors in
memory; only the FAISS index of the chunk vectors (what searching the index needs anyway), a few numbers per row and
one part at a time. The files written and their names are those of `bot.index.generation`.
"""

from __future__ import annotations

import dataclasses
from array import array
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np
from tqdm import tqdm

from bot.documents.document import Document
from bot.documents.extraction import EXTRACTOR_VERSION
from bot.index import dense, generation
from bot.index.chunking import Chunk, Sentence, chunk_document, looks_like_heading
from bot.index.columns import Columns
from bot.index.embedding import Embedder
from bot.index.generation import Chunking, Manifest
from bot.index.lexical import LexicalIndex
from bot.index.rows import JsonlRows, JsonlWriter
from bot.index.store import IndexStore
from bot.index.vectorfile import SelectedRows, VectorFile
from bot.index.vectors import RECIPES, VectorJob, VectorRecipe, fill_vectors, previous_centroids, recipe_for, text_key
from bot.settings import Settings

# Bump when split_sentences or chunk_document change what they produce, so old indexes count as stale.
CHUNKER_VERSION = 5


def wanted_chunking(embedder: Embedder, settings: Settings) -> Chunking:
    """How an up-to-date index cuts documents into rows and makes their vectors."""
    return Chunking(chunker_version=CHUNKER_VERSION, extractor_version=EXTRACTOR_VERSION,
                    chunk_tokens=settings.chunk_tokens, overlap_sentences=settings.overlap_sentences,
                    max_tokens=embedder.max_tokens, vectors=recipe_for(embedder, settings).name)


def wanted_manifest(files: dict[str, str], embedder: Embedder, settings: Settings) -> Manifest:
    """The manifest an up-to-date index of the documents `files` (source -> sha256 of its bytes) must have."""
    return Manifest(model=embedder.name, model_hash=embedder.model_hash, dimension=embedder.dimension,
                    chunking=wanted_chunking(embedder, settings), files=files,
                    precision=embedder.passage_precision)


def document_rows(documents: Sequence[Document], embedder: Embedder, settings: Settings, progress: bool = False,
                  previous: IndexStore | None = None) -> Iterator[tuple[Document, list[Sentence], list[Chunk]]]:
    """Each document with its sentences and chunks, sentence ids numbered on across documents. A document that
    `previous` holds with the same bytes and the same chunking is not chunked again: its stored rows are taken,
    renumbered."""
    stored = _stored_rows(previous, wanted_chunking(embedder, settings))
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


def _stored_rows(previous: IndexStore | None, chunking: Chunking) -> Callable[[Document], tuple[range, range] | None]:
    """For a document, the ranges of the chunk and sentence rows `previous` holds of it, when they are what chunking
    it now would give (same bytes, same chunking); else None."""
    if previous is None or previous.manifest.chunking != chunking or not len(previous.chunks):
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


def sentence_owners(chunks: Sequence[Chunk], sentence_count: int, first_sentence: int = 0) -> np.ndarray:
    """For each sentence id from `first_sentence` on, the position in `chunks` of the first chunk that holds it
    (overlap puts a sentence in two chunks)."""
    owner = np.full(sentence_count, -1, dtype=np.int64)
    for i in range(len(chunks) - 1, -1, -1):
        owner[chunks[i].sentence_start - first_sentence:chunks[i].sentence_stop - first_sentence] = i
    return owner


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
    quote_keys: np.ndarray | None  # V32 per sentence: key of its quote vector, for a recipe with quotes
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


def write_rows(folder: Path, documented: Iterable[tuple[Document, list[Sentence], list[Chunk]]],
               recipe: VectorRecipe) -> WrittenRows:
    """Write each document with its sentences and chunks (`document_rows`) into the row files of `folder`, one
    document at a time; sentence keys are `recipe`'s."""
    files = {name.split(".")[0]: JsonlWriter(folder / name) for name in generation.ROW_FILES}
    sources, file_times, hashes = [], {}, {}
    document_sentences, chunk_document, chunk_starts, chunk_sentences = array("q"), array("q"), array("q"), array("q")
    sentence_owner, sentence_tokens, sentence_heading = array("q"), array("q"), array("b")
    chunk_keys, sentence_keys, quote_keys = bytearray(), bytearray(), bytearray()
    chunk_count = sentence_count = 0
    try:
        for doc, doc_sentences, doc_chunks in documented:
            files["documents"].write(generation.document_row(doc))
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
                owning = doc_chunks[own] if doc_chunks else None
                sentence_keys += recipe.sentence_key(owning, sentence)
                if recipe.quotes:
                    quote_keys += recipe.quote_key(owning, sentence)
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
        chunk_keys=np.frombuffer(bytes(chunk_keys), dtype=generation.KEY),
        sentence_keys=np.frombuffer(bytes(sentence_keys), dtype=generation.KEY),
        quote_keys=np.frombuffer(bytes(quote_keys), dtype=generation.KEY) if recipe.quotes else None,
        sentence_owner=np.frombuffer(sentence_owner, dtype=np.int64),
        sentence_tokens=np.frombuffer(sentence_tokens, dtype=np.int64),
        sentence_heading=np.frombuffer(sentence_heading, dtype=np.int8).astype(bool),
        offsets=offsets)


def build_index(documents: Sequence[Document], embedder: Embedder, settings: Settings,
                previous: IndexStore | None = None, progress: bool = False) -> tuple[IndexStore, int, int]:
    """Write a new index of `documents` into `settings.index_dir` and make it current; returns it with the counts of
    vectors computed and reused. The previous index stays current until the new one is whole."""
    recipe = recipe_for(embedder, settings)
    counts = {}

    def write(tmp: Path):
        rows = write_rows(tmp, document_rows(documents, embedder, settings, progress, previous), recipe)
        job = _job(tmp, rows, embedder.dimension, embedder, settings, progress)
        counts["embedded"], counts["distinct"] = fill_vectors(recipe, job, previous)
        chunk_index = _finish(tmp, rows, job, previous_centroids(previous, embedder, recipe))
        return _counted(wanted_manifest(rows.files, embedder, settings), rows, chunk_index), chunk_index

    store = _new_generation(Path(settings.index_dir), write)
    return store, counts["embedded"], counts["distinct"] - counts["embedded"]


def write_index(index_dir: Path, manifest: Manifest, documents: Sequence[Document], chunks: Sequence[Chunk],
                sentences: Sequence[Sentence], chunk_vectors: np.ndarray, sentence_vectors: np.ndarray,
                quote_vectors: np.ndarray | None = None) -> IndexStore:
    """Write an index of rows and vectors already in memory (made elsewhere: tests, synthetic benchmarks) as a new
    generation of `index_dir` and make it current. Chunks and sentences come in document order, sentence ids
    numbered on across documents, as `document_rows` gives them; `manifest` says how they were made. A recipe with
    quote vectors takes `quote_vectors` (by default the sentence vectors)."""
    by_source: dict[str, tuple[list[Sentence], list[Chunk]]] = {d.source: ([], []) for d in documents}
    for sentence in sentences:
        by_source[sentence.source][0].append(sentence)
    for chunk in chunks:
        by_source[chunk.source][1].append(chunk)

    def write(tmp: Path):
        rows = write_rows(tmp, ((d, *by_source[d.source]) for d in documents), RECIPES[manifest.chunking.vectors])
        job = _job(tmp, rows, manifest.dimension)
        job.chunk_file.write(np.arange(len(chunks)), chunk_vectors)
        job.sentence_file.write(np.arange(len(sentences)), sentence_vectors)
        if job.quote_file is not None:
            job.quote_file.write(np.arange(len(sentences)), sentence_vectors if quote_vectors is None
                                 else quote_vectors)
        chunk_index = _finish(tmp, rows, job, None)
        return _counted(manifest, rows, chunk_index), chunk_index

    return _new_generation(Path(index_dir), write)


def _new_generation(index_dir: Path, write: Callable[[Path], tuple[Manifest, object]]) -> IndexStore:
    """Fill a new generation folder with `write(folder)`, which returns the manifest and the chunk index, then make
    it current. On any failure the folder is removed and the previous index stays current."""
    tmp = generation.new_folder(index_dir)
    try:
        manifest, chunk_index = write(tmp)
    except OSError as err:
        generation.discard(tmp)
        raise generation.write_error(err, index_dir) from None
    except BaseException:
        generation.discard(tmp)
        raise
    folder, manifest = generation.commit(tmp, index_dir, manifest)
    return IndexStore.read(folder, manifest, chunk_index)


def _job(tmp: Path, rows: WrittenRows, dimension: int, embedder: Embedder | None = None,
         settings: Settings | None = None, progress: bool = False) -> VectorJob:
    """The vectors of the rows written into `tmp`, in new files there (zeros until placed)."""
    return VectorJob(rows.chunk_keys, rows.sentence_keys, rows.sentence_owner, rows.sentence_tokens,
                     rows.chunk_sentences, JsonlRows(tmp / generation.CHUNKS, rows.offsets["chunks"], dict),
                     JsonlRows(tmp / generation.SENTENCES, rows.offsets["sentences"], dict),
                     VectorFile.create(tmp / generation.CHUNK_VECTORS_TMP, len(rows.chunk_starts), dimension),
                     VectorFile.create(tmp / generation.SENTENCE_VECTORS, len(rows.sentence_keys), dimension),
                     embedder, settings, progress, rows.quote_keys,
                     None if rows.quote_keys is None else VectorFile.create(tmp / generation.QUOTE_VECTORS,
                                                                            len(rows.quote_keys), dimension))


def _counted(manifest: Manifest, rows: WrittenRows, chunk_index) -> Manifest:
    """`manifest` with the generation's row counts and the kind of its chunk search."""
    return dataclasses.replace(manifest, chunk_count=len(rows.chunk_starts), sentence_count=len(rows.sentence_keys),
                               chunk_search=dense.index_type(chunk_index))


def _finish(tmp: Path, rows: WrittenRows, job: VectorJob, centroids: np.ndarray | None):
    """Every data file of a generation from its rows and vectors, but the manifest; returns the chunk index."""
    # BM25 first, the FAISS index last: each holds memory while it is made, and they need not add up.
    LexicalIndex(_Texts(job.chunk_texts)).save(tmp, generation.bm25_files(generation.CHUNK_LEXICAL))
    sources = sorted({rows.sources[i] for i in np.unique(rows.chunk_document)})
    ranges = {source: rows.document_sentences[i] for i, source in enumerate(rows.sources)}
    LexicalIndex(_DocumentTexts(job.sentence_texts, [ranges[source] for source in sources])).save(
        tmp, generation.bm25_files(generation.DOCUMENT_LEXICAL))
    position = {source: i for i, source in enumerate(sources)}
    input_to_sorted = np.array([position.get(source, -1) for source in rows.sources], dtype=np.int64)
    columns = Columns.build(sources, input_to_sorted[rows.chunk_document] if len(rows.chunk_document)
                            else rows.chunk_document, rows.chunk_starts, rows.chunk_sentences, rows.sentence_heading,
                            job.chunk_file.take, job.sentence_file.rows, Columns.shared_vectors(rows.chunk_keys))
    columns.save(tmp / generation.COLUMNS)
    job.sentence_file.close()
    if job.quote_file is not None:
        job.quote_file.close()
    chunk_file = job.chunk_file
    searched = chunk_file if len(columns.vector_chunk) == len(chunk_file) else SelectedRows(chunk_file,
                                                                                            columns.vector_chunk)
    chunk_index = dense.search_index(searched, chunk_file.shape[1], centroids)
    chunk_file.close()
    chunk_file.path.unlink()
    dense.write_index(chunk_index, tmp / generation.CHUNK_INDEX)
    generation.write_keys(tmp, rows.chunk_keys, rows.sentence_keys, rows.quote_keys)
    generation.write_offsets(tmp, rows.offsets, rows.file_times)
    return chunk_index


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
