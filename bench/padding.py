"""How far bfloat16 batches are padded: index build time and peak memory with each multiple, runs alternating.

oneDNN keeps a bfloat16 kernel, with its buffers, for every batch shape it meets, so Verbatim pads bfloat16 batches
to a multiple of some tokens (`bot.index.torch_encoder.padding`, 8). A larger multiple meets fewer shapes and holds less memory
but encodes more padding. Each build runs in its own process (peak memory is its own), with `padding` replaced to
give the multiple under test; the multiples take turns, so the machine's drifts touch each alike. Needs a CPU with
native bfloat16 (`precision=auto` picks float32 elsewhere, which is not padded).

    .venv/bin/python bench/padding.py --beir ../shared/datasets/scifact [--documents 1000] [--runs 3] [--multiples 8 32]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from build import REPO, run  # bench/build.py: the same build side, in its own process

PADDING = """
import sys
sys.path.insert(0, {repo!r})
import bot.index.torch_encoder
bot.index.torch_encoder.padding = lambda precision, window: (
    {{"pad_to_multiple_of": {multiple}}} if precision == "bfloat16" else {{}})
"""


def build(args, multiple: int) -> dict:
    """One fresh build in its own process with bfloat16 batches padded to `multiple` tokens."""
    with tempfile.TemporaryDirectory() as tmp:
        prelude = PADDING.format(repo=str(REPO), multiple=multiple)
        return run("verbatim", args, str(Path(tmp) / "index"), prelude=prelude)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beir", type=Path, required=True, metavar="DIR")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--multiples", type=int, nargs="+", default=[8, 32])
    args = parser.parse_args()
    # What build.py's side reads; torch, whose oneDNN kernels per shape are what padding is about.
    args.corpus, args.precision, args.backend = None, "auto", "torch"
    if not (args.beir / "corpus.jsonl").is_file():
        raise SystemExit(f"{args.beir} holds no corpus.jsonl: pass a BEIR folder, e.g. ../shared/datasets/scifact")
    results = {m: [] for m in args.multiples}
    for run in range(args.runs):
        for multiple in args.multiples if run % 2 == 0 else reversed(args.multiples):
            result = build(args, multiple)
            if result["precision"] != "bfloat16":
                raise SystemExit("This CPU has no native bfloat16, so nothing is padded: nothing to measure.")
            results[multiple].append(result)
            print(f"run {run + 1}, multiple of {multiple}: {result['seconds']:.1f} s, "
                  f"peak {result['max_rss_mb']:.0f} MB", flush=True)
    base = statistics.median(r["seconds"] for r in results[args.multiples[-1]])
    for multiple, runs in results.items():
        median = statistics.median(r["seconds"] for r in runs)
        print(f"multiple of {multiple}: median {median:.1f} s ({median / base:.2f}x the multiple of "
              f"{args.multiples[-1]}), peak {min(r['max_rss_mb'] for r in runs):.0f}-"
              f"{max(r['max_rss_mb'] for r in runs):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
