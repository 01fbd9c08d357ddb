"""Follow-up questions read with the conversation, without generating text: a question that leans on an earlier
one ("What about at night?", "Does it work for everyone?", "and creams?") is searched with the focus words of the
latest earlier user turn that has any (the way history query expansion carries terms forward), and its answer says
which turn it was read with. A question that stands alone is searched alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from bot.answer.support import question_focus
from bot.index.lexical import LexicalIndex

# Words that point outside the question (a pronoun or demonstrative standing for something said before), and the
# openings of an elliptical follow-up ("and creams?", "what about children?").
_REFERS = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|him|her|there|one|ones|same)\b",
                     re.IGNORECASE)
_ELLIPSIS = re.compile(r"^\W*(?:and|or|but|also|so|then|what about|how about|what if|why|why not|how come|tell me more|"
                       r"more|anything else|what else|any other|else|instead|too)\b", re.IGNORECASE)
# A question with at most this many focus words is too short to stand alone ("Why?", "At night?").
FEW_FOCUS_WORDS = 2
# The most focus words carried from an earlier turn, rarest first.
MAX_CARRIED_WORDS = 6


@dataclass(frozen=True)
class Reading:
    """How a question is searched: `text` (the question, then the focus words carried from `earlier`), and the
    earlier user turn it is read with."""

    text: str
    earlier: str


def leans_on_earlier(question: str, lexical: LexicalIndex) -> bool:
    """Whether `question` leans on what was said before: a word pointing outside it, an elliptical opening, or too
    few focus words to stand alone."""
    return bool(_REFERS.search(question) or _ELLIPSIS.search(question)) \
        or len(question_focus(question, lexical).words) <= FEW_FOCUS_WORDS


def read_with_history(question: str, history: Sequence[str], lexical: LexicalIndex) -> Reading | None:
    """`question` with the focus words of the latest earlier turn that has some it lacks; None when none has."""
    own = {word.casefold() for word in question_focus(question, lexical).words}
    for earlier in reversed(history):
        if not isinstance(earlier, str) or not earlier.strip():
            continue
        focus = question_focus(earlier, lexical)
        ranked = sorted(zip(focus.weights, focus.words), key=lambda pair: -pair[0])
        carried = [word for _, word in ranked if word.casefold() not in own][:MAX_CARRIED_WORDS]
        if carried:
            return Reading(f"{question} {' '.join(carried)}", earlier)
    return None
