"""Topic switches: a question that stands alone, asked right after a question about something else, must be answered
as if asked alone (issue 27's trial: "What should I do to sleep better?" after a migraine question was read with it).

Data:   SQuAD 2.0 dev half (`../shared/datasets/squad2-dev-half`, read through --shared): the answerable questions of
        the articles of `tests/data/followups-squad.jsonl` (every paragraph of them indexed, as bench/followups.py
        does), each asked with, as its only earlier turn, a question about another of those articles (chosen by a
        seeded shuffle), and asked alone.
Prints: gold in the first / any quote for both, and how many questions the earlier turn changed.

    python bench/topic_switch.py --shared ../shared [--questions 600] [--work bench/out/followups]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--questions", type=int, default=600)
    parser.add_argument("--work", type=Path, default=REPO / "bench/out/followups")
    args = parser.parse_args()
    squad = args.shared / "datasets/squad2-dev-half"
    if not (squad / "qa.jsonl").is_file():
        print(f"error: no SQuAD data under {args.shared}/datasets; pass --shared DIR.", file=sys.stderr)
        return 2
    articles = {json.loads(line)["article"]
                for line in (REPO / "tests/data/followups-squad.jsonl").read_text(encoding="utf-8").splitlines()}
    corpus = args.work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for line in (squad / "corpus.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["_id"].rsplit("#", 1)[0] in articles:
            (corpus / f"{row['_id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
    rows = [row for row in map(json.loads, (squad / "qa.jsonl").open(encoding="utf-8"))
            if not row["is_impossible"] and row["paragraph_id"].rsplit("#", 1)[0] in articles]
    rng = random.Random(27)
    rng.shuffle(rows)
    rows = rows[:args.questions]
    others = {a: [r["question"] for r in rows if r["paragraph_id"].rsplit("#", 1)[0] != a] for a in articles}
    earlier = [rng.choice(others[r["paragraph_id"].rsplit("#", 1)[0]]) for r in rows]
    bot = Bot.open(Settings.from_env(corpus_dir=corpus, index_dir=args.work / "index"))
    questions = [r["question"] for r in rows]
    alone = bot.ask_batch(questions)
    after = bot.ask_batch(questions, histories=[[e] for e in earlier])

    def hits(answers):
        first = anywhere = 0
        for row, answer in zip(rows, answers):
            gold = [a["text"] for a in row["answers"]]
            texts = [q.text for q in answer.quotes]
            first += bool(texts) and any(g in texts[0] for g in gold)
            anywhere += any(g in t for g in gold for t in texts)
        return round(first / len(rows), 3), round(anywhere / len(rows), 3)

    changed = sum(a.quotes != b.quotes for a, b in zip(alone, after))
    read_with = sum(bool(b.context) for b in after)
    print(json.dumps({"questions": len(rows), "alone: first, any": hits(alone),
                      "after another article's question: first, any": hits(after),
                      "answers changed": changed, "read with the earlier question": read_with}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
