"""Quote units on pages with question lines, lead-ins and lists: MTRAG-UN's government and IBM Cloud passages (FAQ
pages, how-to steps), one document each, asked each answerable task's last user turn (without the conversation).

For each answered question: is the first quote from one of the task's reference passages; how many quotes are a
question alone (ending in "?"); how long quotes are; and the token F1 and recall of the quotes (joined) against the
reference agent answer, SQuAD-style (lower case, no punctuation or articles). `--questions` chooses what a chosen
question line becomes: `answer` (the answer under it, the default in bot/answer/quotes.py), `drop` (not quoted; the
next candidate takes its place) or `alone` (quoted alone, as before quote units). Run from an older checkout, the
script measures that code as it is.

    python bench/quote_units.py --shared ../shared [--index DIR] [--questions answer|drop|alone]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import string
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import bot.answer.quotes as quotes  # noqa: E402
from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.evaluation.benchmarks import text_document  # noqa: E402

COLLECTIONS = ("govt", "ibmcloud")


def load(shared: Path) -> tuple[list, list[dict]]:
    """The distinct reference passages of COLLECTIONS as documents (`<collection>/<document_id>.txt`) and the
    answerable or partly answerable tasks of those collections."""
    with open(shared / "datasets/mtrag-un/reference.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r["Collection"] in COLLECTIONS and r["answerability"][0] in ("ANSWERABLE", "PARTIAL")]
    texts = {}
    for row in rows:
        for context in row["contexts"]:
            texts[f"{row['Collection']}/{context['document_id']}.txt"] = context["text"]
    return [text_document(source, texts[source]) for source in sorted(texts)], rows


def tokens(text: str) -> list[str]:
    text = "".join(ch for ch in text.lower() if ch not in string.punctuation)
    return re.sub(r"\b(a|an|the)\b", " ", text).split()


def f1_recall(prediction: str, reference: str) -> tuple[float, float]:
    predicted, wanted = tokens(prediction), tokens(reference)
    common = sum((collections.Counter(predicted) & collections.Counter(wanted)).values())
    if not common:
        return 0.0, 0.0
    precision, recall = common / len(predicted), common / len(wanted)
    return 2 * precision * recall / (precision + recall), recall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--index", type=Path, default=REPO / "bench/out/quote-units-index")
    parser.add_argument("--questions", choices=["answer", "drop", "alone"], default="answer")
    args = parser.parse_args()
    if hasattr(quotes, "_answer_to"):  # code with quote units
        if args.questions == "drop":
            quotes._answer_to = lambda passage, sid: (None, False)
        elif args.questions == "alone":
            quotes._is_question = lambda text: False
    documents, rows = load(args.shared)
    bot = Bot.open(Settings.from_env(index_dir=args.index), documents=documents, progress=True)
    answers = bot.ask_batch([r["input"][-1]["text"] for r in rows])
    answered = [(r, a) for r, a in zip(rows, answers) if a.quotes]
    lengths = [len(q.text) for _, a in answered for q in a.quotes]
    scores = [f1_recall(" ".join(q.text for q in a.quotes), r["targets"][0]["text"]) for r, a in answered]
    own = sum(a.quotes[0].source in {f"{r['Collection']}/{c['document_id']}.txt" for c in r["contexts"]}
              for r, a in answered)
    print(json.dumps({
        "questions": len(rows), "documents": len(documents), "answered": round(len(answered) / len(rows), 4),
        "first_quote_from_a_reference_passage": round(own / max(len(answered), 1), 4),
        "quotes_that_are_a_question": sum(q.text.rstrip().endswith("?") for _, a in answered for q in a.quotes),
        "quotes": len(lengths), "mean_quote_chars": round(statistics.mean(lengths), 1),
        "token_f1": round(statistics.mean(s[0] for s in scores), 4),
        "token_recall": round(statistics.mean(s[1] for s in scores), 4)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
