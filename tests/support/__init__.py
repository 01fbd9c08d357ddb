"""What the tests import: paths, checks and small builders (pytest fixtures live in tests/conftest.py; documents of
every format in tests/support/documents.py)."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np

from bot import Settings
from bot.documents.document import Document, Heading, Layout
from bot.index.building import write_index
from bot.index.chunking import chunk_document
from bot.index.generation import Chunking, Manifest
from bot.index.store import IndexStore

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "corpus" / "restless-legs-magnesium.txt"
SHARED = REPO.parent / "shared"
SEED_FILES = {SEED.name: SEED.read_bytes()}


def write_files(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` ({relative path: text or bytes}, text as UTF-8) into `folder`, making folders as needed."""
    for name, content in files.items():
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return Path(folder)


def open_bot(root: Path, files: dict[str, str | bytes], embedder, **settings):
    """A Bot over `root`/corpus with its index in `root`/index, after writing `files` into the corpus; `settings`
    override the defaults (environment variables are ignored). Opening again over the same root reuses the index."""
    from bot.answer.engine import Bot

    corpus = write_files(Path(root) / "corpus", files)
    return Bot.open(Settings.from_env(environ={}, corpus_dir=corpus, index_dir=Path(root) / "index", **settings),
                    embedder=embedder)


def assert_same_vectors(actual, desired) -> None:
    """Row by row the same vectors, up to the rounding of a bfloat16 pass: document texts encoded in other batches
    come out within a cosine of 0.9999 (different texts are far below it)."""
    assert actual.shape == desired.shape
    cosines = np.sum(np.asarray(actual) * np.asarray(desired), axis=1)
    assert cosines.min() > 0.9999, f"row {int(cosines.argmin())} has cosine {cosines.min():.6f}"


def unit_vectors(rows: int, dimension: int, seed: int = 0) -> np.ndarray:
    """`rows` random vectors of length 1, the same for the same seed."""
    vectors = np.random.default_rng(seed).normal(size=(rows, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def read_source(corpus_dir: Path, source: str) -> str:
    """A corpus file as the quote invariant promises: read as UTF-8 text."""
    return (Path(corpus_dir) / source).read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def status_of(request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def synthetic_manifest(dimension: int, files: dict, chunk_tokens: int = 4) -> Manifest:
    """The manifest of rows and vectors made by a test rather than by the model."""
    return Manifest(model="m", model_hash="h", dimension=dimension, files=files,
                    chunking=Chunking(chunker_version=0, extractor_version=0, chunk_tokens=chunk_tokens,
                                      overlap_sentences=1, max_tokens=10, vectors="encoded"))


def small_store(index_dir, dimension=8, text="One here. Two here. Three here.") -> IndexStore:
    """An index over one short document with random unit vectors, written into `index_dir`: no model needed."""
    sentences, chunks = chunk_document("a.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=4,
                                       max_tokens=10, overlap_sentences=1)
    rng = np.random.default_rng(0)

    def unit(n):
        v = rng.normal(size=(n, dimension)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    document = Document("a.txt", text, "abc", kind="pdf", size=3, mtime_ns=7,
                        layout=Layout(pages=(0, 10), headings=(Heading(0, 1, "One"),), has_lines=False))
    return write_index(index_dir, synthetic_manifest(dimension, {"a.txt": "abc"}), [document], chunks, sentences,
                       unit(len(chunks)), unit(len(sentences)))
