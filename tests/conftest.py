"""Shared fixtures: the real bundled model, loaded once, and small corpora written to tmp_path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bot import Settings
from tests.support import REPO, SEED, SEED_FILES, free_port, open_bot


@pytest.fixture(scope="session", autouse=True)
def shared_question_encoder(tmp_path_factory):
    """One folder for the question encoder kept for the bundled model, for every index the tests build (in this
    process and the ones it starts): converted once a session, not once an index."""
    folder = tmp_path_factory.mktemp("question-encoder")
    before = os.environ.get("VERBATIM_ENCODER_CACHE")
    os.environ["VERBATIM_ENCODER_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("VERBATIM_ENCODER_CACHE", None)
    else:
        os.environ["VERBATIM_ENCODER_CACHE"] = before


@pytest.fixture(scope="session")
def embedder():
    from bot.index.embedding import Embedder
    return Embedder.load("all-MiniLM-L6-v2")


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    return corpus


@pytest.fixture
def seed_settings(seed_corpus, tmp_path) -> Settings:
    return Settings.from_env(environ={}, corpus_dir=seed_corpus, index_dir=tmp_path / "index")


@pytest.fixture(scope="session")
def seed_bot(embedder, tmp_path_factory):
    """One Bot over the seed article for the whole session: for tests that only ask questions."""
    return open_bot(tmp_path_factory.mktemp("seed"), SEED_FILES, embedder)


@pytest.fixture
def make_bot(embedder, tmp_path):
    """Builds a Bot over a small corpus of its own, on the session's model:
    `make_bot({"a.md": "# A\n\nText.", "b.pdf": pdf_bytes([...])}, chunk_tokens=24)` writes the files into
    tmp_path/corpus and opens a Bot with its index in tmp_path/index, with those settings over the defaults. Called
    again (with more files, or none), it opens another Bot over the same folders, as a restart would."""

    def make(files: dict[str, str | bytes] | None = None, **settings):
        return open_bot(tmp_path, files or {}, embedder, **settings)

    return make


@pytest.fixture
def start_app(seed_corpus, tmp_path):
    """Start app.py on a free loopback port with extra arguments; returns its base URL. Stopped after the test."""
    processes = []

    def start(*extra: str) -> str:
        port = free_port()
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
        process = subprocess.Popen([sys.executable, str(REPO / "app.py"), "--corpus", str(seed_corpus), "--index",
                                    str(tmp_path / "index"), "--port", str(port), *extra],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            try:
                urllib.request.urlopen(url, timeout=2)
                return url
            except OSError:
                time.sleep(0.5)
        process.kill()
        pytest.fail(f"the app did not start: {process.stdout.read()}")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)
