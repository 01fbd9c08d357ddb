"""Two-turn follow-ups over SQuAD articles (issue 27): is a follow-up answered from its own paragraph when it is read
with the earlier question, and when it is asked alone?

Data:   a follow-up set (`tests/data/followups-squad.jsonl`: `question`, `history`, `expected`, `expected_status`,
        `article`, `paragraph_id`), written for this by someone who saw neither the code nor its cues, over articles of
        the SQuAD 2.0 dev half (`../shared/datasets/squad2-dev-half/corpus.jsonl`, read through --shared, never copied).
Corpus: every paragraph of the set's articles, one document each (`<paragraph id>.txt`), in --work.
Runs:   `python -m bot eval` on the set as it is, and on a copy without `history` (each follow-up asked alone).
Prints: per run, hit@1 / hit@3 (an expected span in the first / any quote) and not_found rates of the answerable and
        the unanswerable follow-ups.

    python bench/followups.py --shared ../shared [--set tests/data/followups-squad.jsonl] [--work bench/out/followups]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def write_corpus(shared: Path, articles: set[str], corpus: Path) -> int:
    """Every paragraph of `articles`, one file each; the number written."""
    corpus.mkdir(parents=True, exist_ok=True)
    written = 0
    with (shared / "datasets/squad2-dev-half/corpus.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row["_id"].rsplit("#", 1)[0] in articles:
                (corpus / f"{row['_id']}.txt").write_text(row["text"] + "\n", encoding="utf-8")
                written += 1
    return written


def run(questions: Path, corpus: Path, index: Path, out: Path) -> list[dict]:
    """`python -m bot eval` on `questions`; its records."""
    subprocess.run([sys.executable, "-m", "bot", "eval", str(questions), "--corpus", str(corpus), "--index",
                    str(index), "--out", str(out)], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def measures(rows: list[dict], records: list[dict]) -> dict:
    """hit@1, hit@3 and not_found of the answerable follow-ups; not_found of the unanswerable ones."""
    def holds(text: str, spans: list[str]) -> bool:
        return any(" ".join(span.lower().split()) in " ".join(text.lower().split()) for span in spans)

    answerable = [(row, rec) for row, rec in zip(rows, records) if row["expected_status"] == "answered"]
    unanswerable = [rec for row, rec in zip(rows, records) if row["expected_status"] == "not_found"]
    first = sum(bool(rec["quotes"]) and holds(rec["quotes"][0]["text"], row["expected"]) for row, rec in answerable)
    any_ = sum(any(holds(q["text"], row["expected"]) for q in rec["quotes"]) for row, rec in answerable)
    return {"answerable": len(answerable), "hit@1": round(first / len(answerable), 3),
            "hit@3": round(any_ / len(answerable), 3),
            "answerable not_found": round(sum(rec["status"] == "not_found" for _, rec in answerable)
                                          / len(answerable), 3),
            "unanswerable": len(unanswerable),
            "unanswerable not_found": round(sum(rec["status"] == "not_found" for rec in unanswerable)
                                            / max(1, len(unanswerable)), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--set", type=Path, default=REPO / "tests/data/followups-squad.jsonl")
    parser.add_argument("--work", type=Path, default=REPO / "bench/out/followups")
    args = parser.parse_args()
    if not (args.shared / "datasets/squad2-dev-half/corpus.jsonl").is_file():
        print(f"error: no SQuAD data under {args.shared}/datasets; pass --shared DIR.", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    corpus, index = args.work / "corpus", args.work / "index"
    print(f"{write_corpus(args.shared, {row['article'] for row in rows}, corpus)} paragraphs of "
          f"{len({row['article'] for row in rows})} articles; {len(rows)} follow-ups")
    alone = args.work / "alone.jsonl"
    alone.write_text("".join(json.dumps({k: v for k, v in row.items() if k != "history"}) + "\n" for row in rows),
                     encoding="utf-8")
    result = {"with history": measures(rows, run(args.set, corpus, index, args.work / "with.jsonl")),
              "alone": measures(rows, run(alone, corpus, index, args.work / "alone-out.jsonl"))}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
