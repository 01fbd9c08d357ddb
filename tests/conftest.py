"""Shared fixtures: the real bundled model, loaded once, and small corpora written to tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import Settings

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "restless-legs-magnesium.txt"
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def embedder():
    from bot.embedding import Embedder
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
    from bot.engine import Bot
    root = tmp_path_factory.mktemp("seed")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    return Bot.open(Settings.from_env(environ={}, corpus_dir=corpus, index_dir=root / "index"), embedder=embedder)


def read_source(corpus_dir: Path, source: str) -> str:
    """A corpus file as the quote invariant promises: read as UTF-8 text."""
    return (Path(corpus_dir) / source).read_text(encoding="utf-8")
