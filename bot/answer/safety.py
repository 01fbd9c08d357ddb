"""Screening a question before retrieval: invalid input, and emergencies that must be answered first.

Deterministic on purpose: a fixed list of emergency phrases, each ignored when a negation cue ("no", "not",
"without", "denies", ...) stands shortly before it in the same clause, as in "no chest pain".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EMERGENCIES: dict[str, tuple[str, ...]] = {
    "heart": (
        r"chest (?:pain|pains|pressure|tightness|hurts|is hurting)",
        r"(?:pain|pressure|tightness|squeezing) in (?:my|his|her|their|the) chest",
        r"crushing (?:chest )?pain",
        r"(?:having|had|has|have) (?:a )?heart attack",
        r"(?:is|was) (?:this|it|that) (?:a )?heart attack",
        r"heart (?:has )?stopped",
        r"cardiac arrest",
    ),
    "stroke": (
        r"(?:having|had|has) (?:a )?stroke",
        r"(?:is|was) (?:this|it|that) (?:a )?stroke",
        r"face (?:is |was |started |starting )?(?:drooping|droops|drooped)",
        r"drooping (?:face|mouth|eyelid)",
        r"slurr(?:ed|ing) (?:speech|words|(?:my|his|her|their) (?:words|speech))",
        r"speech (?:is |was |became )?slurred",
        r"sudden(?:ly)? (?:\w+ ){0,4}(?:numb|weak|paralys|paralyz|confus|blind|vision loss|severe headache)",
        r"(?:numb|weak|paralys|paralyz)\w* on one side",
        r"worst headache of (?:my|his|her|their) life",
    ),
    "breathing": (
        r"(?:can'?t|can ?not|unable to|struggling to|hard to|barely) breathe?",
        r"(?:trouble|difficulty|difficulties|problems?|struggling|hard time) breathing",
        r"short(?:ness)? of breath",
        r"(?:not|stopped) breathing",
        r"chok(?:e|es|ed|ing)\b",
        r"gasping for (?:air|breath)",
        r"(?:lips?|face|skin) (?:is |are |turning |turned )?blue",
    ),
    "poisoning": (
        r"overdos\w*",
        r"(?:took|taken|swallowed|ate|eaten|drank|drunk|had|has had) (?:way )?(?:too many|too much|a (?:whole|full) "
        r"(?:bottle|pack|box)|an entire|the whole|all (?:of )?(?:my|the|his|her|their))",
        r"swallow(?:ed|s)? (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|medicines?|medications?|bleach|batter(?:y|ies)|"
        r"detergent|pods?|poison|chemicals?|cleaner)",
        r"(?:took|taken|swallowed|ate|eaten|had) (?:\w+ ){0,3}(?:[1-9]\d+|ten|eleven|twelve|fifteen|twenty|thirty|"
        r"forty|fifty|a hundred|dozens of|a handful of) (?:\w+ ){0,2}(?:pills?|tablets?|capsules?|doses?)",
        r"poison(?:ed|ing)\b",
        r"(?:ate|eaten|drank|drunk|swallowed|took|ingested) (?:\w+ ){0,3}poison\b",
        r"drank (?:\w+ ){0,2}(?:bleach|antifreeze|cleaner|chemicals?)",
    ),
    "suicide": (
        r"suicid\w*",
        r"kill(?:ing)? (?:myself|me)\b",
        r"end(?:ing)? (?:my (?:own )?life|it all)",
        r"take (?:my|their) own life",
        r"want(?:ed)? to die",
        r"(?:hurt|harm|cut)(?:ting)? myself",
        r"self[- ]?harm",
        r"(?:don'?t|do not) want to (?:live|be alive|wake up)",
        r"better off dead",
        r"no reason to live",
    ),
    "allergy": (
        r"anaphyla\w*",
        r"(?:severe|serious|bad|major) allergic reaction",
        r"(?:throat|tongue|lips?|face|mouth) (?:is |are |was |were |started |starting |keeps )?"
        r"(?:swelling|swollen|swelled|closing|tight)",
        r"swelling (?:of|in) (?:my|his|her|their|the) (?:throat|tongue|lips?|face|mouth)",
        r"epi-?pen",
    ),
    "unresponsive": (
        r"unconscious",
        r"unresponsive",
        r"(?:won'?t|will not|can'?t|cannot|not) wak(?:e|ing) (?:him |her |them )?up",
        r"passed out",
        r"collapsed",
        r"(?:having|had|has) (?:a )?seizure",
        r"seizing|convuls\w*",
    ),
    "bleeding": (
        r"(?:severe|heavy|uncontrollable|uncontrolled|profuse) bleeding",
        r"bleeding (?:heavily|badly|a lot|won'?t stop|that won'?t stop|will not stop)",
        r"(?:won'?t|can'?t|cannot) stop (?:the )?bleeding",
        r"(?:coughing|vomiting|throwing) (?:up )?blood",
    ),
}

_PATTERNS = [(kind, re.compile(r"\b" + pattern)) for kind, patterns in _EMERGENCIES.items() for pattern in patterns]
_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denies|deny|denied|negative for|free of|absence of|neither|nor|"
    r"don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t)\b"
    r"(?! (?:sure|know|certain|think|understand|tell)\b)"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\n]|\b(?:but|however|although|though|yet|except|and now|now)\b")
_NEGATION_WINDOW_WORDS = 5


@dataclass(frozen=True)
class Screening:
    """The verdict on a question before retrieval."""

    status: str  # "ok", "invalid", "urgent", or "topics" (only the chat asks for it: `engine.screen`)
    # For "invalid": what is wrong and what to do. For "urgent": what could not be read (then nothing is searched).
    reason: str = ""
    kinds: tuple[str, ...] = ()  # for "urgent": which emergencies, e.g. ("heart", "suicide")


def normalize(question: str) -> str:
    """Lower case, straight apostrophes, single spaces: the form the emergency patterns are written for."""
    text = question.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text)


def emergency_kinds(question: str) -> tuple[str, ...]:
    """The kinds of emergency the question describes, without negated mentions, in a fixed order."""
    text = normalize(question)
    found = []
    for kind, pattern in _PATTERNS:
        if kind in found:
            continue
        for match in pattern.finditer(text):
            if not _negated(text, match.start()):
                found.append(kind)
                break
    return tuple(sorted(found, key=list(_EMERGENCIES).index))


def _negated(text: str, start: int) -> bool:
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    words = clause.split()[-_NEGATION_WINDOW_WORDS:]
    return bool(_NEGATION.search(" ".join(words)))


# C0/C1 control characters other than tab and line breaks, and the bidirectional overrides and isolates that can
# make text display differently from what it is.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Half of a UTF-16 pair (JSON's "\ud800", half an emoji) or a byte that was not UTF-8 (Python's surrogateescape, as
# the command line decodes such bytes): not text at all, and no encoder takes it.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD, so that it can be printed, written as UTF-8 or shown."""
    return _SURROGATE.sub("\ufffd", text)


def screen_question(question: object, max_chars: int) -> Screening:
    """Invalid (empty, not text, too long, not valid Unicode, hidden control characters), urgent (an emergency),
    or ok. The emergency screen reads what can be read of a question that is otherwise invalid: such a question is
    urgent, with the `reason` saying what could not be read (the answer gives the emergency message, and nothing is
    searched)."""
    if not isinstance(question, str) or not question.strip():
        return Screening("invalid", "The question is empty. Type a question about your documents.")
    if len(question) > max_chars:
        return Screening("invalid", f"The question is {len(question):,} characters long; the limit is "
                                    f"{max_chars:,}. Shorten it to the part you want answered.")
    problem = _unreadable(question)
    kinds = emergency_kinds(_HIDDEN.sub("", _SURROGATE.sub("", question)) if problem else question)
    if kinds:
        return Screening("urgent", problem, kinds)
    if problem:
        return Screening("invalid", problem)
    return Screening("ok")


def _unreadable(question: str) -> str:
    """What makes the question's text unreadable, with its position; "" when nothing does."""
    broken = _SURROGATE.search(question)
    if broken:
        return (f"The question contains text that is not valid Unicode at position {broken.start() + 1} (half of a "
                f"character, such as an emoji cut in two, or a byte that is not UTF-8). Retype it or paste it again.")
    hidden = _HIDDEN.search(question)
    if hidden:
        return (f"The question contains an invisible control character (U+{ord(hidden.group()):04X}) at position "
                f"{hidden.start() + 1}. Retype it as plain text.")
    return ""
