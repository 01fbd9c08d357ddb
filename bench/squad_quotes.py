"""How often the gold answer lies inside the quoted text (first quote, any quote) on SQuAD 2.0 answerable questions,
and the not-found rate on unanswerable ones, with the default settings.

    python bench/squad_quotes.py --shared ../shared [--work bench/out/calibration]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calibrate_threshold import REPO, read_jsonl, squad_corpus  # noqa: E402

from bot import Settings  # noqa: E402
from bot.engine import Bot  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--work", type=Path, default=REPO / "bench/out/calibration")
    parser.add_argument("--rows", choices=["all", "tune", "held-out"], default="all",
                        help="answerable questions only: 'tune' (0-based odd positions, used to pick the settings) "
                             "or 'held-out' (0-based even positions)")
    args = parser.parse_args()
    rows = read_jsonl(args.shared / "datasets/squad2-dev-half/qa.jsonl")
    if args.rows != "all":
        answerable = [r for r in rows if not r["is_impossible"]]
        rows = answerable[1::2] if args.rows == "tune" else answerable[0::2]
    bot = Bot.open(Settings.from_env(corpus_dir=squad_corpus(args.shared, args.work),
                                     index_dir=args.work / "squad-index"), progress=True)
    answers = bot.ask_batch([r["question"] for r in rows])
    first = anyq = answerable = impossible = refused = 0
    for row, answer in zip(rows, answers):
        if row["is_impossible"]:
            impossible += 1
            refused += answer.status == "not_found"
            continue
        answerable += 1
        gold = [a["text"] for a in row["answers"]]
        texts = [q.text for q in answer.quotes]
        first += bool(texts) and any(g in texts[0] for g in gold)
        anyq += any(g in t for g in gold for t in texts)
    result = {"answerable": answerable, "gold_in_first_quote": round(first / answerable, 4),
              "gold_in_any_quote": round(anyq / answerable, 4), "unanswerable": impossible}
    if impossible:
        result["unanswerable_not_found"] = round(refused / impossible, 4)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
