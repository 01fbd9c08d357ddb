"""Answering while an upload is indexed (issue 27, item 5), and how often the upload's progress moves (item 4).

    python bench/upload_answering.py [--pages 40] [--rounds 3] [--every 0.2]

A Bot over the seed article; a PDF of `--pages` pages of SciFact abstracts (about 1,400 texts to embed at 40
pages) is added and indexed on one thread while questions are asked on another, one every `--every` seconds. Two
ways of indexing, in turns in the same process: `Bot.refresh` as the upload called it before (the model held for
the whole upload) and the upload handler now (`bot.web.indexing.refresh_while_answering`, the model shared a batch
at a time). The ratio compares each question answered while the upload was indexing with the same questions asked
with nothing else running. Also printed: the upload's time, and its progress updates while embedding.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fpdf import FPDF  # noqa: E402

from bot import Settings  # noqa: E402
from bot.answer.engine import Bot  # noqa: E402
from bot.web.indexing import refresh_while_answering  # noqa: E402

QUESTIONS = ["Can magnesium help restless legs?", "What is restless legs syndrome?",
             "When should magnesium supplements be taken?", "Why does magnesium relax muscles?"]
SCIFACT = REPO.parent / "shared" / "datasets" / "scifact" / "corpus.jsonl"


def abstracts_pdf(path: Path, pages: int, offset: int) -> None:
    """A PDF of `pages` pages of SciFact abstracts, starting at abstract `offset` (so each round's upload is new)."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    with open(SCIFACT, encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(offset + 4 * pages), handle)][offset:]
    for number in range(pages):
        pdf.add_page()
        text = "\n\n".join(row["text"] for row in rows[4 * number:4 * number + 3])
        pdf.multi_cell(0, 6, text.encode("latin-1", "replace").decode("latin-1"))
    pdf.output(str(path))


class Steps:
    """Stands in for gr.Progress: the time of every update the upload handler gives, and what it said."""

    def __init__(self):
        self.times: list[tuple[float, str]] = []

    def tqdm(self, iterable, desc=None):
        for item in iterable:
            self.times.append((time.perf_counter(), str(desc)))
            yield item

    def __call__(self, fraction, desc=None, **_):
        self.times.append((time.perf_counter(), str(desc)))


def answer_ms(bot: Bot, question: str) -> float:
    start = time.perf_counter()
    bot.ask(question)
    return (time.perf_counter() - start) * 1000


def refresh_whole(bot: Bot, steps: Steps):
    """What the upload did before: `Bot.refresh`, which hands the model all new texts in one call."""
    return bot.refresh()


def refresh_shared(bot: Bot, steps: Steps):
    """What the upload does now."""
    return refresh_while_answering(bot, lambda done, total: steps((done, total), desc="Embedding"))


def upload_round(bot: Bot, pdf: Path, refresh, every: float) -> dict:
    """Index `pdf` (copied into the corpus) with `refresh` on a thread while asking a question every `every` s."""
    steps, done, result = Steps(), threading.Event(), {}

    def run():
        started = time.perf_counter()
        (bot.settings.corpus_dir / pdf.name).write_bytes(pdf.read_bytes())
        result["report"] = refresh(bot, steps)
        result["seconds"] = time.perf_counter() - started
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    during, number = [], 0
    while not done.is_set():
        start = time.perf_counter()
        bot.ask(QUESTIONS[number % len(QUESTIONS)])
        end = time.perf_counter()
        if not done.is_set():  # answered while the upload was still indexing
            during.append((end - start) * 1000)
        number += 1
        done.wait(every)  # a question every so often, as people ask them, not a flood
    worker.join()
    embedding = [t for t, desc in steps.times if desc.startswith("Embedding")]
    marks = [*embedding, time.perf_counter()]
    return {**result, "during": during, "updates": len(embedding),
            "gap": max((b - a for a, b in zip(marks, marks[1:])), default=float("nan"))}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=float, default=0.2, help="seconds between questions during the upload")
    args = parser.parse_args()
    if not SCIFACT.exists():
        print(f"needs {SCIFACT}", file=sys.stderr)
        return 2
    ways = {"Bot.refresh (before)": refresh_whole, "refresh_while_answering (now)": refresh_shared}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "restless-legs-magnesium.txt").write_bytes((REPO / "corpus" / "restless-legs-magnesium.txt").read_bytes())
        bot = Bot.open(Settings.from_env(environ={}, corpus_dir=corpus, index_dir=Path(tmp) / "index"))
        for question in QUESTIONS * 3:  # warm
            answer_ms(bot, question)
        idle, rounds = [], {name: [] for name in ways}
        for number in range(args.rounds):
            for turn, (name, refresh) in enumerate(ways.items() if number % 2 == 0 else reversed(ways.items())):
                idle += [answer_ms(bot, q) for q in QUESTIONS * 5]
                pdf = Path(tmp) / f"abstracts-{number}-{turn}.pdf"
                abstracts_pdf(pdf, args.pages, offset=(2 * number + turn) * 4 * args.pages)
                rounds[name if number % 2 == 0 else list(ways)[1 - turn]].append(
                    upload_round(bot, pdf, refresh, args.every))
        floor = statistics.median(idle)
        print(f"{args.pages}-page PDF uploads, {args.rounds} each way; a question every {args.every} s meanwhile; "
              f"answer with no upload running: p50 {floor:.0f} ms (n={len(idle)})")
        for name, results in rounds.items():
            during = sorted(ms for result in results for ms in result["during"])
            p95 = during[int(0.95 * len(during)) - 1]
            print(f"{name}: upload {statistics.median(r['seconds'] for r in results):.1f} s "
                  f"({results[-1]['report'].embedded} texts embedded); answers meanwhile p50 "
                  f"{statistics.median(during):.0f} ms, p95 {p95:.0f} ms, max {during[-1]:.0f} ms (n={len(during)}): "
                  f"{statistics.median(during) / floor:.1f}x / {p95 / floor:.1f}x / {during[-1] / floor:.1f}x no upload; "
                  f"progress updates while embedding {[r['updates'] for r in results]}, longest without one "
                  f"{max(r['gap'] for r in results):.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
