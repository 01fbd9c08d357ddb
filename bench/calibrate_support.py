"""Fit the support model (bot/answer/support.json): does a candidate sentence answer the question, or only share
its subject?

Data:   two public sets. The model is fitted on one half of the first and reported on the other half and on all
        of the second, which it never saw.
        - SQuAD 2.0 near-miss split (`bot.evaluation.benchmarks.near_miss_split`): each article's even paragraphs
          indexed; control questions (about indexed paragraphs; a sentence holding the gold answer is positive) and
          near misses (about the others, their gold answer in no indexed paragraph; every sentence negative).
          Halves by a hash of the article title.
        - MTRAG-UN (`bot.evaluation.mtrag`), one index per collection, each task's last user turn asked alone:
          answerable and partial tasks and unanswerable ones (underspecified ones left out). Fitting on it too was
          tried: its labels are coarse (any sentence of a task's own passages), and the fit lost a third of the
          SQuAD near misses refused for a few points here (bench/README.md, "Near misses").
Model:  logistic regression (scikit-learn, default regularisation) over `bot.answer.support.FEATURES` of the best
        `SUPPORT_CANDIDATES` candidate sentences of each question.
Rule:   a question is answered when some weighed sentence reaches the not-found similarity (`min_score`) and the
        threshold, and states a quantity if the question asks for one (`SupportModel.accepts`). The threshold is
        the highest that keeps `ANSWERED_SHARE` (95%) of the fitted half's answerable questions answered: at most
        5% wrongly refused, the issue's budget, counting those the similarity threshold alone refuses.

    python bench/calibrate_support.py --shared ../shared [--work bench/out/support] [--write]

Prints the fitted weights and both halves' figures; with --write, writes bot/answer/support.json. The MTRAG-UN
indexes take about 20 minutes to build on 2 cores the first time (`--mtrag-index` reuses those of
`python -m bot eval --mtrag ... --index DIR`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import Settings  # noqa: E402
from bot.settings import VECTOR_KINDS  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.answer.quotes import SUPPORT_CANDIDATES  # noqa: E402
from bot.answer.support import FEATURES, WEIGHTS_PATH, Matcher, SupportModel, question_focus, weigh  # noqa: E402
from bot.evaluation.benchmarks import load_squad, near_miss_split  # noqa: E402
from bot.evaluation.mtrag import collection_corpora, load_mtrag, question_and_history, safe_name  # noqa: E402
from bot.evaluation.runs import benchmark_settings  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ANSWERED_SHARE = 0.95
MIN_OWN_SCORE = Settings().min_own_score
SETS = ("squad", "mtrag")


def half(key: str) -> int:
    """0 for the fitted half, 1 for the held-out one."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2


def question_data(bot: Bot, questions: list[str], keys: list[str], answerable: list[bool], positive, data_set: str):
    """Per question: its set, half (by `keys`), whether it is answerable, and the features, similarity and label of
    each weighed candidate (`positive(i, candidate)`)."""
    zero = SupportModel((0.0,) * len(FEATURES), 0.0, 0.5)
    lexical = bot.store.chunk_lexical
    out = []
    for start in range(0, len(questions), 256):
        batch = questions[start:start + 256]
        for offset, (question, candidates) in enumerate(zip(batch, bot.candidates_batch(batch))):
            i = start + offset
            matcher = Matcher(question_focus(question, lexical), lexical, bot.embedder.words)
            weighed = candidates[:SUPPORT_CANDIDATES]
            out.append({"set": data_set, "half": half(keys[i]), "answerable": answerable[i],
                        "features": [weigh(matcher, c.sentence.text, c.chunk.text, c.similarity, zero,
                                                 c.own_similarity, c.chunk.source).features
                                     for c in weighed],
                        "similarity": [c.similarity for c in weighed],
                        "positive": [positive(i, c) for c in weighed]})
    return out


def squad_questions(shared: Path, work: Path, embedder, vectors: str) -> tuple[list[dict], object]:
    documents, rows = load_squad(shared / "datasets/squad2-dev-half")
    split = near_miss_split(documents, rows)
    settings = Settings.from_env(environ={}, index_dir=work / "index", vectors=vectors)
    bot = Bot.open(settings, documents=split.corpus, progress=True, embedder=embedder)
    rows = split.control + split.near_misses
    answerable = [True] * len(split.control) + [False] * len(split.near_misses)

    def gold(i, candidate):
        return answerable[i] and any(a["text"] in candidate.sentence.text for a in rows[i]["answers"])

    return question_data(bot, [r["question"] for r in rows], [r["paragraph_id"].rpartition("#")[0] for r in rows],
                         answerable, gold, "squad"), bot.embedder


def mtrag_questions(shared: Path, index: Path, embedder, vectors: str) -> list[dict]:
    folder = shared / "datasets/mtrag-un"
    every = load_mtrag(folder)
    tasks = [t for t in every if t.answerability != "UNDERSPECIFIED"]
    settings = Settings.from_env(environ={}, index_dir=index, vectors=vectors)
    out = []
    for corpus in collection_corpora(every):  # the corpora of `eval --mtrag`, so their indexes are shared
        bot = Bot.open(benchmark_settings(settings, f"mtrag-{safe_name(corpus.collection)}", folder),
                       documents=list(corpus.documents), progress=True, embedder=embedder)
        asked = [t for t in tasks if t.collection == corpus.collection]
        own = [corpus.own_sources(t) for t in asked]
        answerable = [t.answerability in ("ANSWERABLE", "PARTIAL") for t in asked]
        out += question_data(bot, [question_and_history(t)[0] for t in asked], [t.user_turns[0] for t in asked],
                             answerable, lambda i, c: answerable[i] and c.sentence.source in own[i], "mtrag")
    return out


def accepted_probability(model, question: dict, min_score: float) -> float:
    """The best probability among the question's weighed sentences that pass the not-found threshold (a similarity
    reaching `min_score`, or a cosine read alone reaching `MIN_OWN_SCORE`: `QuoteChooser._passes`) and state a
    quantity when one is asked for (`SupportModel.accepts`); 0 when none does."""
    features = np.array(question["features"]).reshape(-1, len(FEATURES))
    own = FEATURES.index("own_similarity")
    probabilities = [p for p, s, f in zip(model.predict_proba(features)[:, 1], question["similarity"], features)
                     if (s >= min_score or f[own] >= MIN_OWN_SCORE) and not f[FEATURES.index("quantity_missing")]]
    return max(probabilities, default=0.0)


def answered(questions: list[dict], value, threshold: float, answerable: bool) -> float:
    chosen = [value(q) >= threshold for q in questions if q["answerable"] == answerable]
    return float(np.mean(chosen)) if chosen else float("nan")


def figures(model, questions: list[dict], threshold: float, min_score: float) -> dict:
    """Per set: how many answerable and unanswerable questions, the share of answerable ones answered and of the
    others refused, by the model and by the similarity threshold alone."""
    result = {}
    for name in SETS:
        chosen = [q for q in questions if q["set"] == name]
        if not chosen:
            continue

        def support(q):
            return accepted_probability(model, q, min_score)

        def similarity(q):
            return float(max(q["similarity"], default=-1.0) >= min_score)

        result[name] = {
            "answerable": sum(q["answerable"] for q in chosen), "unanswerable": sum(not q["answerable"] for q in chosen),
            "answerable_answered": round(answered(chosen, support, threshold, True), 4),
            "unanswerable_refused": round(1 - answered(chosen, support, threshold, False), 4),
            "similarity_only": {"answerable_answered": round(answered(chosen, similarity, 1.0, True), 4),
                                "unanswerable_refused": round(1 - answered(chosen, similarity, 1.0, False), 4)}}
    return result


def choose_threshold(model, fitted: list[dict], min_score: float) -> float:
    """The rule above, on a grid of probabilities."""
    best = 0.0
    for threshold in np.round(np.arange(0.005, 0.5, 0.0025), 4):
        if figures(model, fitted, float(threshold), min_score)["squad"]["answerable_answered"] >= ANSWERED_SHARE:
            best = float(threshold)
    return best


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--work", type=Path, default=REPO / "bench/out/support")
    parser.add_argument("--mtrag-index", type=Path, help="index folder of an earlier eval --mtrag run")
    parser.add_argument("--write", action="store_true", help="write bot/answer/support.json")
    parser.add_argument("--vectors", choices=VECTOR_KINDS, default=Settings().vectors,
                        help="the index vectors whose similarities it is fitted on (default: the default's)")
    args = parser.parse_args()
    if not (args.shared / "datasets/squad2-dev-half/qa.jsonl").is_file():
        print(f"error: no SQuAD data under {args.shared}/datasets; pass --shared DIR.", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    cached = args.work / f"questions-{args.vectors}.json"
    code = [Path(__file__), REPO / "bot/answer/support.py", REPO / "bot/answer/answer_type.py"]
    if cached.is_file() and all(cached.stat().st_mtime > p.stat().st_mtime for p in code):
        questions = json.loads(cached.read_text(encoding="utf-8"))
    else:
        squad, embedder = squad_questions(args.shared, args.work, None, args.vectors)
        questions = squad + mtrag_questions(args.shared, args.mtrag_index or args.work / "mtrag-index", embedder,
                                            args.vectors)
        cached.write_text(json.dumps(questions), encoding="utf-8")
    min_score = Settings(vectors=args.vectors).min_score
    fitted = [q for q in questions if q["set"] == "squad" and q["half"] == 0]
    held_out = [q for q in questions if q["set"] == "mtrag" or q["half"] == 1]
    rows = [(f, p) for q in fitted for f, p in zip(q["features"], q["positive"])]
    model = LogisticRegression(max_iter=5000).fit(np.array([f for f, _ in rows]), np.array([p for _, p in rows]))
    threshold = choose_threshold(model, fitted, min_score)
    result = {"features": list(FEATURES), "weights": [round(float(w), 6) for w in model.coef_[0]],
              "bias": round(float(model.intercept_[0]), 6), "threshold": round(threshold, 6),
              "fitted_on": "SQuAD 2.0 dev half near-miss split, the articles whose title's sha256 is even",
              "vectors": args.vectors,
              "command": "python bench/calibrate_support.py --shared ../shared --write",
              "fitted": figures(model, fitted, threshold, min_score)["squad"],
              "held_out": figures(model, held_out, threshold, min_score)}
    print(json.dumps(result, indent=2))
    if args.write:
        WEIGHTS_PATH.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"Wrote {WEIGHTS_PATH}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
