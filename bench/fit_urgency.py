"""Fit the emergency screen's second signal (bot/answer/urgency.json.gz): a logistic model over a message's letter
n-grams and words that tells an emergency happening from a mention, a past event or an ordinary question.

Data:   the labelled development sets (`URGENCY_SETS`: `tests/data/emergencies.jsonl`, `-dev2` ... `-dev20`; `-dev9`
        holds only ordinary chat in six languages; `-dev10` suicide, stroke and poisoning, half not urgent; `-dev11`
        everyday words; `-dev12` mild and severe symptoms happening now; `-dev13` emergency words in fiction,
        hypotheticals and mentions; `-dev14`, `-dev15`, `-dev17`, `-dev18` suicide and poisoning told in hints;
        `-dev19`, `-dev20` messages told inside a request to the assistant; `-dev23`, `-dev24`, `-dev25` three
        writers' sets from one brief, each run once before it was fitted), the half of `-dev21` (everyday words
        around the clock) and `-dev22` (mild complaints) whose id's sha256 starts with an even byte (the other half is
        held back), and, as ordinary messages, the SQuAD 2.0 dev half's questions, SciFact's claims, MTRAG-UN's user
        turns and the health and dose sets' questions that expect no emergency, whose sha256's first byte is even
        (the odd ones are held back).
Model:  `TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True)`, the stop words of the six languages and
        words of the day and evening giving no feature (`SKIPPED`), and `LogisticRegression` (`--c`, classes
        balanced); a second one on the emergencies alone tells thoughts of suicide (asked of urgent messages: the crisis
        line, `safety._with_crisis`).
Rule:   the screen's verdict is the phrases', or, where they find none, the model's on `safety.model_text` (the
        clauses where the phrases see nothing) from `urgent_at`, or the example messages'. `urgent_at` is chosen on
        blind sets, the sets the phrases were never written against (`CALIBRATION`, test to test5): the lowest
        threshold at which the model (with the example messages) adds at most 1% of their non-emergencies to the
        phrases' false alarms, at most 1% of the held-back halves of dev21's and dev22's and of a reviewer's
        everyday messages (probes58), and at most 0.25% of the held-back ordinary messages. The later blind sets
        (test6 to test13) are reported, totals only, never chosen on.

    python bench/fit_urgency.py --shared ../shared [--write]

Prints the blind sets' and the held-back messages' figures (`--trade-off`: every threshold's); with --write, writes
bot/answer/urgency.json.gz (about a minute).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answer import urgency  # noqa: E402
from bot.answer.examples import example_bank  # noqa: E402
from bot.answer.safety import (  # noqa: E402
    PLAIN_WORDS, content_words, example_text, find_emergency, model_text, normalize)
from bot.index.embedding import Embedder  # noqa: E402
from bot.settings import Settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEVELOPMENT = ("emergencies", "emergencies-dev2", "emergencies-dev3", "emergencies-dev4", "emergencies-dev5",
               "emergencies-dev6", "emergencies-dev7", "emergencies-dev8", "emergencies-dev9", "emergencies-dev10",
               "emergencies-dev11", "emergencies-dev12", "emergencies-dev13", "emergencies-dev14",
               "emergencies-dev15", "emergencies-dev16", "emergencies-probes47")
# The sets the model is fitted on: every development set but probes47 (written against the screen), and the sets
# written since for the phrases (suicide in hints, emergencies told inside a request). Until 2026-12-06 the model was
# fitted on dev1-dev12 alone, as more sets raised a threshold chosen on the development sets themselves; with the
# thresholds chosen on blind sets (`CALIBRATION`) more sets catch more (bench/README.md, "Thresholds chosen on blind
# sets").
URGENCY_SETS = (*(name for name in DEVELOPMENT if name != "emergencies-probes47"),
                "emergencies-dev17", "emergencies-dev18", "emergencies-dev19", "emergencies-dev20",
                "emergencies-dev23", "emergencies-dev24", "emergencies-dev25")
# Everyday messages in the words of emergencies (a sore throat tonight, pills started or stopped), with emergencies
# told in the same words: the half whose id's sha256 starts with an even byte is fitted, the other half holds the
# thresholds to account (`ADDED_FALSE_URGENT`), as the blind sets held few such messages.
EVERYDAY = ("emergencies-dev21", "emergencies-dev22")
# A reviewer's messages against the first version of this fit (2026-12-06), never fitted: the first 366, written
# without looking at the model's weights, hold the thresholds to account as the held-back everyday half does; the other
# 145, aimed at the words the model weighed (probes58b), are reported.
PROBES = ("emergencies-probes58", "emergencies-probes58b")
BLIND = ("emergencies-test", "emergencies-test2", "emergencies-test3", "emergencies-test4", "emergencies-test5",
         "emergencies-test6", "emergencies-test7", "emergencies-test8", "emergencies-test9", "emergencies-test10",
         "emergencies-test11", "emergencies-test12", "emergencies-test13",
         "emergencies-test14")
# The blind sets the thresholds are chosen on: sets the phrases were never written against, so that their false
# alarms are a new writer's; the later ones are reported, never chosen on.
CALIBRATION = BLIND[:5]
HEALTH_SETS = ("health", "health2", "health3", "health4", "doses", "doses2")
URGENT_AT_GRID = np.round(np.arange(0.5, 0.97, 0.02), 2)
# Words of the day and the evening give no feature either: "tonight" and "esta noche" weighed towards an emergency (the
# development sets' wishes to die were often for tonight), and made "I'm taking my tablets tonight" urgent; the phrases
# read a time that makes an event happening now themselves.
TIME_WORDS = frozenset(("tonight", "tonite", "tonight's", "today", "noche", "hoy", "stasera", "stanotte", "oggi",
                        "soir", "aujourd'hui", "aujourdhui", "hoje", "noite", "heute", "abend", "abends", "nacht"))
SKIPPED = PLAIN_WORDS | TIME_WORDS
# At most this share of the calibration sets' non-emergencies made urgent by the model, beyond the phrases' own.
ADDED_FALSE_URGENT = 0.01
# At most one ordinary message in 400 held back from the fit made urgent, more than by the phrases alone (everyday
# questions are most of what a user asks; the budget is 2% for messages worded close to an emergency).
ORDINARY_BUDGET = 0.0025


def ordinary(shared: Path) -> dict[str, list[str]]:
    """Ordinary messages from three public sets, each distinct once."""
    data = shared / "datasets"
    read = lambda path: [json.loads(line) for line in path.open(encoding="utf-8")]  # noqa: E731
    return {
        "SQuAD questions": sorted({row["question"] for row in read(data / "squad2-dev-half" / "qa.jsonl")}),
        "SciFact claims": sorted({row["text"] for row in read(data / "scifact" / "queries_test.jsonl")}),
        "MTRAG-UN user turns": sorted({turn["text"] for row in read(data / "mtrag-un" / "reference.jsonl")
                                       for turn in row["input"] if turn["speaker"] == "user"}),
    }


def fitted(text: str) -> bool:
    """Whether an ordinary message is in the fitted half."""
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


def health_questions() -> list[str]:
    """The questions of the health and dose sets that expect no emergency message, each distinct once: ordinary
    health questions (the sets' emergencies are not ordinary)."""
    rows = [json.loads(line) for name in HEALTH_SETS
            for line in (REPO / "tests" / "data" / name / "questions.jsonl").open(encoding="utf-8")]
    return sorted({row["question"] for row in rows if row["expected_status"] != "urgent"})


def labelled(name: str) -> list[dict]:
    """A labelled set's rows, each with its normalized text, the phrases' verdict and what the model would read."""
    rows = [json.loads(line) for line in (REPO / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8")]
    for row in rows:
        row["text"] = normalize(row["message"])
        row["phrases"] = find_emergency(row["message"], model=False) is not None
        row["read"] = None if row["phrases"] else model_text(row["message"])
    return rows


def ordinary_rows_of(texts: list[str]) -> list[dict]:
    """Ordinary messages as rows of a labelled set (none urgent)."""
    return [{"message": text, "urgent": False} for text in texts]


def read_on_screen(rows: list[dict], fit: "Fitted", vectors: bool = True) -> None:
    """Add to each row what the screen reads of it with the model `fit`: whether the phrases find an emergency, the
    model's probability on what it reads alone and on what the example messages read, and whether the example
    messages find an emergency (by the bundled model's vectors; without `vectors`, never)."""
    for row in rows:
        if "phrases" not in row:  # a labelled set's row has them already (`labelled`)
            row["phrases"] = find_emergency(row["message"], model=False) is not None
            row["read"] = None if row["phrases"] else model_text(row["message"])
        row["example"] = None if row["phrases"] else example_text(row["message"])
    for key, scores in (("p_read", fit.scores([row["read"] for row in rows])),
                        ("p_example", fit.scores([row["example"] for row in rows]))):
        for row, score in zip(rows, scores):
            row[key] = float(score)
    for row in rows:
        row["resembles"] = False
    asked = [row for row in rows if row["example"]]
    if vectors and asked:
        settings = Settings()
        embedder = Embedder.load(settings.model, settings.precision, settings.backend, settings.question_encoder_dir())
        bank = example_bank(embedder.model_hash)
        for row, vector in zip(asked, embedder.encode([row["message"] for row in asked],
                                                      batch_size=settings.encode_batch_size)):
            row["resembles"] = bank is not None and bank.reads_as_emergency(
                vector, row["p_example"], content_words(row["example"])) is not None


def screened(rows: list[dict], urgent_at: float | None) -> np.ndarray:
    """The screen's verdict on each row (`read_on_screen`) with the model's threshold `urgent_at`
    (`safety.find_emergency`, then the example messages); with None, the phrases' alone."""
    return np.array([row["phrases"] or urgent_at is not None and (
        bool(row["read"]) and row["p_read"] >= urgent_at or row["resembles"])
        for row in rows], dtype=bool)


class Fitted:
    """A vectorizer, the urgency model and the suicide model (fitted on the emergencies alone)."""

    def __init__(self, texts: list[str], urgent: np.ndarray, weight: np.ndarray, suicide: np.ndarray, c: float):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self.vectorizer = TfidfVectorizer(analyzer=functools.partial(urgency.features, skipped=SKIPPED),
                                          min_df=2, sublinear_tf=True)
        x = self.vectorizer.fit_transform(texts)
        self.model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, urgent,
                                                                                        sample_weight=weight)
        self.suicide = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[urgent], suicide[urgent])

    def scores(self, texts: list[str | None]) -> np.ndarray:
        """The probability of an emergency for each text the model reads; 0 where it reads none."""
        read = [i for i, text in enumerate(texts) if text]
        out = np.zeros(len(texts))
        if read:
            out[read] = self.model.predict_proba(self.vectorizer.transform([texts[i] for i in read]))[:, 1]
        return out


def training(rows: list[dict], negatives: list[str]):
    """Texts, labels, weights and suicide labels: the rows, then the ordinary messages."""
    texts = [row["text"] for row in rows] + negatives
    urgent = np.array([row["urgent"] for row in rows] + [False] * len(negatives))
    suicide = np.array([row["urgent"] and row["category"] == "suicide" for row in rows] + [False] * len(negatives))
    return texts, urgent, np.ones(len(texts)), suicide


def rates(urgent: np.ndarray, predicted: np.ndarray) -> str:
    """Recall and false urgent, as the report prints them."""
    share = lambda part: f"{100 * predicted[part].mean():.1f}%" if part.any() else "-"  # noqa: E731
    return f"recall {share(urgent)}, false urgent {share(~urgent)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding datasets/")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation (default 16)")
    parser.add_argument("--write", action="store_true", help="write bot/answer/urgency.json.gz")
    parser.add_argument("--trade-off", action="store_true", help="print every threshold's figures")
    args = parser.parse_args()

    sets = {name: labelled(name) for name in (*URGENCY_SETS, *EVERYDAY, *BLIND, *PROBES)}
    everyday_fitted = [row for name in EVERYDAY for row in sets[name] if fitted(row["id"])]
    everyday_held = [row for name in EVERYDAY for row in sets[name] if not fitted(row["id"])]
    everyday = ordinary(args.shared)
    health = health_questions()
    negatives = [normalize(text) for texts in (*everyday.values(), health) for text in texts if fitted(text)]
    development = [row for name in URGENCY_SETS for row in sets[name]] + everyday_fitted
    print(f"{len(development)} development messages, {len(negatives)} ordinary ones fitted")
    final = Fitted(*training(development, negatives), args.c)
    print(f"{len(final.vectorizer.vocabulary_)} features")

    calibration = [row for name in CALIBRATION for row in sets[name]]
    read_on_screen([row for name in (*BLIND, *PROBES) for row in sets[name]] + everyday_held, final)
    held_back = {label: [text for text in texts if not fitted(text)]
                 for label, texts in (*everyday.items(), ("health and dose questions", health))}
    ordinary_rows = [row for texts in held_back.values() for row in ordinary_rows_of(texts)]
    read_on_screen(ordinary_rows, final, vectors=False)
    urgent = np.array([row["urgent"] for row in calibration])
    daily_other = ~np.array([row["urgent"] for row in everyday_held])
    probed = [row for row in sets[PROBES[0]] if not row["urgent"]]
    budget = screened(calibration, None)[~urgent].mean() + ADDED_FALSE_URGENT
    everyday_budget = screened(everyday_held, None)[daily_other].mean() + ADDED_FALSE_URGENT
    probed_budget = screened(probed, None).mean() + ADDED_FALSE_URGENT
    ordinary_budget = screened(ordinary_rows, None).mean() + ORDINARY_BUDGET
    urgent_at = None
    for threshold in URGENT_AT_GRID:  # the lowest that keeps every budget catches the most
        verdict = screened(calibration, threshold)
        daily = screened(everyday_held, threshold)[daily_other].mean()
        probe = screened(probed, threshold).mean()
        common = screened(ordinary_rows, threshold).mean()
        if args.trade_off:
            print(f"  {threshold}: {rates(urgent, verdict)}; everyday held back {100 * daily:.1f}%, "
                  f"{PROBES[0]}'s {100 * probe:.1f}%, ordinary {100 * common:.2f}%")
        if urgent_at is None and verdict[~urgent].mean() <= budget + 1e-9 and daily <= everyday_budget + 1e-9 \
                and probe <= probed_budget + 1e-9 and common <= ordinary_budget + 1e-9:
            urgent_at = float(threshold)
    print(f"urgent_at {urgent_at}: the lowest at which the model makes at most {100 * ADDED_FALSE_URGENT:.0f}% of the "
          f"calibration sets' non-emergencies ({', '.join(CALIBRATION)}) and of the held-back half of "
          f"{' and '.join(EVERYDAY)}'s and of {PROBES[0]}'s, "
          f"and {100 * ORDINARY_BUDGET:.2f}% of the held-back ordinary messages urgent beyond the phrases' own")
    print("the screen: phrases alone -> with the model and the example messages")
    for name in BLIND:
        rows = sets[name]
        u = np.array([row["urgent"] for row in rows])
        role = "calibration" if name in CALIBRATION else "blind, totals only"
        print(f"  {name} ({role}): {rates(u, screened(rows, None))} -> {rates(u, screened(rows, urgent_at))}")
    u = ~daily_other
    print(f"  {' and '.join(EVERYDAY)}, the half held back: {rates(u, screened(everyday_held, None))} -> "
          f"{rates(u, screened(everyday_held, urgent_at))}")
    for name in PROBES:
        u = np.array([row["urgent"] for row in sets[name]])
        print(f"  {name} (a reviewer's, never fitted): {rates(u, screened(sets[name], None))} -> "
              f"{rates(u, screened(sets[name], urgent_at))}")
    print("ordinary messages held back (not fitted), made urgent: phrases alone -> with the model")
    for label, texts in held_back.items():
        held = set(texts)
        rows = [row for row in ordinary_rows if row["message"] in held]
        made, alone = screened(rows, urgent_at), screened(rows, None)
        print(f"  {label}: {alone.sum()} -> {made.sum()} of {len(rows)}",
              [row["message"] for row, m, p in zip(rows, made, alone) if m and not p][:8])

    if args.write:
        features = sorted(final.vectorizer.vocabulary_, key=final.vectorizer.vocabulary_.get)
        rounded = lambda values: [float(f"{v:.5g}") for v in values]  # noqa: E731
        data = {"features": features, "idf": rounded(final.vectorizer.idf_), "weights": rounded(final.model.coef_[0]),
                "bias": float(final.model.intercept_[0]), "suicide_weights": rounded(final.suicide.coef_[0]),
                "suicide_bias": float(final.suicide.intercept_[0]), "urgent_at": urgent_at,
                "skipped": sorted(SKIPPED),
                "fitted_on": {"development": [*URGENCY_SETS, *(f"{name} (the even half by id)" for name in EVERYDAY)],
                              "ordinary": "the even half (sha256) of "
                              + ", ".join([*everyday, "the health and dose sets' questions"]), "c": args.c},
                "chosen_on": list(CALIBRATION)}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # No time stamp in the gzip header: the same fit gives the same bytes.
        urgency.MODEL_FILE.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
        print(f"wrote {urgency.MODEL_FILE} ({urgency.MODEL_FILE.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
