"""The index on disk: the one owner of its format. Writers and readers go through the names and functions here.

Layout of an index folder::

    CURRENT              name of the live generation folder, replaced atomically
    .lock                held (`flock`) by the one process writing the folder, which records its pid there
    gen-<id>/            one generation: the files of DATA_FILES and manifest.json
    .tmp-<id>/           a generation being written (removed if the writer dies)
    .partial/<model>/    vectors embedded by a build that has not finished yet, one part at a time

A generation holds:
- `documents.jsonl`, `chunks.jsonl`, `sentences.jsonl`: the rows, one JSON object a line; each document's text
  (extracted, for PDF, HTML and Word) is what every quote's offsets point into;
- `rows.npz`: where each row of those files starts, and each document's file size and modification time;
- `chunks.faiss`: the chunk vectors in FAISS's own format (see `bot.index.dense`);
- `sentences.npy`: the sentence vectors; `keys.npy`: the sha256 key of every chunk text and sentence vector, so a
  rebuild reuses vectors by key;
- `columns.npz`: what retrieval reads of every row (`bot.index.columns`); `chunks.bm25.*`, `documents.bm25.*`: BM25;
- `manifest.json`: how the index was built (`Manifest`), with the sha256 of every other file.

A writer fills a `.tmp-` folder (`new_folder`), then `commit` renames it to a generation and swaps CURRENT, so a
reader always sees the old index or the new one, whole. Only one process writes at a time (`build_lock`): a commit
removes other `.tmp-` folders and `.partial/`, which would otherwise be another build's work in progress. Readers
take no lock. Every file is read only when it is a regular file: a FIFO or a device in its place is reported as
damage, never waited on. FAISS's own format, NumPy arrays and JSON only: no pickle.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from bot.documents.document import Document, Heading, Layout
from bot.errors import IndexStoreError
from bot.index.files import (fsync_dir, fsync_files, lock_holder, lock_taken, open_regular, read_regular, sha256_all,
                             try_lock, unlock, why_write_failed, write_text)
from bot.index.rows import write_jsonl

# Bump when any file's content or name changes; an index of another version is rebuilt.
FORMAT_VERSION = 4
POINTER = "CURRENT"
MANIFEST = "manifest.json"
DOCUMENTS, CHUNKS, SENTENCES = "documents.jsonl", "chunks.jsonl", "sentences.jsonl"
ROW_FILES = (DOCUMENTS, CHUNKS, SENTENCES)
ROWS = "rows.npz"
CHUNK_INDEX = "chunks.faiss"
SENTENCE_VECTORS = "sentences.npy"
# Sentence vectors that rank quotes and gate "not in your documents", where the recipe makes them apart from
# SENTENCE_VECTORS ("contextual": each sentence pooled in its chunk's pass); absent otherwise.
QUOTE_VECTORS = "quotes.npy"
# Chunk text keys, sentence vector keys, then quote vector keys if any: sha256 digests, 32 bytes a row.
KEYS = "keys.npy"
COLUMNS = "columns.npz"
CHUNK_LEXICAL, DOCUMENT_LEXICAL = "chunks", "documents"  # name prefixes of the BM25 files
CHUNK_VECTORS_TMP = "chunk-vectors.tmp"  # chunk vectors while a build writes them; they end up in CHUNK_INDEX


def bm25_files(prefix: str) -> dict[str, str]:
    """The files of one BM25 index (`bot.index.lexical`), by the names bm25s gives its arguments."""
    return {"data_name": f"{prefix}.bm25.data.npy", "indices_name": f"{prefix}.bm25.indices.npy",
            "indptr_name": f"{prefix}.bm25.indptr.npy", "vocab_name": f"{prefix}.bm25.vocab.json",
            "params_name": f"{prefix}.bm25.params.json"}


# Every generation has these; an empty BM25 index is its params file alone.
DATA_FILES = (*ROW_FILES, ROWS, CHUNK_INDEX, SENTENCE_VECTORS, KEYS, COLUMNS,
              *(bm25_files(prefix)["params_name"] for prefix in (CHUNK_LEXICAL, DOCUMENT_LEXICAL)))
KEY = np.dtype("V32")
PARTIAL = ".partial"
LOCK = ".lock"
POINTER_BYTES = 4096  # CURRENT holds one folder name: anything longer is not a pointer

log = logging.getLogger(__name__)


class IndexMissing(IndexStoreError):
    """There is no index in the folder yet."""


class FormatChanged(IndexStoreError):
    """The index was written in another format version: it is rebuilt, not read."""


@dataclass(frozen=True)
class Chunking:
    """How the documents were cut into rows and which vectors were made of them; any change means a rebuild."""

    chunker_version: int
    extractor_version: int
    chunk_tokens: int
    overlap_sentences: int
    max_tokens: int
    vectors: str  # "encoded", "pooled" or "composed" (`bot.index.vectors`)


@dataclass(frozen=True)
class Manifest:
    """How an index was built; an index whose manifest differs from the wanted one is stale."""

    model: str
    model_hash: str
    dimension: int
    chunking: Chunking
    files: dict[str, str]  # source -> sha256 of its bytes
    chunk_count: int = 0
    sentence_count: int = 0
    checksums: dict[str, str] = dataclasses.field(default_factory=dict)  # data file -> sha256
    chunk_search: str = "flat"  # "flat", or "ivf<lists>/<probes>" for an inverted-file index
    format_version: int = FORMAT_VERSION
    # What the document vectors were computed in ("float32" or "bfloat16"); a record only, not a reason to rebuild:
    # the two give vectors within rounding of each other, and an index moved to another machine stays usable.
    precision: str = "float32"

    def stale_reasons(self, wanted: "Manifest") -> list[str]:
        """Why this index does not fit `wanted`; empty when it does."""
        reasons = []
        if self.format_version != wanted.format_version:
            reasons.append(f"index format changed (version {self.format_version} -> {wanted.format_version})")
        if self.model_hash != wanted.model_hash or self.model != wanted.model:
            reasons.append(f"model changed ({self.model} -> {wanted.model})")
        readers = self.chunking.extractor_version, wanted.chunking.extractor_version
        if readers[0] != readers[1]:
            reasons.append(f"document readers changed (version {readers[0]} -> {readers[1]})")
        if (dataclasses.replace(self.chunking, extractor_version=0)
                != dataclasses.replace(wanted.chunking, extractor_version=0)):
            reasons.append("chunking settings changed")
        changed = sorted(set(self.files.items()) ^ set(wanted.files.items()))
        if changed:
            names = sorted({source for source, _ in changed})
            reasons.append(f"corpus changed ({', '.join(names[:5])}{' ...' if len(names) > 5 else ''})")
        return reasons

    def to_json(self) -> str:
        """The manifest as `manifest.json` holds it."""
        return json.dumps(dataclasses.asdict(self), indent=2, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        """The manifest `to_json` wrote; FormatChanged for another format version, ValueError or TypeError when
        it is malformed."""
        fields = json.loads(text)
        if not isinstance(fields, dict):
            raise ValueError("not a JSON object")
        version = fields.get("format_version")
        if isinstance(version, int) and version != FORMAT_VERSION:
            raise FormatChanged(f"index format changed (version {version} -> {FORMAT_VERSION})")
        return cls(**{**fields, "chunking": Chunking(**fields["chunking"])})


def document_row(document: Document) -> dict:
    """A document as a row of `documents.jsonl`."""
    return dataclasses.asdict(document)


def read_document(row: dict) -> Document:
    """The document of a row of `documents.jsonl`."""
    layout = row.pop("layout")
    headings = tuple(Heading(**h) for h in layout["headings"])
    ocr = tuple((a, b) for a, b in layout.get("ocr", ()))
    return Document(**row, layout=Layout(tuple(layout["pages"]), headings, layout["has_lines"], ocr))


def new_folder(index_dir: Path) -> Path:
    """A hidden temporary folder in `index_dir` to write a generation into, before `commit` makes it current."""
    index_dir = Path(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp = index_dir / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir()
    except OSError as err:
        raise write_error(err, index_dir) from None
    return tmp


def write_offsets(folder: Path, offsets: dict[str, np.ndarray], file_times: dict[str, tuple[int, int]]) -> None:
    """`rows.npz`: where each row of the JSON Lines files starts (by file stem), and each document's file size and
    time."""
    with open(folder / ROWS, "wb") as handle:
        np.savez(handle, allow_pickle=False, document_sources=np.array(list(file_times), dtype=str),
                 document_times=np.array(list(file_times.values()), dtype=np.int64).reshape(-1, 2), **offsets)


def read_offsets(folder: Path) -> tuple[dict[str, np.ndarray], dict[str, tuple[int, int]]]:
    """What `write_offsets` wrote: row offsets by file stem, and each document's (size, mtime_ns) by source."""
    with np.load(folder / ROWS, allow_pickle=False) as stored:
        offsets = {stem: stored[stem] for stem in ("documents", "chunks", "sentences")}
        file_times = {str(source): (int(size), int(mtime_ns))
                      for source, (size, mtime_ns) in zip(stored["document_sources"], stored["document_times"])}
    return offsets, file_times


def write_keys(folder: Path, chunk_keys: np.ndarray, sentence_keys: np.ndarray,
               quote_keys: np.ndarray | None = None) -> None:
    """`keys.npy`: the key of every chunk's text, then of every sentence's vector, then of every sentence's quote
    vector when the index has them (`QUOTE_VECTORS`)."""
    parts = [chunk_keys, sentence_keys] + ([quote_keys] if quote_keys is not None else [])
    with open(folder / KEYS, "wb") as handle:
        np.save(handle, np.concatenate(parts).astype(KEY), allow_pickle=False)


def read_keys(folder: Path, rows: int) -> np.ndarray:
    """The keys `write_keys` wrote into the generation `folder`, which has `rows` keyed rows (chunks, sentences and
    any quote rows)."""
    keys = np.load(folder / KEYS, allow_pickle=False)
    if keys.dtype != KEY or len(keys) != rows:
        raise IndexStoreError(f"{folder / KEYS} does not hold a key for every row. Run `python -m bot index` "
                              "to rebuild the index.")
    return keys


def link_files(source: Path, target: Path, names) -> None:
    """Hard links in `target` to the files `names` of `source` (copies where the file system has no links)."""
    for name in names:
        try:
            os.link(source / name, target / name)
        except OSError:
            shutil.copyfile(source / name, target / name)


def commit(tmp: Path, index_dir: Path, manifest: Manifest, known: dict[str, str] | None = None) -> tuple[Path,
                                                                                                     Manifest]:
    """Record the checksums of every file in `tmp` in `manifest` and write it there, then make `tmp` the current
    generation of `index_dir`; returns the generation folder and its manifest. `known` gives the checksums of files
    linked from a checked generation, so they are not read again. On failure `tmp` is removed and the previous index
    stays current."""
    known = known or {}
    index_dir = Path(index_dir)
    try:
        new = [path for path in tmp.iterdir() if path.name not in known]
        checksums = dict(sorted({**{name: known[name] for name in known if (tmp / name).exists()},
                                 **{path.name: digest for path, digest in sha256_all(new).items()}}.items()))
        manifest = dataclasses.replace(manifest, checksums=checksums, format_version=FORMAT_VERSION)
        write_text(tmp / MANIFEST, manifest.to_json())
        fsync_files(tmp)
        generation = index_dir / f"gen-{uuid.uuid4().hex[:16]}"
        os.rename(tmp, generation)
        write_text(index_dir / f".{POINTER}.tmp", generation.name + "\n")
        os.replace(index_dir / f".{POINTER}.tmp", index_dir / POINTER)
        fsync_dir(index_dir)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise write_error(err, index_dir) from None
    remove_leftovers(index_dir)
    return generation, manifest


def relink(folder: Path, index_dir: Path, manifest: Manifest, documents: list[Document]) -> tuple[Path, Manifest]:
    """The generation `folder` again, with `documents` (the same documents: only their file sizes and times
    changed) in place of its own, made current in `index_dir`; returns the new folder and manifest. Only the
    documents' rows and `rows.npz` are written: the other files are hard links to `folder`'s."""
    index_dir = Path(index_dir)
    tmp = new_folder(index_dir)
    kept = {name: digest for name, digest in manifest.checksums.items() if name not in (DOCUMENTS, ROWS, MANIFEST)}
    try:
        link_files(folder, tmp, kept)
        offsets, _ = read_offsets(folder)
        offsets["documents"] = write_jsonl(tmp / DOCUMENTS, map(document_row, documents))
        write_offsets(tmp, offsets, {d.source: (d.size, d.mtime_ns) for d in documents})
    except (OSError, ValueError, KeyError) as err:
        discard(tmp)
        raise write_error(err, index_dir) from None
    return commit(tmp, index_dir, manifest, kept)


def discard(tmp: Path) -> None:
    """Remove a generation that was being written and will not be committed."""
    shutil.rmtree(tmp, ignore_errors=True)


def write_error(err: Exception, index_dir: Path) -> IndexStoreError:
    """The error of a failed index write: why, and that the previous index is untouched."""
    return IndexStoreError(f"Could not write the index to {index_dir}: {why_write_failed(err, index_dir)}. "
                           "The previous index is untouched; free disk space or fix permissions, "
                           "then run `python -m bot index` again.")


def checked_generation(index_dir: Path) -> tuple[Path, Manifest]:
    """The current generation of `index_dir` and its manifest, once every data file matches its checksum;
    IndexMissing, FormatChanged or IndexStoreError (damaged) otherwise."""
    folder = current_generation(index_dir)
    try:
        with open_regular(folder / MANIFEST) as handle:
            manifest = Manifest.from_json(handle.read().decode("utf-8"))
    except FormatChanged:
        raise
    except (OSError, ValueError, TypeError, KeyError) as err:
        raise damaged(index_dir, f"manifest unreadable ({err})") from None
    names = sorted({*DATA_FILES, *manifest.checksums})
    missing = [name for name in names if not (folder / name).is_file()]
    try:
        digests = sha256_all([folder / name for name in names if name not in missing])
    except OSError as err:
        raise damaged(index_dir, f"its files cannot be read ({err})") from None
    for name in names:
        if name in missing or digests[folder / name] != manifest.checksums.get(name):
            raise damaged(index_dir, f"{name} is missing or does not match its checksum")
    return folder, manifest


def damaged(index_dir: Path, why: str) -> IndexStoreError:
    """The error for an index that cannot be read as it is: why, and how to rebuild it."""
    return IndexStoreError(f"The index in {index_dir} is damaged: {why}. Run `python -m bot index` to rebuild it.")


def current_generation(index_dir: Path) -> Path:
    """The live generation folder of `index_dir`; IndexMissing when there is none."""
    pointer = Path(index_dir) / POINTER
    try:
        name = read_regular(pointer, POINTER_BYTES).decode("utf-8").strip()
    except FileNotFoundError:
        raise IndexMissing(f"No index in {index_dir} yet. Run `python -m bot index` to build it.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise damaged(index_dir, f"{POINTER} cannot be read ({getattr(err, 'strerror', None) or err})") from None
    if not name.startswith("gen-") or "/" in name or "\\" in name or not (Path(index_dir) / name).is_dir():
        raise damaged(index_dir, f"{POINTER} names no generation folder")
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
        write_text(folder / f"{name}.json", json.dumps(keys))
        os.replace(tmp, folder / f"{name}.npy")  # last: a part counts only once its vectors are in place
    except OSError as err:
        tmp.unlink(missing_ok=True)
        (folder / f"{name}.json").unlink(missing_ok=True)
        raise IndexStoreError(f"Could not save embedding progress in {index_dir}: "
                              f"{why_write_failed(err, index_dir)}. The previous index is untouched; free disk "
                              "space or fix permissions, then run "
                              "`python -m bot index` again (finished parts are kept).") from None


def load_partial_parts(index_dir: Path, model_hash: str, dimension: int) -> Iterator[tuple[list[str], np.ndarray]]:
    """The text keys and vectors of each part an interrupted build of the same model left, one part at a time;
    damaged parts are skipped."""
    folder = Path(index_dir) / PARTIAL / model_hash[:16]
    for vectors_path in sorted(folder.glob("part-*.npy")):
        try:
            with open_regular(vectors_path.with_suffix(".json")) as handle:
                keys = json.loads(handle.read().decode("utf-8"))
            with open_regular(vectors_path) as handle:
                vectors = np.load(handle, allow_pickle=False)
        except (OSError, ValueError):
            continue
        if (isinstance(keys, list) and vectors.shape == (len(keys), dimension)
                and all(isinstance(key, str) and len(key) == 64 for key in keys)):
            yield keys, vectors


def clear_partial(index_dir: Path) -> None:
    """Forget the vectors of unfinished builds (a finished build holds them all)."""
    shutil.rmtree(Path(index_dir) / PARTIAL, ignore_errors=True)


@dataclass(frozen=True)
class BuildLock:
    """The writer's lock of an index folder as `build_lock` found it: `held` by this process for the block, or by
    another process, `holder` (its pid; None when it could not be read)."""

    held: bool
    holder: int | None = None


@contextmanager
def build_lock(index_dir: Path) -> Iterator[BuildLock]:
    """Make this process the one writer of `index_dir` (builds, refreshes, `.partial/`) for the block, without
    waiting: the BuildLock says whether it is `held`, and when it is not, which process holds it. The lock goes when
    the block ends, or with the process, however it ends. IndexStoreError when the folder cannot be written."""
    index_dir = Path(index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        fd = try_lock(index_dir / LOCK)
    except OSError as err:
        raise write_error(err, index_dir) from None
    if fd is None:
        yield BuildLock(False, lock_holder(index_dir / LOCK))
        return
    try:
        yield BuildLock(True)
    finally:
        unlock(fd)


def build_running(index_dir: Path) -> BuildLock | None:
    """The lock of another process writing `index_dir` now (`holder` is its pid), or None when none is."""
    try:
        taken = lock_taken(Path(index_dir) / LOCK)
    except OSError:  # not a lock anyone could take either
        return None
    return BuildLock(False, lock_holder(Path(index_dir) / LOCK)) if taken else None


def another_build(index_dir: Path, holder: int | None) -> IndexStoreError:
    """The error for a build that cannot start because the process `holder` (a pid, None when unknown) is building
    `index_dir`."""
    pid = f"pid {holder}" if holder else "pid unknown"
    return IndexStoreError(f"Another build of the index in {index_dir} is running ({pid}). Wait for it to finish "
                           "and run the command again, or use another --index folder.")


def wait_for_build(index_dir: Path, deadline: float, poll_seconds: float = 0.25) -> None:
    """Wait until no process is writing `index_dir`, saying so in the log once; IndexStoreError (`another_build`)
    when one still is at `deadline` (a `time.monotonic()` time)."""
    said = False
    while (lock := build_running(index_dir)) is not None:
        if time.monotonic() >= deadline:
            raise another_build(index_dir, lock.holder)
        if not said:
            log.warning("Waiting for another process (pid %s) to finish building the index in %s ...",
                        lock.holder or "unknown", index_dir)
            said = True
        time.sleep(min(poll_seconds, max(0.0, deadline - time.monotonic())))
