"""The emergency screen's third signal: labelled example messages by their sentence vectors."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from bot.answer import examples
from bot.answer.examples import BANK_FILE, CATEGORIES, ExampleBank, example_bank
from bot.answer.safety import example_text, find_by_example

# A question vector in a toy space: emergencies along the first axis, other messages along the second.
EMERGENCY, OTHER, SUICIDE = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0]), np.array([0.0, 0.0, 1.0])


def toy_bank(at: float = 0.7, margin: float = 0.15, agree_odds: float | None = None,
             agree_margin: float | None = None, agree_words: int = 0) -> ExampleBank:
    return ExampleBank(np.stack([EMERGENCY, SUICIDE]).astype(np.float32), OTHER[None].astype(np.float32),
                       ("poisoning", "suicide"), at, margin, "toy", agree_odds, agree_margin, agree_words)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_message_near_an_emergency_and_far_from_the_rest_resembles_an_emergency():
    found = toy_bank().resembles_emergency(unit(0.9, 0.3, 0.0))
    assert found is not None and found.category == "poisoning" and found.emergency > found.other + 0.15


def test_near_an_emergency_but_as_near_another_message_is_no_emergency():
    # cosine 0.71 to both sides: the margin is not met, though the emergency side reaches `at`.
    assert toy_bank().resembles_emergency(unit(1.0, 1.0, 0.0)) is None


def test_far_from_every_emergency_is_no_emergency_whatever_the_margin():
    assert toy_bank(margin=0.0).resembles_emergency(unit(0.6, 0.0, 0.8)).category == "suicide"
    assert toy_bank(at=0.9, margin=0.0).resembles_emergency(unit(0.6, 0.0, 0.8)) is None


def test_a_message_resembling_an_emergency_reads_as_one_only_with_even_odds_from_the_letters_model():
    near = unit(0.9, 0.3, 0.0)
    assert toy_bank().reads_as_emergency(near, 0.5, 3).category == "poisoning"
    assert toy_bank().reads_as_emergency(near, 0.49, 3) is None


def test_the_letters_model_surer_makes_a_smaller_margin_enough_wherever_the_nearest_emergency_stands():
    # cosine 0.77 to the nearest emergency (below `at`), 0.63 to the nearest other message: a margin of 0.14.
    leaning = unit(0.55, 0.45, 0.0)
    agreeing = toy_bank(at=0.9, agree_odds=0.8, agree_margin=0.08, agree_words=5)
    assert agreeing.reads_as_emergency(leaning, 0.85, 5).category == "poisoning"
    assert agreeing.reads_as_emergency(leaning, 0.79, 5) is None  # the letters model not sure enough
    assert agreeing.reads_as_emergency(leaning, 0.85, 4) is None  # too few words for nearness to say much
    assert toy_bank(at=0.9, agree_odds=0.8, agree_margin=0.15).reads_as_emergency(leaning, 0.99, 9) is None
    assert toy_bank(at=0.9).reads_as_emergency(leaning, 0.99, 9) is None  # no agreeing pair: `at` and `margin` alone


@pytest.mark.parametrize("message", [
    "I have crushing chest pain",  # a phrase: the phrases decide it, whatever they read
    "my mum had a stroke last year, what does the letter say",  # a phrase read as a past event stays one
    "e lo sciroppo?",  # too few words to stand apart from an emergency
    "respiro",
])
def test_the_examples_read_no_message_holding_a_phrase_or_saying_too_little(message):
    assert example_text(message) is None
    assert find_by_example(message, EMERGENCY, toy_bank()) is None


def test_an_example_emergency_says_its_words_and_gives_the_crisis_line_only_for_thoughts_of_suicide():
    message = "by mistake I injected twice my insulin dose an hour ago, now I'm shaking and sweating"
    assert example_text(message)
    found = find_by_example(message, EMERGENCY, toy_bank())
    assert found.kinds == ("symptoms",) and found.language == "en"
    assert found.trigger and set(found.trigger.split()) <= set(example_text(message).split())
    assert find_by_example(message, SUICIDE, toy_bank()).kinds == ("suicide",)
    assert find_by_example(message, OTHER, toy_bank()) is None


def test_a_plain_request_near_an_emergency_example_needs_the_letters_model_to_lean_to_an_emergency_too():
    # As near an emergency example as can be, but the letters model gives a request about results low odds: the
    # emergencies that began with such a request ("...doesn't matter, I've booked a hotel room") made it urgent.
    assert example_text("what do my blood results mean")
    assert find_by_example("what do my blood results mean", EMERGENCY, toy_bank(margin=0.0)) is None


def test_plain_requests_about_documents_are_not_urgent_with_the_bundled_bank(embedder):
    # A reviewer's finding: these had the crisis line (each nearest an emergency that began with such a request).
    bank = example_bank(embedder.model_hash)
    requests = ["what do my blood results mean", "could you go through my cholesterol results with me",
                "can you explain my discharge letter", "tell me about my crisis plan", "explain my lab report"]
    assert not [q for q, v in zip(requests, embedder.encode(requests)) if find_by_example(q, v, bank)]


def test_short_everyday_messages_about_pills_are_not_urgent_with_the_bundled_bank(embedder):
    # A reviewer's finding against the first agreeing pair: each read 0.72-0.94 by the letters model and nearer a wish
    # to die or an overdose than any other example, with three or four words to go on.
    bank = example_bank(embedder.model_hash)
    messages = ["I'm taking my tablets tonight", "I'm taking my tablets now", "i am taking my meds tonight",
                "I'm going to take my tablets tonight", "I'm ready to start the new pills",
                "prendo le mie pastiglie adesso", "tomo os meus comprimidos agora"]
    # The bank refitted on 2026-12-07 (dev17-dev25 added; bench/README.md, "More writers' sets fitted") makes two of
    # them urgent: the trade-off named there, for 16 more blind emergencies; no other may be.
    made = {m for m, v in zip(messages, embedder.encode(messages)) if find_by_example(m, v, bank)}
    assert made <= {"I'm going to take my tablets tonight", "tomo os meus comprimidos agora"}


def test_a_bank_is_read_back_without_pickle(tmp_path):
    path = tmp_path / "bank.npz"
    vectors = np.stack([EMERGENCY, OTHER, SUICIDE]).astype(np.float16)
    np.savez_compressed(path, vectors=vectors, urgent=np.array([True, False, True]),
                        category=np.array([CATEGORIES.index("heart"), 0, CATEGORIES.index("suicide")], dtype=np.uint8),
                        facts=np.array(json.dumps({"at": 0.7, "margin": 0.15, "model_hash": "abc"})))
    bank = ExampleBank.load(path)
    assert bank.categories == ("heart", "suicide") and bank.others.shape == (1, 3)
    assert (bank.at, bank.margin, bank.model_hash) == (0.7, 0.15, "abc")
    # a bank written before the agreeing triple: without it
    assert (bank.agree_odds, bank.agree_margin, bank.agree_words) == (None, None, 0)
    facts = {"at": 0.7, "margin": 0.15, "model_hash": "abc", "agree_odds": 0.55, "agree_margin": 0.11, "agree_words": 7}
    np.savez_compressed(path, vectors=vectors, urgent=np.array([True, False, True]),
                        category=np.array([CATEGORIES.index("heart"), 0, CATEGORIES.index("suicide")], dtype=np.uint8),
                        facts=np.array(json.dumps(facts)))
    assert (ExampleBank.load(path).agree_odds, ExampleBank.load(path).agree_margin,
            ExampleBank.load(path).agree_words) == (0.55, 0.11, 7)


def test_the_bundled_bank_is_of_the_bundled_model_and_of_no_other(embedder, caplog):
    bank = example_bank(embedder.model_hash)
    assert bank is not None and bank.emergencies.shape[1] == embedder.dimension
    assert set(bank.categories) == set(CATEGORIES) and len(bank.others) > 1000
    assert bank.agree_odds is not None and bank.agree_margin is not None and bank.agree_words >= 3  # the triple read
    with caplog.at_level(logging.WARNING):
        assert example_bank("another model") is None
    assert "reads no example messages" in caplog.text and "another model" in caplog.text


def test_a_missing_bank_leaves_the_screen_to_the_phrases_and_the_model(monkeypatch, tmp_path, caplog):
    examples._load.cache_clear()
    monkeypatch.setattr(examples, "BANK_FILE", tmp_path / "missing.npz")
    try:
        with caplog.at_level(logging.WARNING):
            assert example_bank("any") is None
        assert "could not be read" in caplog.text
    finally:
        monkeypatch.undo()
        examples._load.cache_clear()
    assert BANK_FILE.exists()
