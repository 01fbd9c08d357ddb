"""The emergency screen's third signal: how much a message reads like an emergency someone wrote, by the bundled
model's sentence vectors, against labelled example messages of both sides.

The bank (`urgency_examples.npz`, written by `bench/urgency_examples.py`; plain arrays, never pickle) holds the
vector of every message of the labelled development sets, whether it was an emergency, and of which kind. A message
resembles an emergency when its best cosine to an emergency example reaches `at` and beats its best cosine to any
other example (a mention, a past event, a story, an ordinary question) by `margin`: a neighbour on one side only is
not enough. The vectors belong to the model that made them: with another model the bank is not used.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

BANK_FILE = Path(__file__).with_name("urgency_examples.npz")
# The kinds of emergency of the labelled sets, in the bank's order.
CATEGORIES = ("heart", "stroke", "breathing", "poisoning", "suicide", "allergy", "unresponsive", "bleeding")


@dataclass(frozen=True)
class Resemblance:
    """A message's nearest examples: its best cosine to an emergency example and to any other, and the kind of the
    emergency it is nearest."""

    emergency: float
    other: float
    category: str


@dataclass(frozen=True, eq=False)
class ExampleBank:
    """Unit vectors of the labelled examples, emergencies first, and the thresholds chosen for them."""

    emergencies: np.ndarray  # (n, d) float32
    others: np.ndarray  # (m, d) float32
    categories: tuple[str, ...]  # of each emergency example
    at: float
    margin: float
    model_hash: str

    @classmethod
    def load(cls, path: Path = BANK_FILE) -> "ExampleBank":
        """The bank as `bench/urgency_examples.py` writes it."""
        with np.load(path, allow_pickle=False) as data:
            vectors = data["vectors"].astype(np.float32)
            urgent = data["urgent"].astype(bool)
            category = data["category"]
            facts = json.loads(str(data["facts"]))
        return cls(vectors[urgent], vectors[~urgent], tuple(CATEGORIES[i] for i in category[urgent]),
                   float(facts["at"]), float(facts["margin"]), str(facts["model_hash"]))

    def resembles_emergency(self, vector: np.ndarray) -> Resemblance | None:
        """The nearest examples when they make the message an emergency (`at`, `margin`), else None."""
        emergency = self.emergencies @ vector
        nearest = int(emergency.argmax())
        if emergency[nearest] < self.at:  # most messages: the other side is not needed
            return None
        found = Resemblance(float(emergency[nearest]), float((self.others @ vector).max()), self.categories[nearest])
        return found if found.emergency - found.other >= self.margin - 1e-9 else None


_LOADING = threading.Lock()


def example_bank(model_hash: str) -> ExampleBank | None:
    """The bundled bank, loaded once, when its vectors are of the model `model_hash`; None otherwise (and a
    warning, once): the phrases and the letters model then screen alone."""
    with _LOADING:
        bank = _load()
    if bank is None:
        return None
    if bank.model_hash != model_hash:
        _warn_other_model(bank.model_hash, model_hash)
        return None
    return bank


@functools.lru_cache(maxsize=1)
def _load() -> ExampleBank | None:
    try:
        return ExampleBank.load(BANK_FILE)
    except (OSError, ValueError, KeyError) as err:
        log.warning("the emergency screen reads no example messages: %s could not be read (%s: %s); reinstall the "
                    "package", BANK_FILE.name, type(err).__name__, err)
        return None


@functools.lru_cache(maxsize=4)
def _warn_other_model(bank_hash: str, model_hash: str) -> None:
    log.warning("the emergency screen reads no example messages: their vectors are of another model (%s, this one "
                "%s); run `python bench/urgency_examples.py --shared ../shared --write` with this model",
                bank_hash[:12], model_hash[:12])
