"""Document texts through OpenVINO: the model's transformer converted once, run in bfloat16 two batches at a time.
The only module that imports openvino."""

from __future__ import annotations

import logging
import sys
import time
import warnings
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from bot.index.torch_encoder import TorchEncoder, pool_spans

# Converting the model takes seconds, paid back only over a call of a few thousand texts (bench/build.py); a build
# encodes its texts in parts of `checkpoint_texts`.
OPENVINO_MIN_TEXTS = 2048

log = logging.getLogger(__name__)


class OpenVinoEncoder(TorchEncoder):
    """Document texts in bfloat16 through OpenVINO from the first call of at least OPENVINO_MIN_TEXTS texts, which
    converts the model (`ConvertedModel`); every later call runs there too, without a progress bar. Before that,
    and for good once converting or encoding fails (with a warning), through torch, the base class, which always
    works. Only for a plain mean-pooled model on a CPU with native bfloat16 (see `Embedder`)."""

    kind = "openvino"

    def __init__(self, model, precision: str):
        super().__init__(model, precision)
        self.converted: ConvertedModel | None = None
        self._conversion_tried = False

    @property
    def conversion_seconds(self) -> float | None:
        """How long converting the model took; None before it was converted, and after OpenVINO failed."""
        return self.converted.conversion.seconds if self.converted else None

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit vectors of `texts`, as the base class gives them (within bfloat16's rounding)."""
        return self._run(len(texts), lambda converted: converted.encode(list(texts), batch_size, self.padding),
                         lambda: super(OpenVinoEncoder, self).encode(texts, batch_size, progress))

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """Unit vectors of `texts` and of the character spans inside each from one pass, as the base class gives
        them (within bfloat16's rounding); the spans are counted towards the call's size."""
        return self._run(len(texts) + sum(len(s) for s in spans),
                         lambda converted: converted.encode(list(texts), batch_size, self.padding, spans),
                         lambda: super(OpenVinoEncoder, self).encode_spans(texts, spans, batch_size))

    def _run(self, size: int, converted_call, torch_call):
        """`converted_call(converted)` through OpenVINO once a call of at least OPENVINO_MIN_TEXTS vectors has
        converted the model, else (and for good after a failure) `torch_call()`; `size`: this call's vectors."""
        if not self._conversion_tried and size >= OPENVINO_MIN_TEXTS:
            self._conversion_tried = True
            try:
                self.converted = ConvertedModel.convert(self.model)
            except Exception as err:  # noqa: BLE001 - any failure leaves the torch path, which always works
                log.warning("OpenVINO could not convert the model (%s); encoding with torch. Set "
                            "VERBATIM_BACKEND=torch to skip trying.", err)
        if self.converted and size:
            try:
                return converted_call(self.converted)
            except Exception as err:  # noqa: BLE001 - as for conversion: torch always works
                log.warning("OpenVINO failed to encode (%s); encoding with torch from now on. Set "
                            "VERBATIM_BACKEND=torch to skip OpenVINO.", err)
                self.converted = None
        return torch_call()


@dataclass(frozen=True)
class Conversion:
    """How a model was converted for OpenVINO: the input names it takes and the seconds conversion took."""

    inputs: tuple[str, ...]
    seconds: float


@dataclass(frozen=True)
class ConvertedModel:
    """Mean-pooled, unit-length vectors of texts from a sentence-transformers model whose transformer runs in
    OpenVINO (`compiled`). On a CPU with native bfloat16 OpenVINO computes in it by default; two inference requests,
    one core each, overlap so that one batch's tokenization and pooling hide behind the other's model pass. Not safe
    to share across threads."""

    compiled: object
    tokenizer: object
    conversion: Conversion
    max_length: int
    dimension: int

    @classmethod
    def convert(cls, model) -> "ConvertedModel":
        """Convert the transformer of the loaded sentence-transformers `model` (a Transformer, mean Pooling and
        optionally Normalize; see `Embedder`) and compile it for this CPU. Raises whatever OpenVINO raises."""
        openvino = import_openvino()
        start = time.perf_counter()
        converted, inputs = trace_transformer(model)
        compiled = openvino.Core().compile_model(converted, "CPU", {"PERFORMANCE_HINT": "THROUGHPUT"})
        conversion = Conversion(inputs, time.perf_counter() - start)
        log.info("Converted the model for OpenVINO in %.1f s", conversion.seconds)
        return cls(compiled, model.tokenizer, conversion, int(model.max_seq_length),
                   int(model.get_embedding_dimension()))

    def encode(self, texts: Sequence[str], batch_size: int, padding: dict,
               spans: Sequence[Sequence[tuple[int, int]]] | None = None):
        """Unit vectors of `texts`, shape (len(texts), dimension), float32. Batches hold texts of similar length
        (longest first, as sentence-transformers orders them); `padding` is the tokenizer's padding arguments.
        With `spans` (character spans inside each text), also the unit vectors of each text's spans from the same
        pass (`torch_encoder.pool_spans`): returns (vectors, span vectors per text)."""
        openvino = import_openvino()
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        span_out = None if spans is None else [np.zeros((len(s), self.dimension), dtype=np.float32) for s in spans]
        order = np.argsort([-len(text) for text in texts], kind="stable")
        requests = openvino.AsyncInferQueue(self.compiled, 2)
        failures: list[BaseException] = []

        def pool(request, job) -> None:
            try:
                rows, mask, offsets = job
                tokens = request.get_output_tensor(0).data
                summed = np.einsum("btd,bt->bd", tokens, mask, dtype=np.float32)
                vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
                out[rows] = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
                if span_out is not None:
                    kept = mask.astype(bool)
                    for row, i in enumerate(rows):
                        span_out[i][:] = pool_spans(np.asarray(tokens[row], dtype=np.float32), kept[row],
                                                    offsets[row], spans[i])
            except BaseException as err:  # noqa: BLE001 - raised on OpenVINO's thread, it would leave rows of zeros
                failures.append(err)

        requests.set_callback(pool)
        for first in range(0, len(texts), batch_size):
            rows = order[first:first + batch_size]
            batch = self.tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                                   max_length=self.max_length, return_tensors="np",
                                   return_offsets_mapping=spans is not None, **padding)
            features = [np.ascontiguousarray(batch[name], dtype=np.int64) for name in self.conversion.inputs]
            requests.start_async(features, (rows, batch["attention_mask"].astype(np.float32),
                                            batch.get("offset_mapping")))
        requests.wait_all()
        if failures:
            raise failures[0]
        return out if spans is None else (out, span_out)


def trace_transformer(model) -> tuple[object, tuple[str, ...]]:
    """The transformer of the loaded sentence-transformers `model` as an OpenVINO model (not compiled) that maps
    the tokenizer's arrays, in the order of the returned input names, to the last hidden state (token embeddings,
    before pooling). Needs torch; raises whatever OpenVINO raises."""
    openvino = import_openvino()
    import torch

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
    return converted, inputs


def import_openvino():
    """The openvino package, imported with its usage reports off.

    Importing openvino imports its converter, which, when the openvino_telemetry package imports, reports usage over
    the network and writes a client id and counts under ~/intel. Verbatim runs offline and writes nothing outside
    its index. OpenVINO's only documented switch, `opt_in_out --opt_out`, itself writes under ~/intel, for every
    program of the user; the other (`CI=true`, read by the converter's `disable_in_ci`) would tell every library in
    the process it runs in CI. So the package is marked missing before openvino is first imported: the converter
    then takes its own stub, which sends and writes nothing, and conversion skips the failed report's wait."""
    sys.modules.setdefault("openvino_telemetry", None)
    import openvino

    return openvino
