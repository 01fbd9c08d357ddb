"""Follow-up questions read with the conversation, without generating text: a question that leans on an earlier
one ("What about at night?", "Does it work for everyone?", "and creams?") is searched with the focus words of the
latest earlier user turn that has any (the way history query expansion carries terms forward), and its answer says
which turn it was read with. A question that stands alone is searched alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Iterable, Sequence

from bot.answer.answer_type import age_asked, asks_limit
from bot.answer.medicines import is_medicine
from bot.answer.support import people_asked, quantity_asked, question_focus, subject_name, without_people
from bot.index.lexical import LexicalIndex

# Words that point outside the question (a pronoun or demonstrative standing for something said before), and the
# openings of an elliptical follow-up ("and creams?", "what about children?").
_REFERS = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|him|her|there|one|ones|same)\b",
                     re.IGNORECASE)
_ELLIPSIS = re.compile(r"^\W*(?:and|or|but|also|so|then|what about|how about|tell me more|"
                       r"more|anything else|what else|any other|else|instead|too)\b", re.IGNORECASE)
# A request for more than was said: "tell me more (about it)", "more details", "what else", "anything else", "go on".
_MORE = re.compile(r"^\W*(?:(?:(?:can|could) you |please )?(?:tell|give|show) me (?:some |a bit |a little )?more\b|"
                   r"more(?: (?:info|information|details?))?(?: please)?\W*$|(?:any|some)thing else\b|what else\b|"
                   r"any other\b|go on\W*$|continue\W*$|keep going\b)", re.IGNORECASE)
# The openings of an ellipsis that asks the question before it again with something else in its place ("and at
# night?", "what about for children?").
_SUBSTITUTES = re.compile(r"^\W*(?:and|or|what about|how about)\b", re.IGNORECASE)
# Asking why (or what if) leans on what was said before only when it says little of its own ("Why?", "Why is
# that?"): "Why can pregnancy cause anaemia?" stands alone.
_ASKS_WHY = re.compile(r"^\W*(?:why|why not|how come|what if)\b", re.IGNORECASE)
# The people a follow-up's own people take the place of: grown-ups are asked about as "adults", no group of
# `support.PEOPLE`.
_ADULTS = re.compile(r"\b(?:adults?|grown-?ups?|men|women|man|woman|husband|wife|partner)\b", re.IGNORECASE)
# The asker as the one the question is about: "and for me?", "what about me?" (asking nothing else), "I have
# asthma", "if I have kidney problems", "I'm pregnant" (its people). Not the asker as the one giving a medicine: "is it
# ok for me to give her two spoonfuls?", "and if I have the tablets?" (a reviewer's findings).
_THE_ASKER = re.compile(r"^\W*(?:and|or|what about|how about)?\W*(?:for |about )?(?:me|myself)(?: too)?\W*$|"
                        r"\bi(?: have|'ve got| suffer from| am an| have got) (?!(?:to|a|an|the|some|any|it|them|this|"
                        r"that|these|those|my|her|his|their|your|more|no|not|given|got|taken|been|already|just|"
                        r"enough|one|two)\b)\w+", re.IGNORECASE)
# ... and not when the question speaks of someone else ("if I have to give him more?").
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|give|giving|gave)\b", re.IGNORECASE)
# A follow-up's own ask after its elliptical opening ("and what are its side effects?", "what else can I do?").
_OWN_ASK = re.compile(r"\b(?:what|which|who|whom|whose|where|when|why|how|is|are|can|could|does|do|did|should|will|"
                      r"would|may|else|more)\b", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
FEW_FOCUS_WORDS = 2
# A follow-up that points back at the people or the time of an earlier turn ("how much can I give them?", "is it
# safe to take then?") still asks about them (a reviewer's findings).
_POINTS_AT_PEOPLE = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|theirs|then)\b", re.IGNORECASE)
# A follow-up asks something of its own when it speaks of the asker, or has this many focus words of its own ("is
# it safe?" has one, and asks about whatever was asked before).
_OWN_WORDS = 2
_ASKER = re.compile(r"\b(?:i|me|my|myself|i'm|im|i've)\b", re.IGNORECASE)
# Giving something is done to someone: a question about it asks about them ("how much should I give?").
_GIVING = re.compile(r"\b(?:give|gives|giving|gave|given)\b", re.IGNORECASE)
# The people a turn asks about whom the asker is not: a refusal for them is no reason to refuse the asker's next
# question ("what if I take too much?" after "and for children?"), nor do they carry into it. Not pregnancy or
# breastfeeding: the asker may be the one ("can I drink alcohol with it?" after "and in pregnancy?").
NOT_THE_ASKER = frozenset({"children", "older people"})
# How many earlier turns may give a question that names no subject the one it is read with.
SUBJECT_TURNS_BACK = 3
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


def asks_more(question: str) -> bool:
    """Whether `question` asks for more than the answers before it gave ("Tell me more", "What else can I do?",
    "Anything else?"), read without the words of conversation around it."""
    return bool(_MORE.match(without_chat(question)))


def _substitutes(question: str) -> bool:
    """Whether `question` is an ellipsis that asks the question before it again with something else in its place
    ("and at night?"), asking nothing of its own ("And is there an income limit?" asks its own)."""
    opening = _SUBSTITUTES.match(question)
    return opening is not None and not _OWN_ASK.search(question[opening.end():])


def says_nothing_alone(question: str, lexical: LexicalIndex, subjects: Collection[str]) -> bool:
    """Whether `question`, with at most `FEW_FOCUS_WORDS` focus words and naming no document's subject
    (`subject_terms`), is an ellipsis that asks the question before it again with something else in its place ("and
    for children?", "what about at night?") or points at what was said before ("is it safe with alcohol?"). Alone it
    does not say what it asks about, so when its reading finds nothing it is not searched alone (a trial: "and for
    children?" after a question on aciclovir quoted the children's ibuprofen doses, "and is it safe with alcohol?"
    after one on colchicine paracetamol's alcohol line); "and ibuprofen?" names a subject, "If I borrow money, can I
    treat it as equity?" says enough of its own (MTRAG-UN)."""
    asked = without_chat(question)
    if not (_substitutes(asked) or _REFERS.search(asked)):
        return False
    focus = question_focus(asked, lexical)
    return len(focus.words) <= FEW_FOCUS_WORDS and not set(focus.terms) & set(subjects)


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


def asks_about_giving(question: str) -> bool:
    """Whether `question` asks about giving something ("how often can I give it?"): it is about the one it is given
    to."""
    return bool(_GIVING.search(question))


def asks_its_own(question: str, lexical: LexicalIndex) -> bool:
    """Whether `question` asks something of its own, not about the people of the turns before (`_POINTS_AT_PEOPLE`):
    it speaks of the asker or has `_OWN_WORDS` focus words of its own."""
    asked = without_chat(question)
    if _POINTS_AT_PEOPLE.search(asked):
        return False
    return bool(_ASKER.search(asked)) or len(question_focus(asked, lexical).words) >= _OWN_WORDS


def asks_only_whom(turn: str, lexical: LexicalIndex) -> bool:
    """Whether `turn` names people whom the asker is not (`NOT_THE_ASKER`) and asks nothing else about them ("and for
    my 6 year old?", "and in children?"): every focus word of it is a word naming them."""
    asked = without_chat(turn)
    people = people_asked(asked)
    named = {word.casefold() for _, said in people for word in _WORDS.findall(said)}
    return bool(people) and all(group in NOT_THE_ASKER for group, _ in people) and all(
        word.casefold() in named for word in question_focus(asked, lexical).words)


def without_chat(question: str) -> str:
    """`question` without the words of conversation around its ask ("Sorry, I want to ask you about what we do after
    a flood" asks "what we do after a flood"); the question itself when nothing else is left."""
    asked = " ".join(_CHAT_FRAMING.sub(" ", _CHAT_OPENING.sub(" ", question)).split())
    asked = re.sub(r"^[\s,;:-]+", "", asked)  # "I mean, what about creams?" asks "what about creams?"
    return asked if re.search(r"\w", asked) else question


@dataclass(frozen=True)
class Named:
    """What a turn may name that only some documents speak of: `subjects`, the terms of the documents' names that few
    documents hold ("aspirin" of aspirin-low-dose.html); `rare`, any term few documents hold."""

    subjects: Collection[str]
    rare: Collection[str]


def names_no_subject(question: str, history: Sequence[object], lexical: LexicalIndex, named: Named) -> bool:
    """Whether `question` names no document's subject, no medicine and nothing few documents hold (every word of its
    focus is one most documents use: "what are the side effects?") while one of the latest `SUBJECT_TURNS_BACK` turns
    of `history` names one ("How do I take alendronic acid?"). Alone, such a question is answered by whichever
    document says it best (a trial: the pill's side effects, after questions on aspirin, a statin or a psoriasis
    cream)."""
    def names(text: str) -> bool:
        focus = question_focus(without_chat(text), lexical)
        return any(term in named.subjects or term in named.rare for term in focus.terms) or any(
            is_medicine(word) for word in focus.words)

    turns = [turn for turn in history if isinstance(turn, str) and turn.strip()][-SUBJECT_TURNS_BACK:]
    return bool(turns) and not names(question) and any(names(turn) for turn in turns)


def subject_terms(sources: Iterable[str], lexical: LexicalIndex) -> frozenset[str]:
    """The terms of the documents' names (without folder, suffix or a record's "#3"): the subjects a conversation
    may switch between ("iron" of iron.md). Not the people a name is for ("children" of eczema-children.md): "What
    about for children?" after a question on ibuprofen asks about ibuprofen for children."""
    names = [without_people(subject_name(source)) for source in sources]
    return frozenset(term for terms in lexical.tokenize(names) for term in terms) if names else frozenset()


def read_with_history(question: str, history: Sequence[str], lexical: LexicalIndex,
                      subjects: Collection[str] = frozenset(), subject_only: bool = False,
                      named: Named | None = None) -> Reading | None:
    """`question`, without the words of conversation around its ask (`without_chat`), with the focus words of the
    latest earlier turn that has some it lacks; None when none has. When that turn leaned on an earlier one itself
    ("What about at night?" after "Can magnesium help restless legs?"), the words it was read with come too, after
    its own, so a follow-up to a follow-up keeps the subject; a turn that adds no words of its own ("Tell me more")
    is not the one it is read with, the turn its words came from is. A turn that names a document's subject
    (`subjects`, `subject_terms`) with nothing pointing back switches to it: it is read without the subjects of the
    turns before ("What about iron?" after "Can magnesium help restless legs?" asks about iron and restless legs),
    and passes on only its own words ("Which foods are rich in it?" next asks about iron); "Can I take it with
    ibuprofen?" points back, so it asks about both. An ellipsis with words of its own ("and at night?") read with an
    ellipsis takes the place of that one's own words ("what about for children?"), a subject excepted. With
    `subject_only` (a question asking something of its own, which alone found nothing), a follow-up before it gives
    only what it was read with, not its own ask: "can I drive?" after "is it safe with alcohol?", itself read with a
    question on chlorphenamine, asks about chlorphenamine, not about alcohol (a trial). With `named`, an earlier
    turn that names no subject where one before it does (`names_no_subject`) was read with the turns before it too."""
    readings: dict[int, Reading | None] = {}  # how each earlier turn that leans on those before it was read

    def switches(asked: str, focus) -> bool:
        # It names a subject and nothing points back: "What about iron?", "and ibuprofen?"; not "Can I take it with
        # ibuprofen?", which asks about both.
        return bool(subjects) and any(term in subjects for term in focus.terms) and not _REFERS.search(asked)

    def terms(words: Sequence[str]) -> list[str]:
        return [stems[0] if stems else "" for stems in lexical.tokenize(list(words))] if words else []

    def read(asked: str, end: int, subject_only: bool = False) -> Reading | None:
        asked = without_chat(asked)
        focus = question_focus(asked, lexical)
        own = {word.casefold() for word in focus.words}
        switched = switches(asked, focus)
        # "What about for children?" after "how many nurofen can an adult take?" asks how many for children: the
        # follow-up's people take the place of the earlier turn's, and an ellipsis naming people and asking nothing
        # of its own asks what the turn asked ("and what are its side effects?" asks its own).
        names_people = bool(people_asked(asked) or _ADULTS.search(asked)
                            or (_THE_ASKER.search(asked) and not _SOMEONE_ELSE.search(asked)))
        opening = _ELLIPSIS.match(asked)
        elliptical = names_people and opening is not None and not _OWN_ASK.search(asked[opening.end():])
        # "and at night?" after "what about for children?" (itself read with "Can magnesium help restless legs?")
        # asks about magnesium for restless legs at night, not for children: an ellipsis with words of its own takes
        # the place of what the ellipsis before it added to the question they both lean on; a subject it named stays.
        replaces = _substitutes(asked) and bool(own)
        # A follow-up asking something of its own, naming no people ("is it safe with alcohol?", "what if I miss a
        # dose?"), after a turn that only named others whom for ("and for my 6 year old?", "and in children?") asks
        # about what that turn was read with, not about them (a trial: "is it safe with alcohol?" after "and for my
        # 6 year old?" quoted only the line on children).
        # Not a question about giving ("how often can I give it?"): it is about the one it is given to (a reviewer's).
        own_aspect = not names_people and not asks_about_giving(asked) and asks_its_own(asked, lexical)
        limiting = _substitutes(asked) and asks_limit(asked)
        for at in range(end - 1, -1, -1):
            earlier = history[at]
            if not isinstance(earlier, str) or not earlier.strip():
                continue
            focus = question_focus(without_chat(earlier), lexical)
            ranked = sorted(zip(focus.weights, focus.words, focus.terms), key=lambda triple: -triple[0])
            their_people = set(_WORDS.findall(age[2].casefold())) if names_people and (age := age_asked(earlier)) \
                else set()
            words = [word for _, word, term in ranked
                     if word.casefold() not in own and not (switched and term in subjects)
                     and not (names_people and (_ADULTS.fullmatch(word) or people_asked(word)
                                                or word.casefold() in their_people))]
            if not names_people and (age := age_asked(without_chat(earlier))) is not None:
                # The age a turn asked about is no focus ("year" and "old" ask whom for), but it is carried whole:
                # "and how often?" after "what about my 8 year old?" asks about the 8-year-old (a reviewer's finding).
                words += [word for word in _WORDS.findall(age[2]) if word.casefold() not in own and word not in words]
            before = readings.get(at)
            older = list(before.carried) if before else []
            if own_aspect and before is not None and asks_only_whom(earlier, lexical):
                words = []
            if (names_people or own_aspect) and older:
                # The people an earlier turn carried give way too: "and if I'm pregnant?" after "and my husband?",
                # itself read with "Can my 18 month old take Wormex?", is not about the 18-month-old (a trial). A
                # follow-up asking its own leaves behind only those whom the asker is not ("what if I miss a dose?"
                # after "and for my 6 year old?", then "how long for?").
                aged = set(_WORDS.findall(carried_age[2].casefold())) if (carried_age := age_asked(before.text)) \
                    else set()
                older = [word for word in older if not (
                    (_ADULTS.fullmatch(word) or people_asked(word)) if names_people
                    else any(group in NOT_THE_ASKER for group, _ in people_asked(word))
                    or word.casefold() in aged)]
            if before is not None and ((replaces and _substitutes(without_chat(earlier))) or (subject_only and older)):
                words = [word for word, term in zip(words, terms(words)) if term in subjects]
            if switches(without_chat(earlier), focus):
                older = []  # what it was read with was about the subject before: "What about iron?" passes on iron
            elif switched:
                older = [word for word, term in zip(older, terms(older)) if term not in subjects]
            carried = list(dict.fromkeys(words + [word for word in older if word.casefold() not in own]))
            if carried:
                if len(carried) > MAX_CARRIED_WORDS:
                    # A document's subject is never cut: after a chain of follow-ups ("and if she is formula fed?",
                    # "what about a 12 year old?"), "vitamin D" is what "it" stands for (a new user's trial).
                    kept = set(sorted(carried, key=lambda word: terms([word])[0] not in subjects)[:MAX_CARRIED_WORDS])
                    carried = [word for word in carried if word in kept]
                turns = before.turns if before and set(carried) - set(words) else ()
                if own_aspect:  # the turns that only named whom for gave it nothing: not named as read with
                    turns = tuple(turn for turn in turns if not asks_only_whom(turn, lexical))
                latest = earlier if words else turns[-1] if own_aspect and turns else before.earlier
                turns += (earlier,) if words else ()
                # "and at most?" after "How much atorvastatin should I take?" asks the most of that amount: the
                # earlier turn's "how much" comes too (a trial: the reading found the leaflet's introduction).
                ask = quantity_asked(earlier) if (elliptical or (limiting and not own)) and words else ""
                return Reading(" ".join(filter(None, (asked, ask, *carried))), latest, tuple(carried), turns)
        return None

    # Oldest first, each turn once: a long chain of follow-ups costs no deep recursion, and no turn is read again for
    # each later one leaning on it ("Why?" ten times read each turn 2 ** 10 times).
    for at, turn in enumerate(history):
        if isinstance(turn, str) and turn.strip() and (leans_on_earlier(turn, lexical) or (
                named is not None and names_no_subject(turn, history[:at], lexical, named))):
            readings[at] = read(turn, at)
    return read(question, len(history), subject_only)
