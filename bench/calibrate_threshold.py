"""Choose the not-found threshold (min_score) by a fixed rule on public data.

On-topic:  SQuAD 2.0 answerable questions asked against their own paragraphs (squad2-dev-half).
Off-topic: the same questions asked against the seed article, and the SciFact test claims (biomedical, so close to
           the seed's domain without being covered by it) asked against the seed article.
Score:     the gating score the bot uses, the best candidate sentence's cosine similarity to the question.
Rule:      the threshold on a 0.01 grid that maximizes balanced accuracy (mean of the on-topic answered rate and the
           off-topic not-found rate, the two off-topic sets weighted equally); ties go to the higher threshold,
           because "not in the documents" beats a weak match.

    python bench/calibrate_threshold.py --shared ../shared [--work bench/out/calibration]
    python bench/calibrate_threshold.py --shared ../shared --vectors pooled --work bench/out/calibration-pooled

The threshold is a cosine of sentence vectors, so each kind of index vectors (`vectors`) has its own; `composed`
encodes its sentences as `encoded` does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Settings  # noqa: E402
from bot.settings import VECTOR_KINDS  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.index.embedding import Embedder  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def squad_corpus(shared: Path, work: Path) -> Path:
    """The SQuAD paragraphs as one .txt file each, in a work folder outside the repository's tracked files."""
    corpus = work / "squad-corpus"
    if not corpus.is_dir():
        corpus.mkdir(parents=True)
        for row in read_jsonl(shared / "datasets/squad2-dev-half/corpus.jsonl"):
            name = row["_id"].replace("/", "_").replace("#", "__") + ".txt"
            (corpus / name).write_text(row["text"], encoding="utf-8")
    return corpus


def best_scores(bot: Bot, questions: list[str]) -> np.ndarray:
    return np.array([max((c.similarity for c in found), default=-1.0) for found in bot.candidates_batch(questions)])


def balanced_accuracy(threshold: float, on: np.ndarray, off_sets: list[np.ndarray]) -> float:
    """The mean of the on-topic answered rate and the off-topic not-found rate (off-topic sets weighted equally)."""
    return float(0.5 * (np.mean(on >= threshold) + np.mean([np.mean(off < threshold) for off in off_sets])))


def choose_threshold(on: np.ndarray, off_sets: list[np.ndarray]) -> tuple[float, float]:
    """The rule above: (threshold, balanced accuracy)."""
    best = (0.0, -1.0)
    for t in np.round(np.arange(0.0, 1.0, 0.01), 2):
        accuracy = balanced_accuracy(t, on, off_sets)
        if accuracy >= best[1]:
            best = (float(t), accuracy)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--work", type=Path, default=REPO / "bench/out/calibration")
    parser.add_argument("--vectors", choices=VECTOR_KINDS, default="encoded")
    args = parser.parse_args()
    if not (args.shared / "datasets/squad2-dev-half/qa.jsonl").is_file():
        print(f"error: no SQuAD data under {args.shared}/datasets; pass --shared DIR.", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    embedder = Embedder.load(Settings().model)
    questions = [r["question"] for r in read_jsonl(args.shared / "datasets/squad2-dev-half/qa.jsonl")
                 if not r["is_impossible"]]
    claims = [r["text"] for r in read_jsonl(args.shared / "datasets/scifact/queries_test.jsonl")]

    squad_bot = Bot.open(Settings.from_env(environ={}, corpus_dir=squad_corpus(args.shared, args.work),
                                           index_dir=args.work / "squad-index", vectors=args.vectors),
                        embedder=embedder, progress=True)
    seed = args.work / "seed-corpus"
    seed.mkdir(exist_ok=True)
    shutil.copy(REPO / "corpus/restless-legs-magnesium.txt", seed)
    seed_bot = Bot.open(Settings.from_env(environ={}, corpus_dir=seed, index_dir=args.work / "seed-index",
                                          vectors=args.vectors), embedder=embedder)

    on = best_scores(squad_bot, questions)
    off_squad = best_scores(seed_bot, questions)
    off_scifact = best_scores(seed_bot, claims)
    threshold, accuracy = choose_threshold(on, [off_squad, off_scifact])
    default = squad_bot.settings.min_score  # what the bot uses now, to judge whether a new threshold is worth it
    result = {
        "vectors": args.vectors, "threshold": threshold, "balanced_accuracy": round(accuracy, 4),
        "default": {"threshold": default,
                    "balanced_accuracy": round(balanced_accuracy(default, on, [off_squad, off_scifact]), 4)},
        "on_topic_answered": round(float(np.mean(on >= threshold)), 4),
        "off_topic_squad_not_found": round(float(np.mean(off_squad < threshold)), 4),
        "off_topic_scifact_not_found": round(float(np.mean(off_scifact < threshold)), 4),
        "counts": {"on_topic": len(on), "off_topic_squad": len(off_squad), "off_topic_scifact": len(off_scifact)},
        "quantiles": {name: [round(float(q), 3) for q in np.quantile(scores, [0.05, 0.25, 0.5, 0.75, 0.95])]
                      for name, scores in (("on_topic", on), ("off_squad", off_squad), ("off_scifact", off_scifact))},
    }
    (args.work / "calibration.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
