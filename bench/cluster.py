"""Cluster mode against one machine: the same index build and the same question file, run by `python -m bot` as a
user runs it (a fresh process each, model load and, for the cluster, starting Ray included), single-machine, then
`--cluster local --workers 1`, then `--workers 2` (every eval answers from the first build's index). Reports wall
seconds, each as a ratio to the single-machine run of the same job measured in the same invocation, the build's
encode rate per worker (texts a second), and the index's bytes per chunk and per text, from which the README
derives what a 10-million-passage corpus needs.

    .venv/bin/python bench/cluster.py --beir ../shared/datasets/scifact [--documents 300] [--questions 100]
        [--repeat 1] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def write_corpus(beir: Path, folder: Path, documents: int, questions: int, repeat: int = 1) -> Path:
    """The first `documents` BEIR documents as .txt files in `folder`/corpus and the first `questions` queries,
    `repeat` times over, as `folder`/questions.txt; returns the question file."""
    from bot.evaluation.benchmarks import load_beir

    data = load_beir(beir)
    corpus = folder / "corpus"
    corpus.mkdir()
    for document in data.documents[:documents]:
        (corpus / f"{document.source}.txt").write_text(document.text + "\n", encoding="utf-8")
    path = folder / "questions.txt"
    lines = [q.replace("\n", " ") + "\n" for q in list(data.queries.values())[:questions]]
    path.write_text("".join(lines * repeat), encoding="utf-8")
    return path


def run(argv: list[str]) -> tuple[float, str]:
    """Wall seconds of `python -m bot ARGV`, and what it printed."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "RAY_USAGE_STATS_ENABLED": "0"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", *argv], cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"python -m bot {' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def index_bytes(index_dir: Path) -> int:
    """Bytes of the index's current generation on disk."""
    from bot.index.generation import current_generation

    return sum(p.stat().st_size for p in current_generation(index_dir).iterdir() if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beir", type=Path, required=True)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1, help="ask the questions this many times over (a longer eval)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="the cluster sizes to run")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        root = Path(tmp)
        questions = write_corpus(args.beir, root, args.documents, args.questions, args.repeat)
        modes = {"one machine": [], **{f"cluster, {n} worker{'s' if n > 1 else ''}": [
            "--cluster", "local", "--workers", str(n)] for n in args.workers}}
        floors = {}
        for mode, flags in modes.items():
            index = root / f"index-{len(results)}"
            common = ["--corpus", str(root / "corpus"), "--index", str(index)]
            build_seconds, printed = run(["index", *common, *flags])
            found = re.search(r"(\d+) chunks, (\d+) sentences \((\d+) texts embedded.* in ([\d.]+) s", printed)
            chunks, sentences, embedded, inner = int(found[1]), int(found[2]), int(found[3]), float(found[4])
            # every mode answers from the first build's index, so the records can be compared byte for byte
            eval_seconds, _ = run(["eval", str(questions), "--out", str(root / f"{len(results)}.jsonl"), "--corpus",
                                   str(root / "corpus"), "--index", str(root / "index-0"), *flags])
            workers = int(flags[-1]) if flags else 1
            floors.setdefault("build", build_seconds)
            floors.setdefault("eval", eval_seconds)
            size = index_bytes(index)
            row = {"mode": mode, "documents": args.documents, "questions": args.questions * args.repeat, "chunks": chunks,
                   "texts": embedded, "build_s": round(build_seconds, 1), "build_ratio": round(
                       build_seconds / floors["build"], 2), "build_inner_s": inner,
                   "texts_per_s_per_worker": round(embedded / inner / workers, 1),
                   "eval_s": round(eval_seconds, 1), "eval_ratio": round(eval_seconds / floors["eval"], 2),
                   "index_bytes_per_chunk": round(size / chunks), "index_bytes_per_text": round(
                       size / (chunks + sentences))}
            results.append(row)
            print(json.dumps(row), flush=True)
        same = len({(root / f"{i}.jsonl").read_text() for i in range(len(results))}) == 1
    print(f"records identical across the {len(results)} runs: {same}")
    print("| mode | build s | ratio | encode texts/s/worker | eval s | ratio |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['mode']} | {r['build_s']} | {r['build_ratio']}x | {r['texts_per_s_per_worker']} | "
              f"{r['eval_s']} | {r['eval_ratio']}x |")


if __name__ == "__main__":
    main()
