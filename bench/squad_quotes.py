"""Gold answer inside the quotes on SQuAD 2.0, on all answerable questions or on the tune / held-out halves used to
pick the quote-ranking settings (`python -m bot eval --squad` reports the same measures on every question).

    python bench/squad_quotes.py --shared ../shared [--rows all|tune|held-out]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.evaluation.benchmarks import load_squad, squad_measures  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--index", type=Path, default=REPO / "index/squad-squad2-dev-half",
                        help="the index `python -m bot eval --squad` builds")
    parser.add_argument("--rows", choices=["all", "tune", "held-out"], default="all",
                        help="answerable questions only: 'tune' (0-based odd positions, used to pick the settings) "
                             "or 'held-out' (0-based even positions)")
    args = parser.parse_args()
    documents, rows = load_squad(args.shared / "datasets/squad2-dev-half")
    if args.rows != "all":
        answerable = [r for r in rows if not r["is_impossible"]]
        rows = answerable[1::2] if args.rows == "tune" else answerable[0::2]
    bot = Bot.open(Settings.from_env(index_dir=args.index), documents=documents, progress=True)
    print(json.dumps(squad_measures(rows, bot.ask_batch([r["question"] for r in rows])).to_dict(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
