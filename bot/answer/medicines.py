"""Names of one medicine, and everyday words for what leaflets name otherwise. People ask by the name on the box
("nurofen", "ventolin", "tylenol"); leaflets use the generic name, or the other country's ("acetaminophen" for
"paracetamol", "albuterol" for "salbutamol"). People also ask in their own words ("the runs", "a cuppa", "the loo")
or the other country's spelling ("anemia"), where leaflets write "diarrhoea", "tea", "toilet", "anaemia". A question
using a name or word its documents do not use is searched and weighed as if it used one they do, and its answer
says how it was read ("Reading nurofen as ibuprofen", "Reading the runs as diarrhoea"). Both are plain data
(`medicines.json`: one list per medicine, single-ingredient names only; `everyday_words.json`: one list per meaning),
never guessed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

MEDICINES_PATH = Path(__file__).with_name("medicines.json")
WORDS_PATH = Path(__file__).with_name("everyday_words.json")


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
def _word_groups() -> dict[str, tuple[str, ...]]:
    """Each listed word (lower case) to the words it may be read as, in order (`everyday_words.json`): a spelling to
    its other spellings; an everyday word to its list's first word, then that word's other spellings. The leaflets'
    word is never read as an everyday one."""
    lists = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    readings: dict[str, tuple[str, ...]] = {}
    spellings = {word: tuple(group) for group in lists["spellings"] for word in group}
    for word, group in spellings.items():
        readings[_spaced(word)] = tuple(other for other in group if other != word)
    for first, *everyday in lists["everyday"]:
        for word in everyday:
            readings[_spaced(word)] = (first, *(other for other in spellings.get(first, ()) if other != first))
    return readings


def _spaced(words: str) -> str:
    """`words` in lower case, its words apart by one space ("Breast-feeding" is "breast feeding")."""
    return re.sub(r"[\s-]+", " ", words.lower())


@cache
def _pattern(groups: Callable[[], dict[str, tuple[str, ...]]]) -> re.Pattern[str]:
    names = sorted(groups(), key=len, reverse=True)
    # A name, or its plural ("how many nurofens"). A word, not part of an address ("www.advil.com",
    # "advil@example.com"); the words of a phrase apart by any spaces or a hyphen ("the  runs", "the-runs").
    return re.compile(r"(?<![\w./@-])(" + "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", name)))
                                                  for name in names) + r")(?:s|es)?(?![\w/@-]|\.\w)", re.IGNORECASE)


def other_names(name: str) -> tuple[str, ...]:
    """The other names of the medicine `name` (any case); none when it names no medicine listed."""
    return tuple(n for n in _groups().get(name.lower(), ()) if n != name.lower())


def other_words(word: str) -> tuple[str, ...]:
    """The words `word` (any case) may be read as, in order (`everyday_words.json`); none when it is not listed."""
    return _word_groups().get(_spaced(word), ())


def is_medicine(name: str) -> bool:
    """Whether `name` (any case) is a listed name of a medicine."""
    return name.lower() in _groups()


def rename_medicines(question: str, used: Callable[[str], bool]) -> Renaming:
    """`question` with each medicine name that the documents do not use (`used(name)` is False) replaced by the first
    name of the same medicine that they do: "is nurofen ok in pregnancy" over an ibuprofen leaflet is searched as "is
    ibuprofen ok in pregnancy". A name the documents use, or a medicine they name by none of its names, stays."""
    return _rename(question, used, _groups, other_names)


def reword(question: str, used: Callable[[str], bool]) -> Renaming:
    """`question` read in its documents' words: its medicine names as `rename_medicines` reads them, then each
    everyday word or spelling the documents do not use (`used(word)`: a word of several is used where the documents
    hold it as written) replaced by the first word of its meaning that they do: "can the runs be a side effect"
    over a leaflet that says "diarrhoea" is searched as "can diarrhoea be a side effect"."""
    names = rename_medicines(question, used)
    words = _rename(names.text, used, _word_groups, other_words)
    return Renaming(words.text, tuple(dict.fromkeys(names.renamed + words.renamed)))


def _rename(question: str, used: Callable[[str], bool], groups: Callable[[], dict[str, tuple[str, ...]]],
            others: Callable[[str], tuple[str, ...]]) -> Renaming:
    """`question` with each listed name (`groups`) the documents do not use read as the first of `others(name)` that
    they use, in the singular ("loos" as "toilet": a plural made by rule would be wrong as often as right,
    "pharmacys", "urines")."""
    renamed: list[tuple[str, str]] = []

    def read(found: re.Match[str]) -> str:
        asked, name = found.group(), _spaced(found.group(1))
        if used(name) or used(_spaced(asked)):
            return asked
        known = next((other for other in others(name) if used(other)), None)
        if known is None:
            return asked
        renamed.append((asked, known))
        return known

    text = _pattern(groups).sub(read, question)
    return Renaming(text, tuple(dict.fromkeys(renamed)))
