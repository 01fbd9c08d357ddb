"""The streamed build: vectors placed in files, and what it derives from its rows equal to what the rows in memory
give."""

import dataclasses

import faiss
import numpy as np
import pytest

from bot import Settings
from bot.documents.corpus import load_documents
from bot.index.building import previous_keys
from bot.index.columns import Columns
from bot.index.lexical import LexicalIndex
from bot.index.refresh import open_index
from bot.index.store import _search, approximate_index
from bot.index.vectorfile import SelectedRows, VectorFile
from tests.support import unit_vectors


def test_an_inverted_file_index_read_from_a_vector_file_equals_one_built_from_the_array(tmp_path):
    vectors = unit_vectors(3000, 16)
    file = VectorFile.create(tmp_path / "v.npy", 3000, 16)
    file.write(np.arange(3000), vectors)
    from_file, name, probes = approximate_index(file, 16)
    from_array, array_name, array_probes = approximate_index(vectors, 16)
    assert (name, probes) == (array_name, array_probes)
    assert from_file.ntotal == 3000
    for index in (from_file, from_array):
        np.testing.assert_array_equal(index.reconstruct_n(0, 3000), vectors)
    np.testing.assert_array_equal(_search(from_file, vectors[:20], 10)[1], _search(from_array, vectors[:20], 10)[1])
    # Some rows of the file (identical chunks share a vector) make the index those rows alone make.
    rows = np.arange(0, 3000, 3)
    selected, *_ = approximate_index(SelectedRows(file, rows), 16)
    np.testing.assert_array_equal(selected.reconstruct_n(0, len(rows)), vectors[rows])
    np.testing.assert_array_equal(_search(selected, vectors[:20], 10)[1],
                                  _search(approximate_index(vectors[rows], 16)[0], vectors[:20], 10)[1])
    # The same as faiss's own `add` into the same trained lists gives.
    added = faiss.clone_index(from_file)
    added.reset()
    added.add(vectors)
    for queries in (vectors[:50], unit_vectors(50, 16, seed=3)):
        scores, found = _search(from_file, queries, 10)
        added_scores, added_found = _search(added, queries, 10)
        np.testing.assert_array_equal(found, added_found)
        np.testing.assert_array_equal(scores, added_scores)


def test_a_composed_chunk_vector_is_the_unit_mean_of_its_sentences_weighted_by_root_tokens():
    from bot.index.building import compose_chunk_vectors

    sentences = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    vectors = compose_chunk_vectors(np.array([[0, 2], [1, 3]]), sentences, np.array([1, 4, 9]))
    np.testing.assert_allclose(vectors[0], np.array([1, 2, 0]) / np.sqrt(5), rtol=1e-6)
    np.testing.assert_allclose(vectors[1], np.array([0, 2, 3]) / np.sqrt(13), rtol=1e-6)


def test_a_placed_vector_fills_every_row_of_its_text_in_the_chunk_and_sentence_files(tmp_path):
    from bot.index.building import _Placement, text_key
    from bot.index.vectorfile import VectorFile

    # Chunk 0 and sentence 1 share a text (a one-sentence chunk); sentence 0 is another text.
    keys = np.frombuffer(b"".join(text_key(t) for t in ("a", "b", "c", "a")), dtype="V32")
    chunks, sentences = VectorFile.create(tmp_path / "c.npy", 2, 3), VectorFile.create(tmp_path / "s.npy", 2, 3)
    placement = _Placement(keys, 2, chunks, sentences)
    a, c, missing = placement.find(np.frombuffer(text_key("a") + text_key("c") + text_key("z"), dtype="V32"))
    assert missing == -1 and len(placement.unique) == 3
    placement.place(np.array([a, c]), np.array([[1, 0, 0], [0, 0, 1]]))
    chunks.close()
    sentences.close()
    np.testing.assert_array_equal(np.load(tmp_path / "c.npy"), [[1, 0, 0], [0, 0, 0]])
    np.testing.assert_array_equal(np.load(tmp_path / "s.npy"), [[0, 0, 1], [1, 0, 0]])
    b = placement.find(np.frombuffer(text_key("b"), dtype="V32"))[0]
    assert placement.done[[a, c]].all() and not placement.done[b]



def write_corpus(folder):
    folder.mkdir()
    (folder / "b-minerals.md").write_text("# Minerals\n\nIron is found in lentils. Zinc helps healing.\n\n"
                                          "## Magnesium\n\nMagnesium relaxes muscles. It is in nuts.\n")
    (folder / "a-sleep.txt").write_text("Sleep matters. Restless legs keep people awake at night.\n")
    (folder / "c-one.txt").write_text("One short line.\n")
    return folder


def test_a_streamed_build_holds_the_columns_and_bm25_its_rows_give_in_memory(embedder, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    documents = load_documents(corpus)[::-1]  # not in source order: columns still list sources sorted
    settings = Settings.from_env(environ={}, corpus_dir=corpus, index_dir=tmp_path / "index")
    store, _ = open_index(settings, embedder, documents=documents)
    chunks, sentences = list(store.chunks), list(store.sentences)
    assert [chunk.source for chunk in chunks][0] == "c-one.txt"
    expected = Columns.of(chunks, sentences, store.chunk_rows, np.asarray(store.sentence_vectors))
    for field in dataclasses.fields(Columns):
        built, wanted = getattr(store.columns, field.name), getattr(expected, field.name)
        if field.name.endswith("moments"):
            np.testing.assert_allclose(built.mean, wanted.mean, atol=1e-6)
            np.testing.assert_allclose(built.cov, wanted.cov, atol=1e-6)
        else:
            np.testing.assert_array_equal(built, wanted)
    chunk_bm25 = LexicalIndex([chunk.text for chunk in chunks])
    document_bm25 = LexicalIndex([" ".join(s.text for s in sentences if s.source == source)
                                  for source in store.columns.chunk_sources])
    for question in ("magnesium in nuts", "restless legs at night", "iron lentils zinc"):
        np.testing.assert_allclose(store.chunk_lexical.scores(question), chunk_bm25.scores(question), rtol=1e-6)
        np.testing.assert_allclose(store.document_lexical.scores(question), document_bm25.scores(question),
                                   rtol=1e-6)


def test_the_stored_vector_keys_are_those_of_the_rows(embedder, seed_settings):
    for kind in ("encoded", "pooled"):
        store, _ = open_index(dataclasses.replace(seed_settings, vectors=kind), embedder)
        stored = previous_keys(store, kind == "pooled")
        store.folder = None  # as an index without the keys file: computed from its rows
        computed = previous_keys(store, kind == "pooled")
        assert len(stored) == len(store.chunks) + len(store.sentences)
        np.testing.assert_array_equal(stored, computed)


def test_a_refreshed_inverted_file_index_takes_the_previous_centroids_instead_of_training(tmp_path, monkeypatch):
    from bot.index.store import IndexStore, Manifest, faiss_flat

    vectors = unit_vectors(3000, 16)
    first, name, _ = approximate_index(vectors, 16)
    manifest = Manifest(model="m", model_hash="h", dimension=16, chunking={}, files={})
    previous = IndexStore(manifest, [None] * 3000, [], None, np.zeros((0, 16), np.float32), chunk_index=first)
    centroids = previous.centroids()
    assert centroids.shape == (128, 16) and name.startswith("ivf128/")
    exact = IndexStore(manifest, [None] * 3, [], None, np.zeros((0, 16), np.float32),
                       chunk_index=faiss_flat(vectors[:3], 16))
    assert exact.centroids() is None

    def no_training(self, *args):
        raise AssertionError("trained again")

    monkeypatch.setattr(faiss.IndexIVFFlat, "train", no_training)
    changed = np.concatenate([vectors[:2990], unit_vectors(10, 16, seed=5)])
    refreshed, _, _ = approximate_index(changed, 16, centroids=centroids)
    np.testing.assert_array_equal(faiss.extract_index_ivf(refreshed).quantizer.reconstruct_n(0, 128), centroids)
    np.testing.assert_array_equal(refreshed.reconstruct_n(0, 3000), changed)
    truth = _search(faiss_flat(changed, 16), changed[:100], 10)[1]
    found = _search(refreshed, changed[:100], 10)[1]
    assert np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)]) >= 0.95
    with pytest.raises(AssertionError, match="trained again"):
        approximate_index(changed, 16, centroids=centroids[:64])  # other list counts are trained afresh


SHARED_OPENING = ("Magnesium glycinate is absorbed well and rarely upsets the stomach. "
                  "Take it with the evening meal to ease night-time leg cramps.")


def test_a_chunk_in_two_documents_is_stored_once_and_quoted_from_either(make_bot):
    bot = make_bot({"a-notes.txt": SHARED_OPENING + "\nTomatoes need deep pots and full sun.\n",
                    "b-leaflet.txt": SHARED_OPENING + "\nZinc lozenges may shorten a cold.\n"},
                   chunk_tokens=24, overlap_sentences=0)
    chunks = list(bot.store.chunks)
    shared = [i for i, chunk in enumerate(chunks) if chunk.text.startswith("Magnesium glycinate")]
    assert [chunks[i].source for i in shared] == ["a-notes.txt", "b-leaflet.txt"]
    assert bot.store.manifest.chunk_count == len(chunks) == len(set(c.text for c in chunks)) + len(shared) - 1
    found = bot.store.search_chunks(bot.store.chunk_rows(np.array(shared[1:])), len(chunks))[1][0]
    assert found[0] == shared[0] and len(found) == len(chunks) - 1 and shared[1] not in found  # stored once
    np.testing.assert_array_equal(*bot.store.chunk_rows(np.array(shared)))  # one vector, read for either copy

    question = "Which magnesium is gentle on the stomach?"
    quoted = [(quote.source, quote.text) for quote in bot.ask(question).quotes]
    assert quoted and quoted[0][1] in SHARED_OPENING and len({source for source, _ in quoted}) == 1
    assert len({text for _, text in quoted}) == len(quoted)  # the passage once, from the better-ranked copy
    other = ({"a-notes.txt", "b-leaflet.txt"} - {quoted[0][0]}).pop()
    assert {quote.source for quote in bot.ask(question, sources=[other]).quotes} == {other}

    (bot.settings.corpus_dir / quoted[0][0]).unlink()
    bot.refresh()
    assert {quote.source for quote in bot.ask(question).quotes} == {other}
    assert bot.store.manifest.chunk_count == len(bot.store.columns.vector_chunk)  # no copies left
