"""Names of one medicine. People ask by the name on the box ("nurofen", "ventolin", "tylenol"); leaflets use the
generic name, or the other country's ("acetaminophen" for "paracetamol", "albuterol" for "salbutamol"). A question
naming a medicine by a name its documents do not use is searched and weighed as if it used a name they do, and its
answer says how it was read ("Reading nurofen as ibuprofen"). The names are plain data (`medicines.json`: one list
per medicine, single-ingredient names only), never guessed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

MEDICINES_PATH = Path(__file__).with_name("medicines.json")


@dataclass(frozen=True)
class Renaming:
    """A question as searched: `text`, with each medicine name its documents do not use replaced by one they do, and
    the names so read, `renamed`: (the question's word, the name read), in the question's order."""

    text: str
    renamed: tuple[tuple[str, str], ...] = ()


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Each name (lower case) to every name of its medicine, the international name first."""
    groups = json.loads(MEDICINES_PATH.read_text(encoding="utf-8"))["medicines"]
    return {name: tuple(group) for group in groups for name in group}


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(_groups(), key=len, reverse=True)
    # A name, or its plural ("how many nurofens"): the name read is the medicine's, without it. A word, not part of an
    # address ("www.advil.com", "advil@example.com").
    return re.compile(r"(?<![\w./@-])(" + "|".join(map(re.escape, names)) + r")(?:s|es)?(?![\w/@-]|\.\w)",
                      re.IGNORECASE)


def other_names(name: str) -> tuple[str, ...]:
    """The other names of the medicine `name` (any case); none when it names no medicine listed."""
    return tuple(n for n in _groups().get(name.lower(), ()) if n != name.lower())


def rename_medicines(question: str, used: Callable[[str], bool]) -> Renaming:
    """`question` with each medicine name that the documents do not use (`used(name)` is False) replaced by the first
    name of the same medicine that they do: "is nurofen ok in pregnancy" over an ibuprofen leaflet is searched as "is
    ibuprofen ok in pregnancy". A name the documents use, or a medicine they name by none of its names, stays."""
    renamed: list[tuple[str, str]] = []

    def read(found: re.Match[str]) -> str:
        asked, name = found.group(), found.group(1)
        if used(name.lower()) or used(asked.lower()):
            return asked
        known = next((other for other in other_names(name) if used(other)), None)
        if known is None:
            return asked
        renamed.append((asked, known))
        return known

    text = _pattern().sub(read, question)
    return Renaming(text, tuple(dict.fromkeys(renamed)))
