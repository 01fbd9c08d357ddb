"""Encode throughput of faster backends for the bundled model, against plain PyTorch `model.encode` in the same run.

Backends: PyTorch fp32 (the floor), PyTorch bf16 (autocast: `Embedder.encode_passages` with precision bfloat16 and
backend torch), OpenVINO bf16 (`ConvertedModel`, as Verbatim encodes large batches of document texts where the CPU
has bfloat16 natively; only there), PyTorch int8 (dynamic quantization of the Linear layers), ONNX Runtime fp32, and
ONNX Runtime int8 (dynamic quantization, per tensor and per channel; only when onnxruntime is installed). The ONNX
model is exported from the loaded PyTorch model with `torch.onnx.export` (optimum, which sentence-transformers' own
ONNX backend needs, pins transformers below 4.58). Each backend encodes the same SciFact abstracts; the report gives tokens per second, the
ratio to PyTorch fp32, and the cosine between its vectors and PyTorch's. With `--ndcg`, each backend also encodes the
whole corpus (title + abstract, one vector each) and the claims, and dense-only nDCG@10 is reported: the quality
check for adopting a backend (it must stay within 0.005 of PyTorch). That takes about 7 minutes a backend here.

    pip install -r bench/requirements-onnx.txt      # into .venv, for the ONNX backends
    .venv/bin/python bench/encoders.py --beir ../shared/datasets/scifact [--texts 300] [--ndcg]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation.benchmarks import beir_measures, load_beir  # noqa: E402
from bot.index.embedding import Embedder, native_bfloat16  # noqa: E402
from bot.index.openvino_encoder import ConvertedModel  # noqa: E402
from bot.index.torch_encoder import padding  # noqa: E402

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def onnx_files(model, work: Path) -> dict[str, Path]:
    """Export the model's transformer to ONNX once, and quantize it to int8 (per tensor and per channel)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    work.mkdir(parents=True, exist_ok=True)
    files = {"onnx fp32": work / "model.onnx", "onnx int8": work / "model-int8.onnx",
             "onnx int8 per channel": work / "model-int8-per-channel.onnx"}
    if not files["onnx fp32"].exists():
        class Hidden(torch.nn.Module):
            def __init__(self, transformer):
                super().__init__()
                self.transformer = transformer

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                        token_type_ids=token_type_ids).last_hidden_state

        sample = model.tokenizer(["a short text", "a somewhat longer text"], padding=True, return_tensors="pt")
        torch.onnx.export(Hidden(model[0].auto_model.eval()), tuple(sample[k] for k in INPUTS),
                          str(files["onnx fp32"]), input_names=list(INPUTS), output_names=["hidden"],
                          dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "hidden")},
                          opset_version=17, dynamo=False)
    if not files["onnx int8"].exists():
        quantize_dynamic(str(files["onnx fp32"]), str(files["onnx int8"]), weight_type=QuantType.QInt8)
    if not files["onnx int8 per channel"].exists():
        quantize_dynamic(str(files["onnx fp32"]), str(files["onnx int8 per channel"]), weight_type=QuantType.QInt8,
                         per_channel=True)
    return files


def onnx_encoder(path: Path, tokenizer, dimension: int, max_tokens: int, batch_size: int):
    """An encode function over an ONNX file: mean pooling and normalization, as the sentence-transformers model."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def encode(texts: list[str]) -> np.ndarray:
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), dimension), dtype=np.float32)
        for first in range(0, len(texts), batch_size):
            ids = order[first:first + batch_size]
            batch = tokenizer([texts[i] for i in ids], padding=True, truncation=True, max_length=max_tokens,
                              return_tensors="np")
            hidden = session.run(None, {k: batch[k].astype(np.int64) for k in INPUTS})[0]
            mask = batch["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(axis=1) / mask.sum(axis=1)
            out[ids] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out

    return encode


def dense_ndcg(encode, data) -> float:
    ids = [d.source for d in data.documents]
    documents = encode([d.text for d in data.documents])
    query_ids = list(data.queries)
    scores = encode([data.queries[q] for q in query_ids]) @ documents.T
    run = {q: {ids[j]: float(scores[i, j]) for j in np.argsort(-scores[i])[:100]} for i, q in enumerate(query_ids)}
    return beir_measures(data.qrels, run).ndcg_at_10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beir", type=Path, required=True, help="BEIR folder, e.g. ../shared/datasets/scifact")
    parser.add_argument("--texts", type=int, default=300, help="abstracts encoded for throughput")
    parser.add_argument("--ndcg", action="store_true", help="also dense nDCG@10 over the whole corpus (slow)")
    parser.add_argument("--work", type=Path, default=Path("bench/out/onnx"), help="where the ONNX files go")
    args = parser.parse_args()
    import torch

    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        onnxruntime = None
        print("onnxruntime is not installed, so the ONNX backends are left out "
              "(pip install -r bench/requirements-onnx.txt)", file=sys.stderr)
    torch.set_num_threads(2)
    data = load_beir(args.beir)
    texts = [d.text for d in data.documents[:args.texts]]
    embedder = Embedder.load("all-MiniLM-L6-v2", "bfloat16", "torch")
    model = embedder.model
    max_tokens = int(model.max_seq_length)
    backends = {"torch fp32": lambda x: model.encode(x, batch_size=64, normalize_embeddings=True),
                "torch bf16 (autocast)": lambda x: embedder.encode_passages(x, batch_size=64)}
    if native_bfloat16():  # where Verbatim's backend=auto runs large batches of document texts
        openvino = ConvertedModel.convert(model)
        backends["openvino bf16 (Verbatim)"] = lambda x: openvino.encode(x, 64, padding("bfloat16", max_tokens))
    int8 = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    backends["torch int8"] = lambda x: int8.encode(x, batch_size=64, normalize_embeddings=True)
    for name, path in (onnx_files(model, args.work) if onnxruntime else {}).items():
        backends[name] = onnx_encoder(path, model.tokenizer, model.get_embedding_dimension(), max_tokens, 64)
    tokens = sum(len(model.tokenizer(t, truncation=True, max_length=max_tokens)["input_ids"]) for t in texts)
    reference, floor = None, None
    print(f"{len(texts)} SciFact abstracts, {tokens} tokens")
    for name, encode in backends.items():
        encode(texts[:16])  # warm up
        seconds, vectors = [], None
        for _ in range(2):
            started = time.perf_counter()
            vectors = encode(texts)
            seconds.append(time.perf_counter() - started)
        best = min(seconds)
        reference = vectors if reference is None else reference
        floor = best if floor is None else floor
        agreement = (reference * vectors).sum(axis=1)
        line = (f"{name:22s} {tokens / best:7.0f} tokens/s  {floor / best:4.2f}x  cosine to torch fp32: mean "
                f"{agreement.mean():.4f}, min {agreement.min():.4f}")
        if args.ndcg:
            line += f"  dense nDCG@10 {dense_ndcg(encode, data):.4f}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
