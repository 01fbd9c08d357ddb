"""Checks on the shared public datasets; skipped with a reason when ../shared is absent."""

import json
import sys

import numpy as np
import pytest

from tests.support import REPO, SHARED

SQUAD = SHARED / "datasets/squad2-dev-half/qa.jsonl"
needs_squad = pytest.mark.skipif(not SQUAD.is_file(), reason=f"public data not found at {SQUAD}")


@pytest.mark.slow
@needs_squad
def test_squad_questions_asked_of_the_seed_article_are_not_found(seed_bot):
    with open(SQUAD, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    questions = [r["question"] for r in rows if not r["is_impossible"]][::10]  # every tenth: 291 questions
    answers = seed_bot.ask_batch(questions)
    not_found = sum(a.status == "not_found" for a in answers) / len(answers)
    assert not_found >= 0.95, f"only {not_found:.1%} of off-topic questions came back not_found"


def test_threshold_rule_maximizes_balanced_accuracy_and_prefers_the_higher_tie():
    sys.path.insert(0, str(REPO / "bench"))
    from calibrate_threshold import choose_threshold
    on = np.array([0.6, 0.7, 0.8])
    off = np.array([0.1, 0.2, 0.3])
    threshold, accuracy = choose_threshold(on, [off])
    assert threshold == 0.6 and accuracy == 1.0
    # every threshold from 0.56 to 0.90 scores 0.75; the highest wins
    assert choose_threshold(np.array([0.5, 0.9]), [np.array([0.55])]) == (0.9, 0.75)
