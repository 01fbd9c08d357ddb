import dataclasses
import re

import numpy as np
import pytest

from bot.documents.document import Document
from bot.errors import IndexStoreError
from bot.index.building import write_index
from bot.index.chunking import chunk_document
from bot.index.generation import DATA_FILES, IndexMissing, current_generation, remove_leftovers
from bot.index.store import IndexStore
from tests.support import REPO, small_store, synthetic_manifest


def test_round_trip_keeps_rows_vectors_and_search(tmp_path):
    text = "One here. Two here. Three here."
    sentences, chunks = chunk_document("a.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=4,
                                       max_tokens=10, overlap_sentences=1)
    store = small_store(tmp_path, text=text)
    loaded = IndexStore.load(tmp_path)
    assert list(loaded.chunks) == chunks and list(loaded.sentences) == sentences
    assert loaded.document("a.txt").text == text and loaded.document("a.txt").layout.pages == (0, 10)
    assert list(loaded.documents) == list(store.documents)
    np.testing.assert_array_equal(loaded.chunk_vectors, store.chunk_vectors)
    np.testing.assert_array_equal(loaded.sentence_vectors, store.sentence_vectors)
    scores, ids = loaded.search_chunks(store.chunk_vectors[1:2], 1)
    assert ids[0, 0] == 1 and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert loaded.manifest.chunk_count == len(store.chunks)
    assert set(DATA_FILES) <= set(loaded.manifest.checksums)
    assert set(loaded.manifest.checksums) == {p.name for p in current_generation(tmp_path).iterdir()} - {"manifest.json"}


def test_missing_index_says_how_to_build_it(tmp_path):
    with pytest.raises(IndexMissing, match="python -m bot index"):
        IndexStore.load(tmp_path)


def bit_flipped(data: bytes) -> bytes:
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    return bytes(flipped)


@pytest.mark.parametrize("damage", [bit_flipped, lambda data: data[:len(data) // 2], lambda data: bytes(len(data))],
                         ids=["bit-flipped", "truncated", "zeroed"])
@pytest.mark.parametrize("name", ["documents.jsonl", "chunks.faiss", "chunks.jsonl", "sentences.npy",
                                  "sentences.jsonl", "rows.npz", "columns.npz", "chunks.bm25.data.npy",
                                  "documents.bm25.vocab.json"])
def test_a_changed_data_file_is_detected_before_loading(tmp_path, name, damage):
    small_store(tmp_path)
    path = current_generation(tmp_path) / name
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(IndexStoreError, match=f"{name} .*checksum"):
        IndexStore.load(tmp_path)


def test_saving_again_swaps_generations_and_removes_the_old_and_leftovers(tmp_path):
    small_store(tmp_path)
    first = current_generation(tmp_path)
    (tmp_path / ".tmp-crashed").mkdir()
    second = small_store(tmp_path, text="Another one. Here too.").folder
    assert current_generation(tmp_path) == second != first
    assert not first.exists() and not (tmp_path / ".tmp-crashed").exists()
    assert IndexStore.load(tmp_path).chunks[0].text.startswith("Another")


def test_a_failed_write_leaves_the_previous_index_whole(tmp_path, monkeypatch):
    small_store(tmp_path)
    before = {p.name: p.read_bytes() for p in current_generation(tmp_path).iterdir()}
    import bot.index.generation as generation_module

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(generation_module.os, "rename", full_disk)  # as the new generation is made current
    with pytest.raises(IndexStoreError, match="No space left on device.*previous index is untouched"):
        small_store(tmp_path, text="New text. Here.")
    after = {p.name: p.read_bytes() for p in current_generation(tmp_path).iterdir()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_leftover_cleanup_keeps_the_live_generation(tmp_path):
    generation = small_store(tmp_path).folder
    remove_leftovers(tmp_path)
    assert generation.exists()


def test_stale_reasons_name_what_changed(tmp_path):
    base = small_store(tmp_path).manifest
    changed = dataclasses.replace(synthetic_manifest(8, {"a.txt": "abd", "b.txt": "x"}, chunk_tokens=5),
                                  model_hash="other")
    reasons = " ".join(base.stale_reasons(changed))
    assert "model changed" in reasons and "chunking" in reasons and "a.txt, b.txt" in reasons
    assert base.stale_reasons(base) == []


def test_no_pickle_style_loading_anywhere_in_the_code():
    pattern = re.compile(r"import pickle|pickle\.(load|dump)|torch\.load|allow_dangerous_deserialization|joblib\.load"
                         r"|allow_pickle\s*=\s*True")
    offenders = [str(p) for p in [*REPO.glob("bot/**/*.py"), REPO / "app.py", *REPO.glob("bench/**/*.py")]
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


class _Trap:
    """Unpickling this creates a marker file, so a test can tell whether anything loaded it."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_pickle_dropped_into_the_index_is_never_loaded(tmp_path):
    import pickle

    index = tmp_path / "index"
    small_store(index)
    marker = tmp_path / "unpickled"
    for folder in (index, current_generation(index)):
        for name in ("index.pkl", "chunks.pkl", "store.pickle"):
            (folder / name).write_bytes(pickle.dumps(_Trap(marker)))
    IndexStore.load(index)
    small_store(index, text="Rebuilt. Again.")
    IndexStore.load(index)
    assert not marker.exists()


def test_large_indexes_switch_to_an_inverted_file_index_recorded_in_the_manifest(tmp_path, monkeypatch):
    import bot.index.dense as dense_module
    monkeypatch.setattr(dense_module, "EXACT_LIMIT", 3000)
    rng = np.random.default_rng(1)
    centers = rng.normal(size=(40, 16)).astype(np.float32)
    vectors = centers[rng.integers(0, 40, 4000)] + 0.3 * rng.normal(size=(4000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    text = " ".join(f"Sentence {i}." for i in range(4000))
    sentences, chunks = chunk_document("a.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=2,
                                       max_tokens=10, overlap_sentences=0)
    assert (len(chunks), len(sentences)) == (4000, 4000)
    manifest = synthetic_manifest(16, {"a.txt": "abc"})
    write_index(tmp_path, manifest, [Document("a.txt", text, "abc")], chunks, sentences, vectors,
                vectors[::-1].copy())
    loaded = IndexStore.load(tmp_path)
    assert re.fullmatch(r"ivf128/\d+", loaded.manifest.chunk_search)
    columns = loaded.columns
    assert columns.chunk_moments.mean == pytest.approx(vectors.mean(axis=0), abs=1e-6)
    assert columns.chunk_moments.cov == pytest.approx(np.cov(vectors, rowvar=False, bias=True), abs=1e-6)
    np.testing.assert_array_equal(loaded.chunk_vectors, vectors)
    np.testing.assert_array_equal(loaded.chunk_rows(np.array([3999, 7])), vectors[[3999, 7]])
    np.testing.assert_array_equal(loaded.sentence_vectors, vectors[::-1])
    queries = vectors[:100]
    _, found = loaded.search_chunks(queries, 10)
    exact = queries @ vectors.T
    truth = np.argsort(-exact, axis=1)[:, :10]
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)])
    assert recall >= 0.95


def test_a_loaded_index_reads_rows_on_demand_and_retrieves_like_the_one_it_saved(tmp_path, monkeypatch):
    import json
    import types

    import bot.index.rows
    from bot import Settings
    from bot.answer.quotes import QuoteChooser
    from bot.answer.retrieval import Retriever

    rng = np.random.default_rng(3)
    words = np.array("magnesium legs sleep night cramp iron trial dose muscle nerve calm rest".split())
    text = " ".join(f"{' '.join(rng.choice(words, 6)).capitalize()} {i}." for i in range(3000))
    sentences, chunks = chunk_document("a.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=14,
                                       max_tokens=20, overlap_sentences=1)
    vectors = rng.normal(size=(len(sentences), 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    chunk_vectors = np.array([vectors[c.sentence_start:c.sentence_stop].mean(axis=0) for c in chunks])
    chunk_vectors /= np.linalg.norm(chunk_vectors, axis=1, keepdims=True)
    manifest = synthetic_manifest(16, {"a.txt": "abc"})
    document = Document("a.txt", text, "abc")
    built = write_index(tmp_path, manifest, [document], chunks, sentences, chunk_vectors, vectors)
    parsed = []
    monkeypatch.setattr(bot.index.rows, "json", types.SimpleNamespace(loads=lambda data: parsed.append(1) or json.loads(data)))
    loaded = IndexStore.load(tmp_path)
    assert parsed == []
    settings = Settings.from_env(environ={})
    question, query = "magnesium at night for legs", vectors[1234] + 0.3 * vectors[77]
    query /= np.linalg.norm(query)
    loaded_hits = Retriever(loaded, settings).search_batch([question], query[None, :], limit=5)[0]
    assert len(parsed) == 5  # only the hits returned are read
    parsed.clear()
    QuoteChooser(loaded, settings).candidates(question, loaded_hits, query)
    assert 0 < len(parsed) <= settings.candidate_chunks * 20
    assert loaded.sentences[-1] == sentences[-1] and loaded.chunks[-3:] == chunks[-3:]
    built_hits = Retriever(built, settings).search_batch([question], query[None, :], limit=5)[0]
    assert [(h.chunk, round(h.score, 4)) for h in loaded_hits] == [(h.chunk, round(h.score, 4)) for h in built_hits]
    assert isinstance(loaded.sentence_vectors, np.memmap)


def test_an_index_written_from_memory_keys_its_sentences_as_its_recipe_does(tmp_path):
    from bot.index.building import sentence_owners
    from bot.index.generation import read_keys
    from bot.index.vectors import RECIPES
    from tests.support import unit_vectors

    text = "One here. Two here. Three here."
    sentences, chunks = chunk_document("a.txt", text, lambda ts: [len(t.split()) for t in ts], chunk_tokens=4,
                                       max_tokens=10, overlap_sentences=1)
    owner = sentence_owners(chunks, len(sentences))
    for kind in ("encoded", "pooled"):
        manifest = synthetic_manifest(8, {"a.txt": "abc"})
        manifest = dataclasses.replace(manifest, chunking=dataclasses.replace(manifest.chunking, vectors=kind))
        store = write_index(tmp_path / kind, manifest, [Document("a.txt", text, "abc")], chunks, sentences,
                            unit_vectors(len(chunks), 8), unit_vectors(len(sentences), 8, seed=1))
        keys = read_keys(store.folder, len(chunks) + len(sentences))
        wanted = b"".join(RECIPES[kind].sentence_key(chunks[owner[i]], s) for i, s in enumerate(sentences))
        assert keys[len(chunks):].tobytes() == wanted
