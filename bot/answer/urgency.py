"""The emergency screen's second signal: how likely a message describes an emergency happening, from its letters and
words, beside the phrases of `bot.answer.safety`.

A logistic model over the message's letter n-grams (2 to 5 letters, cut within words, so typos and the inflections
of six languages share most of them) and its words and word pairs, as TF-IDF weights (sublinear counts, smoothed IDF,
unit length): scikit-learn's `TfidfVectorizer` with `features` as its analyzer, then `LogisticRegression`, fitted by
`bench/fit_urgency.py` on the labelled development sets and ordinary questions, and kept as plain JSON (gzip), never
pickle. Linear, so it explains itself: each feature's weight goes to the word it was cut from, and the words that
weigh most towards an emergency are what triggered it ("chest feels sitting"). A second model of the same features,
fitted on the emergencies alone, tells thoughts of suicide from the other kinds: asked only of a message already
urgent, it adds the crisis line (`safety._with_crisis`). The thresholds and how
they were chosen are in the file and in bench/README.md ("A second signal", "Thresholds chosen on blind sets").
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).with_name("urgency.json.gz")
# The letter n-grams' lengths; a word of fewer letters gives one n-gram, itself between spaces.
SHORTEST, LONGEST = 2, 5
_WORD = re.compile(r"[a-z0-9']+")
# How many words an urgent verdict names as its trigger.
TRIGGER_WORDS = 3


def features(text: str, skipped: frozenset[str] = frozenset()) -> list[str]:
    """The features of a normalized message (`safety.normalize`), in order, repeated as often as they occur: each
    word's letter n-grams, padded with a space at each end ("ches", "est "), then its words and word pairs, marked
    "=" ("=chest", "=chest pain"). Words in `skipped` (the stop words of six languages) give none: "and", "et" or
    "my" are in every kind of message, and a model that weighs them reads "And at night?" as an emergency."""
    return [feature for _, feature in _owned(text, skipped)]


def _owned(text: str, skipped: frozenset[str]) -> list[tuple[str, str]]:
    """Each feature with the word or words (joined by a space) it was cut from."""
    words = [word for word in _WORD.findall(text) if word not in skipped]
    out = []
    for word in words:
        padded = f" {word} "
        for size in range(SHORTEST, LONGEST + 1):
            out.extend((word, padded[start:start + size]) for start in range(max(1, len(padded) - size + 1)))
            if len(padded) <= size:
                break
    out.extend((word, "=" + word) for word in words)
    out.extend((f"{first} {second}", f"={first} {second}") for first, second in zip(words, words[1:]))
    return out


@dataclass(frozen=True)
class Urgency:
    """The model's reading of a message: the probability that it describes an emergency happening now, whether it
    reads as thoughts of suicide, and the words that weigh most towards an emergency, in the message's order."""

    probability: float
    suicide: bool
    trigger: str


@dataclass(frozen=True)
class UrgencyModel:
    """A fitted model, as `bench/fit_urgency.py` writes it: each feature's index, IDF and weights."""

    index: dict[str, int]
    idf: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    suicide_weights: tuple[float, ...]
    suicide_bias: float
    urgent_at: float  # urgent on the model alone from this probability
    skipped: frozenset[str]  # words that give no feature (`features`)

    @classmethod
    def from_json(cls, data: dict) -> "UrgencyModel":
        """The model from the fields `bench/fit_urgency.py` writes."""
        features = data["features"]
        return cls({feature: i for i, feature in enumerate(features)}, tuple(data["idf"]), tuple(data["weights"]),
                   float(data["bias"]), tuple(data["suicide_weights"]), float(data["suicide_bias"]),
                   float(data["urgent_at"]), frozenset(data["skipped"]))

    def read(self, text: str) -> Urgency:
        """The model's reading of a normalized message (`safety.normalize`)."""
        counts: dict[int, int] = {}
        owners: dict[int, list[str]] = {}
        for owner, feature in _owned(text, self.skipped):
            i = self.index.get(feature)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
                owners.setdefault(i, []).append(owner)
        values = {i: (1 + math.log(count)) * self.idf[i] for i, count in counts.items()}
        norm = math.sqrt(sum(value * value for value in values.values())) or 1.0
        score = self.bias + sum(value / norm * self.weights[i] for i, value in values.items())
        suicide = self.suicide_bias + sum(value / norm * self.suicide_weights[i] for i, value in values.items())
        # Each feature's weight is shared by the words it was cut from, wherever they occur.
        weight: dict[str, float] = {}
        for i, value in values.items():
            for owner in owners[i]:
                for word in owner.split():
                    share = value / norm * self.weights[i] / len(owners[i]) / len(owner.split())
                    weight[word] = weight.get(word, 0.0) + share
        return Urgency(_sigmoid(score), suicide >= 0, _trigger(text, weight))


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-score)) if score >= 0 else math.exp(score) / (1 + math.exp(score))


def _trigger(text: str, weight: dict[str, float]) -> str:
    """The words weighing most towards an emergency (at most `TRIGGER_WORDS`, each weighing some), each once, in the
    order the message first has them."""
    best = sorted((word for word in weight if weight[word] > 0), key=lambda word: -weight[word])[:TRIGGER_WORDS]
    order = {word: i for i, word in reversed(list(enumerate(_WORD.findall(text))))}
    return " ".join(sorted(best, key=order.__getitem__))


# Messages screened at once on a server's threads load the model once, not once each.
_LOADING = threading.Lock()


def urgency_model() -> UrgencyModel | None:
    """The bundled model, loaded once; None (and a warning, once) when its file cannot be read: the phrases then
    screen alone, as they did before the model."""
    with _LOADING:
        return _load()


@functools.lru_cache(maxsize=1)
def _load() -> UrgencyModel | None:
    try:
        with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as file:
            return UrgencyModel.from_json(json.load(file))
    except (OSError, ValueError, KeyError, TypeError) as err:
        log.warning("the emergency screen reads its phrases only: %s could not be read (%s: %s); reinstall Verbatim",
                    MODEL_FILE.name, type(err).__name__, err)
        return None
