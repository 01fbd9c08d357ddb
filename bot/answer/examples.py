"""The emergency screen's third signal: how much a message reads like an emergency someone wrote, by the bundled
model's sentence vectors, against labelled example messages of both sides.

The bank (`urgency_examples.npz`, written by `bench/urgency_examples.py`; plain arrays, never pickle) holds the
vector of every message of the labelled development sets, whether it was an emergency, and of which kind. A message
resembles an emergency when its best cosine to an emergency example reaches `at` and beats its best cosine to any
other example (a mention, a past event, a story, an ordinary question) by `margin`: a neighbour on one side only is
not enough. It reads as one (`ExampleBank.reads_as_emergency`) when it resembles one and the letters model gives it
even odds (`EXAMPLE_ODDS`), or when the letters model is surer (`agree_odds`), the message says enough
(`agree_words`) and the nearest emergency example beats the nearest other by a smaller margin (`agree_margin`): two
signals leaning the same way, neither sure alone. The vectors belong to the model that made them: with another model
the bank is not used.
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
# The letters model's probability a message resembling an emergency example needs: even odds, where alone it needs
# its `urgent_at` (bench/README.md, "A third signal").
EXAMPLE_ODDS = 0.5


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
    # With the letters model at least this sure, a margin of `agree_margin` is enough, wherever the nearest emergency
    # example stands, for a message of at least `agree_words` words other than stop words: a short one's nearness says
    # little ("I'm taking my tablets tonight" is as near a wish to die as many are). bench/README.md, "Two signals
    # agreeing"; None: only `at` and `margin`.
    agree_odds: float | None = None
    agree_margin: float | None = None
    agree_words: int = 0

    @classmethod
    def load(cls, path: Path = BANK_FILE) -> "ExampleBank":
        """The bank as `bench/urgency_examples.py` writes it."""
        with np.load(path, allow_pickle=False) as data:
            vectors = data["vectors"].astype(np.float32)
            urgent = data["urgent"].astype(bool)
            category = data["category"]
            facts = json.loads(str(data["facts"]))
        agree = facts.get("agree_odds"), facts.get("agree_margin")
        return cls(vectors[urgent], vectors[~urgent], tuple(CATEGORIES[i] for i in category[urgent]),
                   float(facts["at"]), float(facts["margin"]), str(facts["model_hash"]),
                   *(None if value is None else float(value) for value in agree), int(facts.get("agree_words", 0)))

    def nearest(self, vector: np.ndarray) -> Resemblance:
        """The message's best cosine to an emergency example and to any other, and the kind of the emergency."""
        emergency = self.emergencies @ vector
        nearest = int(emergency.argmax())
        return Resemblance(float(emergency[nearest]), float((self.others @ vector).max()), self.categories[nearest])

    def resembles_emergency(self, vector: np.ndarray) -> Resemblance | None:
        """The nearest examples when they make the message an emergency (`at`, `margin`), else None."""
        found = self.nearest(vector)
        return found if self._resembles(found) else None

    def reads_as_emergency(self, vector: np.ndarray, odds: float, words: int) -> Resemblance | None:
        """The nearest examples when they make an emergency of a message of `words` words other than stop words, to
        which the letters model gives `odds` (`judges`); else None."""
        if odds < EXAMPLE_ODDS:
            return None
        found = self.nearest(vector)
        return found if self.judges(found, odds, words) else None

    def judges(self, found: Resemblance, odds: float, words: int) -> bool:
        """Whether a message's nearest examples `found` make it an emergency: it resembles one (`at`, `margin`) and
        the letters model gives it at least `EXAMPLE_ODDS`, or, with at least `agree_odds` and `agree_words`, it is
        nearer an emergency example than any other by `agree_margin`."""
        if odds < EXAMPLE_ODDS:
            return False
        apart = found.emergency - found.other
        return self._resembles(found) or self.agree_odds is not None and self.agree_margin is not None and \
            odds >= self.agree_odds and words >= self.agree_words and apart >= self.agree_margin - 1e-9

    def _resembles(self, found: Resemblance) -> bool:
        return found.emergency >= self.at and found.emergency - found.other >= self.margin - 1e-9


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
    except (OSError, ValueError, KeyError, TypeError) as err:
        log.warning("the emergency screen reads no example messages: %s could not be read (%s: %s); reinstall the "
                    "package", BANK_FILE.name, type(err).__name__, err)
        return None


@functools.lru_cache(maxsize=4)
def _warn_other_model(bank_hash: str, model_hash: str) -> None:
    log.warning("the emergency screen reads no example messages: their vectors are of another model (%s, this one "
                "%s); run `python bench/urgency_examples.py --shared ../shared --write` with this model",
                bank_hash[:12], model_hash[:12])
