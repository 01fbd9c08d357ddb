"""Document texts through OpenVINO: the model's transformer converted once, run in bfloat16 two batches at a time."""

from __future__ import annotations

import logging
import sys
import time
import warnings
from dataclasses import dataclass
from typing import Sequence

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Conversion:
    """How a model was converted for OpenVINO: the input names it takes and the seconds conversion took."""

    inputs: tuple[str, ...]
    seconds: float


class OpenVinoEncoder:
    """Mean-pooled, unit-length vectors of texts from a sentence-transformers model whose transformer runs in
    OpenVINO. On a CPU with native bfloat16 OpenVINO computes in it by default; two inference requests, one core
    each, overlap so that one batch's tokenization and pooling hide behind the other's model pass. Not safe to share
    across threads: the caller (`Embedder`) serializes calls."""

    def __init__(self, compiled, tokenizer, conversion: Conversion, max_length: int, dimension: int):
        self._compiled = compiled
        self._tokenizer = tokenizer
        self.conversion = conversion
        self._max_length = max_length
        self._dimension = dimension

    @classmethod
    def convert(cls, model) -> "OpenVinoEncoder":
        """Convert the transformer of the loaded sentence-transformers `model` (a Transformer, mean Pooling and
        optionally Normalize; see `Embedder`) and compile it for this CPU. Raises whatever OpenVINO raises."""
        # OpenVINO's converter reports usage over the network, and keeps counts under ~/intel, when its telemetry
        # package imports. Verbatim runs offline and sends nothing; without the package the converter uses its stub
        # (and converts in about 3 s instead of 6, the rest being the failed report).
        sys.modules.setdefault("openvino_telemetry", None)
        import openvino
        import torch

        start = time.perf_counter()
        transformer = model[0].model.eval()
        sample = model.tokenizer(["a short text", "a somewhat longer text"], padding=True, return_tensors="pt")
        inputs = tuple(sample.keys())

        class Hidden(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.transformer = transformer

            def forward(self, *features):  # the tracer passes the example's tensors in order, by position
                return self.transformer(**dict(zip(inputs, features))).last_hidden_state

        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # the tracer's notes on Python branches in the model code
            converted = openvino.convert_model(Hidden(), example_input=tuple(sample[name] for name in inputs))
        compiled = openvino.Core().compile_model(converted, "CPU", {"PERFORMANCE_HINT": "THROUGHPUT"})
        conversion = Conversion(inputs, time.perf_counter() - start)
        log.info("Converted the model for OpenVINO in %.1f s", conversion.seconds)
        return cls(compiled, model.tokenizer, conversion, int(model.max_seq_length),
                   int(model.get_embedding_dimension()))

    def encode(self, texts: Sequence[str], batch_size: int, padding: dict) -> np.ndarray:
        """Unit vectors of `texts`, shape (len(texts), dimension), float32. Batches hold texts of similar length
        (longest first, as sentence-transformers orders them); `padding` is the tokenizer's padding arguments."""
        import openvino

        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        order = np.argsort([-len(text) for text in texts], kind="stable")
        requests = openvino.AsyncInferQueue(self._compiled, 2)
        failures: list[BaseException] = []

        def pool(request, job) -> None:
            try:
                rows, mask = job
                tokens = request.get_output_tensor(0).data
                summed = np.einsum("btd,bt->bd", tokens, mask, dtype=np.float32)
                vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
                out[rows] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            except BaseException as err:  # noqa: BLE001 - raised on OpenVINO's thread, it would leave rows of zeros
                failures.append(err)

        requests.set_callback(pool)
        for first in range(0, len(texts), batch_size):
            rows = order[first:first + batch_size]
            batch = self._tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                                    max_length=self._max_length, return_tensors="np", **padding)
            features = [np.ascontiguousarray(batch[name], dtype=np.int64) for name in self.conversion.inputs]
            requests.start_async(features, (rows, batch["attention_mask"].astype(np.float32)))
        requests.wait_all()
        if failures:
            raise failures[0]
        return out
