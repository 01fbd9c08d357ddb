"""The emergency screen's time on hostile messages, against its time on the labelled development messages.

Hostile: 2,000 characters of one emergency phrase repeated, then a mention cue ("in the novel") that rejects every
match, for phrases of each language; alone, and as the chat screens a follow-up (joined to an earlier turn of the
same). Floor: the median time of a development message (tests/data/emergencies*.jsonl but the blind test sets), in
the same process.

    python bench/screen_cost.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.answer.safety import screen_question  # noqa: E402

PHRASES = ["vomi sang", "convulsi", "suicid", "chest pain", "kms", "a bu pile", "mani silb", "sag lip",
           "blut hust", "perd tanto sangue", "convuls baba"]
TAIL = " in the novel"


def milliseconds(message: str, limit: int) -> float:
    start = time.perf_counter()
    screen_question(message, limit)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    typical = [json.loads(line)["message"] for path in sorted((REPO / "tests/data").glob("emergencies*.jsonl"))
               if "-test" not in path.name for line in path.open(encoding="utf-8")]
    screen_question("warm up", 2000)
    floor = statistics.median(milliseconds(m, 2000) for _ in range(args.rounds) for m in typical)
    print(f"floor: median of {len(typical)} development messages, {floor:.2f} ms")
    for phrase in PHRASES:
        message = ((phrase + " ") * 2000)[:2000 - len(TAIL)] + TAIL
        alone = statistics.median(milliseconds(message, 2000) for _ in range(args.rounds))
        joined = statistics.median(milliseconds(f"{message} {message}", 4001) for _ in range(args.rounds))
        print(f"{phrase!r:22} alone {alone:7.1f} ms ({alone / floor:5.0f}x)   after an earlier turn of the same "
              f"{joined:7.1f} ms ({joined / floor:5.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
