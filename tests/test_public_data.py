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


# Each set on three of its articles, to stay quick: the file, the articles, and the fewest follow-ups of their 30
# answerable ones to quote their answer with history, and the fewest more than alone. Set 1: 23 and 14 of 30 when
# written, 27 and 14 once a follow-up's sentence is chosen by its own words. Set 2, written after that: 24 and 12;
# 26 and 8 once a follow-up must be answered by a passage addressing its own ask, which refuses more of the sets'
# unanswerable follow-ups (bench/README.md, "A follow-up's own ask...").
FOLLOW_UP_SETS = [("followups-squad.jsonl", {"Force", "Warsaw", "Immune_system"}, 25, 10),
                  ("followups-squad2.jsonl", {"Normans", "Huguenot", "Packet_switching"}, 22, 8)]


@pytest.mark.slow
@needs_squad
@pytest.mark.parametrize(("name", "articles", "fewest", "gain"), FOLLOW_UP_SETS, ids=[s[0] for s in FOLLOW_UP_SETS])
def test_squad_follow_ups_are_answered_better_with_their_history_than_alone(make_bot, name, articles, fewest, gain):
    """tests/data/followups-squad*.jsonl (written blind over SQuAD articles; bench/README.md, "Follow-ups read with
    the conversation"): a follow-up read with its earlier question quotes its own paragraph's answer far more often
    than asked alone."""
    rows = [row for row in map(json.loads, (REPO / "tests/data" / name).read_text().splitlines())
            if row["article"] in articles and row["expected_status"] == "answered"]
    with open(SHARED / "datasets/squad2-dev-half/corpus.jsonl", encoding="utf-8") as handle:
        bot = make_bot({f"{paragraph['_id']}.txt": paragraph["text"] + "\n" for paragraph in map(json.loads, handle)
                        if paragraph["_id"].rsplit("#", 1)[0] in articles})

    def hits(history: bool) -> int:
        answers = bot.ask_batch([row["question"] for row in rows],
                                histories=[row["history"] if history else () for row in rows])
        return sum(any(e in q.text for e in row["expected"] for q in answer.quotes)
                   for row, answer in zip(rows, answers))

    with_history, alone = hits(True), hits(False)
    assert len(rows) == 30 and with_history >= fewest and with_history >= alone + gain, (with_history, alone)
