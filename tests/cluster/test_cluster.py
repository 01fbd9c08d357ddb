"""A real local Ray cluster of two worker processes: a cluster build is the single-machine build, a worker killed
during a build is survived, and a cluster eval writes the single-process records. Skipped, with the reason, only when
Ray cannot start here; Ray itself is installed by `make test` (requirements-cluster.txt)."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from bot import Settings
from bot.cli import main
from bot.cluster.building import start_encoders
from bot.cluster.connection import ClusterError, connected
from bot.index import generation
from bot.index.refresh import open_index
from bot.index.store import IndexStore
from tests.support import SEED_FILES, assert_same_vectors, open_bot, write_files

pytestmark = pytest.mark.slow

FILES = {**SEED_FILES,
         "iron.md": "# Iron\n\nLow iron stores can make restless legs worse. A blood test measures ferritin.\n\n"
                    "## Taking it\n\nIron tablets are taken with vitamin C, away from tea and coffee.",
         "sleep.txt": "Regular sleep times help. Caffeine late in the day makes sleep lighter."}
QUESTIONS = ["Can magnesium help restless legs?", "What does a blood test measure?", "What is the capital of France?",
             "I want to end my life", "How should iron tablets be taken?", "Does caffeine affect sleep?",
             "Is magnesium safe in pregnancy?", "What makes restless legs worse?", "When do symptoms start?",
             "How much magnesium?", "Who wrote this?", "Does tea matter?"]


@pytest.fixture(scope="module")
def cluster():
    """A local Ray cluster with two worker CPUs for this file's tests."""
    import ray  # noqa: F401  installed by make test: its absence fails here, it is no reason to skip

    joined = connected("local", 2)
    try:
        workers = joined.__enter__()
    except ClusterError as err:
        pytest.skip(f"Ray cannot start a local cluster on this machine: {err}")
    yield workers
    joined.__exit__(None, None, None)


@pytest.fixture(scope="module")
def single(embedder, tmp_path_factory) -> Path:
    """The single-machine build of FILES; returns its root (corpus/, index/)."""
    root = tmp_path_factory.mktemp("single")
    open_bot(root, FILES, embedder)
    return root


def _settings(root: Path, **overrides) -> Settings:
    return Settings.from_env(environ={}, corpus_dir=root / "corpus", index_dir=root / "index", **overrides)


def assert_same_index(built: IndexStore, wanted: IndexStore) -> None:
    for name in (generation.CHUNKS, generation.SENTENCES):
        assert (built.folder / name).read_bytes() == (wanted.folder / name).read_bytes(), name
    assert _documents(built) == _documents(wanted)
    assert built.manifest.chunk_count == wanted.manifest.chunk_count
    assert_same_vectors(built.chunk_vectors, wanted.chunk_vectors)
    assert_same_vectors(np.asarray(built.sentence_vectors), np.asarray(wanted.sentence_vectors))


def _documents(store: IndexStore) -> list[dict]:
    """The rows of documents.jsonl but for when each file was written (the two builds wrote their own copies)."""
    rows = [json.loads(line) for line in (store.folder / generation.DOCUMENTS).read_text().splitlines()]
    return [{key: value for key, value in row.items() if key != "mtime_ns"} for row in rows]


def test_cluster_build_through_the_cli_is_the_single_machine_build(cluster, single, tmp_path, capsys, monkeypatch):
    write_files(tmp_path / "corpus", FILES)
    monkeypatch.setenv("VERBATIM_ENCODE_BATCH_SIZE", "4")  # each part cut over both workers
    assert main(["index", "--cluster", "local", "--workers", "2", "--corpus", str(tmp_path / "corpus"),
                 "--index", str(tmp_path / "index")]) == 0
    assert "Indexed 3 file(s)" in capsys.readouterr().out
    assert_same_index(IndexStore.load(tmp_path / "index"), IndexStore.load(single / "index"))


def test_a_worker_killed_during_a_build_is_survived(cluster, single, tmp_path):
    import ray

    write_files(tmp_path / "corpus", FILES)
    # Small parts in small batches: many calls, each cut over both workers.
    settings = _settings(tmp_path, checkpoint_texts=4, encode_batch_size=2)
    encoder = start_encoders(settings, 2)
    pids = ray.get([actor.pid.remote() for actor in encoder.actors])
    parts = settings.index_dir / generation.PARTIAL

    def kill_after_the_first_part():
        deadline = time.monotonic() + 120
        while not list(parts.rglob("part-*.npy")) and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(pids[1], signal.SIGKILL)

    killer = threading.Thread(target=kill_after_the_first_part)
    killer.start()
    store, report = open_index(settings, encoder)
    killer.join()
    # chunks and sentences encoded, and each sentence pooled in its chunk's pass (`vectors="contextual"`)
    assert report.rebuilt and report.embedded == report.chunks + 2 * report.sentences
    assert ray.get(encoder.actors[1].pid.remote()) != pids[1]  # the killed worker was replaced
    assert ray.get(encoder.actors[0].pid.remote()) == pids[0]
    assert_same_index(store, IndexStore.load(single / "index"))


def test_a_cluster_build_stopped_with_its_driver_resumes_without_encoding_finished_parts(cluster, single, tmp_path,
                                                                                          monkeypatch):
    write_files(tmp_path / "corpus", FILES)
    settings = _settings(tmp_path, checkpoint_texts=8, encode_batch_size=4)
    encoder = start_encoders(settings, 2)
    method = "encode_spans"  # the default recipe ("contextual") passes the chunks first, pooling their sentences
    done, original = [], getattr(encoder, method)

    def stopped_on_the_third_part(texts, spans, *args, **options):
        if len(done) == 2:
            raise KeyboardInterrupt  # Ctrl-C on the driver
        done.append(len(texts) + sum(len(s) for s in spans))  # the vectors this part gives
        return original(texts, spans, *args, **options)

    monkeypatch.setattr(encoder, method, stopped_on_the_third_part)
    with pytest.raises(KeyboardInterrupt):
        open_index(settings, encoder)
    monkeypatch.undo()
    store, report = open_index(settings, encoder)
    assert len(done) == 2 and report.reused == sum(done) and report.embedded > 0
    assert_same_index(store, IndexStore.load(single / "index"))


def test_cluster_eval_writes_the_single_process_records_in_input_order(cluster, single, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    rows = [{"id": f"q{i}", "question": q} for i, q in enumerate(QUESTIONS)]
    rows[4]["history"] = ["Tell me about iron."]
    questions.write_text("".join(json.dumps(row) + "\n" for row in rows))
    common = ["--corpus", str(single / "corpus"), "--index", str(single / "index")]
    assert main(["eval", str(questions), "--out", str(tmp_path / "one.jsonl"), *common]) == 0
    assert main(["eval", str(questions), "--out", str(tmp_path / "cluster.jsonl"), "--cluster", "local",
                 "--workers", "2", *common]) == 0
    assert "Wrote 12 result(s)" in capsys.readouterr().out
    records = (tmp_path / "cluster.jsonl").read_text()
    assert records == (tmp_path / "one.jsonl").read_text()
    assert [json.loads(line)["id"] for line in records.splitlines()] == [row["id"] for row in rows]
    metrics = [json.loads((tmp_path / name).read_text()) for name in ("one.metrics.json", "cluster.metrics.json")]
    for m in metrics:
        m.pop("latency_ms", None)
    assert metrics[0] == metrics[1]


def test_cluster_eval_workers_encode_questions_bit_for_bit_as_the_driver_does(single):
    """Workers encode questions with the driver's kept encoder (before: with torch, about twice as slow a question,
    and over 2,400 questions some records differed from the single-process run)."""
    from bot.cluster.evaluation import Answerer
    from bot.index.embedding import Embedder

    settings = _settings(single)
    driver = Embedder.load(settings.model, settings.precision, settings.backend, settings.question_encoder_dir())
    worker = Answerer(settings).embedder
    assert worker.question_backend == driver.question_backend
    assert np.array_equal(worker.encode(QUESTIONS), driver.encode(QUESTIONS))
