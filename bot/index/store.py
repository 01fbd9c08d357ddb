"""The index on disk: the only module that imports faiss.

Layout of an index folder::

    CURRENT              name of the live generation folder, replaced atomically
    gen-<id>/manifest.json, documents.jsonl, chunks.jsonl, sentences.jsonl, rows.npz, chunks.faiss, sentences.npy,
             columns.npz, chunks.bm25.*, documents.bm25.*, keys.npy (written by `bot.index.building`)

`.partial/` holds vectors embedded by a build that has not finished yet (NumPy `.npy` without pickle, plus a JSON
list of text keys per part), so an interrupted build resumes instead of starting over.

`documents.jsonl` holds each document's text (extracted, for PDF, HTML and Word) and layout: every quote's offsets
point into it. A loaded index reads its documents, chunks and sentences one row at a time from the JSON Lines files
(`rows.npz` says where each row starts) and memory-maps its sentence vectors and BM25 arrays, so a large index does
not hold its texts in memory; `columns.npz` holds what retrieval needs of every row (see `bot.index.columns`).

A build (`bot.index.building`, or `IndexStore.save`) writes a hidden temporary folder, then `commit` renames it to a
generation folder and swaps CURRENT, so a reader always sees either the old index or the new one, whole. FAISS's own
format, NumPy arrays and JSON only: no pickle.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import re
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import faiss
import numpy as np

from bot.documents.document import Document, Heading, Layout
from bot.errors import IndexStoreError
from bot.index.chunking import Chunk, Sentence
from bot.index.columns import Columns
from bot.index.lexical import LexicalIndex
from bot.index.rows import JsonlRows, write_jsonl
from bot.index.vectorfile import ArrayVectors, SelectedRows, VectorFile

FORMAT_VERSION = 3
POINTER = "CURRENT"
ROW_FILES = ("documents.jsonl", "chunks.jsonl", "sentences.jsonl")
DATA_FILES = (*ROW_FILES, "rows.npz", "chunks.faiss", "sentences.npy", "columns.npz", "chunks.bm25.params.json",
              "documents.bm25.params.json")
# Versions 1 and 2 kept sentence vectors in sentences.faiss and no columns or BM25 (version 1 had no documents.jsonl).
# Such an index still loads whole, so a rebuild reuses its vectors, then counts as stale.
_DATA_FILES_OF = {1: ("chunks.jsonl", "sentences.jsonl", "chunks.faiss", "sentences.faiss"),
                  2: ("documents.jsonl", "chunks.jsonl", "sentences.jsonl", "chunks.faiss", "sentences.faiss"),
                  3: DATA_FILES}


class IndexMissing(IndexStoreError):
    """There is no index in the folder yet."""


@dataclass(frozen=True)
class Manifest:
    """How an index was built; an index whose manifest differs from the wanted one is stale."""

    model: str
    model_hash: str
    dimension: int
    chunking: dict
    files: dict  # source -> sha256 of its bytes
    chunk_count: int = 0
    sentence_count: int = 0
    checksums: dict = dataclasses.field(default_factory=dict)  # data file -> sha256
    # "chunks" and "sentences" -> "flat" or "ivf<lists>/<probes>"
    index_types: dict = dataclasses.field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    # What the document vectors were computed in ("float32" or "bfloat16"); a record only, not a reason to rebuild:
    # the two give vectors within a cosine of 0.99998, and an index moved to another machine stays usable.
    precision: str = "float32"

    def stale_reasons(self, wanted: "Manifest") -> list[str]:
        """Why this index does not fit `wanted`; empty when it does."""
        reasons = []
        if self.format_version != wanted.format_version:
            reasons.append(f"format version {self.format_version} != {wanted.format_version}")
        if self.model_hash != wanted.model_hash or self.model != wanted.model:
            reasons.append(f"model changed ({self.model} -> {wanted.model})")
        readers = self.chunking.get("extractor_version"), wanted.chunking.get("extractor_version")
        if readers[0] != readers[1]:
            reasons.append(f"document readers changed (version {readers[0]} -> {readers[1]})")
        if {**self.chunking, "extractor_version": None} != {**wanted.chunking, "extractor_version": None}:
            reasons.append("chunking settings changed")
        changed = sorted(set(self.files.items()) ^ set(wanted.files.items()))
        if changed:
            names = sorted({source for source, _ in changed})
            reasons.append(f"corpus changed ({', '.join(names[:5])}{' ...' if len(names) > 5 else ''})")
        return reasons

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2, sort_keys=True, ensure_ascii=False)


class IndexStore:
    """Documents, chunks and sentences with their vectors; inner-product search over chunks (exact, or IVF for large
    indexes: see `search_index`). Sentence vectors are only ever scored for the chunks a question retrieves, so they
    are kept as a plain array, and chunk vectors live only in their FAISS index (no second copy in memory).

    `columns` and the BM25 indexes (`chunk_lexical`, `document_lexical`) are made on first use for a new index and
    loaded with a saved one. `file_times` holds each document's file size and modification time (ns), by source, so
    an unchanged corpus is recognised without reading a document."""

    def __init__(self, manifest: Manifest, chunks: Sequence[Chunk], sentences: Sequence[Sentence],
                 chunk_vectors: np.ndarray | None, sentence_vectors: np.ndarray,
                 documents: Sequence[Document] | None = None, chunk_index=None, columns: Columns | None = None,
                 lexical: tuple[LexicalIndex, LexicalIndex] | None = None,
                 file_times: dict[str, tuple[int, int]] | None = None):
        if chunk_index is None:
            chunk_index = search_index(chunk_vectors, manifest.dimension)
        vector_count = len(chunks) if columns is None else len(columns.vector_chunk)
        if vector_count != chunk_index.ntotal or len(sentences) != len(sentence_vectors):
            raise IndexStoreError("Index rows disagree with their metadata. Delete the index folder and run "
                                  "`python -m bot index` to rebuild it.")
        self.manifest = manifest
        self.documents = documents if documents is not None else []
        if file_times is None:
            file_times = {document.source: (document.size, document.mtime_ns) for document in self.documents}
        self.file_times = file_times
        self._document_position = {source: i for i, source in enumerate(file_times)}
        self.chunks = chunks
        self.sentences = sentences
        self.sentence_vectors = sentence_vectors
        self._chunk_index = chunk_index
        self._columns = columns
        self._lexical = lexical
        self.folder: Path | None = None  # the generation folder it was read from

    def with_documents(self, documents: list[Document]) -> "IndexStore":
        """The same index with other records of the same documents (their file sizes and times)."""
        return IndexStore(self.manifest, self.chunks, self.sentences, None, self.sentence_vectors, documents,
                          self._chunk_index, self._columns, self._lexical)

    def document(self, source: str) -> Document | None:
        """The stored document `source` (its text is what quote offsets point into), or None."""
        position = self._document_position.get(source)
        return None if position is None else self.documents[position]

    def save_file_times(self, index_dir: Path, documents: list[Document]) -> "IndexStore":
        """This index with new file sizes and times for the same documents (`documents`, whose texts are those
        stored), made current as a new generation. Only `documents.jsonl` and `rows.npz` are written: the other
        files are hard links to this generation's (copies where the file system has no links). An index not read
        from disk is saved whole."""
        if self.folder is None:
            updated = self.with_documents(documents)
            updated.save(index_dir)
            return updated
        index_dir = Path(index_dir)
        tmp = new_folder(index_dir)
        kept = {name: digest for name, digest in self.manifest.checksums.items()
                if name not in ("documents.jsonl", "rows.npz", "manifest.json")}
        try:
            for name in kept:
                try:
                    os.link(self.folder / name, tmp / name)
                except OSError:
                    shutil.copyfile(self.folder / name, tmp / name)
            with np.load(self.folder / "rows.npz", allow_pickle=False) as stored:
                offsets = {"chunks": stored["chunks"], "sentences": stored["sentences"]}
            offsets["documents"] = write_jsonl(tmp / "documents.jsonl", (dataclasses.asdict(d) for d in documents))
            write_offsets(tmp, offsets, {d.source: (d.size, d.mtime_ns) for d in documents})
        except (OSError, ValueError, KeyError) as err:
            shutil.rmtree(tmp, ignore_errors=True)
            raise write_error(err, index_dir) from None
        generation, manifest = commit(tmp, index_dir, self.manifest, None, len(self.chunks), len(self.sentences),
                                      kept)
        return _read(generation, manifest, self._chunk_index)

    @property
    def columns(self) -> Columns:
        """What retrieval needs of every chunk and sentence, as arrays."""
        if self._columns is None:
            self._columns = Columns.of(self.chunks, self.sentences, self.chunk_rows, self.sentence_vectors)
        return self._columns

    @property
    def chunk_lexical(self) -> LexicalIndex:
        """BM25 over the chunk texts."""
        return self._lexical_indexes()[0]

    @property
    def document_lexical(self) -> LexicalIndex:
        """BM25 over whole documents, in the order of `columns.chunk_sources`."""
        return self._lexical_indexes()[1]

    def _lexical_indexes(self) -> tuple[LexicalIndex, LexicalIndex]:
        if self._lexical is None:
            position = {str(source): i for i, source in enumerate(self.columns.chunk_sources)}
            by_document: list[list[str]] = [[] for _ in position]
            for sentence in self.sentences:
                if sentence.source in position:
                    by_document[position[sentence.source]].append(sentence.text)
            self._lexical = (LexicalIndex([chunk.text for chunk in self.chunks]),
                             LexicalIndex([" ".join(texts) for texts in by_document]))
        return self._lexical

    @property
    def chunk_vectors(self) -> np.ndarray:
        """All chunk vectors, in chunk order: a fresh copy out of the search index, so keep only what you need."""
        return self.chunk_rows(np.arange(len(self.chunks)))

    def chunk_rows(self, positions: np.ndarray) -> np.ndarray:
        """The vectors of the chunks at `positions` (identical chunks share one vector)."""
        if len(positions) == 0:
            return np.zeros((0, self.manifest.dimension), dtype=np.float32)
        if self._columns is not None:  # without columns yet, every chunk has its own vector (see __init__)
            positions = self._columns.chunk_vector[positions]
        return self._chunk_index.reconstruct_batch(np.ascontiguousarray(positions, dtype=np.int64))

    def centroids(self) -> np.ndarray | None:
        """The centroids of the inverted lists of the chunk index, or None when its search is exact."""
        if index_type(self._chunk_index) == "flat":
            return None
        ivf = faiss.extract_index_ivf(self._chunk_index)
        return ivf.quantizer.reconstruct_n(0, ivf.nlist)

    def search_chunks(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Cosine scores and chunk positions of the `k` nearest chunks for each query, best first (-1 past the
        end). Of identical chunks, only the first is ever found."""
        scores, found = _search(self._chunk_index, query_vectors, k)
        if self._columns is not None:
            found = np.where(found >= 0, self._columns.vector_chunk[np.maximum(found, 0)], -1)
        return scores, found

    def save(self, index_dir: Path) -> Path:
        """Write this index as a new generation of `index_dir` and make it current; returns its folder."""
        index_dir = Path(index_dir)
        tmp = new_folder(index_dir)
        try:
            offsets = {}
            for name, rows in zip(ROW_FILES, (self.documents, self.chunks, self.sentences)):
                offsets[name.split(".")[0]] = write_jsonl(tmp / name, (dataclasses.asdict(row) for row in rows))
            write_offsets(tmp, offsets, self.file_times)
            with open(tmp / "sentences.npy", "wb") as handle:
                np.save(handle, np.ascontiguousarray(self.sentence_vectors, dtype=np.float32), allow_pickle=False)
            self.columns.save(tmp / "columns.npz")
            self.chunk_lexical.save(tmp, "chunks")
            self.document_lexical.save(tmp, "documents")
        except (OSError, RuntimeError) as err:
            shutil.rmtree(tmp, ignore_errors=True)
            raise write_error(err, index_dir) from None
        generation, self.manifest = commit(tmp, index_dir, self.manifest, self._chunk_index, len(self.chunks),
                                           len(self.sentences))
        return generation

    @classmethod
    def load(cls, index_dir: Path) -> "IndexStore":
        """Load the current generation of `index_dir`, checking the manifest's checksums first."""
        folder = current_generation(index_dir)
        try:
            manifest = Manifest(**json.loads((folder / "manifest.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as err:
            raise _damaged(index_dir, f"manifest unreadable ({err})") from None
        if manifest.format_version not in _DATA_FILES_OF:
            raise _damaged(index_dir, f"format version {manifest.format_version}, expected {FORMAT_VERSION}")
        names = sorted({*_DATA_FILES_OF[manifest.format_version], *manifest.checksums})
        missing = [name for name in names if not (folder / name).is_file()]
        try:
            digests = _sha256_all([folder / name for name in names if name not in missing])
        except OSError as err:
            raise _damaged(index_dir, f"its files cannot be read ({err})") from None
        for name in names:
            if name in missing or digests[folder / name] != manifest.checksums.get(name):
                raise _damaged(index_dir, f"{name} is missing or does not match its checksum")
        try:
            store = _read(folder, manifest) if manifest.format_version >= 3 else _read_whole(folder, manifest)
        except (OSError, ValueError, TypeError, KeyError, RuntimeError) as err:
            raise _damaged(index_dir, str(err)) from None
        if (len(store.chunks), len(store.sentences)) != (manifest.chunk_count, manifest.sentence_count):
            raise _damaged(index_dir, "row counts disagree with the manifest")
        return store


def new_folder(index_dir: Path) -> Path:
    """A hidden temporary folder in `index_dir` to write a generation into, before `commit` makes it current."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp = index_dir / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir()
    except OSError as err:
        raise write_error(err, index_dir) from None
    return tmp


def write_offsets(folder: Path, offsets: dict[str, np.ndarray], file_times: dict[str, tuple[int, int]]) -> None:
    """`rows.npz`: where each row of the JSON Lines files starts, and each document's file size and time."""
    with open(folder / "rows.npz", "wb") as handle:
        np.savez(handle, allow_pickle=False, document_sources=np.array(list(file_times), dtype=str),
                 document_times=np.array(list(file_times.values()), dtype=np.int64).reshape(-1, 2), **offsets)


def commit(tmp: Path, index_dir: Path, manifest: Manifest, chunk_index, chunk_count: int,
           sentence_count: int, known: dict[str, str] | None = None) -> tuple[Path, Manifest]:
    """Write `chunk_index` (unless None: then `tmp` holds it already) and the manifest (with counts and checksums)
    into `tmp`, which holds the other data files, then make it the current generation of `index_dir`; returns the
    generation folder and its manifest. `known` gives the checksums of files linked from a checked generation, so
    they are not read again. On failure `tmp` is removed and the previous index stays current."""
    known = known or {}
    try:
        if chunk_index is not None:
            faiss.write_index(chunk_index, str(tmp / "chunks.faiss"))
        new = [path for path in tmp.iterdir() if path.name not in known]
        checksums = dict(sorted({**{name: known[name] for name in known if (tmp / name).exists()},
                                 **{path.name: digest for path, digest in _sha256_all(new).items()}}.items()))
        manifest = dataclasses.replace(manifest, chunk_count=chunk_count, sentence_count=sentence_count,
                                       checksums=checksums, index_types={"chunks": index_type(chunk_index),
                                                                         "sentences": "flat"},
                                       format_version=FORMAT_VERSION)
        _write_text(tmp / "manifest.json", manifest.to_json())
        _fsync_files(tmp)
        generation = index_dir / f"gen-{uuid.uuid4().hex[:16]}"
        os.rename(tmp, generation)
        _write_text(index_dir / f".{POINTER}.tmp", generation.name + "\n")
        os.replace(index_dir / f".{POINTER}.tmp", index_dir / POINTER)
        _fsync_dir(index_dir)
    except (OSError, RuntimeError) as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise write_error(err, index_dir) from None
    remove_leftovers(index_dir)
    return generation, manifest


def write_error(err: Exception, index_dir: Path) -> IndexStoreError:
    """The error of a failed index write: why, and that the previous index is untouched."""
    return IndexStoreError(f"Could not write the index to {index_dir}: {_reason(err, index_dir)}. "
                           "The previous index is untouched; free disk space or fix permissions, "
                           "then run `python -m bot index` again.")


def read_generation(folder: Path, manifest: Manifest, chunk_index) -> IndexStore:
    """The index in generation `folder` that this process just wrote with `manifest` and `chunk_index` (kept, not
    read again), without checking its checksums."""
    return _read(folder, manifest, chunk_index)


def _read(folder: Path, manifest: Manifest, chunk_index=None) -> IndexStore:
    """An index of the current format, its rows read on demand and its large arrays memory-mapped."""
    with np.load(folder / "rows.npz", allow_pickle=False) as offsets:
        documents = JsonlRows(folder / "documents.jsonl", offsets["documents"], _document)
        chunks = JsonlRows(folder / "chunks.jsonl", offsets["chunks"], lambda row: Chunk(**row))
        sentences = JsonlRows(folder / "sentences.jsonl", offsets["sentences"], lambda row: Sentence(**row))
        file_times = {str(source): (int(size), int(mtime_ns))
                      for source, (size, mtime_ns) in zip(offsets["document_sources"], offsets["document_times"])}
    store = IndexStore(manifest, chunks, sentences, None, np.load(folder / "sentences.npy", mmap_mode="r"),
                       documents, _read_index(folder / "chunks.faiss") if chunk_index is None else chunk_index,
                       Columns.load(folder / "columns.npz"),
                       (LexicalIndex.load(folder, "chunks"), LexicalIndex.load(folder, "documents")), file_times)
    store.folder = folder
    return store


def _read_whole(folder: Path, manifest: Manifest) -> IndexStore:
    """An index of an older format, read whole: only ever loaded to reuse its vectors in a rebuild."""
    documents = ([_document(row) for row in _read_jsonl(folder / "documents.jsonl")]
                 if manifest.format_version >= 2 else [])
    chunks = [Chunk(**row) for row in _read_jsonl(folder / "chunks.jsonl")]
    sentences = [Sentence(**row) for row in _read_jsonl(folder / "sentences.jsonl")]
    return IndexStore(manifest, chunks, sentences, None, _vectors(_read_index(folder / "sentences.faiss")),
                      documents, _read_index(folder / "chunks.faiss"))


def _document(row: dict) -> Document:
    layout = row.pop("layout")
    headings = tuple(Heading(**h) for h in layout["headings"])
    return Document(**row, layout=Layout(tuple(layout["pages"]), headings, layout["has_lines"]))


# Up to this many vectors, search is exact; above it, an inverted-file index finds the nearest far faster.
EXACT_LIMIT = 200_000
PARTIAL = ".partial"


def search_index(vectors, dimension: int, centroids: np.ndarray | None = None):
    """A FAISS index over `vectors` (an array, or a `VectorFile` read a block at a time): exact inner product below
    EXACT_LIMIT rows, else `approximate_index` (with `centroids`, when given, instead of training)."""
    if len(vectors) >= EXACT_LIMIT:
        return approximate_index(vectors, dimension, centroids=centroids)[0]
    return faiss_flat(vectors, dimension)


def approximate_index(vectors, dimension: int, target_recall: float = 0.98, centroids: np.ndarray | None = None):
    """An inverted-file index (IVF: about 4 x sqrt(n) lists, trained on up to 64 vectors a list). The number of
    lists searched a query is the smallest of 8, 16, ... 256 whose recall@10 against exact search reaches
    `target_recall` for 200 of the vectors themselves (as queries, their own match left out; real questions are
    harder, so the bar is above the 0.95 wanted for them: bench/scale.py measures both). Returns the index,
    its type name (`index_type`) and that number of probes. `vectors` is read a block at a time, so the index holds
    the only full copy. `centroids` of the lists (those of the index this one replaces, `IndexStore.centroids`) are
    taken instead of training when there are as many as wanted: a refresh then skips the training, and the number of
    probes is still chosen for the new vectors."""
    data = _readable(vectors)
    lists = 1 << max(int(np.log2(4 * np.sqrt(len(data)))), 4)
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFFlat(quantizer, dimension, lists, faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(0)
    if centroids is not None and centroids.shape == (lists, dimension):
        quantizer.add(np.ascontiguousarray(centroids, dtype=np.float32))
        index.is_trained = True
    else:
        index.train(data.take(np.sort(rng.choice(len(data), min(len(data), 64 * lists), replace=False))))
    _fill_lists(index, data)
    probe_ids = rng.choice(len(data), min(len(data), 200), replace=False)
    probes_vectors = data.take(probe_ids)
    truth = _exact_neighbours(data, probes_vectors, 11)
    for probes in (8, 16, 32, 64, 128, 256):
        index.nprobe = min(probes, lists)
        _, found = index.search(probes_vectors, 11)
        if _recall(found, truth, probe_ids) >= target_recall or probes >= lists:
            break
    index.make_direct_map()  # so rows can be read back by position
    return index, index_type(index), index.nprobe


def _fill_lists(index, data) -> None:
    """Add every row of `data` to the trained IVF-Flat `index`, each inverted list allocated once at its final size.
    (`index.add` grows the lists as vectors come, by doubling: up to twice the vectors' memory while building.)"""
    assign = np.concatenate([np.zeros(0, dtype=np.int64),
                             *(index.quantizer.search(block, 1)[1][:, 0] for _, block in data.blocks())])
    counts = np.bincount(assign, minlength=index.nlist)
    for number, count in enumerate(counts):
        index.invlists.resize(number, int(count))
    filled = np.zeros(index.nlist, dtype=np.int64)
    for start, block in data.blocks():
        order = np.argsort(assign[start:start + len(block)], kind="stable")
        lists, first = np.unique(assign[start:start + len(block)][order], return_index=True)
        for number, a, b in zip(lists, first, np.append(first[1:], len(order))):
            ids = np.ascontiguousarray(start + order[a:b], dtype=np.int64)
            codes = np.ascontiguousarray(block[order[a:b]]).view(np.uint8)  # an IVF-Flat code is the raw vector
            index.invlists.update_entries(int(number), int(filled[number]), int(b - a), faiss.swig_ptr(ids),
                                          faiss.swig_ptr(codes))
            filled[number] += b - a
    index.ntotal = len(data)


def faiss_flat(vectors, dimension: int):
    """An exact inner-product index over `vectors` (an array or a `VectorFile`)."""
    index = faiss.IndexFlatIP(dimension)  # normalized vectors, so inner product is cosine
    for _, block in _readable(vectors).blocks():
        index.add(block)
    return index


def _readable(vectors):
    return vectors if isinstance(vectors, (VectorFile, SelectedRows)) else ArrayVectors(vectors)


def _exact_neighbours(data, queries: np.ndarray, k: int) -> np.ndarray:
    """Positions of the `k` rows of `data` with the highest inner product with each query, best first."""
    heap = faiss.ResultHeap(len(queries), k, keep_max=True)
    for start, block in data.blocks():
        scores, found = _search(faiss_flat(block, block.shape[1]), queries, k)
        heap.add_result(scores, np.where(found >= 0, found + start, -1))
    heap.finalize()
    return heap.I


def _recall(found: np.ndarray, truth: np.ndarray, own: np.ndarray) -> float:
    hits = [len(set([i for i in f if i != o][:10]) & set([i for i in t if i != o][:10])) / 10
            for f, t, o in zip(found, truth, own)]
    return float(np.mean(hits))


def index_type(index) -> str:
    """"flat" for exact search, "ivf<lists>/<probes>" for an inverted-file index."""
    try:
        ivf = faiss.extract_index_ivf(index)
    except RuntimeError:
        return "flat"
    return f"ivf{ivf.nlist}/{ivf.nprobe}"


def save_partial(index_dir: Path, model_hash: str, keys: list[str], vectors: np.ndarray) -> None:
    """Keep vectors of an unfinished build on disk, as one more part; written whole or not at all."""
    folder = Path(index_dir) / PARTIAL / model_hash[:16]
    name = f"part-{uuid.uuid4().hex[:12]}"
    tmp = folder / f".{name}.tmp.npy"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as handle:
            np.save(handle, np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
            handle.flush()
            os.fsync(handle.fileno())
        _write_text(folder / f"{name}.json", json.dumps(keys))
        os.replace(tmp, folder / f"{name}.npy")  # last: a part counts only once its vectors are in place
    except OSError as err:
        tmp.unlink(missing_ok=True)
        (folder / f"{name}.json").unlink(missing_ok=True)
        raise IndexStoreError(f"Could not save embedding progress in {index_dir}: {_reason(err, index_dir)}. The "
                              "previous index is untouched; free disk space or fix permissions, then run "
                              "`python -m bot index` again (finished parts are kept).") from None


def load_partial_parts(index_dir: Path, model_hash: str, dimension: int) -> Iterator[tuple[list[str], np.ndarray]]:
    """The text keys and vectors of each part an interrupted build of the same model left, one part at a time;
    damaged parts are skipped."""
    folder = Path(index_dir) / PARTIAL / model_hash[:16]
    for vectors_path in sorted(folder.glob("part-*.npy")):
        try:
            keys = json.loads(vectors_path.with_suffix(".json").read_text(encoding="utf-8"))
            vectors = np.load(vectors_path, allow_pickle=False)
        except (OSError, ValueError):
            continue
        if (isinstance(keys, list) and vectors.shape == (len(keys), dimension)
                and all(isinstance(key, str) and len(key) == 64 for key in keys)):
            yield keys, vectors


def clear_partial(index_dir: Path) -> None:
    """Forget the vectors of unfinished builds (a finished build holds them all)."""
    shutil.rmtree(Path(index_dir) / PARTIAL, ignore_errors=True)


def _search(index, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    k = min(k, index.ntotal)
    if k == 0:
        empty = np.zeros((len(query_vectors), 0))
        return empty.astype(np.float32), empty.astype(np.int64)
    # A few queries search faster on one thread, and leave no OpenMP workers spinning against the model's threads
    # (the setting is per calling thread, so concurrent requests do not disturb each other).
    faiss.omp_set_num_threads(1 if len(query_vectors) < 8 else os.cpu_count() or 1)
    return index.search(np.ascontiguousarray(query_vectors, dtype=np.float32), k)


def current_generation(index_dir: Path) -> Path:
    """The live generation folder of `index_dir`; IndexMissing when there is none."""
    pointer = Path(index_dir) / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise IndexMissing(f"No index in {index_dir} yet. Run `python -m bot index` to build it.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise _damaged(index_dir, f"{POINTER} unreadable ({err})") from None
    if not name.startswith("gen-") or "/" in name or "\\" in name or not (Path(index_dir) / name).is_dir():
        raise _damaged(index_dir, f"{POINTER} names no generation folder")
    return Path(index_dir) / name


def remove_leftovers(index_dir: Path) -> None:
    """Delete temporary folders and generations other than the current one (left by crashes or older builds)."""
    index_dir = Path(index_dir)
    try:
        live = current_generation(index_dir).name
    except IndexStoreError:
        live = None
    for child in index_dir.iterdir():
        if child.is_dir() and (child.name.startswith(".tmp-") or child.name.startswith("gen-")) and child.name != live:
            shutil.rmtree(child, ignore_errors=True)


def _reason(err: Exception, folder: Path) -> str:
    """Why a write failed, in words: a short write on a full disk says "No space left on device" too."""
    reason = getattr(err, "strerror", None) or str(err)
    # NumPy reports a short write as "N requested and M written", without an errno.
    short_write = re.search(r"\d+ requested and \d+ written", reason) is not None
    try:
        full = (getattr(err, "errno", None) == errno.ENOSPC or short_write
                or shutil.disk_usage(folder).free < 1_000_000)
    except OSError:
        full = False
    if full and "No space left" not in reason:
        reason = f"No space left on device ({reason})"
    return reason


def _damaged(index_dir: Path, why: str) -> IndexStoreError:
    return IndexStoreError(f"The index in {index_dir} is damaged: {why}. Run `python -m bot index` to rebuild it.")


def _read_index(path: Path):
    index = faiss.read_index(str(path))
    if index_type(index) != "flat":
        faiss.extract_index_ivf(index).make_direct_map()  # so rows can be read back by position
    return index


def _vectors(index) -> np.ndarray:
    if index.ntotal == 0:
        return np.zeros((0, index.d), dtype=np.float32)
    return index.reconstruct_n(0, index.ntotal)


def _read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_files(folder: Path) -> None:
    """Flush every file of `folder` to disk, so the generation a pointer names is whole after a crash."""
    for path in folder.iterdir():
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256_all(paths: list[Path]) -> dict[Path, str]:
    """The sha256 of each file, several files at once: hashing releases the GIL, and checking a large index's
    gigabytes on one core would take most of its load time."""
    largest_first = sorted(paths, key=lambda path: -path.stat().st_size)
    with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
        return dict(zip(largest_first, pool.map(_sha256, largest_first)))


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
