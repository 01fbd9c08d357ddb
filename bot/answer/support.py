"""Does a passage address what the question asks, or only its subject? The evidence (how much of the question's
focus, its words weighted by rarity, the sentence and its chunk address, literally or by meaning; whether a question
asking for a quantity gets a sentence that states one, and one asking for a kind of answer, a date, a name, a place
(`bot.answer.answer_type`), a sentence that holds one) and the sentence's similarity, combined by a
logistic model whose weights are plain JSON fitted on public data (`bench/calibrate_support.py`; see
bench/README.md, "Near misses"). Pure: no files but the weights; word vectors are passed in."""

from __future__ import annotations

import functools
import json
import logging
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePath
from typing import Callable, Iterable, Sequence

import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

from bot.answer.answer_type import (
    ADULT,
    ASKS_AMOUNT,
    ASKS_MEASURE,
    LIMIT_WORDS,
    NUMBER_QUALIFIERS,
    PRICE_WORDS,
    WEIGHT_ASKED,
    age_asked,
    age_conflicts,
    asked_kind,
    asks_dose,
    asks_limit,
    holds_kind,
    names_age,
    states_price,
)
from bot.index.lexical import LexicalIndex, one_slip

WEIGHTS_PATH = Path(__file__).with_name("support.json")

log = logging.getLogger(__name__)

# The features, in the order of the weights. A model fitted on other features is refused when loaded.
# "own_similarity" is the sentence's cosine read alone (its encoded vector) where "similarity" is that of its vector
# pooled in its chunk (`vectors="contextual"`); the same number otherwise.
FEATURES = ("similarity", "own_similarity", "sentence_focus", "chunk_focus", "quantity_missing", "kind_missing")

# Static word vectors of the model (`Embedder.words`): a word's cosine to another below LOW is no match, above HIGH
# a full one (a shared stem always is). Between, a partial match: on the model's table, unrelated words sit near 0.1,
# "child" and "kids" 0.56, "pregnancy" and "pregnant" 0.8.
MEANING_LOW, MEANING_HIGH = 0.3, 0.7
# A name the model does not know, a drug's ("fexofenadine", "salbutamol"), is matched by its stem (or spelling), never
# by meaning, and a passage that does not name it does not answer for it (`Evidence.names_missing`). Its vector is a
# mean of word-piece fragments, and different drugs' names sit close ("salbutamol" and "paracetamol" 0.66,
# "valaciclovir" and "aciclovir" 0.75), so a passage about one was read as addressing the other. A name: split into
# at least `RARE_PIECES` pieces and no English word (pyspellchecker's dictionary; "disestablish" and "trinomial" are
# words, paraphrased as often as any). Chosen on the support model's fitted half (bench/README.md, "Names the model
# does not know").
RARE_PIECES = 4
# A name at least this long is also matched by a word one slip of spelling from it (`_spelt_near`).
NEAR_SPELLING = 6
# Word vectors by word (`bot.index.embedding.WordVectors`): unit rows, one per word.
Words = Callable[[Sequence[str]], np.ndarray]

# What a question asks for when it asks for a quantity (an amount, a dose, a duration, a date, a frequency, an age).
# Not "when": it is as often answered by a circumstance ("on an empty stomach", "with food") as by a time.
_ASKS_QUANTITY = re.compile(
    r"\b(how (many|much|long|old|far|often|large|big|tall|high|fast|soon|late|early|frequently)|"
    r"what (year|years|percentage|percent|proportion|number|amount|age|dose|dosage|time|date|temperature)|"
    r"which (year|date)|in what year)\b", re.IGNORECASE)
_STATES_QUANTITY = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|single|none|half|once|twice|several|few|many|most|century|centuries|"
    r"decades?|daily|weekly|monthly|yearly|annually|years?|months?|weeks?|days?|hours?|minutes?|seconds?|morning|"
    r"evening|night|before|after|during|until|since)\b", re.IGNORECASE)
# What a question asking for an amount needs ("how much", "what dose"): a number, not a time ("before bed").
_ASKS_AMOUNT = re.compile(r"\b(how (many|much)|what (percentage|percent|proportion|number|amount|dose|dosage))\b",
                          re.IGNORECASE)
_STATES_AMOUNT = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|single|none|half|once|twice|several|few|many|most)\b", re.IGNORECASE)
# The people a question asks about when what holds for them differs from what holds for others (a child's dose is
# not an adult's; pregnancy changes what is safe): a question naming them (first pattern) is answered only by a
# passage that names them too (second), whatever else the passage shares with it. The "a child",
# "pregnancy"; figures in bench/README.md, "The people asked about".
_SMALL_AGE = r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|" \
             r"fifteen|sixteen|seventeen)"
PEOPLE = {
    "children": (
        rf"\b(?:child|children|kids?|toddlers?|infants?|bab(?:y|ies)|newborns?|teens?|teenagers?|adolescents?|"
        rf"{_SMALL_AGE}[- ]?(?:years?|yrs?)[- ]?old|\w+[- ]?(?:months?|weeks?)[- ]?old|"
        rf"(?<=my )(?:little )?(?:sons?|daughters?)|(?<=our )(?:little )?(?:sons?|daughters?))\b",
        r"\b(?:child\w*|kids?|toddlers?|infan\w*|bab(?:y|ies)|newborns?|teen\w*|adolescen\w*|p(?:a)?ediatric\w*|"
        r"young (?:people|persons?)|boys?|girls?|pupils?|schools?|aged? (?:under |below |over |between )?\d|"
        r"under (?:the age of )?\d{1,2}s?|\d{1,2}[- ]?(?:years?|months?)[- ]?(?:old|of age))\b"),
    "pregnancy": (
        r"\b(?:pregnan\w*|expecting a baby|trying to conceive)\b",
        r"\b(?:pregnan\w*|expecting|trimesters?|unborn|f(?:o)?etus\w*|f(?:o)?etal|gestation\w*|conceiv\w*|"
        r"conception)\b"),
    "breastfeeding": (
        r"\b(?:breast-?feed\w*|breast feeding|nursing (?:mother|my baby|a baby)|lactat\w*|breast ?milk)\b",
        r"\b(?:breast-?feed\w*|breast feeding|nursing|lactat\w*|breast ?milk)\b"),
    "older people": (
        r"\b(?:elderly|older (?:adults?|people|persons?|patients?)|seniors?|over (?:the age of )?[6-9]\d|"
        r"aged [6-9]\d|[6-9]\d[- ]?(?:years?|yrs?)[- ]?old)\b",
        r"\b(?:elderly|older|seniors?|geriatric|aged? (?:over )?[6-9]\d|over (?:the age of )?[6-9]\d)\b"),
}
_PEOPLE = {group: (re.compile(asked, re.IGNORECASE), re.compile(named, re.IGNORECASE))
           for group, (asked, named) in PEOPLE.items()}


def names_group(group: str, text: str) -> bool:
    """Whether `text` names the people of `group` (a key of `PEOPLE`)."""
    return bool(_PEOPLE[group][1].search(text))


def names_people(focus: Focus, text: str) -> bool:
    """Whether `text` names every group of people the question asks about (`PEOPLE`)."""
    return all(_PEOPLE[group][1].search(text) for group, _ in focus.people)


def subject_name(source: str) -> str:
    """A document's file name as the words naming its subject: without its folder and suffix, nor the "#3" of a
    record's part, "_" and "-" as spaces ("leaflets/iron_tablets.md" -> "iron tablets")."""
    return re.sub(r"[_-]+", " ", PurePath(re.sub(r"#\d+$", "", source)).stem)


def named_by(source: str) -> str:
    """`subject_name(source)` with its lone letters as marks are written ("vitamin-d.txt" -> "vitamin D"): file names
    are often in lower case."""
    return re.sub(r"\b([a-z])(\d{0,2})\b", lambda m: m.group(1).upper() + m.group(2), subject_name(source))


def asks_yes_or_no(question: str) -> bool:
    """Whether `question` opens as a yes-or-no question does ("Can my 18 month old take...", "Is it safe...")."""
    return bool(_ASKS_YES_OR_NO.match(question))


# A yes-or-no question about doing something in a situation ("can i fly after a head injury", "is it safe to take
# ibuprofen if I'm on lithium"): what is done is its ask, and a passage on the situation alone does not answer it,
# however near it reads: "Most people recover from a minor head injury quickly..." was quoted for "fly" and for
# "ibuprofen" after a head injury. What is done is the verb ("fly", "drive", "wear contact lenses") or, after a verb of
# taking, what is taken ("take ibuprofen", "have a hot bath"). A pronoun taken ("can i take it with food?") is the
# conversation's subject: the situation is the ask then, and a passage on the subject alone does not answer it. Not
# both: "Can I take magnesium with ibuprofen?" is answered by "Magnesium is safe to take with most painkillers." (a
# kind of it, which word vectors do not tell from another drug: "ibuprofen" is as near "painkillers" as "paracetamol").
# A verb asking when or whether to go on ("should i wait before taking ibuprofen?", "can i stop taking it if...") asks
# about the situation, which the focus weighs as usual.
_TAKING = frozenset("take taking have use get give put apply drink eat try go".split())
_WHEN_DONE = frozenset("wait stop start keep continue carry".split())
_SITUATION_WORD = r"(?:after|with|while|whilst|during|when|if|before|on|following)"
_DOING = re.compile(
    r"^\W*(?:(?:can|could|may|should|shall)\s+(?:i|we|you|he|she|they|(?:my|your|our)\s+[a-z]+)"
    r"|is\s+it\s+(?:ok|okay|safe|alright|all right|fine)\s+"
    r"(?:for\s+(?:me|him|her|them|us|(?:my|your)\s+[a-z]+)\s+)?to"
    r"|am\s+i\s+(?:allowed|able)\s+to)"
    r"\s+(?:still\s+|also\s+|safely\s+)?(?P<verb>(?!" + _SITUATION_WORD + r"\b|be\b)[a-z]+)"
    r"(?P<what>(?:\s+(?!" + _SITUATION_WORD + r"\b)[\w'-]+){0,4}?)\s+" + _SITUATION_WORD +
    r"\s+(?P<situation>[^?.!;\n]+)", re.IGNORECASE)  # the situation ends with its sentence: a reading's carried words
_NOTHING_DONE = frozenset("it this that them these those one some any a an the my your his her our their of".split())
# A medicine named by its kind after "the", "these", "my" ("can I take the tablets with food?", "these antibiotics")
# is the conversation's, as "it" is (a reviewer's: "the medicine with alcohol" was asked about "medicine").
_KIND_TAKEN = re.compile(r"(?:the|these|this|those|my|your|his|her|their)\s+(?:medicines?|medications?|meds|tablets?|"
                         r"pills?|capsules?|antibiotics?|cream|drops|spray|liquid|syrup|gel|lotion|inhaler|jab)",
                         re.IGNORECASE)
# A verb and the word after it that are one verb ("look after the kids", "sleep with my partner": a reviewer's), not
# a doing and its situation.
_ONE_VERB = frozenset({("look", "after"), ("sleep", "with"), ("go", "on"), ("get", "on"), ("carry", "on"),
                       ("keep", "on"), ("deal", "with"), ("cope", "with"), ("live", "with"), ("take", "after"),
                       ("go", "with"), ("come", "with"), ("hang", "out"), ("put", "up")})
# The people a situation names are the people rule's to check, with its own words for them; "expecting" and "nursing"
# say pregnancy and breastfeeding, which no passage says in those words (a reviewer's "can I take it while nursing?").
_PEOPLE_SITUATION = frozenset({"expecting", "nursing"})
# How fully a passage (`Matcher.match`) must address one word of a part asked about (`asked_parts`) to address it: a
# word near in meaning counts ("a glass of wine" by "Do not drink alcohol...", matched 0.33), which "missing" does
# not count; the passages on the situation alone match nothing of what is done (0 to 0.03 for "fly", "ibuprofen",
# "hot bath", "swimming" after a head injury or scabies).
ASKED_ADDRESSED = 0.25


def asked_to_do(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words (lower case) for what a yes-or-no question asks about doing in a situation, and for the situation
    ("can i take ibuprofen after a head injury": "ibuprofen", and "head", "injury"); ((), ()) when it asks no such
    thing. What is taken may be a pronoun ("can i take it with food?"): then only the situation is asked about."""
    found = _DOING.match(question)
    if found is None or found.group("verb").lower() in _WHEN_DONE:
        return (), ()
    verb, what = found.group("verb").lower(), found.group("what").strip()
    after = found.group(0)[found.end("what"):].split()[0].lower()  # the word opening the situation
    if not what and (verb, after) in _ONE_VERB:
        return (), ()
    # a taking verb typed with a slip ("tak", "hve") takes too
    taking = verb in _TAKING or any(len(verb) > 2 and one_slip(verb, known) for known in _TAKING)
    words = [] if _KIND_TAKEN.fullmatch(what) else [w.lower() for w in re.findall(r"[\w'-]+", what)]
    done = [w for w in ([] if taking else [verb]) + words if w not in _NOTHING_DONE]
    situation = [w for w in (w.lower() for w in re.findall(r"[\w'-]+", found.group("situation")))
                 if w not in _NOTHING_DONE and w not in _PEOPLE_SITUATION and not people_asked(w)]
    return tuple(dict.fromkeys(done)), tuple(dict.fromkeys(situation))


# A yes-or-no question whether something causes, helps or affects something ("does drinking cherry juice help with
# gout?", "can allopurinol cause a skin rash?", "can shingles affect your hearing?") asks about both: a passage on the
# one the documents are about does not answer it ("Sugary drinks that contain fructose can also raise uric acid." for
# the cherry juice). What causes may be a pronoun ("does it cause drowsiness?", a follow-up): then only the effect
# is asked about, as when it is a medicine named by its kind ("do the tablets cause drowsiness?"); an asker doing
# something ("can i give...", "do i need to put...") is a question about doing.
_CAUSE_VERBS = (r"help|helps|cause|causes|affect|affects|lower|lowers|raise|raises|reduce|reduces|increase|increases|"
                r"give|gives|stop|stops|prevent|prevents|treat|treats|cure|cures|interfere|interferes|interact|"
                r"interacts|mess\s+up|messes\s+up|worsen|worsens|trigger|triggers|good\s+for|bad\s+for")
_CAUSE = re.compile(r"^\W*(?:does|do|did|can|could|will|would|is|are|might|may)\s+"
                    r"(?!(?:i|we|you|he|she|they|someone|anyone|people)\b)"
                    # a few words, no clause ("will it get better if i stop the tablets?" asks no cause)
                    r"(?P<cause>(?:(?!(?:if|when|while|because|and|or|but|i|we|you|he|she|they|get|gets)\b)"
                    r"[\w'-]+[ -]){0,4}?[\w'-]+)\s+"
                    r"(?:" + _CAUSE_VERBS + r")\b(?P<effect>[^?.!;\n]+)", re.IGNORECASE)
# Words naming no cause or effect: those naming nothing done; taking it ("drinking" of "drinking cherry juice" is
# addressed by any "drinks"); and a kind of effect that any effect of the kind answers ("can the earthquake cause any
# other hazards?" by "...cause tsunamis", "did the revision cause any issues?": MTRAG-UN's).
_NOTHING_CAUSED = _NOTHING_DONE | frozenset("with for to up in you me drinking eating taking using having getting "
                                            "doing being other issue issues problem problems hazard hazards harm "
                                            "damage trouble effect effects side risk risks complication "
                                            "complications anything".split())


def cause_and_effect(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words (lower case) for what a yes-or-no question asks causes, helps or affects something, and for that
    something ("does drinking cherry juice help with gout?": "cherry", "juice", and "gout"); ((), ())
    when it asks no such thing."""
    found = _CAUSE.match(question)
    if found is None:
        return (), ()
    cause, effect = ([w for w in (w.lower() for w in re.findall(r"[\w'-]+", found.group(part)))
                      if w not in _NOTHING_CAUSED] for part in ("cause", "effect"))
    if _KIND_TAKEN.fullmatch(found.group("cause").strip()):
        cause = []  # "do the tablets cause drowsiness?" asks about the conversation's medicine, as "it" does
    return tuple(dict.fromkeys(cause)), tuple(dict.fromkeys(effect))


def asked_parts(question: str) -> tuple[tuple[str, ...], ...]:
    """The groups of the question's words (lower case) a passage must each address, one word of each, to answer it:
    what is done in a situation, or the situation when what is done is a pronoun (`asked_to_do`); what causes and
    what is caused (`cause_and_effect`); none for other questions."""
    done, situation = asked_to_do(question)
    if done or situation:
        return (done,) if done else (situation,)
    return tuple(group for group in cause_and_effect(question) if group)


def quantity_asked(question: str) -> str:
    """The words with which `question` asks for a quantity ("how many", "what dose"), or ""."""
    found = _ASKS_QUANTITY.search(question)
    return found.group() if found else ""


def without_people(text: str) -> str:
    """`text` with every word naming people asked about (`PEOPLE`: "children", "babies", "3 year old") blanked."""
    for asked, _ in _PEOPLE.values():
        text = asked.sub(" ", text)
    return text


def people_asked(question: str) -> tuple[tuple[str, str], ...]:
    """The groups of people `question` asks about (`PEOPLE`), each with the question's own words for it."""
    return tuple((group, found.group()) for group, (asked, _) in _PEOPLE.items() if (found := asked.search(question)))


# A capital letter standing alone after a word, maybe with a number ("vitamin K2", "B12"), not the question's first
# word nor "I"; its term is the mark after a prefix no stemmed word has. A question's follows a letter of any script,
# not a number ("38 C" is a unit), and is no initial ("E. E. Cummings", "U.S."); a text's may follow a number
# ("Vγ9/Vδ2 T cells") and end a sentence ("...of vitamin D.").
_MARK = re.compile(r"(?<=\w[ -])([A-HJ-Z]\d{0,2})\b(?!['&])")
_ASKED_MARK = re.compile(r"(?<=[^\W\d_][ -])([A-HJ-Z]\d{0,2})\b(?!['&])(?!\.\s*[A-Za-z])")
# Two letters joined by "&" name one thing ("A&E", the emergency department): a mark, in any case, not the letter "A"
# (a trial's "when should i go to A&E on warfarin" was refused as saying "nothing about A").
_AMPERSAND = re.compile(r"(?<![\w&])([A-Za-z])&([A-Za-z])(?![\w&])")
# A number after a word for a kind names which of the kind too ("type 2 diabetes", "omega 3", "stage 4"), written in
# figures or Roman numerals ("MHC class I" is "class 1"; not the pronoun: "at what stage I should stop").
_KIND_NUMBER = re.compile(r"\b((?i:type|omega|stage|grade|class|phase|level|step|category|group|schedule))[ -]?"
                          r"(\d{1,2}|[IVX]{2,4}|[VX]|I(?!\s+(?:am|was|have|had|do|did|can|could|should|would|will|must"
                          r"|may|might|need|take|get|go|think|feel|want|know|see|use|stop|start|keep|eat|drink)\b))\b")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_MARK_TERM = "\u0000"
_ASKS_YES_OR_NO = re.compile(r"\W*(?:is|are|was|were|do|does|did|can|could|should|would|will|may|might|must|has|have|"
                             r"had)\b", re.IGNORECASE)
_ANSWER_KIND = re.compile(r"^\W*(?:\w+\s+)?(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+)?(\w+)", re.IGNORECASE)
_WORD = re.compile(r"(?u)\b\w\w+\b")
# Words that carry no focus: function words (NLTK's list, as bm25s ships it), and the verbs and fillers of how people
# ask and chat ("Can I take...", "What kind of...", "I want to know...", "Yes, and what about..."), rare in documents
# and so weighed as rare, though they ask nothing. The quantity and person checks read "how much" and "who" instead.
_NOT_FOCUS = frozenset(STOPWORDS_EN_PLUS) | {
    "take", "taking", "taken", "use", "using", "used", "get", "getting", "make", "making", "much", "many", "would",
    "could", "may", "might", "must", "also", "please", "tell", "know", "mean", "means", "kind", "kinds", "type",
    "types", "way", "ways", "thing", "things", "something", "anything", "ok", "okay", "really", "called", "name",
    "named", "say", "says", "said", "happen", "happens", "happened", "want", "wanted", "like", "think", "thought",
    "yes", "yeah", "thanks", "thank", "hi", "hello", "sure", "maybe", "actually", "basically", "else", "another",
    "lot", "lots", "bit", "little", "big", "great", "good", "amazing", "interesting", "interested", "curious",
    "wondering", "wonder", "confused", "explain", "describe", "give", "show", "find", "need", "needs", "help",
    "info", "information", "details", "detail", "example", "examples", "option", "options", "question", "questions",
    "answer", "regarding", "about", "specific", "specifically", "possible", "likely", "reason", "reasons", "today",
    "now", "ever", "still", "even", "well", "one", "ones", "located", "situated", "go", "goes",
    "going", "away", "come", "comes", "better", "best", "sort", "sorts",
    # typed without the apostrophe ("im on paracetamol", "whats the dose"), and chat shorthand
    "im", "ive", "whats", "dont", "doesnt", "cant", "wont", "isnt", "arent", "didnt", "shouldnt", "couldnt",
    "youre", "thats", "theres", "hes", "shes", "theyre", "youve", "weve", "theyve", "wasnt", "werent", "hasnt",
    "havent", "hadnt", "wouldnt", "till", "per", "u", "ur", "pls", "plz", "gonna", "wanna", "gotta", "kinda", "sorta",
    "wd", "ws", "abt", "cuz", "coz", "cos", "tho", "idk", "thx", "ty", "tbh", "lol", "btw", "imo", "fyi", "ngl"} | {
    # The words a follow-up judges what was said with ("is that normal?", "is that bad?", "could that be related?",
    # "is he old enough?", "should I be worried?"): the passage that answers says what is usual or what to do, rarely
    # the judgement itself (a conversation set's follow-ups were refused for "normal", "related", "connected",
    # "enough"). Not "together" nor "fine": "Can I take aspirin and fexofenadine together?" then quoted
    # "Fexofenadine is safe to take for a long time." where the documents never say the two mix (a reviewer's).
    "normal", "bad", "worse", "wrong", "worried", "worry", "worrying", "concerned", "related", "connected", "linked",
    "enough", "yet"}
# Asking for an amount, "dose" or "amount" names the kind of answer (a number), not what a passage must say:
# "Take one or two 200 mg tablets" gives the adult dose without the word.
_NOT_FOCUS_ASKING_AMOUNT = _NOT_FOCUS | {"dose", "doses", "dosage", "dosages", "amount", "amounts", "quantity",
                                        "quantities", "number", "numbers"}
# Whom the asker speaks of, "my dad", "our gran": who has the problem, not what is asked ("what are the chalky bumps
# on my dad's ear called"); a document never names them. "My son", "our daughter" neither: a leaflet says "child",
# and they are read as one (`PEOPLE`: a passage must name children). Not "her husband" or "Robert's father", which may
# be what is asked.
_NARRATIVE = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,3}(sons?|daughters?|dad|daddy|mum|mummy|mom|mommy|mother|father|parents?|husband|wife|partner|"
    r"boyfriend|girlfriend|fianc[eé]e?|gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa|"
    r"grandfather|grandparents?|sister|brother|friend|flatmate|roommate|housemate|colleague|neighbou?r|boss|uncle|"
    r"aunt|auntie|cousin)(?:'?s)?\b", re.IGNORECASE)
# When what the asker tells happened ("this morning", "last week", "yesterday"): the time of their story, not what is
# asked ("i forgot my anti sickness tablet this morning what should i do" was refused for saying nothing about
# "morning", a trial). Not "at night" or "in the morning", which ask when.
_WHEN_TOLD = re.compile(r"\b(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night|week|weekend|month)\b"
                        r"|\b(?:yesterday|tonight|earlier|recently)\b", re.IGNORECASE)
# The groups of people an age names ("3 year old", "70 yr old"), which a sentence may name by its ages, unless it
# names whom else it is for: "women aged 16 to 64" does not answer for "my son is 17" (a reviewer's finding).
_GENDERED = re.compile(r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|females?|males?|mothers?|fathers?)\b", re.IGNORECASE)
_AGED_GROUPS = frozenset({"children", "older people"})
# The words of a weight given: "weighs 25kg", "weight 20 kg".
_WEIGHING = frozenset({"weighs", "weigh", "weighing", "weight", "weighed"})
# The words of an age asked ("3 to 4 year olds"), said whole as the age.
_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "old", "olds"})
_NOT_FOCUS_STEMS = frozenset(Stemmer.Stemmer("english").stemWords(sorted(_NOT_FOCUS)))

# A question comparing two things ("is frozen shoulder the same as a rotator cuff tear", "X vs Y", "the difference
# between X and Y", "is X better than Y"): it is answered only where the documents name both
# (`quotes.QuoteChooser._unnamed_compared`). A page on one of them says what that one is, which reads like an answer
# (a new user's trial: 6 of 6 such questions answered).
_COMPARED = (
    re.compile(r"^\W*(?:is|are|was|were)\s+(?P<x>.+?)\s+(?:the\s+)?same(?:\s+thing)?\s+as\s+(?P<y>.+)$", re.I),
    re.compile(r"^\W*(?:is|are)\s+(?P<x>.+?)\s+(?:different|any different)\s+(?:from|to|than)\s+(?P<y>.+)$",
               re.I),
    re.compile(r"\bdifferences?\s+between\s+(?P<x>.+?)\s+and\s+(?P<y>.+)$", re.I),
    re.compile(r"^\W*(?:is|are)\s+(?P<x>.+?)\s+(?:better|worse|safer|stronger|more effective)\s+than\s+(?P<y>.+)$",
               re.I),
    re.compile(r"^(?P<x>.+?)\s+(?:vs\.?|versus)\s+(?P<y>.+)$", re.I),
)

_COMPARED_END = re.compile(r"\s+(?:for|in|with|when|while|during|if|after|before|because|to treat|by|using)\b", re.I)


def compared_words(question: str) -> tuple[frozenset[str], ...]:
    """The words (lowercased) of each of the two things a question compares (`_COMPARED`), none when it compares
    nothing."""
    for pattern in _COMPARED:
        if found := pattern.search(question.strip()):
            # What the second is ends where the question goes on to what for ("ibuprofen vs paracetamol for a
            # headache").
            second = _COMPARED_END.split(found.group("y"), maxsplit=1)[0]
            return tuple(frozenset(w.lower() for w in _WORD.findall(side)) for side in (found.group("x"), second))
    return ()


@dataclass(frozen=True)
class Focus:
    """What a question asks: its focus terms (stemmed, as the lexical index has them) with their rarity weights
    summing to 1, the question's own word for each term, whether it asks for a quantity, and the question itself
    (the kind of answer it asks for is read from it, `bot.answer.answer_type`)."""

    terms: tuple[str, ...]
    weights: tuple[float, ...]
    words: tuple[str, ...]
    asks_quantity: bool
    # It asks for an amount (how much, how many, what dose), which a time does not state.
    asks_amount: bool = False
    question: str = ""
    kind: str | None = None  # the kind of answer it asks for (`answer_type.KINDS`), if any
    people: tuple[tuple[str, str], ...] = ()  # the groups of people it asks about, with its words (`people_asked`)
    # The ages it asks about, [low, high) in months, with its words for them ("5 year old", "an adult"):
    # `answer_type.age_asked`.
    age: tuple[float, float, str] | None = None
    asks_dose: bool = False  # it asks how much of a medicine to take or give (`answer_type.asks_dose`)
    # The groups of its words a passage must each address (`asked_parts`): what is done in a situation, a cause and
    # its effect.
    asked: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """How well one candidate sentence addresses a question: the features the model weighs (`FEATURES` order), the
    probability that it answers, the question's focus words its chunk does not address (`missing`) and those the
    sentence itself addresses (`covered`), literally or by meaning, rarest first."""

    features: tuple[float, ...]
    probability: float
    missing: tuple[str, ...]
    covered: tuple[str, ...]
    kind: str | None = None  # the kind of answer the question asks for, if any
    # The question's words for the people it asks about (`PEOPLE`) whom the sentence's chunk does not name, and for
    # the age it asks about when the sentence states only other ages (`answer_type.age_conflicts`).
    people_missing: tuple[str, ...] = ()
    # The question's names the model does not know (a drug's: `RARE_PIECES`) that neither the sentence nor its chunk
    # holds, and its marks ("K2", "type 2") that the quote does not: a passage about paracetamol does not answer for
    # fexofenadine, however alike the questions read, nor one about vitamin D for K2.
    names_missing: tuple[str, ...] = ()
    # The question's words of each group it asks about (`asked_parts`: "fly" of "can i fly after a head injury",
    # "cherry juice" of "does drinking cherry juice help with gout?") of which neither the sentence nor its chunk
    # addresses any.
    asked_missing: tuple[str, ...] = ()

    # The question asks for a dose and no quote the documents give states an amount in a unit a dose comes in
    # (`answer_type.states_dose`): set by quote choice, which decides on the quotes, not on one sentence.
    dose_missing: bool = False
    # Of `missing`, the words the candidates' documents hold as written elsewhere: a refusal does not say the
    # documents "say nothing about" them (set by quote choice on a refusal; what was weighed is unchanged).
    held_elsewhere: tuple[str, ...] = ()

    @property
    def quantity_missing(self) -> bool:
        """The question asks for a quantity (how much, how long, when...) and the sentence states none, or for a
        dose and the sentence states none."""
        return self.features[FEATURES.index("quantity_missing")] > 0 or self.dose_missing

    @property
    def kind_missing(self) -> bool:
        """The question asks for a kind of answer (a date, a person, a place, a quantity...) and the sentence holds
        none it does not take from the question."""
        return self.features[FEATURES.index("kind_missing")] > 0

    def as_dict(self) -> dict:
        """The evidence as a report shows it."""
        return {"probability": round(self.probability, 4), **dict(zip(FEATURES, (round(f, 4) for f in self.features))),
                "missing": list(self.missing), "covered": list(self.covered), "kind": self.kind,
                **({"people_missing": list(self.people_missing)} if self.people_missing else {}),
                **({"names_missing": list(self.names_missing)} if self.names_missing else {}),
                **({"asked_missing": list(self.asked_missing)} if self.asked_missing else {}),
                **({"dose_missing": True} if self.dose_missing else {})}


# Once a question is answered, a sentence may be quoted with this share of the threshold's probability: picked on
# half of SQuAD's articles (bench/README.md, "Quoting past the threshold").
QUOTE_SHARE = 0.25


def _rules_hold(evidence: Evidence) -> bool:
    """The rules no probability overrides: a quantity stated when one is asked, the people and names asked about
    named, and each part of what is asked addressed (`asked_parts`)."""
    return not evidence.quantity_missing and not evidence.people_missing and not evidence.names_missing \
        and not evidence.asked_missing


@dataclass(frozen=True)
class SupportModel:
    """A logistic model over `FEATURES`: a sentence answers when its probability reaches `threshold`."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> SupportModel:
        """The model `bench/calibrate_support.py` wrote (plain JSON). ValueError if it was fitted on other features."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} weighs {data['features']}, not {list(FEATURES)}. "
                             "Run bench/calibrate_support.py to fit it again.")
        return cls(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]))

    def accepts(self, evidence: Evidence) -> bool:
        """Whether the sentence answers: its probability reaches the threshold, it states a quantity when the
        question asks for one (a dose question is never answered with a sentence that gives no dose), and its passage
        names the people the question asks about (an adult's dose never answers for a child)."""
        return evidence.probability >= self.threshold and _rules_hold(evidence)

    def may_quote(self, evidence: Evidence) -> bool:
        """Whether the sentence may be quoted once another sentence has been accepted (the documents answer): the
        quantity and people rules hold and its probability reaches `QUOTE_SHARE` of the threshold. The model judges
        whether a sentence addresses the question, not which sentence answers best: an answering sentence that
        leans on its neighbours for the question's words ("These engines are mainly used in toys and models") is
        often under the threshold while a sentence restating the question passes it, and the quote score ranks them
        better."""
        return evidence.probability >= self.threshold * QUOTE_SHARE and _rules_hold(evidence)

    def reason(self, evidence: Evidence) -> str:
        """Why the model does not accept a sentence, as a report says it."""
        if evidence.dose_missing:
            return "the question asks for a dose and the sentence states none"
        if evidence.quantity_missing:
            return "the question asks for a quantity and the sentence states none"
        if evidence.people_missing or evidence.names_missing or evidence.asked_missing:
            asked = (evidence.people_missing or evidence.names_missing or evidence.asked_missing)[0]
            return f"the question asks about {asked}, which the passage does not mention"
        if evidence.probability >= self.threshold:
            return f"support {evidence.probability:.3f} reaches {self.threshold:.3f}, but no quote stands on its own"
        return f"support {evidence.probability:.3f} below {self.threshold:.3f}"

    def probability(self, features: Sequence[float]) -> float:
        """The probability that a sentence with these features answers the question."""
        z = self.bias + sum(w * f for w, f in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def default_model() -> SupportModel:
    """The model shipped with Verbatim, loaded once."""
    return SupportModel.load()


def _arabic(number: str) -> int:
    """A number in figures or Roman numerals ("IV") as an int."""
    if number.isdigit():
        return int(number)
    values = [_ROMAN[c] for c in number]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def marks_written(text: str, asked: bool = False) -> list[tuple[str, str]]:
    """The marks `text` holds (`_MARK`, `_KIND_NUMBER`), in order, each as written and as matched ("class I" and
    "class 1"); a question's (`asked`) leave out initials."""
    kinds = [(found.group(), f"{found.group(1).lower()} {_arabic(found.group(2))}")
             for found in _KIND_NUMBER.finditer(text)]
    joined = [(found.group(), found.group().upper()) for found in _AMPERSAND.finditer(text)]
    return [*((mark, mark) for mark in (_ASKED_MARK if asked else _MARK).findall(text)), *kinds, *joined]


def marks_in(text: str) -> list[str]:
    """The marks `text` holds, as matched ("K2", "type 2")."""
    return [mark for _, mark in marks_written(text)]


# A verb's past forms that no stemmer joins to its base ("forgot" is stemmed "forgot", "forget" "forget"): a question
# and a passage are matched on the base ("If you forget a dose" for a trial's "i forgot my tablet"; "a forgotten one"
# for "I forgot"). Not forms that name things of their own ("frozen shoulder", "a broken bone", "drunk").
# Not "threw" ("threw away" is no "throw up"), "felt" (felt tip) or "worn" (worn out).
_PAST = {"forgot": "forget", "forgotten": "forget", "ate": "eat", "eaten": "eat", "gave": "give", "given": "give",
         "drank": "drink", "fell": "fall", "fallen": "fall", "slept": "sleep", "woke": "wake", "woken": "wake",
         "bitten": "bite", "caught": "catch", "swam": "swim", "swum": "swim", "chose": "choose", "chosen": "choose"}
_PAST_WORD = re.compile(r"\b(" + "|".join(_PAST) + r")\b", re.IGNORECASE)


# The stems of those verbs: a text's past forms need reading as their bases only for terms among them (reading every
# candidate and chunk cost about 20 us a 200 characters, some milliseconds an answer).
_BASE_STEMS = frozenset(Stemmer.Stemmer("english").stemWords(sorted(set(_PAST.values()))))


def base_forms(text: str) -> str:
    """`text` with the past forms of `_PAST` read as their verbs' base forms."""
    return _PAST_WORD.sub(lambda found: _PAST[found.group().lower()], text)


def names_past_verb(terms: Iterable[str]) -> bool:
    """Whether any of these terms (stemmed) is the base of a verb of `_PAST`: only then do texts need `base_forms`."""
    return not _BASE_STEMS.isdisjoint(terms)


# The period a limit is asked over ("how many can I take in a day", "max per day", "daily"): the sentence stating the
# limit says its own ("No more than 6 capsules (12 mg)" under "Maximum in 24 hours"), so as focus it only read as
# missing.
_LIMIT_PERIOD = re.compile(r"\b(?:(?:a|per|in a|in one|each|every|a single) day|daily)\b", re.IGNORECASE)


def asks_which(question: str) -> bool:
    """Whether `question` asks which or what things ("Which foods are rich in it?", "what kind of cream"): its answer
    names them ("red meat, beans"), not its own words. Not "what is", "what about", "what if"."""
    found = _ANSWER_KIND.search(question)
    return found is not None and found.group(1).lower() not in _NOT_FOCUS


# The function words a hurried misspelling is read as ("wil" as "will"): four letters or more.
_FUNCTION_WORDS = frozenset(word for word in (*STOPWORDS_EN_PLUS, "would", "could", "might", "must")
                            if len(word) >= 4 and word.isalpha())


def misspelt_chat(word: str) -> bool:
    """Whether `word` (any case) is no English word but one slip of spelling from a function word of four letters or
    more ("wil", "shoud", "hav"): typed in a hurry, it asks nothing a passage must address. Not an abbreviation one
    slip from a shorter one ("ivf", "hiv") or from a word of chat ("nsaid", "said")."""
    word = word.lower()
    return word.isalpha() and len(word) >= 3 and not is_english(word) and any(
        one_slip(word, other) for other in _FUNCTION_WORDS if abs(len(other) - len(word)) <= 1)


def question_focus(question: str, lexical: LexicalIndex) -> Focus:
    """The focus of `question` for an index whose chunk texts `lexical` holds: each term weighted by its rarity
    there (a term no chunk holds weighs most)."""
    # The words of asking for a quantity ("how long", "how often") say what kind of answer is wanted, not what about.
    asking = _ASKS_QUANTITY.sub(" ", question)
    asks_amount = bool(_ASKS_AMOUNT.search(question) or ASKS_AMOUNT.search(question))
    not_focus = _NOT_FOCUS_ASKING_AMOUNT if asks_amount else _NOT_FOCUS
    if measure := ASKS_MEASURE.search(question):
        # "maximum daily" of "the maximum daily dose" asks which number, said by the number itself.
        not_focus = not_focus | {w.lower() for w in _WORD.findall(measure.group())} & NUMBER_QUALIFIERS
    not_focus = not_focus | {m.lower() for m in _NARRATIVE.findall(question)}
    answer_kind = asked_kind(question)
    if answer_kind == "price":
        not_focus = not_focus | PRICE_WORDS  # the price rule checks what "cost" asks (`weigh`)
    not_focus = not_focus | {w.lower() for found in _WHEN_TOLD.finditer(question) for w in found.group().split()}
    if asks_limit(question) and not _ASKS_YES_OR_NO.match(question):
        # A limit asked ("max sprays per day", "what's the most I can take") is the quote score's to find
        # (`limit_matches`); "Is the maximum daily allowance enough?" asks about the maximum.
        not_focus = not_focus | LIMIT_WORDS | {found.group().split()[-1].lower()
                                              for found in _LIMIT_PERIOD.finditer(question)}
    if asks_dose(question) and (weight := WEIGHT_ASKED.search(question)) is not None:
        # A child's weight given for a dose ("weighs 25kg") says whom for, which the weight rule checks against the
        # rows' weights (`answer_type.weight_conflicts`): no passage says it (a trial's 25 kg child was refused for
        # saying nothing about "weighs 25kg").
        not_focus = not_focus | {w.lower() for w in _WORD.findall(weight.group())} | _WEIGHING
    age = age_asked(question)
    if age is not None:
        # "year" and "old" of "my 2 year old" ask whom for, which the age rule checks (`age_conflicts`, the people
        # named): no passage says them, so as focus they only read as missing.
        units = {w.lower() for w in _WORD.findall(age[2])} & _AGE_UNITS
        not_focus = not_focus | units | {unit + "s" for unit in units}  # "3 yr olds" is read as "3 yr old"
    marks = list(dict.fromkeys(marks_written(question, asked=True)))
    written = {mark for mark, _ in marks}
    words = [w for w in dict.fromkeys(_WORD.findall(asking)) if w not in written]
    terms, kept = [], []
    # one call: each word's terms (its verb's base, `base_forms`), as the index has them; the question's own word
    # is what a refusal names
    for word, stems in zip(words, lexical.tokenize([base_forms(w) for w in words])):
        if stems and word.lower() not in not_focus and stems[0] not in _NOT_FOCUS_STEMS and stems[0] not in terms:
            terms.append(stems[0])
            kept.append(word)
    # A mark names which of a kind ("vitamin C", "hepatitis B", "type 2"); the lexical index never holds one, so it
    # is matched as written, and weighs as a term no chunk holds.
    for mark, term in marks:
        terms.append(_MARK_TERM + term)
        kept.append(mark)
    kind = _ANSWER_KIND.search(question)
    kind_term = lexical.tokenize([kind.group(1)])[0] if kind else []
    # The kind of answer asked for ("In what country...", "Which drug...") names what the answer is, not what the
    # passage must mention ("France" answers "what country"): it weighs half.
    idf = [lexical.idf(_MARK_TERM if t.startswith(_MARK_TERM) else t) *
           (0.5 if kind_term and t == kind_term[0] else 1.0) for t in terms]
    total = sum(idf) or 1.0
    # A measure asked by name ("what is the maximum daily dose of...") is asked for too.
    asks_quantity = bool(measure or _ASKS_QUANTITY.search(question))
    return Focus(tuple(terms), tuple(w / total for w in idf), tuple(kept), asks_quantity, asks_amount, question,
                 answer_kind, _people(question, age), age, asks_dose(question), asked_parts(question))


def _people(question: str, age: tuple[float, float, str] | None) -> tuple[tuple[str, str], ...]:
    """The people `question` asks about; "my daughter" is no child when her age says she is an adult ("My daughter is
    25")."""
    people = people_asked(question)
    if age is not None and age[0] >= ADULT:
        people = tuple((group, words) for group, words in people
                       if not (group == "children" and re.fullmatch(r"(?:little )?(?:sons?|daughters?)", words, re.I)))
    return people


class Matcher:
    """How much of one question's focus each text addresses, literally (a shared stem) or by meaning (the word
    vectors, when given). Remembers the texts it has matched, so candidates sharing a chunk cost one match."""

    def __init__(self, focus: Focus, lexical: LexicalIndex, words: Words | None = None):
        self.focus = focus
        self._past = names_past_verb(focus.terms)  # texts read with their verbs' bases (`base_forms`) only then
        self._lexical = lexical
        self._words = words
        # Marks ("C" of "vitamin C") match only as written: "C" and "D" are near neighbours as vectors.
        self.marks = np.array([t.startswith(_MARK_TERM) for t in focus.terms], dtype=bool)
        self._by_meaning = ~self.marks
        # The question's words the model does not know (`RARE_PIECES`): names, matched only by their stem.
        self.names = np.zeros(len(focus.terms), dtype=bool)
        # A word no document holds that is one slip from an English word is that word misspelt ("temprature"): matched
        # by its spelling too, and no name; a document's own word ("wormex") is what the documents call it.
        unknown = lexical.idf(_MARK_TERM)
        # Whether some document holds each focus term as written (a mark, "C" of "vitamin C", is read as unheld).
        self.held = np.array([not t.startswith(_MARK_TERM) and lexical.idf(t) < unknown for t in focus.terms],
                             dtype=bool)
        misspelt_words = np.array([not held and misspelt(w.lower()) for held, w in zip(self.held, focus.words)],
                                  dtype=bool)
        # How many pieces the model's tokenizer splits each focus word into (1 without the model): a word of many is
        # one the model does not know as a whole, a name or a term of art.
        lowered = [w.lower() for w in focus.words]
        self.pieces = (list(words.pieces(lowered)) if words is not None and hasattr(words, "pieces") and lowered
                       else [1] * len(lowered))
        if self._by_meaning.any():
            self.names = np.array([meaning and pieces >= RARE_PIECES and not is_english(word)
                                   for meaning, pieces, word in zip(self._by_meaning, self.pieces, lowered)],
                                  dtype=bool) & ~misspelt_words
            self._by_meaning &= ~self.names
        # Matched also with one slip of spelling: names, and words one slip from an English word ("temprature").
        self._by_spelling = self.names | misspelt_words
        # The words a refusal may say the documents discuss: a name no document holds (letters, no English word) is
        # not one, however near its meaning came ("calpol" to "calpanol"; a reviewer's finding); a word ("children"
        # by "kids"), a number ("80", "500mg"), a mark or a misspelling matched by spelling is.
        self.discussable = self.held | misspelt_words | np.array(
            [t.startswith(_MARK_TERM) or not w.isalpha() or is_english(w.lower())
             for t, w in zip(focus.terms, focus.words)], dtype=bool)
        self._vectors = (words([w.lower() for w in focus.words]) if words is not None and self._by_meaning.any()
                         else None)
        self._matched: dict[str, np.ndarray] = {}
        self._literal: dict[str, np.ndarray] = {}

    @functools.cached_property
    def drug_names(self) -> np.ndarray:
        """The names a dose is asked for: those the model does not know (`names`), and words of the documents that
        are no English word whatever their pieces ("loratadine", "sertraline"); not a brand no document names
        ("nurofen"), nor a number. Read only for a dose asked (`bot.answer.quotes`)."""
        return self.names | np.array([held and w.isalpha() and not is_english(w.lower())
                                      for held, w in zip(self.held, self.focus.words)], dtype=bool)

    def holds(self, text: str) -> np.ndarray:
        """For each focus term, whether `text` holds it as written: its stem, or its word with one slip of spelling."""
        if text not in self._literal:
            terms = set(self._lexical.tokenize([base_forms(text) if self._past else text])[0])
            self._literal[text] = np.array([t in terms or _spelt_near(w, text)
                                            for t, w in zip(self.focus.terms, self.focus.words)], dtype=bool)
        return self._literal[text]

    def match(self, text: str) -> np.ndarray:
        """For each focus term, how fully `text` addresses it, from 0 to 1."""
        if text not in self._matched:
            terms = set(self._lexical.tokenize([base_forms(text) if self._past else text])[0])
            if self.marks.any():
                terms.update(_marks_matched(self.focus.terms, marks_in(text)))
            found = np.array([t in terms for t in self.focus.terms], dtype=np.float64)
            if self._vectors is not None and not found.all():
                words = [w for w in dict.fromkeys(_WORD.findall(text.lower())) if w not in _NOT_FOCUS]
                if words:
                    cosines = (self._vectors @ self._words(words).T).max(axis=1)
                    meaning = np.clip((cosines - MEANING_LOW) / (MEANING_HIGH - MEANING_LOW), 0, 1)
                    found = np.maximum(found, np.where(self._by_meaning, meaning, 0.0))
            for i in np.flatnonzero(self._by_spelling & (found < 1)):
                # a name misspelt, or written without its accents, still names it ("sumatripan", "paracétamol"); a
                # word misspelt ("temprature") is its word, whatever its pieces' meaning matched
                found[i] = max(found[i], float(_spelt_near(self.focus.words[i], text)))
            self._matched[text] = found
        return self._matched[text]


def _marks_matched(terms: Sequence[str], marks: Sequence[str]) -> set[str]:
    """The question's mark terms that a text holding `marks` holds: the same mark, or for a letter alone the letter
    with a number ("vitamin D3" is a vitamin D; "vitamin D" is not "D3", and "K2" is not "K1")."""
    firsts = {m[0] for m in marks}
    return {t for t in terms if t.startswith(_MARK_TERM)
            and ((mark := t[len(_MARK_TERM):]) in marks or (len(mark) == 1 and mark in firsts))}


_WORDS_LOCK = threading.Lock()
_english: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """The words of pyspellchecker's English dictionary (160,000, from subtitles and Wikipedia), loaded once, when a
    question first holds a word of many pieces; none, with a warning, when it cannot be read (then every such word
    counts as a name: a refusal too many beats another drug's dose)."""
    global _english
    if _english is None:
        with _WORDS_LOCK:
            if _english is None:
                try:
                    from spellchecker import SpellChecker

                    _english = frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary)
                except (ImportError, OSError, ValueError) as error:
                    log.warning("No English dictionary (%s): every word of many pieces is taken for a name, which a "
                                "passage must name. Run `make install` to add pyspellchecker.", error)
                    _english = frozenset()
    return _english


# British spellings the dictionary (American) lacks, as American: "oesophagus", "paediatric", "nebuliser".
_BRITISH = ((re.compile(r"oe|ae"), "e"), (re.compile(r"is(e|ed|es|er|ers|ing|ation|ations)$"), r"iz\1"),
            (re.compile(r"our"), "or"), (re.compile(r"yse$"), "yze"), (re.compile(r"tre$"), "ter"))


def is_english(word: str) -> bool:
    """Whether `word` (lower case) is an English word, spelt the American or the British way."""
    words = english_words()
    return word in words or any(pattern.sub(american, word) in words for pattern, american in _BRITISH)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspelt(word: str) -> bool:
    """Whether `word` (lower case, at least `NEAR_SPELLING` letters) is no English word but one slip of spelling from
    one ("temprature", "apresentation"): it is that word, not a name the model does not know."""
    if len(word) < NEAR_SPELLING or not word.isalpha() or is_english(word):
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} | \
        {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}
    return any(edit in english_words() for edit in edits if len(edit) >= NEAR_SPELLING - 1)


def _spelt_near(word: str, text: str) -> bool:
    """Whether `text` holds `word` with one slip of spelling: a letter left out, added, changed or two swapped
    ("sumatripan", "iubprofen", "fexofenadin"), or written without its accents ("paracétamol"). A question's
    misspelling is split into many pieces too, but it still names what the passage names; related drugs differ by
    more ("prednisone" and "prednisolone", "valganciclovir" and "valaciclovir", "escitalopram" and "citalopram")."""
    word = _plain(word)
    if len(word) < NEAR_SPELLING:
        return False
    return any(one_slip(word, w) for w in {_plain(w) for w in _WORD.findall(text)})


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def weigh(matcher: Matcher, sentence: str, chunk: str, similarity: float, model: SupportModel,
          own_similarity: float | None = None, source: str = "", own_text: str | None = None,
          heading: str = "", section: str | None = None) -> Evidence:
    """The evidence that `sentence` (with its `chunk`, of the document `source`) answers the question whose focus
    `matcher` holds; `own_similarity`, the sentence's cosine read alone, where it differs from `similarity`. `own_text`
    is the sentence without the headings `sentence` may be read under (`heading`, its path): whom it is for by age is
    its own text's to say before its headings' (`answer_type.age_conflicts`)."""
    focus = matcher.focus
    weights = np.array(focus.weights)
    in_sentence, in_chunk = matcher.match(sentence), matcher.match(chunk)
    if source and (matcher.names.any() or matcher.marks.any()):
        # A plain leaflet may name its drug only in its file name ("fexofenadine.txt", then "this medicine"): for a
        # name or a mark ("vitamin-d.txt"), the document's name is part of the chunk.
        in_chunk = np.maximum(in_chunk, np.where(matcher.names | matcher.marks, matcher.match(named_by(source)), 0.0))
    states = _STATES_AMOUNT if focus.asks_amount else _STATES_QUANTITY
    # What something costs is stated by a price: no other number answers it.
    quantity_missing = not states_price(sentence) if focus.kind == "price" else \
        focus.asks_quantity and not states.search(sentence)
    # A bare "when" asks for a date but, as for the quantity rule, is as often answered by a circumstance ("before
    # bed", "with food"): a date counts as missing only when asked for as one ("what year", "which date").
    kind_missing = focus.kind is not None and not holds_kind(focus.kind, sentence, focus.question) and \
        (focus.kind != "date" or focus.asks_quantity)
    own = similarity if own_similarity is None else own_similarity
    features = (similarity, own, float(weights @ in_sentence), float(weights @ in_chunk), float(quantity_missing),
                float(kind_missing))
    order = sorted(range(len(focus.terms)), key=lambda i: -focus.weights[i])
    # A sentence stating by number ages that hold the age asked names its people by that age: "Adults and children
    # aged 10 years and over: apply thinly..." answers for "my 70 yr old mum" without the word "elderly" (not
    # "Adults: 2 tablets", whose ages are worded: a leaflet may give older people another dose).
    said_alone = sentence if own_text is None else own_text
    by_age = focus.age is not None and names_age(focus.age[:2], said_alone) and not _GENDERED.search(said_alone)
    people_missing = tuple(words for group, words in focus.people
                           if not _PEOPLE[group][1].search(chunk if section is None else section)
                           and not (by_age and group in _AGED_GROUPS))
    if focus.age is not None and focus.age[2] not in people_missing and \
            age_conflicts(focus.age[:2], said_alone, heading):
        # The sentence says whom it is for, and the age asked is none of them: "For adults and children aged 12
        # and over, the dose is 10 mg" names children, but not a 5-year-old.
        people_missing += (focus.age[2],)
    # The people are missing whatever their words' meaning matched ("adults" is near "children" as a vector).
    said = {w.lower() for words in people_missing for w in _WORD.findall(words)}  # "two" of "two year old" once
    if focus.age is not None and (focus.age[0] == focus.age[1] or " to " in focus.age[2]):
        # "year" and "old" of "5 year old" ask whom for, which the age rule checks: a refusal names the age whole (as
        # missing when the passage is for other ages), never "year" and "old".
        said |= {w.lower() for w in _WORD.findall(focus.age[2])} | _AGE_UNITS
    discussable = matcher.discussable  # a name no document holds is missing, never covered
    missing = people_missing + tuple(focus.words[i] for i in order if (in_chunk[i] < 0.5 or not discussable[i])
                                     and focus.words[i].lower() not in said)
    covered = tuple(focus.words[i] for i in order if in_sentence[i] >= 0.5 and focus.words[i].lower() not in said
                    and discussable[i])
    # The sentence is read under its headings, which its chunk's text may not repeat: what it covers is not missing.
    missing = tuple(w for w in missing if w not in covered)
    # A mark names which of a kind ("vitamin K2", "hepatitis B"): a passage holding none of it is about another.
    named = matcher.names | matcher.marks
    names_missing = tuple(focus.words[i] for i in order if named[i] and not in_chunk[i] and not in_sentence[i])
    # each part asked about needs one word of it addressed ("a glass of wine": "glass" or "wine")
    asked_missing: tuple[str, ...] = ()
    for group in focus.asked:
        asked = [i for i, word in enumerate(focus.words) if word.lower() in group]
        if asked and all(max(in_chunk[i], in_sentence[i]) < ASKED_ADDRESSED for i in asked):
            asked_missing += tuple(focus.words[i] for i in asked)
    return Evidence(features, model.probability(features), missing, covered, focus.kind, people_missing, names_missing,
                    asked_missing=asked_missing)
