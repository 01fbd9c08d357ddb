"""The streamed build: vectors placed in files, and what it derives from its rows equal to what the rows in memory
give."""

import dataclasses

import numpy as np

from bot import Settings
from bot.documents.corpus import load_documents
from bot.index.building import sentence_owners
from bot.index.columns import Columns
from bot.index.lexical import LexicalIndex
from bot.index.refresh import open_index


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
    from bot.index.generation import KEY, read_keys
    from bot.index.vectors import RECIPES, text_key

    for kind in ("encoded", "pooled"):
        store, _ = open_index(dataclasses.replace(seed_settings, vectors=kind), embedder)
        stored = read_keys(store.folder, len(store.chunks) + len(store.sentences))
        chunks = list(store.chunks)
        owner = sentence_owners(chunks, len(store.sentences))
        computed = [text_key(chunk.text) for chunk in chunks]
        computed += [RECIPES[kind].sentence_key(chunks[owner[i]], s) for i, s in enumerate(store.sentences)]
        np.testing.assert_array_equal(stored, np.frombuffer(b"".join(computed), dtype=KEY))


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
