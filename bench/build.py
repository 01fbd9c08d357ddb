"""Index build time and peak memory against the floor of encoding the same chunk texts, same run.

Verbatim's build reads and chunks the documents, embeds chunks and sentences (sentence vectors feed the ranking),
and writes the index. The floor is `model.encode` of the chunk texts alone. Each side runs in its own process so
peak memory (max RSS) is its own.

    .venv/bin/python bench/build.py --beir ../shared/datasets/scifact [--documents 1000]
    .venv/bin/python bench/build.py --corpus DIR
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SIDE = """
import json, os, resource, sys, time
sys.path.insert(0, {repo!r})
os.environ.setdefault("HF_HUB_OFFLINE", "1")
from pathlib import Path
from bot import Settings
from bot.embedding import Embedder
from bot.indexer import chunk_corpus, open_index
from bot.corpus import load_documents
documents = load_documents(Path({corpus!r})) if {corpus!r} else None
if {beir!r}:
    from bot.benchmarks import load_beir
    documents = load_beir(Path({beir!r})).documents[:{limit}]
settings = Settings.from_env(environ={{}}, corpus_dir=Path({corpus!r} or "."), index_dir=Path({index!r}))
embedder = Embedder.load(settings.model)
started = time.perf_counter()
if {side!r} == "floor":
    chunks, _ = chunk_corpus(documents, embedder, settings)
    started = time.perf_counter()  # the floor starts from the chunk texts
    embedder._model.encode([c.text for c in chunks], batch_size=settings.encode_batch_size, normalize_embeddings=True)
    texts = len(chunks)
else:
    store, report = open_index(settings, embedder, documents=documents)
    texts = report.embedded
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "texts": texts, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "documents": len(documents)}}))
"""


def run(side: str, args, index: str) -> dict:
    script = SIDE.format(repo=str(REPO), corpus=str(args.corpus or ""), beir=str(args.beir or ""),
                         limit=args.documents, index=index, side=side)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if done.returncode != 0:
        raise SystemExit(f"{side} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--beir", type=Path)
    parser.add_argument("--documents", type=int, default=1000, help="with --beir, the first N documents")
    args = parser.parse_args()
    if bool(args.corpus) == bool(args.beir):
        raise SystemExit("give exactly one of --corpus DIR or --beir DIR")
    with tempfile.TemporaryDirectory() as tmp:
        floor = run("floor", args, os.path.join(tmp, "floor"))
        ours = run("verbatim", args, os.path.join(tmp, "index"))
    print(f"{ours['documents']} documents")
    print(f"floor (encode {floor['texts']} chunk texts): {floor['seconds']:.1f} s, peak {floor['max_rss_mb']:.0f} MB")
    print(f"verbatim build ({ours['texts']} texts embedded: chunks and sentences): {ours['seconds']:.1f} s, "
          f"peak {ours['max_rss_mb']:.0f} MB; ratio {ours['seconds'] / floor['seconds']:.2f}x")


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - start:.0f} s")
