"""Indexing a large corpus: time and peak memory of a whole build over `--mb` megabytes of text, and a resume.

The corpus is written once into `bench/out/corpus-<mb>mb`: Markdown files of about 40 KB, each twenty sections of a
heading and four lines of five sentences, words drawn by Zipf's law from a 20,000-word made-up vocabulary (as in
`scale_index.py`), so that no two chunks are alike.

`--encoder real` embeds with the bundled model. `--encoder stand-in` (the default) keeps everything else real,
the model's tokenizer included, but makes each vector from a hash of its text: the model alone would take hours for
100 MB on this machine, and it holds the same memory whatever the corpus size. It measures the pipeline around the
model: reading, chunking, keys, vectors in memory, checkpoints, the FAISS index, BM25, columns and the files.

Each side runs in a process of its own, so its peak resident memory is its own:

- floor: load the model, then hold one float32 matrix the size of the index's vectors (chunks and sentences), the
  least a build that keeps its vectors in memory would take (Verbatim's keeps them on disk, so it can stay below);
  with the real encoder, then encode the chunk texts;
- build: `python -m bot index` over the folder, into a new index;
- update (`--update`): one file of the built index changed (a section added), then the index opened again: time,
  vectors computed, peak memory;
- resume (`--resume`): a build killed once about half its vectors are saved, then run again: how many vectors the
  second run computes.

    .venv/bin/python bench/corpus_build.py [--mb 100] [--encoder stand-in|real] [--update] [--resume]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from scale_index import vocabulary, zipf_words  # noqa: E402

SECTIONS, LINES, SENTENCES_PER_LINE = 20, 4, 5


def write_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Synthetic Markdown files of about 40 KB until `megabytes` of text; returns files and characters."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    words = vocabulary(20_000)
    per_file = SECTIONS * LINES * SENTENCES_PER_LINE
    total, count = 0, 0
    while total < megabytes * 1e6:
        lengths = rng.integers(6, 26, size=per_file)
        drawn = zipf_words(rng, words, int(lengths.sum()))
        ends = np.cumsum(lengths)
        sentences = [" ".join(drawn[end - n:end]).capitalize() + "." for n, end in zip(lengths, ends)]
        lines = [" ".join(sentences[i:i + SENTENCES_PER_LINE]) for i in range(0, per_file, SENTENCES_PER_LINE)]
        sections = ["\n".join(lines[i:i + LINES]) for i in range(0, len(lines), LINES)]
        text = "\n\n".join(f"## Section {s}\n\n{body}" for s, body in enumerate(sections)) + "\n"
        (folder / f"doc-{count:05d}.md").write_text(text, encoding="utf-8")
        total += len(text)
        count += 1
    return count, total


def stand_in_class():
    from bot.index.embedding import Embedder

    class StandInEmbedder(Embedder):
        """The real model's tokenizer and window, with document texts' vectors from a hash of each text instead of
        the model."""

        def encode_passages(self, texts, batch_size=64, progress=False):
            out = np.empty((len(texts), self.dimension), dtype=np.float32)
            for i, text in enumerate(texts):
                seed = int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")
                out[i] = np.random.default_rng(seed).standard_normal(self.dimension)
            return out / np.linalg.norm(out, axis=1, keepdims=True)

    return StandInEmbedder


def embedder_for(kind: str):
    from bot.index.embedding import Embedder
    from bot.settings import DEFAULT_MODEL

    real = Embedder.load(DEFAULT_MODEL)
    if kind == "real":
        return real
    return stand_in_class()(real.model, "stand-in", "stand-in-" + real.model_hash)


def side_build(args) -> dict:
    from bot.index.refresh import open_index
    from bot.settings import Settings

    embedder = embedder_for(args.encoder)
    settings = Settings.from_env(environ={}, corpus_dir=args.corpus, index_dir=args.index)
    started = time.perf_counter()
    store, report = open_index(settings, embedder, progress=True)
    return {"seconds": time.perf_counter() - started, "files": report.files, "chunks": report.chunks,
            "sentences": report.sentences, "embedded": report.embedded, "reused": report.reused}


def side_floor(args) -> dict:
    """The model and `--vectors` vectors held: the floor's peak memory, taken before anything else. With the real
    encoder, then the time to encode the chunk texts."""
    from bot.documents.corpus import load_documents
    from bot.index.building import chunk_corpus
    from bot.settings import Settings

    embedder = embedder_for(args.encoder)
    held = np.ones((args.vectors, embedder.dimension), dtype=np.float32)  # touched, so resident
    result = {"vectors": int(held.shape[0]), "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if args.encoder == "real":
        settings = Settings.from_env(environ={}, corpus_dir=args.corpus, index_dir=args.index)
        texts = [c.text for c in chunk_corpus(load_documents(args.corpus), embedder, settings)[0]]
        started = time.perf_counter()
        for first in range(0, len(texts), settings.checkpoint_texts):
            embedder.encode(texts[first:first + settings.checkpoint_texts], settings.encode_batch_size)
        result.update(seconds=time.perf_counter() - started, chunks=len(texts))
    return result


def side_command(side: str, args, extra: tuple[str, ...] = ()) -> list[str]:
    """This script run as `side` in a fresh process, on the same corpus, index and encoder."""
    return [sys.executable, __file__, "--side", side, "--encoder", args.encoder, "--corpus", str(args.corpus),
            "--index", str(args.index), *extra]


def run_side(side: str, args, extra: tuple[str, ...] = ()) -> dict:
    done = subprocess.run(side_command(side, args, extra), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{side} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def killed_half_way(args, vectors: int) -> int:
    """Start a build, kill it once about half its vectors are saved as parts; the vectors saved by then."""
    process = subprocess.Popen(side_command("build", args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    saved = 0
    while process.poll() is None:
        saved = sum(len(json.loads(p.read_text())) for p in args.index.glob(".partial/*/part-*.json")
                    if p.with_suffix(".npy").exists())
        if saved >= vectors // 2:
            process.send_signal(signal.SIGKILL)
            process.wait()
            break
        time.sleep(0.5)
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=100.0, help="megabytes of text in the corpus")
    parser.add_argument("--encoder", choices=("stand-in", "real"), default="stand-in")
    parser.add_argument("--update", action="store_true", help="also change one file and open the index again")
    parser.add_argument("--resume", action="store_true", help="also kill a build half way and resume it")
    parser.add_argument("--side", choices=("build", "floor"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--vectors", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side == "build":
        print(json.dumps({**side_build(args), "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
        return
    if args.side == "floor":
        print(json.dumps(side_floor(args)))
        return
    args.corpus = BENCH / "out" / f"corpus-{args.mb:g}mb"
    if not args.corpus.exists():
        files, characters = write_corpus(args.corpus, args.mb)
        print(f"wrote {files} files, {characters / 1e6:.1f} MB of text, into {args.corpus}", flush=True)
    args.index = BENCH / "out" / f"corpus-{args.mb:g}mb-index"
    shutil.rmtree(args.index, ignore_errors=True)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"encoder {args.encoder}", flush=True)
    build = run_side("build", args)
    floor = run_side("floor", args, ("--vectors", str(build["chunks"] + build["sentences"])))
    print(json.dumps({"build": build, "floor": floor}), flush=True)
    print(f"build: {build['seconds']:.1f} s, peak {build['max_rss_mb']:,.0f} MB; {build['chunks']:,} chunks, "
          f"{build['sentences']:,} sentences, {build['embedded']:,} vectors computed")
    print(f"floor: model + {floor['vectors']:,} vectors held, peak {floor['max_rss_mb']:,.0f} MB", end="")
    print(f"; encoding the {floor['chunks']:,} chunk texts {floor['seconds']:.1f} s" if args.encoder == "real" else "")
    print(f"ratio: memory {build['max_rss_mb'] / floor['max_rss_mb']:.2f}x", end="")
    # The stand-in's encode costs next to nothing, so a time ratio to it says nothing; the build time then is the
    # time of everything around the model.
    print(f", time {build['seconds'] / floor['seconds']:.2f}x" if args.encoder == "real" else "")
    if args.update:
        changed = args.corpus / "doc-00000.md"
        original = changed.read_bytes()
        try:
            with open(changed, "a", encoding="utf-8") as handle:
                handle.write("\n## Added section\n\nA new sentence about nothing in particular. And one more here.\n")
            update = run_side("build", args)
        finally:
            changed.write_bytes(original)
        print(f"update: one file changed; opening took {update['seconds']:.1f} s, computed {update['embedded']:,} "
              f"vectors and reused {update['reused']:,}, peak {update['max_rss_mb']:,.0f} MB")
    if args.resume:
        shutil.rmtree(args.index, ignore_errors=True)
        saved = killed_half_way(args, build["embedded"])
        resumed = run_side("build", args)
        print(f"resume: killed with {saved:,} of {build['embedded']:,} vectors saved; the next run computed "
              f"{resumed['embedded']:,} and reused {resumed['reused']:,}, in {resumed['seconds']:.1f} s, "
              f"peak {resumed['max_rss_mb']:,.0f} MB")


if __name__ == "__main__":
    main()
