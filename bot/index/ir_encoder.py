"""Questions without torch: the model's transformer kept on disk as an OpenVINO IR (an XML graph and its raw weights;
nothing in it is unpickled), its tokenizer as `tokenizers` JSON and its input word embeddings as a .npy, in a
folder keyed by the model's hash and this CPU. Made once from the loaded torch model (`save`), then opened in a
fraction of a second (`IrQuestions.open`), importing only openvino and tokenizers, with vectors matching the torch
model's float32 ones (cosine at least MIN_COSINE; tests/index/test_ir_encoder.py)."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.index import files
from bot.index.openvino_encoder import import_openvino, trace_transformer

FORMAT = 1
MODEL_XML, MODEL_BIN, TOKENIZER = "model.xml", "model.bin", "tokenizer.json"
WORDS, PROFILE = "words.npy", "profile.json"
# Checked against the torch model's vectors when the folder is made and whenever it is opened (a quick check that
# it still computes what it did; the tests check long questions and thousands more): short, empty, other scripts.
PROBES = ("Can magnesium help restless legs?", "", "Ünïcödé — 質問は何ですか? Ça va, señor?")
MIN_COSINE = 0.9999
# Float32 throughout: on a CPU with bfloat16 OpenVINO would otherwise compute in it, and questions stay float32.
CONFIG = {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "f32"}


class CacheUnusable(Exception):
    """The folder exists but cannot be used: damaged, from another format, or its vectors disagree with torch's."""


@dataclass(frozen=True)
class ModelFacts:
    """What an index needs to know of the model without loading it: its vector size, its window, whether it
    mean-pools its tokens, and whether torch found native bfloat16 on this CPU (which decides "auto" precision)."""

    dimension: int
    max_seq_length: int
    mean_pooled: bool
    native_bfloat16: bool


def cpu_fingerprint() -> str:
    """A short digest of this CPU's model and feature flags: facts recorded on one CPU are not trusted on another."""
    described = platform.machine() + platform.processor()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
            lines = [line for line in handle.read(1_000_000).splitlines()
                     if line.startswith(("model name", "flags", "Features", "CPU part"))]
        described += "\n".join(dict.fromkeys(lines))
    except OSError:
        pass
    return hashlib.sha256(described.encode()).hexdigest()[:12]


def cache_folder(root: Path, model_hash: str) -> Path:
    """Where the question encoder of the model `model_hash` is kept under `root`, for this CPU."""
    return Path(root) / f"{model_hash[:16]}-{cpu_fingerprint()}"


class IrQuestions:
    """Unit-length float32 vectors of questions from the model's transformer in OpenVINO, float32, with mean pooling
    as the model's own; and the tokenizer and input embeddings `WordVectors` reads. Not safe to share across
    threads: `Embedder` serializes calls."""

    kind = "openvino-ir"

    def __init__(self, folder: Path, profile: dict, compiled, tokenizer, word_tokenizer, table: np.ndarray):
        self.folder = folder
        self.facts = ModelFacts(**profile["facts"])
        self.dimension = self.facts.dimension
        self._inputs = tuple(profile["inputs"])
        self._compiled = compiled
        self._tokenizer = tokenizer
        self._word_tokenizer = word_tokenizer
        self.word_table = table

    @classmethod
    def open(cls, root: Path, model_hash: str) -> "IrQuestions | None":
        """The question encoder kept under `root` for `model_hash`; None when there is none yet. Raises
        CacheUnusable, saying why, when there is one that cannot be used."""
        folder = cache_folder(root, model_hash)
        if not folder.is_dir():
            return None
        try:
            return cls._open(folder, model_hash)
        except CacheUnusable:
            raise
        except Exception as err:  # noqa: BLE001 - whatever a damaged file makes a reader raise
            raise CacheUnusable(f"{type(err).__name__}: {err}") from None

    @classmethod
    def _open(cls, folder: Path, model_hash: str) -> "IrQuestions":
        profile = json.loads(files.read_regular(folder / PROFILE, 1_000_000))
        if profile.get("format") != FORMAT or profile.get("model_hash") != model_hash:
            raise CacheUnusable("made for another model or by another version")
        if set(profile["files"]) != {MODEL_XML, MODEL_BIN, TOKENIZER, WORDS}:  # never a path elsewhere
            raise CacheUnusable("its profile names other files")
        sums = files.sha256_all([folder / name for name in profile["files"]])
        if any(sums[folder / name] != digest for name, digest in profile["files"].items()):
            raise CacheUnusable("a file does not match its checksum")
        from tokenizers import Tokenizer

        openvino = import_openvino()
        core = openvino.Core()
        compiled = core.compile_model(core.read_model(str(folder / MODEL_XML), str(folder / MODEL_BIN)), "CPU", CONFIG)
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        tokenizer.enable_truncation(profile["facts"]["max_seq_length"], direction=profile["truncation_side"])
        tokenizer.enable_padding(pad_id=profile["pad_id"], pad_type_id=profile["pad_type_id"],
                                 pad_token=profile["pad_token"])
        words = Tokenizer.from_file(str(folder / TOKENIZER))
        words.no_truncation()
        words.no_padding()
        table = np.load(folder / WORDS, mmap_mode="r", allow_pickle=False)
        if table.dtype != np.float32 or table.ndim != 2 or table.shape[1] != profile["facts"]["dimension"]:
            raise CacheUnusable("the word table has the wrong shape")
        encoder = cls(folder, profile, compiled, tokenizer, words, table)
        agreement = _cosines(encoder.encode(list(PROBES)), np.asarray(profile["probes"], dtype=np.float32))
        if agreement.min() < MIN_COSINE:
            raise CacheUnusable(f"its vectors differ from the model's (cosine {agreement.min():.6f})")
        return encoder

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit vectors of `texts`, shape (len(texts), dimension); texts of similar length batched together."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = np.argsort([-len(text) for text in texts], kind="stable")
        for first in range(0, len(texts), batch_size):
            rows = order[first:first + batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in rows])
            arrays = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                      "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                      "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64)}
            tokens = self._compiled([arrays[name] for name in self._inputs])[0]
            mask = arrays["attention_mask"].astype(np.float32)
            summed = np.einsum("btd,bt->bd", tokens, mask, dtype=np.float32)
            vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
            out[rows] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return out

    def word_ids(self, words: Sequence[str]) -> list[list[int]]:
        """The token ids of each word, without special tokens, as the model's tokenizer splits it."""
        return [encoding.ids for encoding in self._word_tokenizer.encode_batch(list(words), add_special_tokens=False)]


def save(model, root: Path, model_hash: str, facts: ModelFacts) -> IrQuestions:
    """Convert the loaded sentence-transformers `model` (plain mean pooling; see `Embedder`) and keep it under
    `root` for `model_hash`, written whole or not at all; returns it opened. Needs torch; raises what conversion or
    writing raises, and CacheUnusable when the converted model's vectors differ from torch's."""
    from bot.index.torch_encoder import TorchEncoder

    openvino = import_openvino()
    folder = cache_folder(root, model_hash)
    tmp = folder.parent / f".tmp-{folder.name}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    for left in folder.parent.glob(".tmp-*"):  # left by a process killed while converting, an hour ago or more
        try:
            if left != tmp and time.time() - left.stat().st_mtime > 3600:
                shutil.rmtree(left, ignore_errors=True)
        except OSError:
            pass
    try:
        converted, inputs = trace_transformer(model)
        openvino.save_model(converted, str(tmp / MODEL_XML), compress_to_fp16=False)
        files.write_text(tmp / TOKENIZER, model.tokenizer.backend_tokenizer.to_str())
        table = model[0].auto_model.get_input_embeddings().weight.detach().float().numpy()
        np.save(tmp / WORDS, np.ascontiguousarray(table, dtype=np.float32), allow_pickle=False)
        tokenizer = model.tokenizer
        profile = {"format": FORMAT, "model_hash": model_hash, "facts": asdict(facts), "inputs": list(inputs),
                   "truncation_side": tokenizer.truncation_side, "pad_id": tokenizer.pad_token_id,
                   "pad_type_id": tokenizer.pad_token_type_id, "pad_token": tokenizer.pad_token,
                   "probes": TorchEncoder(model, "float32").encode(list(PROBES)).tolist(),
                   "files": {path.name: digest for path, digest in files.sha256_all(
                       [tmp / MODEL_XML, tmp / MODEL_BIN, tmp / TOKENIZER, tmp / WORDS]).items()}}
        files.write_text(tmp / PROFILE, json.dumps(profile))
        files.fsync_files(tmp)
        encoder = IrQuestions._open(tmp, model_hash)  # its vectors are checked before it is kept
        try:
            os.rename(tmp, folder)
        except OSError:
            if not folder.is_dir():  # else another process kept an identical one first
                raise
        files.fsync_dir(folder.parent)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    encoder.folder = folder
    return encoder


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.shape != b.shape:
        raise CacheUnusable("its probe vectors have the wrong shape")
    return np.einsum("ij,ij->i", a, b) / np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-12)
