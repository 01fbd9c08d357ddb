"""Quote choice: which sentences of the retrieved chunks an answer quotes, or that the documents do not cover the
question. The one owner of candidate scores, the not-found decision (similarity threshold, then whether a sentence
addresses what is asked: `bot.answer.support`), the margin and the merging of neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from bot.answer.compose import Quote
from bot.answer.retrieval import Hit
from bot.answer.support import (
    Evidence,
    Matcher,
    SupportModel,
    WordVectors,
    default_model,
    question_focus,
    weigh,
)
from bot.index.chunking import Chunk, Sentence
from bot.index.store import IndexStore
from bot.settings import Settings

# How many of the best candidates the support model weighs: the answering sentence is among the first few when it is
# there at all (bench/README.md, "Near misses"), and each costs a tokenization.
SUPPORT_CANDIDATES = 8


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved chunk: `similarity` is its cosine to the question (what the not-found threshold
    applies to); `score` ranks quotes: similarity plus `lexical_weight` times the share of question words it holds."""

    sentence_id: int
    sentence: Sentence
    score: float
    chunk: Chunk  # the best-ranked retrieved chunk that holds the sentence
    similarity: float



@dataclass(frozen=True)
class QuoteChoice:
    """The quotes an answer gives, best first (none when the documents do not cover the question); the best
    candidate's similarity, which the not-found threshold saw (None when nothing was searched); and the evidence of
    the best-supported sentence among those that reached it (None when none did), which decided the rest."""

    quotes: tuple[Quote, ...] = ()
    similarity: float | None = None
    evidence: Evidence | None = None


class QuoteChooser:
    """Scores the sentences of retrieved chunks of one index as quote candidates (`candidates`) and chooses the
    quotes among them (`choose`). `words`, the model's word vectors, lets the support model match the question's
    words by meaning; without them it matches stems only."""

    def __init__(self, store: IndexStore, settings: Settings, words: WordVectors | None = None,
                 support: SupportModel | None = None):
        self._store = store
        self.settings = settings
        self._words = words
        self.support = support or default_model()
        self._lexical = store.chunk_lexical
        self._heading = store.columns.sentence_heading
        # A plain view of the (memory-mapped) sentence vectors: np.memmap's indexing is slow per call.
        self._sentence_vectors = np.asarray(store.sentence_vectors)

    def candidates(self, question: str, hits: Sequence[Hit], query_vector: np.ndarray) -> list[Candidate]:
        """Sentences of the best `candidate_chunks` hits, best first by score, ties by id."""
        owner: dict[int, Chunk] = {}
        sentence: dict[int, Sentence] = {}
        seen: set[str] = set()
        for hit in hits[:self.settings.candidate_chunks]:
            # Headings give chunks context but say nothing quotable.
            wanted = [sid for sid in range(hit.chunk.sentence_start, hit.chunk.sentence_stop)
                      if sid not in owner and not self._heading[sid]]
            if not wanted:
                continue
            rows = self._store.sentences[wanted[0]:wanted[-1] + 1]  # a loaded index reads a run of rows at once
            for sid in wanted:
                sentence[sid] = rows[sid - wanted[0]]
                # A sentence repeated elsewhere (overlap, boilerplate shared by documents) is quoted once, from the
                # best-ranked chunk.
                if sentence[sid].text not in seen:
                    owner[sid] = hit.chunk
                    seen.add(sentence[sid].text)
        if not owner:
            return []
        ids = np.fromiter(owner, dtype=np.int64)
        similarities = self._sentence_vectors[ids] @ query_vector
        coverage = self._lexical.coverage(question, [sentence[sid].text for sid in owner])
        weight = self.settings.lexical_weight
        found = [Candidate(int(sid), sentence[int(sid)], float(sim) + weight * cov, owner[int(sid)], float(sim))
                 for sid, sim, cov in zip(ids, similarities, coverage)]
        return sorted(found, key=lambda c: (-c.score, c.sentence_id))

    def choose(self, question: str, candidates: Sequence[Candidate], top_k: int) -> QuoteChoice:
        """The quotes for these candidates of `question`: none unless the support model accepts one of the best
        `SUPPORT_CANDIDATES` that reach the settings' similarity threshold; then `select_quotes` with the threshold
        and margin. The choice carries the evidence that decided: the accepted sentence's, or the best-supported."""
        similarity = max((c.similarity for c in candidates), default=None)
        weighed = self.support_of(question, candidates)
        # The evidence that decides: the best of the sentences the quantity rule lets through, whose probability is
        # then what the threshold saw; else the best of all (it states no quantity asked for).
        eligible = [e for e in weighed if not e.quantity_missing]
        best = max(eligible or weighed, key=lambda e: e.probability, default=None)
        if best is None or not self.support.accepts(best):
            return QuoteChoice((), similarity, best)
        quotes = select_quotes(candidates, top_k, self.settings.min_score, self.settings.quote_margin)
        return QuoteChoice(tuple(quotes), similarity, best)

    def support_of(self, question: str, candidates: Sequence[Candidate]) -> list[Evidence]:
        """The evidence for each of the best `SUPPORT_CANDIDATES` candidates that reach the similarity threshold."""
        weighed = [c for c in candidates[:SUPPORT_CANDIDATES] if c.similarity >= self.settings.min_score]
        if not weighed:
            return []
        matcher = Matcher(question_focus(question, self._lexical), self._lexical, self._words)
        return [weigh(matcher, c.sentence.text, c.chunk.text, c.similarity, self.support) for c in weighed]


def select_quotes(candidates: Sequence[Candidate], top_k: int, min_score: float, margin: float) -> list[Quote]:
    """The best sentences as quotes, best first by score. None unless some sentence's similarity reaches
    `min_score`; each quote's similarity reaches it too, and its score is within `margin` of the best score.
    At most `top_k`; neighbouring sentences of one document merge into one quote."""
    eligible = [c for c in candidates if c.similarity >= min_score]
    if not eligible:
        return []
    floor = eligible[0].score - margin
    chosen = [c for c in eligible if c.score >= floor][:top_k]
    chosen.sort(key=lambda c: c.sentence_id)
    groups: list[list[Candidate]] = []
    for cand in chosen:
        last = groups[-1][-1] if groups else None
        if last is not None and cand.sentence_id == last.sentence_id + 1 and _same_paragraph(groups[-1][0], last, cand):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    quotes = [_merge(group) for group in groups]
    return sorted(quotes, key=lambda q: (-q.score, q.source, q.start))


def _same_paragraph(first: Candidate, last: Candidate, cand: Candidate) -> bool:
    chunk = first.chunk
    if not (chunk.sentence_start <= first.sentence_id and cand.sentence_id < chunk.sentence_stop):
        return False
    gap = chunk.text[last.sentence.end - chunk.start:cand.sentence.start - chunk.start]
    return "\n" not in gap  # a heading or list item above a sentence stays its own quote


def _merge(group: list[Candidate]) -> Quote:
    first, last, chunk = group[0].sentence, group[-1].sentence, group[0].chunk
    text = chunk.text[first.start - chunk.start:last.end - chunk.start]
    return Quote(text=text, source=first.source, start=first.start, end=last.end, line_start=first.line_start,
                 line_end=last.line_end, page_start=first.page_start, page_end=last.page_end, heading=first.heading,
                 score=round(max(c.score for c in group), 4))
