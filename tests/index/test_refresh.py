"""Building and refreshing the index with the real model."""

import dataclasses

import numpy as np
import pytest

from bot import Settings
from bot.errors import IndexStoreError
from bot.index.building import chunk_corpus
from bot.index.generation import IndexMissing
from bot.index.refresh import open_index
from bot.index.store import IndexStore
from tests.support import assert_same_vectors


@pytest.mark.slow
@pytest.mark.parametrize("kind, method", [("encoded", "encode_passages"), ("pooled", "encode_spans"),
                                          ("composed", "encode_passages"), ("contextual", "encode_spans")])
def test_an_interrupted_build_resumes_without_embedding_finished_parts(embedder, seed_corpus, tmp_path, monkeypatch,
                                                                       kind, method):
    settings = Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=tmp_path / "index", checkpoint_texts=8,
                                 vectors=kind)
    done = []
    original = getattr(embedder, method)

    def interrupted_on_the_third_part(texts, *args, **options):
        if len(done) == 2:
            raise KeyboardInterrupt
        spans = args[0] if method == "encode_spans" else []
        done.append(len(texts) + sum(len(s) for s in spans))  # vectors this part yields
        return original(texts, *args, **options)

    monkeypatch.setattr(embedder, method, interrupted_on_the_third_part)
    with pytest.raises(KeyboardInterrupt):
        open_index(settings, embedder)
    monkeypatch.undo()
    with pytest.raises(IndexMissing):
        IndexStore.load(settings.index_dir)
    store, report = open_index(settings, embedder)
    assert len(done) == 2 and all(size >= 8 for size in done)
    assert report.reused == sum(done) and report.embedded > 0
    fresh, _ = open_index(Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=tmp_path / "fresh",
                                            vectors=kind), embedder)
    assert_same_vectors(store.chunk_vectors, fresh.chunk_vectors)
    assert_same_vectors(store.sentence_vectors, fresh.sentence_vectors)
    assert not (settings.index_dir / ".partial").exists()


def test_sentence_vectors_are_pooled_from_their_chunk_when_asked(embedder, seed_settings):
    import dataclasses

    from bot.index.building import sentence_owners

    encoded, _ = open_index(dataclasses.replace(seed_settings, vectors="encoded"), embedder)
    assert encoded.manifest.chunking.vectors == "encoded" and not encoded.has_quote_vectors
    sid = encoded.chunks[1].sentence_start + 1
    sentence = encoded.sentences[sid]
    assert_same_vectors(encoded.sentence_vectors[[sid]], embedder.encode_passages([sentence.text]))

    pooled, report = open_index(dataclasses.replace(seed_settings, vectors="pooled"), embedder)
    assert report.rebuilt and "chunking settings changed" in report.reasons
    assert pooled.manifest.chunking.vectors == "pooled"
    # Chunk vectors are the same either way and are reused; every sentence vector comes from a chunk's pass.
    assert report.reused == len({c.text for c in encoded.chunks}) and report.embedded == len(pooled.sentences)
    chunk = pooled.chunks[sentence_owners(pooled.chunks, len(pooled.sentences))[sid]]
    span = (sentence.start - chunk.start, sentence.end - chunk.start)
    assert chunk.text[span[0]:span[1]] == sentence.text
    _, spans = embedder.encode_spans([chunk.text], [[span]])
    assert_same_vectors(pooled.sentence_vectors[[sid]], spans[0][:1])
    again, report = open_index(dataclasses.replace(seed_settings, vectors="pooled"), embedder)
    assert not report.rebuilt


def test_contextual_indexes_keep_encoded_sentence_vectors_and_rank_quotes_by_pooled_ones(embedder, seed_settings,
                                                                                         tmp_path):
    encoded, _ = open_index(dataclasses.replace(seed_settings, vectors="encoded"), embedder)
    pooled, _ = open_index(dataclasses.replace(seed_settings, vectors="pooled", index_dir=tmp_path / "pooled"),
                           embedder)
    assert seed_settings.vectors == "contextual"  # the default
    contextual, report = open_index(seed_settings, embedder)
    assert report.rebuilt and contextual.manifest.chunking.vectors == "contextual" and contextual.has_quote_vectors
    # Chunk and sentence vectors are reused from the encoded index; only the chunks' pass for the pooled ones runs.
    assert report.embedded == len(contextual.sentences)
    np.testing.assert_array_equal(contextual.sentence_vectors, encoded.sentence_vectors)
    np.testing.assert_array_equal(contextual.chunk_vectors, encoded.chunk_vectors)
    assert_same_vectors(contextual.quote_vectors, pooled.sentence_vectors)
    assert not np.allclose(contextual.quote_vectors, contextual.sentence_vectors, atol=1e-2)
    again, report = open_index(seed_settings, embedder)
    assert not report.rebuilt and report.embedded == 0
    np.testing.assert_array_equal(again.quote_vectors, contextual.quote_vectors)
    # A Bot ranks and gates quotes by the quote vectors; the support model also sees each sentence's own cosine.
    # (Sentences read with the one they lean on are judged as the two: tests/answer/test_quotes.py.)
    from bot.answer.engine import Bot

    question = "Does magnesium help restless legs at night?"
    candidates = [c for c in Bot(seed_settings, embedder, again).candidates_batch([question])[0] if c.read_with is None]
    vector = embedder.encode([question])[0]
    assert candidates and all(c.own_similarity is not None for c in candidates)
    ids = [c.sentence_id for c in candidates]
    own = again.sentence_vectors[ids] @ vector
    np.testing.assert_allclose([c.similarity for c in candidates], again.quote_vectors[ids] @ vector, atol=1e-5)
    np.testing.assert_allclose([c.own_similarity for c in candidates], own, atol=1e-5)


def test_composed_chunk_vectors_come_from_the_encoded_sentences_and_are_never_taken_for_encodings(embedder,
                                                                                                 seed_settings):
    import dataclasses

    seed_settings = dataclasses.replace(seed_settings, vectors="encoded")
    encoded, _ = open_index(seed_settings, embedder)
    composed, report = open_index(dataclasses.replace(seed_settings, vectors="composed"), embedder)
    assert report.rebuilt and report.embedded == 0  # its sentence vectors are the encoded ones, all reused
    assert composed.manifest.chunking.vectors == "composed"
    np.testing.assert_array_equal(composed.sentence_vectors, encoded.sentence_vectors)
    chunk = composed.chunks[1]
    part = slice(chunk.sentence_start, chunk.sentence_stop)
    weights = np.sqrt(embedder.count_tokens([s.text for s in composed.sentences[part]]))
    expected = weights @ encoded.sentence_vectors[part]
    np.testing.assert_allclose(composed.chunk_vectors[1], expected / np.linalg.norm(expected), atol=1e-5)
    assert not np.allclose(composed.chunk_vectors[1], encoded.chunk_vectors[1], atol=1e-3)
    back, report = open_index(seed_settings, embedder)
    assert report.embedded == len({c.text for c in back.chunks})  # chunks are encoded again, sentences reused
    np.testing.assert_allclose(back.chunk_vectors, encoded.chunk_vectors, atol=1e-5)


def test_damaged_parts_of_an_interrupted_build_are_ignored(embedder, seed_corpus, tmp_path):
    settings = Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=tmp_path / "index")
    part = settings.index_dir / ".partial" / embedder.model_hash[:16]
    part.mkdir(parents=True)
    (part / "part-bad.npy").write_bytes(b"\x93NUMPY garbage")
    (part / "part-bad.json").write_text("[\"x\"]", encoding="utf-8")
    (part / "part-pickle.npy").write_bytes(b"\x80\x04\x95 a pickle is never loaded")
    (part / "part-pickle.json").write_text("[]", encoding="utf-8")
    store, report = open_index(settings, embedder)
    # every chunk and sentence encoded, and each sentence pooled in its chunk's pass for the quote vectors
    assert report.reused == 0 and report.embedded == len(store.chunks) + 2 * len(store.sentences)


def tamper_manifest(index_dir, **changes):
    import json

    from bot.index.generation import current_generation
    path = current_generation(index_dir) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(changes)
    path.write_text(json.dumps(manifest), encoding="utf-8")
    return manifest


@pytest.mark.slow
def test_row_counts_that_disagree_with_the_manifest_mean_a_rebuild(embedder, seed_settings):
    store, _ = open_index(seed_settings, embedder)
    tamper_manifest(seed_settings.index_dir, chunk_count=len(store.chunks) + 1)
    with pytest.raises(Exception, match="row counts disagree"):
        IndexStore.load(seed_settings.index_dir)
    rebuilt, report = open_index(seed_settings, embedder)
    assert report.rebuilt and "row counts disagree" in report.reasons[0]
    assert len(rebuilt.chunks) == len(store.chunks)


@pytest.mark.slow
def test_another_models_index_is_rebuilt_without_reusing_its_vectors(embedder, seed_settings):
    store, _ = open_index(seed_settings, embedder)
    tamper_manifest(seed_settings.index_dir, model="other-model", model_hash="0" * 64)
    rebuilt, report = open_index(seed_settings, embedder)
    assert report.rebuilt and any("model changed" in r for r in report.reasons)
    # every chunk and sentence encoded, and each sentence pooled in its chunk's pass for the quote vectors
    assert report.reused == 0 and report.embedded == len(store.chunks) + 2 * len(store.sentences)


def one_pdf_corpus(tmp_path, text: str) -> Settings:
    """Settings over a corpus folder holding `a.pdf`, one page of `text`."""
    from tests.support.documents import pdf_bytes

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(pdf_bytes([text]))
    return Settings.from_env(environ={}, corpus_dir=folder, index_dir=tmp_path / "index")


def test_touched_files_are_read_once_then_remembered(embedder, tmp_path, monkeypatch):
    import os

    from bot.documents import corpus as corpus_module

    settings = one_pdf_corpus(tmp_path, "Iron is found in spinach and lentils.")
    folder = settings.corpus_dir
    store, _ = open_index(settings, embedder)
    data_files = {name: os.stat(store.folder / name).st_ino for name in ("chunks.faiss", "sentences.npy", "keys.npy")}
    stat = (folder / "a.pdf").stat()
    os.utime(folder / "a.pdf", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # same bytes, new time
    reads = []
    real_read = corpus_module.read_document
    monkeypatch.setattr(corpus_module, "read_document", lambda folder, source, *a: reads.append(source)
                        or real_read(folder, source, *a))
    updated, report = open_index(settings, embedder)
    assert reads == ["a.pdf"] and not report.rebuilt and report.embedded == 0
    changed_ns = corpus_module.file_times(folder / "a.pdf")[1]  # the change time a document records
    assert updated.folder != store.folder and updated.document("a.pdf").mtime_ns == changed_ns
    # Only the documents and their times are written again; the other files are the same files, linked.
    assert {name: os.stat(updated.folder / name).st_ino for name in data_files} == data_files
    assert IndexStore.load(settings.index_dir).document("a.pdf").mtime_ns == changed_ns
    _, report = open_index(settings, embedder)
    assert reads == ["a.pdf"] and not report.rebuilt  # not read a second time


def test_an_index_of_an_older_format_is_rebuilt_and_says_why(embedder, seed_settings, capsys):
    import json

    from bot.cli import print_build
    from bot.index.generation import FORMAT_VERSION, current_generation

    open_index(seed_settings, embedder)
    old = FORMAT_VERSION - 1
    tamper_manifest(seed_settings.index_dir, format_version=old, index_types={"chunks": "flat"})
    with pytest.raises(IndexStoreError, match=f"index format changed \\(version {old} -> {FORMAT_VERSION}\\)"):
        IndexStore.load(seed_settings.index_dir)
    rebuilt, report = open_index(seed_settings, embedder)
    assert report.rebuilt and report.reasons == (f"index format changed (version {old} -> {FORMAT_VERSION})",)
    assert report.reused == 0  # an older format is not read at all
    manifest = json.loads((current_generation(seed_settings.index_dir) / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    print_build(report)
    assert f"because: index format changed (version {old} -> {FORMAT_VERSION})" in capsys.readouterr().out


def test_opening_an_unchanged_corpus_reads_no_document(embedder, seed_settings, monkeypatch):
    import json
    import os
    import types

    import bot.index.rows

    open_index(seed_settings, embedder)
    parsed = []
    monkeypatch.setattr(bot.index.rows, "json", types.SimpleNamespace(loads=lambda data: parsed.append(1) or json.loads(data),
                                                                dumps=json.dumps))
    store, report = open_index(seed_settings, embedder)
    assert not report.rebuilt and report.files == 1 and parsed == []
    assert store.document("restless-legs-magnesium.txt").text.startswith("Restless")
    path = seed_settings.corpus_dir / "restless-legs-magnesium.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    parsed.clear()
    _, report = open_index(seed_settings, embedder)
    assert not report.rebuilt and parsed  # the touched file is compared with its stored document


def test_a_build_shows_progress_while_reading_chunking_and_embedding(embedder, seed_corpus, tmp_path, capsys):
    settings = Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=tmp_path / "index")
    open_index(settings, embedder, progress=True)
    shown = capsys.readouterr().err
    assert all(stage in shown for stage in ("Reading", "Chunking", "Embedding"))
    open_index(settings, embedder, progress=False)
    assert capsys.readouterr().err == ""


def chunked_sources(monkeypatch) -> list[str]:
    import bot.index.building

    seen = []
    original = bot.index.building.chunk_document

    def recording(source, *args, **options):
        seen.append(source)
        return original(source, *args, **options)

    monkeypatch.setattr(bot.index.building, "chunk_document", recording)
    return seen


def rows_of(store):
    return [dataclasses.asdict(row) for row in (*store.chunks, *store.sentences)]


def test_only_changed_files_are_chunked_again_and_the_index_equals_a_fresh_build(embedder, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, words in (("a.md", "Alpha"), ("b.txt", "Beta"), ("c.md", "Gamma")):
        (corpus / name).write_text(f"# {words}\n\n{words} is a word. It has letters.\n\n{words} ends here.\n")
    settings = Settings.from_env(environ={}, corpus_dir=corpus, index_dir=tmp_path / "index")
    open_index(settings, embedder)
    (corpus / "b.txt").write_text("Beta changed. A new sentence about beta.\n")
    seen = chunked_sources(monkeypatch)
    store, report = open_index(settings, embedder)
    assert report.rebuilt and seen == ["b.txt"]
    fresh, _ = open_index(Settings.from_env(environ={}, corpus_dir=corpus, index_dir=tmp_path / "fresh"), embedder)
    assert rows_of(store) == rows_of(fresh)
    assert_same_vectors(store.chunk_vectors, fresh.chunk_vectors)
    assert_same_vectors(store.sentence_vectors, fresh.sentence_vectors)


def test_the_same_bytes_read_into_another_text_are_chunked_again(embedder, seed_settings, monkeypatch):
    store, _ = open_index(seed_settings, embedder)
    document = store.documents[0]
    other = dataclasses.replace(document, text=document.text.replace("Magnesium", "Potassium"))
    seen = chunked_sources(monkeypatch)
    chunks, sentences = chunk_corpus([document], embedder, seed_settings, previous=store)
    assert seen == [] and len(chunks) == len(store.chunks)
    chunks, sentences = chunk_corpus([other], embedder, seed_settings, previous=store)
    assert seen == [document.source]
    assert all(other.text[s.start:s.end] == s.text for s in sentences)


def test_a_newer_document_reader_reads_unchanged_files_again(embedder, tmp_path, monkeypatch):
    import bot.index.building
    import bot.index.refresh
    from bot.documents import corpus as corpus_module

    settings = one_pdf_corpus(tmp_path, "Iron is found in spinach and lentils. Zinc helps healing.")
    store, _ = open_index(settings, embedder)
    assert "spinach" in store.document("a.pdf").text
    newer = bot.index.building.EXTRACTOR_VERSION + 1
    monkeypatch.setattr(bot.index.building, "EXTRACTOR_VERSION", newer)
    monkeypatch.setattr(bot.index.refresh, "EXTRACTOR_VERSION", newer)
    real_extract = corpus_module.extract

    def newer_reader(data, kind):
        extracted = real_extract(data, kind)
        return dataclasses.replace(extracted, text=extracted.text.replace("spinach", "kale"))

    monkeypatch.setattr(corpus_module, "extract", newer_reader)
    store, report = open_index(settings, embedder)
    assert report.rebuilt and report.reasons == (f"document readers changed (version {newer - 1} -> {newer})",)
    assert "kale" in store.document("a.pdf").text and "spinach" not in store.document("a.pdf").text
    assert any("kale" in sentence.text for sentence in store.sentences)
    assert report.reused > 0  # the sentence the new reader did not change keeps its vector
    _, report = open_index(settings, embedder)
    assert not report.rebuilt


def tiny_corpus(tmp_path, **files) -> Settings:
    """Settings over a corpus folder of a few short text files (name_txt="text" writes name.txt)."""
    from tests.support import write_files

    folder = write_files(tmp_path / "corpus", {name.replace("_", "."): text for name, text in files.items()})
    return Settings.from_env(environ={}, corpus_dir=folder, index_dir=tmp_path / "index")


def test_a_stale_index_another_process_is_rebuilding_is_used_as_it_is_with_a_notice(embedder, tmp_path):
    from tests.index.locking import held_elsewhere

    settings = tiny_corpus(tmp_path, a_txt="Iron is found in spinach and lentils.")
    store, _ = open_index(settings, embedder)
    (settings.corpus_dir / "b.txt").write_text("Zinc is found in oysters.", encoding="utf-8")
    with held_elsewhere(settings.index_dir) as child:
        opened, report = open_index(settings, embedder)
        assert opened.folder == store.folder and not report.rebuilt and report.builder_pid == child.pid
        assert report.reasons == ("corpus changed (b.txt)",)
        assert f"pid {child.pid}" in report.notice and "corpus changed (b.txt)" in report.notice
        assert sorted(p.name for p in settings.index_dir.iterdir()) == [".lock", "CURRENT", store.folder.name]
    rebuilt, report = open_index(settings, embedder)
    assert report.rebuilt and report.notice is None and rebuilt.document("b.txt") is not None


def test_a_current_index_opens_while_another_process_holds_the_build_lock(embedder, tmp_path):
    from tests.index.locking import held_elsewhere

    settings = tiny_corpus(tmp_path, a_txt="Iron is found in spinach and lentils.")
    store, _ = open_index(settings, embedder)
    with held_elsewhere(settings.index_dir):
        opened, report = open_index(settings, embedder)
    assert opened.folder == store.folder and not report.rebuilt and report.notice is None


@pytest.mark.slow  # the other process loads the model
def test_with_no_index_yet_another_process_build_is_waited_for_and_then_used(embedder, tmp_path, caplog):
    import subprocess
    import sys

    from tests.support import REPO

    settings = tiny_corpus(tmp_path, a_txt="Iron is found in spinach and lentils.")
    # The other process takes the lock, builds, and lets go.
    builder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         f"sys.path[:0] = [{str(REPO)!r}]\n"
         "from bot import Settings\nfrom bot.index.generation import build_lock\n"
         "from bot.index.refresh import open_index\nfrom bot.index.embedding import Embedder\n"
         f"settings = Settings.from_env(environ={{}}, corpus_dir={str(settings.corpus_dir)!r}, "
         f"index_dir={str(settings.index_dir)!r})\n"
         "embedder = Embedder.load('all-MiniLM-L6-v2')\n"
         "with build_lock(settings.index_dir):\n"
         "    print('held', flush=True)\n"
         "    time.sleep(2)\n"
         "open_index(settings, embedder)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert builder.stdout.readline() == "held\n"
        with caplog.at_level("WARNING"):
            store, report = open_index(settings, embedder)
    finally:
        builder.wait(timeout=120)
    assert f"Waiting for another process (pid {builder.pid})" in caplog.text
    assert store.document("a.txt") is not None and report.notice is None
    assert not (settings.index_dir / ".partial").exists()
    assert not [p for p in settings.index_dir.iterdir() if p.name.startswith(".tmp-")]


def test_with_no_index_a_build_elsewhere_that_does_not_end_is_reported_with_its_pid(embedder, tmp_path, monkeypatch):
    from bot.index import refresh
    from tests.index.locking import held_elsewhere

    monkeypatch.setattr(refresh, "WAIT_FOR_BUILD_SECONDS", 0.5)
    settings = tiny_corpus(tmp_path, a_txt="Iron is found in spinach and lentils.")
    with held_elsewhere(settings.index_dir) as child:
        with pytest.raises(IndexStoreError, match=rf"Another build of the index in .* is running \(pid {child.pid}\)"
                                                  r"\. Wait for it to finish"):
            open_index(settings, embedder)
    assert sorted(p.name for p in settings.index_dir.iterdir()) == [".lock"]


def test_an_index_replaced_by_another_process_while_it_is_read_is_read_again_not_rebuilt(embedder, tmp_path,
                                                                                           monkeypatch):
    from bot.index import generation

    settings = tiny_corpus(tmp_path, a_txt="Iron is found in spinach and lentils.")
    store, _ = open_index(settings, embedder)
    real_load = IndexStore.load
    replaced = []

    def load_while_another_process_commits(index_dir):
        if not replaced:  # the generation being read is replaced and removed halfway through reading it
            replaced.append(store.with_file_times(settings.index_dir, list(store.documents)))
            raise generation.damaged(index_dir, "chunks.faiss is missing or does not match its checksum")
        return real_load(index_dir)

    monkeypatch.setattr(IndexStore, "load", load_while_another_process_commits)
    opened, report = open_index(settings, embedder)
    assert not report.rebuilt and opened.folder == replaced[0].folder
