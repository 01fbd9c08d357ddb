"""BM25 terms and scores (bot/index/lexical.py): the hand-written tokenizer must give bm25s's own terms."""

import bm25s
import pytest
import Stemmer

from bot.index.generation import bm25_files
from bot.index.lexical import LexicalIndex
from tests.support import SEED

ODD = ["", "the and of", "A", "Magnesium's RÔLE in naïve 2nd-line ther-apy (RLS), e.g. 300mg/day!",
       "Ünïcödé wörds — ＦＵＬＬＷＩＤＴＨ and 日本語テキスト", "x_y __init__ 42 4.2 a1 b", "Running runs ran RUNNER"]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()] + ODD


def test_terms_are_those_of_bm25s_tokenize(lines):
    expected = bm25s.tokenize(lines, stopwords="en", stemmer=Stemmer.Stemmer("english"), return_ids=False,
                              show_progress=False)
    assert LexicalIndex(["magnesium"]).tokenize(lines) == expected


def test_terms_are_those_the_index_was_built_with(lines):
    index = LexicalIndex(lines)
    built = set(index.terms) - {""}  # bm25s keeps an empty term for texts with none
    assert built == {term for terms in index.tokenize(lines) for term in terms}


def test_scores_find_the_texts_holding_a_term():
    index = LexicalIndex(["Magnesium relaxes muscles.", "Iron deficiency is common.", "Sleep matters."])
    scores = index.scores("Does magnesium help?")
    assert scores[0] > 0 and scores[1] == scores[2] == 0
    assert not index.scores("Photosynthesis in plants").any()


def test_the_texts_holding_every_term_are_found_by_position(tmp_path):
    texts = ["Colchicine can give you the runs.", "Do not run after a meal.", "Runs of bad luck.", "Tea is fine."]
    built = LexicalIndex(texts)
    built.save(tmp_path, bm25_files("chunks"))
    for index in (built, LexicalIndex.load(tmp_path, bm25_files("chunks"))):
        assert index.holding(index.tokenize(["runs"])[0]).tolist() == [0, 1, 2]
        assert index.holding(index.tokenize(["colchicine runs"])[0]).tolist() == [0]
        assert index.holding(index.tokenize(["tea runs"])[0]).tolist() == []
        assert index.holding(["unknownterm"]).tolist() == [] and index.holding([]).tolist() == []


def test_coverage_weights_rare_words_more():
    texts = ["legs legs", "legs restless", "restless sleep", "legs at night", "legs and arms"]
    index = LexicalIndex(texts)
    covered = index.coverage("restless legs", ["Restless legs.", "My legs.", "Restless nights.", "Nothing here."])
    assert covered[0] == pytest.approx(1.0)
    assert covered[3] == 0.0
    assert covered[2] > covered[1] > 0  # "restless" is in 2 of 5 texts, "legs" in 4
    assert covered[1] + covered[2] == pytest.approx(1.0)
    assert index.coverage("the of and", ["the of and"]) == [0.0]


def test_a_loaded_index_scores_as_built_from_plain_views_of_its_maps(tmp_path, lines):
    import numpy as np

    built = LexicalIndex(lines)
    built.save(tmp_path, bm25_files("chunks"))
    loaded = LexicalIndex.load(tmp_path, bm25_files("chunks"))
    for query in ("magnesium and restless legs", "sleep", "nothing matches zzzz"):
        np.testing.assert_array_equal(loaded.scores(query), built.scores(query))
    assert set(loaded.score_arrays) == {"data", "indices", "indptr"}
    for array in loaded.score_arrays.values():  # mapped, not read in, but without np.memmap's cost per slice
        assert type(array) is np.ndarray and array.base is not None and not array.flags.owndata
