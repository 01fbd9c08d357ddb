"""How a build makes an index's vectors, and where each comes from.

The four recipes (`Settings.vectors`) share one interface, `VectorRecipe`:
- "contextual" (the default): as "encoded" for the chunk and sentence vectors retrieval ranks by, plus a sentence's
  vector pooled in its chunk's pass, as "pooled" makes it, which ranks quotes and gates "not in your documents"
  (`generation.QUOTE_VECTORS`): the chunk pass gives both the chunk's vector and its sentences' pooled ones;
- "encoded": the model reads every chunk and, once more, every sentence (two passes, the best document ranking);
- "pooled": the model reads the chunks only; a sentence's vector is the mean of its own tokens in its chunk's pass,
  so it carries the chunk's context;
- "composed": the model reads the sentences only; a chunk's vector is made from its sentences' vectors (the
  fastest build).

A vector is known by the sha256 of what it encodes (its "key"): a chunk's or sentence's text, or for pooled
sentence vectors the owning chunk's text and the span in it. Vectors come from the previous index by key, then from
the parts an interrupted build left (`generation.load_partial_parts`), and the rest are computed in parts of about
`checkpoint_texts`, each saved as soon as it is done, so an interruption loses one part.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from tqdm import tqdm

from bot.errors import IndexStoreError
from bot.index import generation
from bot.index.chunking import Chunk, Sentence
from bot.index.embedding import Embedder
from bot.index.rows import JsonlRows
from bot.index.store import IndexStore
from bot.index.vectorfile import BLOCK, VectorFile
from bot.settings import Settings


def text_key(text: str) -> bytes:
    """The key of a vector of `text`: the sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def span_key(chunk: Chunk, sentence: Sentence) -> bytes:
    """The key of a pooled sentence vector: it depends on the whole chunk the sentence was read in."""
    return text_key(f"pooled\0{chunk.text}\0{sentence.start - chunk.start}:{sentence.end - chunk.start}")


def compose_chunk_vectors(ranges: np.ndarray, sentence_vectors: np.ndarray, sentence_tokens: np.ndarray) -> np.ndarray:
    """Chunk vectors made from their sentences' unit vectors (`vectors="composed"`), one per `[start, stop)` range of
    sentence rows: the mean weighted by the square root of each sentence's token count, scaled to unit length. On
    SciFact this ranks better than a plain mean or a mean weighted by token counts (bench/README.md, "Index
    vectors")."""
    weights = np.sqrt(np.asarray(sentence_tokens, dtype=np.float32))
    out = np.zeros((len(ranges), sentence_vectors.shape[1]), dtype=np.float32)
    for i, (start, stop) in enumerate(ranges):
        out[i] = weights[start:stop] @ sentence_vectors[start:stop]
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class VectorJob:
    """One build's vectors: the keys of its rows, what a recipe reads of them, and the files the vectors go to."""

    chunk_keys: np.ndarray  # V32 per chunk: key of its text
    sentence_keys: np.ndarray  # V32 per sentence: key of its vector (the recipe's `sentence_key`)
    sentence_owner: np.ndarray  # int64 per sentence: the first chunk holding it
    sentence_tokens: np.ndarray  # int64 per sentence
    chunk_sentences: np.ndarray  # int64 (chunks, 2): each chunk's range of sentence rows
    chunk_texts: JsonlRows  # rows of chunks.jsonl, as dicts
    sentence_texts: JsonlRows  # rows of sentences.jsonl, as dicts
    chunk_file: VectorFile
    sentence_file: VectorFile
    embedder: Embedder
    settings: Settings
    progress: bool
    quote_keys: np.ndarray | None = None  # V32 per sentence: key of its quote vector, for a recipe with quotes
    quote_file: VectorFile | None = None


class VectorRecipe:
    """How a build makes its vectors. The base recipe encodes chunks and sentences alike ("encoded"); the others
    override what they do differently."""

    name = "encoded"
    quotes = False  # whether it makes quote vectors apart from the sentence vectors (`generation.QUOTE_VECTORS`)

    def sentence_key(self, chunk: Chunk | None, sentence: Sentence) -> bytes:
        """The key of the vector of `sentence`, read as part of `chunk` (its first chunk, None when no chunk holds
        it)."""
        return text_key(sentence.text)

    def looked_up(self, job: VectorJob) -> tuple[np.ndarray, int]:
        """The keys of the vectors this recipe looks up or computes, chunk rows first, and how many are chunk rows."""
        return np.concatenate([job.chunk_keys, job.sentence_keys]), len(job.chunk_keys)

    def embed(self, job: VectorJob, placement: Placement) -> int:
        """Compute every vector not placed yet; returns how many."""
        chunk_rows = placement.chunk_rows
        return _embed_texts(job, placement, lambda row: (job.chunk_texts[row] if row < chunk_rows
                                                         else job.sentence_texts[row - chunk_rows])["text"])

    def finish(self, job: VectorJob) -> None:
        """Anything made from the placed vectors (nothing, unless overridden)."""


class Pooled(VectorRecipe):
    """One pass over each chunk gives its vector and its sentences' vectors (spans pooled in context)."""

    name = "pooled"

    def sentence_key(self, chunk: Chunk | None, sentence: Sentence) -> bytes:
        return span_key(chunk, sentence)

    def embed(self, job: VectorJob, placement: Placement) -> int:
        return _embed_pooled(job, placement)


class Composed(VectorRecipe):
    """Sentences encoded; chunk vectors composed from them (`compose_chunk_vectors`), so never looked up by key."""

    name = "composed"

    def looked_up(self, job: VectorJob) -> tuple[np.ndarray, int]:
        return job.sentence_keys, 0

    def finish(self, job: VectorJob) -> None:
        """Composed chunk vectors from the sentence vectors, a block of chunks at a time."""
        for start in range(0, len(job.chunk_sentences), BLOCK // 8):
            ranges = job.chunk_sentences[start:start + BLOCK // 8]
            low, high = int(ranges[:, 0].min()), int(ranges[:, 1].max())
            vectors = compose_chunk_vectors(ranges - low, job.sentence_file.rows(low, high),
                                            job.sentence_tokens[low:high])
            job.chunk_file.write(np.arange(start, start + len(ranges)), vectors)


class Contextual(VectorRecipe):
    """Chunks and sentences encoded (retrieval ranks by them), plus each sentence's vector pooled in its chunk's pass
    (quotes are ranked and gated by these): the chunk pass gives the chunk's vector and its sentences' pooled ones,
    so the build costs what "encoded" costs. On SQuAD the pooled vectors put the answering sentence first more often,
    while the encoded ones rank SciFact's documents better (bench/README.md, "Index vectors")."""

    name = "contextual"
    quotes = True

    def quote_key(self, chunk: Chunk | None, sentence: Sentence) -> bytes:
        """The key of the quote vector of `sentence`, pooled in `chunk` (its first chunk)."""
        return span_key(chunk, sentence) if chunk is not None else text_key(sentence.text)


RECIPES = {recipe.name: recipe for recipe in (Contextual(), VectorRecipe(), Pooled(), Composed())}


def recipe_for(embedder: Embedder, settings: Settings) -> VectorRecipe:
    """The recipe a build uses: `settings.vectors`, except that "pooled" and "contextual" need a model that
    mean-pools its tokens and fall back to "encoded" with any other."""
    if settings.vectors in ("pooled", "contextual") and not embedder.pools_spans:
        return RECIPES["encoded"]
    return RECIPES[settings.vectors]


def fill_vectors(recipe: VectorRecipe, job: VectorJob, previous: IndexStore | None) -> tuple[int, int]:
    """Every chunk and sentence vector into its file: reused from the previous index, then from saved parts, then
    computed. Returns the number of vectors computed and of distinct vectors."""
    previous_keys = _previous_keys(previous, job.embedder)  # read once, for each pass
    if recipe.quotes:
        # First the chunk pass, as "pooled" makes it, into the chunk and quote files; then the sentences alone.
        pooled = dataclasses.replace(job, sentence_keys=job.quote_keys, sentence_file=job.quote_file)
        keys, chunk_rows = RECIPES["pooled"].looked_up(pooled)
        in_pass = _fill(pooled, keys, chunk_rows, previous, previous_keys, _embed_pooled)
        alone = _fill(job, job.sentence_keys, 0, previous, previous_keys, lambda job, placement: _embed_texts(
            job, placement, lambda row: job.sentence_texts[row]["text"]))
        return in_pass[0] + alone[0], in_pass[1] + alone[1]
    keys, chunk_rows = recipe.looked_up(job)
    counts = _fill(job, keys, chunk_rows, previous, previous_keys, recipe.embed)
    recipe.finish(job)
    return counts


def _fill(job: VectorJob, keys: np.ndarray, chunk_rows: int, previous: IndexStore | None,
          previous_keys: np.ndarray | None, embed: Callable[[VectorJob, "Placement"], int]) -> tuple[int, int]:
    """The vectors of `keys` (the first `chunk_rows` of them chunk rows, the rest the job's sentence file's rows)
    placed: reused from `previous` (whose rows' keys are `previous_keys`), then from saved parts, then computed by
    `embed`. Returns the numbers computed and distinct."""
    placement = Placement(keys, chunk_rows, job.chunk_file, job.sentence_file)
    if previous_keys is not None:
        _reuse_previous(placement, previous, previous_keys, job.embedder.dimension)
    if not placement.done.all():
        for part_keys, vectors in generation.load_partial_parts(job.settings.index_dir, job.embedder.model_hash,
                                                                job.embedder.dimension):
            found = placement.find(np.frombuffer(b"".join(bytes.fromhex(k) for k in part_keys), dtype=generation.KEY))
            fresh = (found >= 0) & ~placement.done[np.maximum(found, 0)]
            placement.place(found[fresh], vectors[fresh])
    embedded = embed(job, placement)
    return embedded, len(placement.unique)


def previous_centroids(previous: IndexStore | None, embedder: Embedder, recipe: VectorRecipe) -> np.ndarray | None:
    """The list centroids of the previous index, when its chunk vectors are of the same kind and model."""
    if (previous is None or previous.manifest.model_hash != embedder.model_hash
            or previous.manifest.chunking.vectors != recipe.name):
        return None
    return previous.centroids()


class Placement:
    """Where each distinct key's vector goes: every chunk row and sentence row with that key. Rows below
    `chunk_rows` are chunk rows, the rest sentence rows."""

    def __init__(self, keys: np.ndarray, chunk_rows: int, chunk_file: VectorFile, sentence_file: VectorFile):
        self.unique, self.first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        self._order = np.argsort(inverse, kind="stable")
        self._bounds = np.searchsorted(inverse[self._order], np.arange(len(self.unique) + 1))
        self.done = np.zeros(len(self.unique), dtype=bool)
        self.chunk_rows, self._chunk_file, self._sentence_file = chunk_rows, chunk_file, sentence_file

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
        in_chunks = rows < self.chunk_rows
        self._chunk_file.write(rows[in_chunks], vectors[in_chunks])
        self._sentence_file.write(rows[~in_chunks] - self.chunk_rows, vectors[~in_chunks])
        self.done[distinct] = True


def _previous_keys(previous: IndexStore | None, embedder: Embedder) -> np.ndarray | None:
    """The keys of the previous index's rows (chunks, sentences, quote rows), or None when it has nothing to reuse
    (none, another model's, or its keys unreadable)."""
    if previous is None or previous.manifest.model_hash != embedder.model_hash:
        return None
    rows = len(previous.chunks) + len(previous.sentences) * (2 if previous.has_quote_vectors else 1)
    try:
        return generation.read_keys(previous.folder, rows)
    except (OSError, ValueError, IndexStoreError):  # nothing to reuse: every vector is computed again
        return None


def _reuse_previous(placement: Placement, previous: IndexStore, keys: np.ndarray, dimension: int) -> None:
    """Place every vector the previous index holds (its rows' `keys`) under a key this build needs."""
    if not len(placement.unique):
        return
    chunk_count, sentence_count = len(previous.chunks), len(previous.sentences)
    # Composed chunk vectors are not what encoding the chunk's text gives, so they are never reused as such.
    candidates = np.arange(chunk_count if previous.manifest.chunking.vectors == "composed" else 0, len(keys))
    found = placement.find(keys[candidates])
    candidates, found = candidates[found >= 0], found[found >= 0]
    distinct, first = np.unique(found, return_index=True)
    candidates = candidates[first]
    # In the previous index's row order, so that reads and writes run over consecutive rows.
    by_row = np.argsort(candidates, kind="stable")
    distinct, candidates = distinct[by_row], candidates[by_row]
    # Read from their file, not through the memory map, so reading them all does not grow this process's memory.
    sentences = VectorFile.open(Path(previous.sentence_vectors.filename))
    quotes = VectorFile.open(Path(previous.quote_vectors.filename)) if previous.has_quote_vectors else None
    for start in range(0, len(distinct), BLOCK):
        rows = candidates[start:start + BLOCK]
        vectors = np.empty((len(rows), dimension), dtype=np.float32)
        in_chunks, in_quotes = rows < chunk_count, rows >= chunk_count + sentence_count
        in_sentences = ~in_chunks & ~in_quotes
        vectors[in_chunks] = previous.chunk_rows(rows[in_chunks])
        vectors[in_sentences] = sentences.take(rows[in_sentences] - chunk_count)
        if quotes is not None:
            vectors[in_quotes] = quotes.take(rows[in_quotes] - chunk_count - sentence_count)
        placement.place(distinct[start:start + BLOCK], vectors)
    sentences.close()
    if quotes is not None:
        quotes.close()


def _parts(sizes: np.ndarray, limit: int) -> Iterator[tuple[int, int]]:
    """Consecutive [first, last) ranges of units whose sizes add up to about `limit` each."""
    first, filled = 0, 0
    for last, size in enumerate(sizes, start=1):
        filled += int(size)
        if filled >= limit or last == len(sizes):
            yield first, last
            first, filled = last, 0


def _embed_texts(job: "VectorJob", placement: Placement, text_of: Callable[[int], str]) -> int:
    """Encode every distinct text not placed yet, part by part, saving each part; returns how many."""
    pending = np.flatnonzero(~placement.done)
    pending = pending[np.argsort(placement.first[pending], kind="stable")]  # in row order: the files read forwards
    with tqdm(total=len(pending), desc="Embedding", unit="vector", disable=not job.progress or not len(pending)) as bar:
        for first, last in _parts(np.ones(len(pending)), job.settings.checkpoint_texts):
            part = pending[first:last]
            vectors = job.embedder.encode_passages([text_of(int(placement.first[u])) for u in part],
                                                  job.settings.encode_batch_size)
            _save_part(job, placement, part, vectors)
            placement.place(part, vectors)
            bar.update(len(part))
    return len(pending)


def _embed_pooled(job: "VectorJob", placement: Placement) -> int:
    """Pooled: pass each distinct chunk whose vector or whose sentences' vectors are missing through the model once,
    for its vector and its sentences' span vectors; returns the vectors computed."""
    chunk_count, chunk_texts, sentence_texts = len(job.chunk_keys), job.chunk_texts, job.sentence_texts
    chunk_distinct = placement.find(job.chunk_keys)
    pending = np.flatnonzero(~placement.done)
    sentences = placement.first[pending] - chunk_count
    pending_sentences, sentences = pending[sentences >= 0], sentences[sentences >= 0]
    owners = job.sentence_owner[sentences]  # a chunk row holding each pending sentence
    unit_of = chunk_distinct[owners]
    units = np.unique(np.concatenate([unit_of, pending[placement.first[pending] < chunk_count]]))
    units = units[np.argsort(placement.first[units], kind="stable")]
    order = np.argsort(unit_of, kind="stable")
    bounds = np.searchsorted(unit_of[order], units, side="left"), np.searchsorted(unit_of[order], units, side="right")
    sizes = (~placement.done[units]).astype(np.int64) + (bounds[1] - bounds[0])
    todo = int(sizes.sum())
    with tqdm(total=todo, desc="Embedding", unit="vector", disable=not job.progress or not todo) as bar:
        for first, last in _parts(sizes, job.settings.checkpoint_texts):
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
            chunk_vectors, span_vectors = job.embedder.encode_spans(texts, spans, job.settings.encode_batch_size)
            distinct = np.concatenate([units[first:last], np.array(keys, dtype=np.int64)])
            vectors = np.concatenate([chunk_vectors, *span_vectors]).astype(np.float32)
            fresh = ~placement.done[distinct]
            _save_part(job, placement, distinct[fresh], vectors[fresh])
            placement.place(distinct[fresh], vectors[fresh])
            bar.update(int(fresh.sum()))
    return todo


def _save_part(job: VectorJob, placement: Placement, distinct: np.ndarray, vectors: np.ndarray) -> None:
    generation.save_partial(job.settings.index_dir, job.embedder.model_hash,
                            [bytes(placement.unique[u]).hex() for u in distinct], vectors)
