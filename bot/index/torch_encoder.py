"""Texts through torch: the sentence-transformers model as loaded, in float32 or in bfloat16 under autocast."""

from __future__ import annotations

import contextlib
from typing import Sequence

import numpy as np


class TorchEncoder:
    """Unit-length float32 vectors of texts from a loaded sentence-transformers `model`, its matrix products run in
    `precision` ("float32", or "bfloat16" under torch's autocast). The base of the encoder backends `Embedder`
    chooses from when it is made: a variant overrides `encode`. Not safe to share across threads: `Embedder`
    serializes calls."""

    kind = "torch"

    def __init__(self, model, precision: str):
        self.model = model
        self.precision = precision
        self.dimension = int(model.get_embedding_dimension())
        self.padding = padding(precision, int(model.max_seq_length))

    @property
    def conversion_seconds(self) -> float | None:
        """How long converting the model for another runtime took; None: it runs as loaded."""
        return None

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit vectors of `texts`, shape (len(texts), dimension), through `SentenceTransformer.encode`."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with computing_in(self.precision):
            vectors = self.model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=progress,
                                        processing_kwargs={"text": self.padding})
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """Unit vectors of `texts` and of the character spans inside each, from one pass (see
        `Embedder.encode_spans`): only a mean-pooling model's token embeddings are read."""
        import torch

        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        span_vectors = [np.zeros((len(s), self.dimension), dtype=np.float32) for s in spans]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # like encode: little padding per batch
        with torch.inference_mode(), computing_in(self.precision):
            for first in range(0, len(order), batch_size):
                batch = order[first:first + batch_size]
                batch_texts = [texts[i] for i in batch]
                features = self.model.preprocess(batch_texts, processing_kwargs={"text": self.padding})
                offsets = self.model.tokenizer(batch_texts, padding=True, truncation=True,
                                               max_length=self.model.max_seq_length, return_offsets_mapping=True,
                                               **self.padding)["offset_mapping"]
                output = self.model(features)
                tokens = output["token_embeddings"].float().numpy()
                vectors[batch] = output["sentence_embedding"].float().numpy()
                mask = features["attention_mask"].numpy().astype(bool)
                for row, i in enumerate(batch):
                    span_vectors[i][:] = pool_spans(tokens[row], mask[row], np.asarray(offsets[row]), spans[i])
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32), span_vectors


class QuestionEncoder(TorchEncoder):
    """Float32 vectors of questions: a batch that fits in one goes straight through the model's own modules, with
    the vectors `SentenceTransformer.encode` gives. `encode` spends a fixed cost a call on bookkeeping one batch does
    not need (eval mode set on every module, the device found from every parameter, texts sorted by length), a
    share of encoding a question that bench/latency.py measures. Only for a plain model (see `Embedder`)."""

    def __init__(self, model):
        super().__init__(model, "float32")

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit vectors of `texts`; more than `batch_size` texts, or a progress bar, go through the base class."""
        if not texts or len(texts) > batch_size or progress:
            return super().encode(texts, batch_size, progress)
        import torch

        with torch.inference_mode():
            vectors = self.model(self.model.preprocess(list(texts)))["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors.float(), p=2, dim=1)
        return np.ascontiguousarray(vectors.numpy(), dtype=np.float32)


def computing_in(precision: str):
    """A context in which the model's products run in `precision` (only bfloat16 needs one: torch's autocast).
    For a single question autocast's casts cost more than they save, which is why questions stay in float32."""
    if precision != "bfloat16":
        return contextlib.nullcontext()
    import torch

    return torch.autocast("cpu", dtype=torch.bfloat16)


def padding(precision: str, window: int) -> dict:
    """Tokenizer padding for a batch in `precision` by a model reading `window` tokens. oneDNN keeps a bfloat16
    kernel, with its own buffers, for every shape it meets, so batches padded only to their longest text make it
    hold hundreds of them and grow by gigabytes over a large build. A multiple of 8 meets at most 32 lengths for
    little padding; a coarser multiple saves some memory but pads far more (bench/padding.py). A window that is not
    a multiple of 8 would be padded past its end, so it is left alone."""
    return {"pad_to_multiple_of": 8} if precision == "bfloat16" and window % 8 == 0 else {}


def pool_spans(tokens: np.ndarray, mask: np.ndarray, offsets: np.ndarray,
               spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """Unit mean vectors of the tokens (rows of `tokens`, kept by `mask`, at character `offsets`) overlapping each
    character span; the whole text's tokens when a span has none (it fell beyond the model's window)."""
    real = mask & (offsets[:, 1] > offsets[:, 0])  # special tokens and padding have empty offsets
    out = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for j, (start, end) in enumerate(spans):
        covered = real & (offsets[:, 1] > start) & (offsets[:, 0] < end)
        vector = tokens[covered if covered.any() else mask].mean(axis=0)
        out[j] = vector / max(float(np.linalg.norm(vector)), 1e-12)
    return out
