"""Fusion of retrieval signals: exact collection statistics, and the document lead signal with the real model."""

from __future__ import annotations

import numpy as np

from bot.answer.retrieval import ScoreScale
from bot.index.columns import Moments

SHARED_TAIL = ("The trial enrolled four hundred adults and followed them for two winters. "
               "Symptoms were recorded every morning in a paper diary. "
               "The participants reported fewer sick days than the control group did.")


def test_score_scale_gives_the_exact_mean_and_spread_over_every_row():
    rng = np.random.default_rng(7)
    rows = rng.normal(size=(500, 16)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    query = rows[3] + 0.5 * rows[9]
    query /= np.linalg.norm(query)
    cosines = rows @ query
    expected = (cosines - cosines.mean()) / cosines.std()
    moments = Moments.of(len(rows), lambda start, stop: rows[start:stop])
    assert np.allclose(ScoreScale(moments).zscore(query, cosines), expected, atol=1e-4)
    one = Moments.of(1, lambda start, stop: rows[start:stop])
    assert not ScoreScale(one).zscore(query, cosines[:1]).any()  # one row: no spread, no signal


# The same tail under two different openings; "a-" sorts first, so it wins ties.
TWO_DOCUMENTS = {
    "a-gardening.txt": "Growing tomatoes on a balcony.\nTomato plants need deep pots, full sun and steady watering. "
                       "Pinch out the side shoots every week.\n" + SHARED_TAIL + "\n",
    "b-zinc.txt": "Zinc lozenges against the common cold.\nZinc is a trace mineral that may shorten colds. "
                  "Lozenges release it slowly in the mouth.\n" + SHARED_TAIL + "\n",
}
# Lexical signals off and small chunks, so the tails are identical chunks.
TAILS_ALIKE = dict(chunk_tokens=24, overlap_sentences=0, document_bm25_weight=0.0, chunk_bm25_weight=0.0)


def test_a_passage_in_two_documents_is_found_once_from_the_document_about_the_question(make_bot):
    # With the tails alike, only the lead can tell them apart.
    question = "Did people taking zinc for colds report fewer sick days?"

    def tail_sources(bot):
        tails = [chunk for chunk in bot.store.chunks if chunk.text.startswith("Symptoms were recorded")]
        assert len(tails) == 2 and len(bot.store.columns.vector_chunk) < len(bot.store.chunks)  # one vector
        hits = bot.search_batch([question])[0]
        return [hit.chunk.source for hit in hits if hit.chunk.text.startswith("Symptoms were recorded")]

    without_lead = make_bot(TWO_DOCUMENTS, lead_weight=0.0, **TAILS_ALIKE)
    assert tail_sources(without_lead) == ["a-gardening.txt"]  # a tie: the first
    assert tail_sources(make_bot(lead_weight=0.75, **TAILS_ALIKE)) == ["b-zinc.txt"]


def test_a_copy_the_search_did_not_return_is_still_scored(make_bot):
    # FAISS holds one vector for the two identical tails and returns only the first chunk that owns it. With a
    # search depth of 1 and a question sharing no words with the corpus (no BM25 candidates), the zinc document's
    # tail can only be scored if fusion adds the copies of what the search found.
    bot = make_bot(TWO_DOCUMENTS, fusion_depth=1, lead_weight=0.75, **TAILS_ALIKE)
    tails = [i for i, chunk in enumerate(bot.store.chunks) if chunk.text.startswith("Symptoms were recorded")]
    zinc_lead = [i for i, chunk in enumerate(bot.store.chunks) if chunk.text.startswith("Zinc lozenges")]
    # Nearer the tails than the zinc lead, so that the search's one hit is the tails' vector, not a near tie.
    vector = bot.store.chunk_rows(np.array(tails[:1] + tails[:1] + zinc_lead)).sum(axis=0)
    vector /= np.linalg.norm(vector)
    hits = bot.retriever.search_batch(["qqqq"], vector[None, :].astype(np.float32))[0]
    assert [hit.chunk.source for hit in hits if hit.chunk.text.startswith("Symptoms were recorded")] == ["b-zinc.txt"]
