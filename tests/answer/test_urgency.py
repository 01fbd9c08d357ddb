"""The emergency screen's second signal: its features, its arithmetic against scikit-learn's, its trigger words."""

import gzip
import json
import logging

import numpy as np
import pytest

from bot.answer import urgency
from bot.answer.urgency import UrgencyModel, features


def test_features_are_letter_n_grams_within_words_then_words_and_word_pairs_but_not_of_skipped_words():
    assert features("my chest and pain", frozenset({"my", "and"})) == features("chest pain")
    grams = features("chest pain")
    assert " c" in grams and "ches" in grams and "est " in grams and "in " in grams
    assert "t p" not in grams  # never across words
    assert grams[-3:] == ["=chest", "=pain", "=chest pain"]
    assert features("a") == [" a", "a ", " a ", "=a"]  # as scikit-learn's "char_wb": a short word whole, once


def _fitted(texts, labels):
    """A tiny model fitted as bench/fit_urgency.py fits one, as plain fields and as scikit-learn's objects."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=features, min_df=1, sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=10).fit(x, labels)
    names = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    data = {"features": names, "idf": vectorizer.idf_.tolist(), "weights": model.coef_[0].tolist(),
            "bias": float(model.intercept_[0]), "suicide_weights": (-model.coef_[0]).tolist(),
            "suicide_bias": 0.0, "urgent_at": 0.5, "skipped": []}
    return UrgencyModel.from_json(data), vectorizer, model


def test_the_model_reads_a_message_as_scikit_learn_would():
    texts = ["i cant breathe", "my chest hurts now", "he is not breathing", "what is magnesium",
             "can magnesium cause chest pain", "how do i store tablets", "chest pain chest pain now"]
    ours, vectorizer, model = _fitted(texts, [1, 1, 1, 0, 0, 0, 1])
    for text in [*texts, "my dad cant breathe and his chest hurts", "unknown words only", "breathe breathe"]:
        expected = model.predict_proba(vectorizer.transform([text]))[0, 1]
        assert ours.read(text).probability == pytest.approx(expected, abs=1e-9), text


def test_the_trigger_names_the_words_weighing_most_towards_an_emergency_in_the_message_order():
    texts = ["i cant breathe", "my chest hurts now", "he is not breathing", "what is magnesium",
             "can magnesium cause chest pain", "how do i store tablets", "chest pain chest pain now"]
    ours, _, _ = _fitted(texts, [1, 1, 1, 0, 0, 0, 1])
    reading = ours.read("what is magnesium my chest hurts now")
    words = reading.trigger.split()
    assert 1 <= len(words) <= urgency.TRIGGER_WORDS and "magnesium" not in words
    assert words == [w for w in "what is magnesium my chest hurts now".split() if w in words]  # the message's order
    assert ours.read("chest chest hurts").trigger.split().count("chest") == 1  # each word once


def test_the_bundled_model_loads_and_tells_an_emergency_from_a_question():
    model = urgency.urgency_model()
    assert model is not None and 0.5 < model.urgent_at < 1
    assert model.read("my grandpa is sweating buckets and says his jaw and left shoulder are killing him"
                      ).probability >= model.urgent_at
    assert model.read("what is the capital of france").probability < 0.1
    assert model.read("i want to end my life tonight").suicide
    assert not model.read("my grandpa is sweating buckets and his jaw is killing him").suicide
    assert {"and", "my", "et", "und"} <= model.skipped


def test_the_bundled_model_gives_words_of_the_day_and_evening_no_weight():
    # "tonight" weighed towards an emergency and made "I'm taking my tablets tonight" urgent (bench/README.md,
    # "Thresholds chosen on blind sets")
    model = urgency.urgency_model()
    for timed, plain in [("i'm taking my tablets tonight", "i'm taking my tablets"),
                         ("mi hija tiene tos esta noche", "mi hija tiene tos"),
                         ("heute abend hat er fieber", "hat er fieber")]:
        assert model.read(timed).probability == model.read(plain).probability, timed


def test_an_unreadable_model_file_leaves_the_phrases_alone_with_a_warning(tmp_path, monkeypatch, caplog):
    broken = tmp_path / "urgency.json.gz"
    broken.write_bytes(gzip.compress(json.dumps({"features": []}).encode()))
    monkeypatch.setattr(urgency, "MODEL_FILE", broken)
    urgency._load.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert urgency.urgency_model() is None
        assert "phrases only" in caplog.text and "reinstall" in caplog.text
    finally:
        urgency._load.cache_clear()


def test_the_bundled_file_is_plain_json():
    data = json.loads(gzip.decompress(urgency.MODEL_FILE.read_bytes()))
    assert len(data["features"]) == len(data["idf"]) == len(data["weights"]) == len(data["suicide_weights"])
    assert not any(feature.lstrip("=").split()[0] in data["skipped"] for feature in data["features"]
                   if feature.startswith("="))
    assert np.isfinite(data["weights"]).all()

