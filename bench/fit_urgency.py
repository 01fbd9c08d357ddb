"""Fit the emergency screen's second signal (bot/answer/urgency.json.gz): a logistic model over a message's letter
n-grams and words that tells an emergency happening from a mention, a past event or an ordinary question.

Data:   the eight labelled development sets (`tests/data/emergencies.jsonl`, `-dev2` ... `-dev8`), and, as ordinary
        messages, the SQuAD 2.0 dev half's questions, SciFact's claims and MTRAG-UN's user turns whose sha256's
        first byte is even (the odd ones are reported, never fitted; `--ordinary-weight` each). The blind test sets
        (`-test`, `-test2`) are never fitted or chosen on: only their totals are printed.
Model:  `TfidfVectorizer(analyzer=urgency.features, min_df=2, sublinear_tf=True)` and `LogisticRegression` (`--c`,
        classes balanced); a second one on the emergencies alone tells thoughts of suicide (the crisis line).
Rule:   each development set is scored by a model fitted on the other seven (and the ordinary messages): how a new
        writer's wording fares. `urgent_at`, from which the model alone makes a message urgent, is the lowest
        probability at which at most 2% of those sets' non-emergencies are urgent (the issue's false-urgent budget).
        It speaks only where the phrases see none of theirs (`safety.phrases_seen`).

    python bench/fit_urgency.py --shared ../shared [--write]

Prints each set's figures; with --write, writes bot/answer/urgency.json.gz (about 2 minutes a fit on 2 cores).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answer import urgency  # noqa: E402
from bot.answer.safety import SEEN_SIGNS, find_emergency, normalize, phrases_seen  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEVELOPMENT = ("emergencies", "emergencies-dev2", "emergencies-dev3", "emergencies-dev4", "emergencies-dev5",
               "emergencies-dev6", "emergencies-dev7", "emergencies-dev8")
BLIND = ("emergencies-test", "emergencies-test2")
FALSE_URGENT = 0.02


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


def labelled(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (REPO / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8")]
    for row in rows:
        row["text"] = normalize(row["message"])
        row["phrases"] = find_emergency(row["message"], model=False) is not None
        row["seen"] = phrases_seen(row["message"], SEEN_SIGNS)
    return rows


def fit(texts: list[str], urgent: np.ndarray, weight: np.ndarray, suicide: np.ndarray, c: float):
    """The vectorizer, the urgency model and the suicide model (fitted on the emergencies alone)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=urgency.features, min_df=2, sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, urgent, sample_weight=weight)
    suicide_model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[urgent], suicide[urgent])
    return vectorizer, model, suicide_model


def training(sets: dict[str, list[dict]], names, negatives: list[str], ordinary_weight: float):
    rows = [row for name in names for row in sets[name]]
    texts = [row["text"] for row in rows] + negatives
    urgent = np.array([row["urgent"] for row in rows] + [False] * len(negatives))
    suicide = np.array([row["urgent"] and row["category"] == "suicide" for row in rows] + [False] * len(negatives))
    weight = np.array([1.0] * len(rows) + [ordinary_weight] * len(negatives))
    return texts, urgent, weight, suicide


def rates(urgent: np.ndarray, predicted: np.ndarray) -> str:
    return f"recall {100 * predicted[urgent].mean():.1f}%, false urgent {100 * predicted[~urgent].mean():.1f}%"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, required=True, help="the shared folder holding datasets/")
    parser.add_argument("--c", type=float, default=16.0, help="inverse regularisation (default 16)")
    parser.add_argument("--ordinary-weight", type=float, default=1.0, help="weight of an ordinary message (default 1)")
    parser.add_argument("--write", action="store_true", help="write bot/answer/urgency.json.gz")
    args = parser.parse_args()

    sets = {name: labelled(name) for name in DEVELOPMENT + BLIND}
    everyday = ordinary(args.shared)
    negatives = [normalize(text) for texts in everyday.values() for text in texts if fitted(text)]
    print(f"{sum(len(sets[n]) for n in DEVELOPMENT)} development messages, {len(negatives)} ordinary ones fitted")

    scores = {}
    for held in DEVELOPMENT:  # each set scored by a model that never saw its writer
        texts, urgent, weight, suicide = training(sets, [n for n in DEVELOPMENT if n != held], negatives,
                                                  args.ordinary_weight)
        vectorizer, model, _ = fit(texts, urgent, weight, suicide, args.c)
        scores[held] = model.predict_proba(vectorizer.transform([row["text"] for row in sets[held]]))[:, 1]
    urgent = np.concatenate([[row["urgent"] for row in sets[n]] for n in DEVELOPMENT])
    phrases = np.concatenate([[row["phrases"] for row in sets[n]] for n in DEVELOPMENT])
    score = np.concatenate([scores[n] for n in DEVELOPMENT])
    grid = np.round(np.arange(0.01, 1.0, 0.01), 2)
    urgent_at = float(next(t for t in grid if (score[~urgent] >= t).mean() <= FALSE_URGENT))
    def verdict(rows, p, s):
        return p | (~np.array([row["seen"] for row in rows]) & (s >= urgent_at))
    print(f"urgent_at {urgent_at}; each development set scored by the other seven:")
    for name in DEVELOPMENT:
        u = np.array([row["urgent"] for row in sets[name]])
        p = np.array([row["phrases"] for row in sets[name]])
        print(f"  {name}: model alone {rates(u, scores[name] >= urgent_at)}; "
              f"with the phrases {rates(u, verdict(sets[name], p, scores[name]))}")

    texts, urgent, weight, suicide = training(sets, DEVELOPMENT, negatives, args.ordinary_weight)
    vectorizer, model, suicide_model = fit(texts, urgent, weight, suicide, args.c)
    print(f"{len(vectorizer.vocabulary_)} features; blind test sets (totals only), phrases -> phrases and model:")
    for name in BLIND:
        rows = sets[name]
        u = np.array([row["urgent"] for row in rows])
        p = np.array([row["phrases"] for row in rows])
        s = model.predict_proba(vectorizer.transform([row["text"] for row in rows]))[:, 1]
        print(f"  {name}: {rates(u, p)} -> {rates(u, verdict(rows, p, s))}")
    print("ordinary messages not fitted, made urgent: phrases -> phrases and model")
    for label, texts_of in everyday.items():
        held = [text for text in texts_of if not fitted(text)]
        p = np.array([find_emergency(text, model=False) is not None for text in held])
        s = model.predict_proba(vectorizer.transform([normalize(text) for text in held]))[:, 1]
        made = verdict([{"seen": phrases_seen(text, SEEN_SIGNS)} for text in held], p, s)
        print(f"  {label}: {p.sum()} -> {made.sum()} of {len(held)}", [t for t, m in zip(held, made) if m][:5])

    if args.write:
        features = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        rounded = lambda values: [float(f"{v:.5g}") for v in values]  # noqa: E731
        data = {"features": features, "idf": rounded(vectorizer.idf_), "weights": rounded(model.coef_[0]),
                "bias": float(model.intercept_[0]), "suicide_weights": rounded(suicide_model.coef_[0]),
                "suicide_bias": float(suicide_model.intercept_[0]), "urgent_at": urgent_at,
                "fitted_on": {"development": list(DEVELOPMENT), "ordinary": "the even half (sha256) of "
                              + ", ".join(everyday), "c": args.c, "ordinary_weight": args.ordinary_weight}}
        with gzip.open(urgency.MODEL_FILE, "wt", encoding="utf-8", compresslevel=9) as file:
            json.dump(data, file, ensure_ascii=False, separators=(",", ":"))
        # gzip stamps the time: written again with none, so the same fit gives the same bytes.
        raw = gzip.decompress(urgency.MODEL_FILE.read_bytes())
        urgency.MODEL_FILE.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
        print(f"wrote {urgency.MODEL_FILE} ({urgency.MODEL_FILE.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
