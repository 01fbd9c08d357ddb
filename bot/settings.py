"""One place for every setting. Precedence: explicit argument (CLI flag), then environment variable, then default."""

from __future__ import annotations

import dataclasses
import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from bot.errors import BotError

REPO_ROOT = Path(__file__).resolve().parent.parent

DEFAULT_MODEL = "all-MiniLM-L6-v2"

# The emergency numbers and crisis line when none are configured; an urgent answer in another language says them in
# that language (`bot.answer.compose.emergency_message`).
DEFAULT_EMERGENCY_NUMBERS = "112 (Europe and many other countries) or 911 (US and Canada)"
DEFAULT_CRISIS_LINE = "988 (Suicide & Crisis Lifeline, US) or your local crisis line"

# Calibrated on data by bench/calibrate_threshold.py, one value per kind of sentence vector (their cosines differ);
# see bench/README.md, "Not-found threshold". "composed" indexes encode their sentences like "encoded" ones;
# "contextual" ones gate quotes by sentence vectors pooled like "pooled" ones.
DEFAULT_MIN_SCORE = 0.41
POOLED_MIN_SCORE = 0.34
DEFAULT_MIN_SCORES = {"contextual": POOLED_MIN_SCORE, "encoded": DEFAULT_MIN_SCORE, "composed": DEFAULT_MIN_SCORE,
                      "pooled": POOLED_MIN_SCORE}
VECTOR_KINDS = tuple(DEFAULT_MIN_SCORES)
# What document texts are encoded in; "auto" is bfloat16 on CPUs that have it natively (bot/index/embedding.py).
PRECISIONS = ("auto", "float32", "bfloat16")
# What runs the model over document texts: "auto" is OpenVINO for large batches where the CPU has bfloat16
# natively (bot/index/embedding.py), else torch; "torch" always torch.
BACKENDS = ("auto", "torch")

# Settings that were renamed: a variable of the old name would otherwise be silently ignored.
RENAMED = {"sentence_vectors": "vectors"}


@dataclass(frozen=True)
class Settings:
    """Everything that shapes an index or an answer.

    Build one with `Settings.from_env(**overrides)` to honour `VERBATIM_*` environment variables.
    """

    corpus_dir: Path = REPO_ROOT / "corpus"
    index_dir: Path = REPO_ROOT / "index"
    model: str = DEFAULT_MODEL
    chunk_tokens: int = 128
    overlap_sentences: int = 1
    top_k: int = 3
    candidate_chunks: int = 5
    fusion_depth: int = 100
    dense_weight: float = 1.0
    sentence_weight: float = 1.0
    document_bm25_weight: float = 0.75
    chunk_bm25_weight: float = 0.25
    lead_weight: float = 0.75
    min_score: float | None = None  # None: the calibrated default for `vectors`
    # A sentence whose vector read alone (the "contextual" kind keeps one beside the pooled one) reaches this cosine
    # passes the not-found threshold too: a sentence in a chunk about other things is diluted by them when pooled
    # ("Do this on days 1, 5, 9 and 13..." for "which days do I need to do the wet combing on"). None: the threshold
    # calibrated for vectors read alone ("encoded"), as far above it as `min_score` is above its own default.
    # Figures in bench/README.md, "A sentence read alone".
    min_own_score: float | None = None
    quote_margin: float = 0.3
    lexical_weight: float = 0.6
    # A question naming a document's subject ("How is gout treated?") is read without it too ("How is it treated?"):
    # a sentence's cosine to that reading, times this weight, adds to its quote score, and the top document's
    # `subject_chunks` chunks nearest that reading join the candidates. Inside the document on gout, "gout" draws the
    # sentences that say it, not the one that answers (a trial; bench/README.md, "The ask without its subject").
    subject_free_weight: float = 0.5
    subject_chunks: int = 2
    max_question_chars: int = 2000
    max_document_mb: int = 64  # corpus files above this are skipped and reported
    max_upload_mb: int = 20  # chat uploads above this are refused
    emergency_numbers: str = DEFAULT_EMERGENCY_NUMBERS
    crisis_line: str = DEFAULT_CRISIS_LINE
    encode_batch_size: int = 64
    # How the model makes the index's vectors. "contextual": as "encoded", plus each sentence pooled in its chunk's
    # pass to rank and gate quotes (the best quotes and document ranking); "encoded": chunks and sentences each
    # encoded (two passes); "pooled": one pass over chunks, sentence vectors pooled from it; "composed": one pass over
    # sentences, chunk vectors composed from them (the fastest build).
    vectors: str = "contextual"
    # Document texts are encoded in bfloat16 where the CPU multiplies it natively (AMX, AVX-512 BF16): faster, with
    # vectors nearly identical to float32 ones (bench/README.md). Questions are always encoded in float32.
    precision: str = "auto"
    # Large batches of document texts run in OpenVINO where the CPU has bfloat16 natively: faster than torch there.
    # With "auto" questions are encoded by the model's transformer kept as an OpenVINO IR in `encoder_cache`, so a
    # start on a current index never imports torch; "torch" keeps everything in torch.
    backend: str = "auto"
    # Where the question encoder is kept, one folder per model and CPU (None: `index_dir`/question-encoder).
    encoder_cache: Path | None = None
    checkpoint_texts: int = 4096  # an index build saves its vectors every this many texts, to resume if interrupted
    queue_size: int = 64  # chat server: waiting requests before "queue full"
    concurrency: int = 2  # chat server: requests answered at once (encoding itself is serialized)
    # Chat server: sessions kept in memory (each about 100 KB: Gradio's copy of the page and the answers); past
    # this the least recently used is forgotten. Sessions idle for an hour are forgotten anyway.
    max_sessions: int = 1000

    def __post_init__(self):
        if self.min_score is None:
            object.__setattr__(self, "min_score", DEFAULT_MIN_SCORES.get(self.vectors, DEFAULT_MIN_SCORE))
        if self.min_own_score is None:
            # The vectors read alone are "encoded" ones: their calibrated threshold, moved with `min_score` (a
            # stricter `min_score` makes both stricter).
            above = self.min_score - DEFAULT_MIN_SCORES.get(self.vectors, DEFAULT_MIN_SCORE)
            object.__setattr__(self, "min_own_score", round(min(DEFAULT_MIN_SCORES["encoded"] + above, 1.0), 4))

    def question_encoder_dir(self) -> Path:
        """The folder the question encoder is kept in (`encoder_cache`, by default inside the index folder)."""
        return Path(self.encoder_cache) if self.encoder_cache is not None else Path(self.index_dir) / "question-encoder"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, overridden by `VERBATIM_<FIELD>` variables, overridden by non-None keyword arguments."""
        environ = os.environ if environ is None else environ
        _check_names(environ)
        values = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(f"VERBATIM_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _convert(f.name, raw, type(getattr(cls(), f.name)))
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("corpus_dir", "index_dir", "encoder_cache"):
            if key in values:
                values[key] = Path(values[key])
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise BotError when a value cannot work."""
        positive = ("chunk_tokens", "top_k", "candidate_chunks", "fusion_depth", "max_question_chars",
                    "max_document_mb", "max_upload_mb", "encode_batch_size",
                    "checkpoint_texts", "queue_size", "concurrency", "max_sessions")
        for name in positive:
            if getattr(self, name) < 1:
                raise BotError(f"Setting {name} must be at least 1, got {getattr(self, name)}. "
                               f"Fix VERBATIM_{name.upper()} or the matching flag.")
        if self.vectors not in VECTOR_KINDS:
            raise BotError(f"Setting vectors is one of {', '.join(VECTOR_KINDS)}, got {self.vectors!r}. "
                           "Fix VERBATIM_VECTORS.")
        if self.precision not in PRECISIONS:
            raise BotError(f"Setting precision is one of {', '.join(PRECISIONS)}, got {self.precision!r}. "
                           "Fix VERBATIM_PRECISION.")
        if self.backend not in BACKENDS:
            raise BotError(f"Setting backend is one of {', '.join(BACKENDS)}, got {self.backend!r}. "
                           "Fix VERBATIM_BACKEND.")
        if self.subject_chunks < 0:
            raise BotError("Setting subject_chunks must be 0 or more. Fix VERBATIM_SUBJECT_CHUNKS.")
        if self.overlap_sentences < 0:
            raise BotError("Setting overlap_sentences must be 0 or more. Fix VERBATIM_OVERLAP_SENTENCES.")
        if not -1.0 <= self.min_score <= 1.0:
            raise BotError(f"Setting min_score is a cosine similarity between -1 and 1, got {self.min_score}. "
                           "Fix VERBATIM_MIN_SCORE or --min-score.")
        if not -1.0 <= self.min_own_score <= 1.0:
            raise BotError(f"Setting min_own_score is a cosine similarity between -1 and 1, got {self.min_own_score}. "
                           "Fix VERBATIM_MIN_OWN_SCORE.")


def _check_names(environ) -> None:
    """Raise BotError for a `VERBATIM_*` variable that names no setting, which would otherwise do nothing."""
    known = [f.name for f in dataclasses.fields(Settings)]
    for variable in sorted(environ):
        name = variable[len("VERBATIM_"):].lower()
        if not variable.startswith("VERBATIM_") or name in known:
            continue
        guess = RENAMED.get(name) or next(iter(difflib.get_close_matches(name, known, n=1)), None)
        hint = f"Did you mean VERBATIM_{guess.upper()}? " if guess else ""
        raise BotError(f"Environment variable {variable} names no setting, so it would be ignored. {hint}"
                       "Rename or unset it (settings: README, bot/settings.py).")


def _convert(name: str, raw: str, kind: type):
    try:
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
    except ValueError:
        raise BotError(f"Environment variable VERBATIM_{name.upper()}={raw!r} is not a valid {kind.__name__}. "
                       "Fix or unset it.") from None
    return raw
