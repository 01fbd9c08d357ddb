"""The front door: a Bot answers questions about one corpus, one straight line from question to Answer."""

from __future__ import annotations

import threading
from typing import Collection, Sequence

import numpy as np
from threadpoolctl import threadpool_limits

from bot.answer.batching import Coalescer
from bot.answer.compose import Answer, compose_answer, select_quotes
from bot.answer.retrieval import Candidate, Hit, Retriever
from bot.answer.safety import screen_question
from bot.documents.document import Document
from bot.index.embedding import Embedder
from bot.index.refresh import BuildReport, open_index
from bot.index.store import IndexStore
from bot.settings import Settings


class Bot:
    """Answers questions by quoting the corpus verbatim. Thread-safe: questions asked at once are encoded as one
    batch (one encoding at a time), and `refresh` swaps in a new index whole while questions are being answered."""

    def __init__(self, settings: Settings, embedder: Embedder, store: IndexStore,
                 build_report: BuildReport | None = None):
        # Retrieval's vector math is small, and idle OpenBLAS worker threads spin, taking a core from the model's next
        # encode: a warm SciFact answer took 1.51x the floor with them, 1.18x without (bench/latency.py). The model
        # and faiss keep their own OpenMP threads.
        threadpool_limits(limits=1, user_api="blas")
        self.settings = settings
        self.embedder = embedder
        self.build_report = build_report
        self.retriever = Retriever(store, settings)
        self._refreshing = threading.Lock()
        # Questions asked at the same time (concurrent chat users) are encoded as one batch.
        self._questions = Coalescer(lambda texts: embedder.encode(texts, batch_size=settings.encode_batch_size),
                                    max_items=settings.encode_batch_size)

    @property
    def store(self) -> IndexStore:
        """The index being searched."""
        return self.retriever.store

    def document(self, source: str) -> Document | None:
        """The indexed document `source` (its text is what quote offsets point into), or None."""
        return self.store.document(source)

    def refresh(self, progress: bool = False) -> BuildReport:
        """Bring the index up to date with the corpus folder, re-reading and re-embedding only what changed."""
        with self._refreshing:
            store, report = open_index(self.settings, self.embedder, progress=progress, current=self.store)
            if store is not self.store:
                self.retriever = Retriever(store, self.settings)
            self.build_report = report
            return report

    @classmethod
    def open(cls, settings: Settings | None = None, progress: bool = False, embedder: Embedder | None = None,
             documents: list[Document] | None = None) -> "Bot":
        """Load the model (unless given) and the index, building or refreshing the index when missing or stale.
        `documents` replaces reading `settings.corpus_dir` (benchmarks pass their own)."""
        settings = settings or Settings.from_env()
        embedder = embedder or Embedder.load(settings.model, settings.precision, settings.backend)
        store, report = open_index(settings, embedder, progress=progress, documents=documents)
        return cls(settings, embedder, store, report)

    def ask(self, question: str, top_k: int | None = None, sources: Collection[str] | None = None) -> Answer:
        """Answer one question (see `ask_batch`)."""
        return self.ask_batch([question], top_k, sources)[0]

    def ask_batch(self, questions: Sequence[str], top_k: int | None = None,
                  sources: Collection[str] | None = None) -> list[Answer]:
        """Answer many questions at once, in order; encoding and search run as one batch. `top_k` overrides the
        setting; `sources`, when given and not empty, limits quotes to those corpus files."""
        top_k = self.settings.top_k if top_k is None else max(1, int(top_k))
        screenings = [screen_question(q, self.settings.max_question_chars) for q in questions]
        searchable = [i for i, s in enumerate(screenings) if s.status != "invalid"]
        found = dict(zip(searchable, self.candidates_batch([questions[i] for i in searchable], sources)))
        answers = []
        for i, (question, screening) in enumerate(zip(questions, screenings)):
            candidates = found.get(i, [])
            quotes = select_quotes(candidates, top_k, self.settings.min_score, self.settings.quote_margin)
            similarity = max((c.similarity for c in candidates), default=None) if i in found else None
            answers.append(compose_answer(question, screening, quotes, self.settings, similarity))
        return answers

    def search_batch(self, questions: Sequence[str]) -> list[list[Hit]]:
        """Fused chunk hits for each question, best first."""
        return self._search(questions)[1]

    def candidates_batch(self, questions: Sequence[str],
                         sources: Collection[str] | None = None) -> list[list[Candidate]]:
        """Scored sentences of the best chunks for each question, best first, before any threshold; only from
        the files `sources` when given."""
        retriever = self.retriever  # one index for the whole batch, even if a refresh lands meanwhile
        vectors, hits = self._search(questions, retriever, self.settings.candidate_chunks, sources)
        return [retriever.candidates(q, h, v) for q, h, v in zip(questions, hits, vectors)]

    def _search(self, questions: Sequence[str], retriever: Retriever | None = None, limit: int | None = None,
                sources: Collection[str] | None = None) -> tuple[np.ndarray, list[list[Hit]]]:
        retriever = retriever or self.retriever
        vectors = self._questions.run(questions)
        return vectors, (retriever.search_batch(questions, vectors, limit, sources) if len(questions) else [])
