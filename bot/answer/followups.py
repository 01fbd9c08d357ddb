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
_ELLIPSIS = re.compile(r"^\W*(?:and|or|but|also|so|then|what about|how about|tell me more|"
                       r"more|anything else|what else|any other|else|instead|too)\b", re.IGNORECASE)
# Asking why (or what if) leans on what was said before only when it says little of its own ("Why?", "Why is
# that?"): "Why can pregnancy cause anaemia?" stands alone.
_ASKS_WHY = re.compile(r"^\W*(?:why|why not|how come|what if)\b", re.IGNORECASE)
FEW_FOCUS_WORDS = 2
# The most focus words carried from an earlier turn, rarest first.
MAX_CARRIED_WORDS = 6
# The words of conversation around a follow-up's ask: acknowledgements and apologies opening a sentence ("got it.",
# "Sorry,", "BTW"), and the framing of a clarification or a report ("I meant", "I heard that", "you said before that",
# "do you think"). Documents never say them, so in a reading they would only count as focus the passage lacks.
_CHAT_OPENING = re.compile(
    r"(?:^|(?<=[.!?;]\s))\W*(?:(?:(?:ok(?:ay)?|got it|i see|yes|yeah|no|oh|wow|thanks|thank you|that is fine|"
    r"that's fine|anyway|hmm)(?:\s*[,.!;:-]+\s*|\s*$)|(?:sorry|btw|by the way)\b[\s,.!;:-]*))+", re.IGNORECASE)
_CHAT_FRAMING = re.compile(
    r"\b(?:i (?:mean|meant)|i (?:have )?heard(?: that)?|have you (?:ever )?heard (?:of|about)|"
    r"i(?:'m| am) asking(?: about)?|i (?:want|wanted) to ask(?: you)?(?: about)?|you said(?: before)?(?: that)?|"
    r"do you think|i (?:think|guess|believe|wonder)(?: that| if)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """How a question is searched: `text` (the question without the words of conversation around its ask, then the
    focus words carried, `carried`), and the earlier user turn it is read with, `earlier`."""

    text: str
    earlier: str
    carried: tuple[str, ...] = ()
    # Every earlier turn whose words it carries, oldest first (`earlier` is the latest): a replay reads it the same way.
    turns: tuple[str, ...] = ()


def leans_on_earlier(question: str, lexical: LexicalIndex) -> bool:
    """Whether `question` leans on what was said before: a word pointing outside it, an elliptical opening, or a
    "why" with at most `FEW_FOCUS_WORDS` focus words. A short question with nothing pointing outside it ("Side
    effects?", "What should I do to sleep better?") is not: it is asked alone first, and read with the conversation
    only when alone it finds nothing (`Bot.ask_batch`), so a change of subject is answered as asked. Read without
    the words of conversation around it ("Sorry, why?" asks why)."""
    question = without_chat(question)
    if _REFERS.search(question) or _ELLIPSIS.search(question):
        return True
    return bool(_ASKS_WHY.search(question)) and len(question_focus(question, lexical).words) <= FEW_FOCUS_WORDS


def without_chat(question: str) -> str:
    """`question` without the words of conversation around its ask ("Sorry, I want to ask you about what we do after
    a flood" asks "what we do after a flood"); the question itself when nothing else is left."""
    asked = " ".join(_CHAT_FRAMING.sub(" ", _CHAT_OPENING.sub(" ", question)).split())
    asked = re.sub(r"^[\s,;:-]+", "", asked)  # "I mean, what about creams?" asks "what about creams?"
    return asked if re.search(r"\w", asked) else question


def read_with_history(question: str, history: Sequence[str], lexical: LexicalIndex) -> Reading | None:
    """`question`, without the words of conversation around its ask (`without_chat`), with the focus words of the
    latest earlier turn that has some it lacks; None when none has. When that turn leaned on an earlier one itself
    ("What about at night?" after "Can magnesium help restless legs?"), the words it was read with come too, after
    its own, so a follow-up to a follow-up keeps the subject; a turn that adds no words of its own ("Tell me more")
    is not the one it is read with, the turn its words came from is."""
    readings: dict[int, Reading | None] = {}  # how each earlier turn that leans on those before it was read

    def read(asked: str, end: int) -> Reading | None:
        asked = without_chat(asked)
        own = {word.casefold() for word in question_focus(asked, lexical).words}
        for at in range(end - 1, -1, -1):
            earlier = history[at]
            if not isinstance(earlier, str) or not earlier.strip():
                continue
            focus = question_focus(earlier, lexical)
            words = [word for _, word in sorted(zip(focus.weights, focus.words), key=lambda pair: -pair[0])
                     if word.casefold() not in own]
            before = readings.get(at)
            carried = list(dict.fromkeys(
                words + [word for word in (before.carried if before else ()) if word.casefold() not in own]))
            if carried:
                carried = carried[:MAX_CARRIED_WORDS]
                turns = (before.turns if before and set(carried) - set(words) else ()) + ((earlier,) if words else ())
                return Reading(f"{asked} {' '.join(carried)}", earlier if words else before.earlier, tuple(carried),
                               turns)
        return None

    # Oldest first, each turn once: a long chain of follow-ups costs no deep recursion, and no turn is read again for
    # each later one leaning on it ("Why?" ten times read each turn 2 ** 10 times).
    for at, turn in enumerate(history):
        if isinstance(turn, str) and turn.strip() and leans_on_earlier(turn, lexical):
            readings[at] = read(turn, at)
    return read(question, len(history))
