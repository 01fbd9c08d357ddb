"""Emergencies over a conversation (issue 25): is the last turn of a conversation answered with the emergency message
when, read with the turns before it, it must be, and only then?

Data:   `tests/data/emergency-conversations.jsonl`, 360 conversations written for this by someone who saw neither the
        screen nor any other set: `history` (one or two earlier user turns), `question` (the last turn), `urgent`,
        `category`, `kind` (urgent: follow-up, better-now, split, new-turn, after-question; not: taken-back, handled,
        past-then-question, mention-then-question, ordinary), `language`. Split in halves by the sha256 of the id, as
        `eval --emergencies` splits (`development`: looked at; `held-out`: totals only).
Corpus: the seed corpus and its index (`corpus/`, `index/`): the screen reads the documents' subjects for a change of
        subject.
Prints: per half, the urgent conversations given the message and the others given none, by kind and language, and
        the same with the history left out (each last turn asked alone). `--out FILE` writes each conversation's
        statuses as JSONL.

    python bench/emergency_conversations.py [--set tests/data/emergency-conversations.jsonl] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from bot.evaluation.emergencies import HALVES, half_of  # noqa: E402


def report(rows: list[dict], status: str) -> list[str]:
    """Lines: for each half, the share right among urgent and other conversations, overall, by kind and language."""
    lines = []
    for half in HALVES:
        right: dict[tuple[bool, str], list[int]] = defaultdict(lambda: [0, 0])
        for row in (r for r in rows if r["half"] == half):
            ok = (row[status] == "urgent") == row["urgent"]
            for key in ("all", row["kind"], row["language"]):
                right[(row["urgent"], key)][0] += ok
                right[(row["urgent"], key)][1] += 1
        for urgent, name in ((True, "urgent given the message"), (False, "others given none")):
            keys = sorted(k for u, k in right if u == urgent and k != "all")
            parts = [f"{k} {right[(urgent, k)][0]}/{right[(urgent, k)][1]}" for k in keys]
            ok, total = right[(urgent, "all")]
            lines.append(f"{half:11} {name}: {ok}/{total} ({100 * ok / max(total, 1):.1f}%); " + ", ".join(parts))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=REPO / "tests/data/emergency-conversations.jsonl")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from bot.answer.engine import Bot
    from bot.settings import Settings

    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    bot = Bot.open(Settings())
    for row in rows:
        row["half"] = half_of(row["id"])
        row["status"] = bot.ask(row["question"], history=row["history"]).status
        row["alone"] = bot.ask(row["question"]).status
    print("read with the conversation:")
    print("\n".join(report(rows, "status")))
    print("the last turn alone:")
    print("\n".join(report(rows, "alone")))
    if args.out:
        args.out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
