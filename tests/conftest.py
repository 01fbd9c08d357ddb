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
from tests.support import REPO, SEED, free_port


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
    from bot.answer.engine import Bot
    root = tmp_path_factory.mktemp("seed")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    return Bot.open(Settings.from_env(environ={}, corpus_dir=corpus, index_dir=root / "index"), embedder=embedder)


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
