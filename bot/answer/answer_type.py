"""The kind of answer a question asks for (a quantity, a frequency, a duration, a date, a person's or a place's
name) and whether a sentence holds one it does not take from the question. Pure regular expressions over the
texts: no model, no files. Quote choice (`bot.answer.quotes`) adds a small bonus to the sentences that hold what
is asked for (bench/README.md, "Answer types")."""

from __future__ import annotations

import re
from typing import Sequence

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|a third|a quarter|several|"
                 r"a few|many|multiple|numerous|single|a couple|no|none|nothing")
_NUMBER = rf"(?:\d[\d,.]*|{_NUMBER_WORDS})"
_TIME_UNITS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century|" \
              r"generations?|millennia|millennium)"
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")

# What a measure is asked by name ("what dose", "what is the maximum daily dose of...", "what was the tuition"):
# up to three words between "what is the" and the measure, each one that qualifies a measure (`_QUALIFIERS`).
# `AMOUNTS` are measures stated by a number; an age, a rate or a speed may be stated in words too ("in her teens",
# "slowly"). Not "area" nor "value" after other words: "the main area of research", "the idealized value of
# imperialism" ask for no number.
_QUALIFIERS = (r"maximum|minimum|max|min|daily|weekly|monthly|yearly|annual|hourly|total|average|mean|median|usual|"
               r"normal|typical|standard|recommended|safe|right|correct|starting|initial|adult|adults'?|child|"
               r"children'?s?|child's|pediatric|paediatric|approximate|estimated|current|present|overall|exact|"
               r"lowest|highest|body|core|resting|top|peak")
# Of those, the words that say which number of a measure is asked for ("the maximum daily dose"), which a passage
# states in its own words ("no more than six tablets in 24 hours"), not whose or of what ("adult", "body"). Not
# "total": documents say it ("In total there are 352 votes").
NUMBER_QUALIFIERS = frozenset(
    "maximum minimum max min daily weekly monthly yearly annual hourly average mean median usual normal typical "
    "standard recommended right correct starting initial approximate estimated current present overall exact lowest "
    "highest top peak".split())
AMOUNTS = (r"number|amount|dose|dosage|quantity|cost|price|fee|fees|tuition|salary|salaries|wage|wages|income|"
           r"revenue|budget|population|enrollment|enrolment|percentage|percent|proportion|debt|weight|height|"
           r"length|distance|volume|size|capacity|temperature|score")


def _asks_by_name(measures: str) -> re.Pattern:
    # Words before the measure only after "what is the", and only words that qualify a measure ("what is the maximum
    # daily dose"): "what is the best weight loss diet" and "what makes day length constant" ask for no number.
    between = rf"(?:(?:{_QUALIFIERS})[ -]){{0,3}}"
    return re.compile(rf"\bwhat (?:{measures})\b(?!-)|\bwhat(?:'s|\u2019s| is| was| are| were) "
                      rf"(?:the |an? |its |their |his |her )?{between}(?:{measures})\b(?!-)", re.IGNORECASE)


ASKS_AMOUNT = _asks_by_name(AMOUNTS)
ASKS_MEASURE = re.compile(rf"{_asks_by_name(AMOUNTS + r'|age|rate|speed').pattern}|\bwhat(?:'s|\u2019s| is| was)?"
                          r"(?: the)? (?:area|value)\b", re.IGNORECASE)

# The kinds, most specific first: a question is of the first kind whose pattern it matches.
ASKS = (
    ("frequency", re.compile(r"\bhow (?:often|frequently|many times)\b|\bwhat frequency\b", re.IGNORECASE)),
    ("duration", re.compile(r"\bhow long\b|\bfor what (?:period|length)\b|\bwhat (?:period|duration)\b",
                            re.IGNORECASE)),
    ("percentage", re.compile(r"\bwhat (?:percentage|percent|proportion|share|fraction)\b|\bhow much of\b",
                              re.IGNORECASE)),
    ("date", re.compile(r"^\W*when\b|\b(?:since|until|by|from) when\b|, when\b|\bwhen (?:did|was|were|is|does|do|"
                        r"will|had|has|have|are)\b|\b(?:what|which|in what|in which) (?:year|years|century|decade|"
                        r"date|month|day|era|period of time)\b", re.IGNORECASE)),
    ("quantity", re.compile(r"\bhow (?:much|many|far|large|big|tall|high|old|fast|deep|wide|heavy|long|small|"
                            r"low|hot|cold)\b|" + ASKS_MEASURE.pattern, re.IGNORECASE)),
    ("person", re.compile(r"\b(?:who|whom|whose)\b|\b(?:what|which) (?:person|people|man|woman|king|queen|"
                          r"emperor|president|leader|scientist|author|writer|general|ruler)\b", re.IGNORECASE)),
    ("place", re.compile(r"\bwhere\b|\b(?:what|which|in what|in which) (?:country|countries|city|cities|state|"
                         r"states|place|places|region|regions|continent|island|town|province|area|location|"
                         r"nation|nations)\b", re.IGNORECASE)),
)
KINDS = tuple(kind for kind, _ in ASKS)

_HOLDS = {
    "frequency": re.compile(
        r"\b(?:daily|weekly|monthly|yearly|annually|hourly|nightly|once|twice|thrice|every|each|"
        rf"per {_TIME_UNITS}|a (?:day|week|month|year)|times|always|usually|often|rarely|"
        r"seldom|sometimes|never|frequently|regularly|occasionally|biennial|annual)\b", re.IGNORECASE),
    "duration": re.compile(rf"\b(?:{_NUMBER})(?:\s+|-)(?:or (?:{_NUMBER})\s+)?(?:more\s+)?{_TIME_UNITS}\b"
                           r"|\b(?:years|months|weeks|days|hours|minutes|decades|centuries)\b", re.IGNORECASE),
    "percentage": re.compile(rf"\d|\b(?:percent|per cent|percentage|majority|minority|most|fraction|"
                             rf"{_NUMBER_WORDS})\b", re.IGNORECASE),
    "date": re.compile(r"\b(?:1\d{3}|20\d{2}|\d{3})s?\b|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\b(?:first|second|"
                       r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                       r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[- ]century\b"
                       rf"|\b(?:{_MONTHS})\b|\b(?:BC|AD|BCE|CE)\b", re.IGNORECASE),
    "quantity": re.compile(rf"\b{_NUMBER}\b", re.IGNORECASE),
}
# A name: a capitalised word that does not open the sentence (nor follow a colon, a quote mark or a bracket).
_NAME = re.compile(r"(?<=[\w,;)] )[A-Z][\w'\u2019-]*(?:\s+(?:of |de |von |van |the )?[A-Z][\w'\u2019-]*)*")
_WORD = re.compile(r"[\w']+")
# Capitalised words that name no one and nowhere.
_NOT_NAMES = frozenset("I The A An This That These Those It Its He She They We You His Her Their Our Your In On At "
                       "Of For And But Or Nor Yet So If When Where Who What Which While After Before Since During "
                       "Although Because However Therefore Thus Also Mr Mrs Ms Dr St".split())


def asked_kind(question: str) -> str | None:
    """The kind of answer `question` asks for (one of `KINDS`), or None when it asks for none of them ("what is",
    "why", "how does"...)."""
    for kind, pattern in ASKS:
        if pattern.search(question):
            return kind
    return None


def holds_kind(kind: str | None, sentence: str, question: str) -> bool:
    """Whether `sentence` holds an answer of `kind` that is not in `question` already (a year the question names
    answers nothing); False for no kind."""
    if kind is None:
        return False
    asked = {w.lower() for w in _WORD.findall(question)}
    if kind in ("person", "place"):
        return any(_new_name(match, asked) for match in _NAME.finditer(sentence))
    if kind == "duration" and holds_kind("date", sentence, question):
        return True  # "how long has..." is answered by when it began ("since 2001")
    return any(not set(w.lower() for w in _WORD.findall(match.group())) <= asked
               for match in _HOLDS[kind].finditer(sentence))


def _new_name(match: re.Match, asked: set[str]) -> bool:
    """Whether a run of capitalised words names someone or somewhere the question does not name."""
    words = [w for w in match.group().split() if w not in _NOT_NAMES and w[0].isupper()]
    return bool(words) and not all(w.lower().strip("'\u2019") in asked for w in words)


def kind_matches(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it holds the kind of answer `question` asks for (all False when it asks for
    none)."""
    kind = asked_kind(question)
    return [holds_kind(kind, s, question) for s in sentences]


# The age a question asks about ("my 3 year old", "a 6-month-old", "aged 2", "my 4yo"), and the ages a sentence states
# a range for ("2 to 4 years", "6 to 24 months", "aged 16 to 64", "under 12 years", "12 years and over", "aged 12 and
# over", "under-16s", "adults"), in months: a dosing table's row for the child asked about answers before the rows for
# other ages, and a sentence stating only other ages does not answer at all (`age_conflicts`): the dose "for adults
# and children aged 12 and over" is no 5-year-old's, the one for "children aged 1 to 10" no adult's.
_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}
_AGE = r"(\d{1,2}|" + "|".join(_AGE_WORDS) + r")"
_UNIT = r"(years?|yrs?|months?|weeks?)"
_ASKED_AGE = re.compile(rf"\b{_AGE}[- ]?{_UNIT}[- ]?old\b|\baged {_AGE}(?: {_UNIT})?\b|\b(\d{{1,2}}) ?(?:yo|y/o)\b"
                        rf"|\b(?:sons?|daughters?|child|kid|boy|girl|he|she)(?:'s| is) (\d{{1,2}})\b(?![ -]*(?:kg|kilos?|"
                        rf"stones?|st|lbs?|pounds|%|months?|weeks?|days?|hours?|cm|ft|feet|inch))", re.IGNORECASE)
# "an adult", "as adults", "the adult dose": an adult's age. Not "become an adult" (a louse's) nor "adult teeth".
_ASKED_ADULT = re.compile(r"(?:(?<!become )(?<!becomes )(?<!becoming )\b(?:an|as|for|the)\s+adults?\b|\badults?(?:'s)? "
                          r"(?:dose|dosage|strength)\b|^\W*adults?\b|\badults\b)(?! (?:lice|louse|worms?|fleas?|"
                          r"ticks?|flies|fly|insects?|mites?|teeth|tooth|stage|form)\b)", re.IGNORECASE)
ADULT = 18 * 12  # months: the age "an adult" asks about
_AGE_RANGE = re.compile(rf"\b{_AGE}(?: {_UNIT})? (?:to|-|\u2013) {_AGE} {_UNIT}\b"
                        rf"|\b(?:aged?|ages) (?:between )?{_AGE} (?:to|-|\u2013|and) {_AGE}\b(?! (?:years?|months?))"
                        rf"|\bfrom birth (?:to|until|up to) {_AGE} {_UNIT}", re.IGNORECASE)
_AGE_BOUND = re.compile(
    rf"\b(under|below|over|from|younger than|older than) {_AGE} {_UNIT}"
    rf"|\b{_AGE} {_UNIT}(?: old)? (?:and|or) (over|older|above|under|younger)\b"
    rf"|\baged? (under|below|over) {_AGE}\b(?! (?:years?|months?|weeks?))"
    rf"|\baged? {_AGE}(?: years)? (?:and|or) (over|older|above|under|younger)\b"
    rf"|\b(under|over)[- ]{_AGE}s\b", re.IGNORECASE)
# Adults as a sentence names them: for their dose, not as what a louse becomes.
_STATES_ADULT = re.compile(r"\badults\b|\badult (?:dose|doses|dosage|men|women|patients?|strength)\b|"
                           r"\b(?:for|in) (?:an )?adults?\b", re.IGNORECASE)
# Children named with no age of their own ("for adults and children", "your child's age"; not "children aged 12 and
# over", "children under 16"): any child's age.
# Not babies: "while breastfeeding your baby" speaks to the mother.
_STATES_CHILD = re.compile(r"\b(?:child|children|kids?|toddlers?)\b(?:'s|s')?"
                           r"(?!\s+(?:aged?|ages|over|under|from|between|of|younger|older|below|above|up to)\b)(?!\s+\d)",
                           re.IGNORECASE)
_BELOW = ("under", "below", "younger", "younger than")


def _months(number: str, unit: str | None) -> float:
    value = float(_AGE_WORDS.get(number.lower(), number))
    unit = (unit or "years").lower()
    return value * (12 if unit.startswith(("year", "yr")) else 1 if unit.startswith("month") else 12 / 52)


def asked_age(question: str) -> float | None:
    """The age `question` asks about, in months; None when it names none."""
    found = _ASKED_AGE.search(question)
    if found is None:
        return None
    if found.group(5) or found.group(6):
        return _months(found.group(5) or found.group(6), "years")
    number, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    return _months(number, unit)


def age_asked(question: str) -> tuple[float, str] | None:
    """The age `question` asks about, in months, with the question's words for it: a number ("my 5 year old") or an
    adult ("the adult dose": `ADULT`); None when it names none."""
    if (found := _ASKED_AGE.search(question)) is not None:
        return asked_age(question), found.group() if found.group(6) is None else f"{found.group(6)} year old"
    if (adult := _ASKED_ADULT.search(question)) is not None:
        return float(ADULT), "adults" if adult.group().lower().rstrip("'").endswith("adults") else "an adult"
    return None


def age_matches(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it states an age range holding the age `question` asks about (all False when it
    asks about none)."""
    age = asked_age(question)
    return [age is not None and any(low <= age < high for low, high in stated_ages(s)) for s in sentences]


def age_conflicts(age: float, sentence: str) -> bool:
    """Whether `sentence` states whom it is for by age and `age` (months) is none of them: adults' doses for a
    child, a table row for other ages, a child's amount for an adult."""
    ranges = stated_ages(sentence)
    return bool(ranges) and not any(low <= age < high for low, high in ranges)


def stated_ages(sentence: str) -> list[tuple[float, float]]:
    """The age ranges `sentence` states, as [low, high) in months: "1 to 3 years" runs to the 4th birthday; children
    named with no age of their own are any child, unless it states children's ages too."""
    ranges = []
    for found in _AGE_RANGE.finditer(sentence):
        if found.group(1):
            unit = found.group(2) or found.group(4)
            low, high = _months(found.group(1), unit), _months(found.group(3), found.group(4))
            ranges.append((low, high + _months("1", found.group(4))))
        elif found.group(7):
            ranges.append((0.0, _months(found.group(7), found.group(8)) + _months("1", found.group(8))))
        else:
            ranges.append((_months(found.group(5), None), _months(found.group(6), None) + 12))
    for found in _AGE_BOUND.finditer(sentence):
        groups = found.groups()
        if groups[0]:
            word, bound = groups[0], _months(groups[1], groups[2])
        elif groups[3]:
            word, bound = groups[5], _months(groups[3], groups[4])
        elif groups[6]:
            word, bound = groups[6], _months(groups[7], None)
        elif groups[8]:
            word, bound = groups[9], _months(groups[8], None)
        else:
            word, bound = groups[10], _months(groups[11], None)
        word = word.lower()
        if word in _BELOW:
            ranges.append((0.0, bound))
        else:
            # "over 12 years" and "12 years and over" alike: from the 12th birthday
            ranges.append((bound, float("inf")))
    if _STATES_ADULT.search(sentence):
        ranges.append((float(ADULT), float("inf")))
    if _STATES_CHILD.search(sentence) and not any(high <= ADULT for _, high in ranges):
        # "For children, give 5 ml": a child's amount, whatever child; but under "Dosage for children", the row
        # "children aged 2 to 6 years" is for those ages only.
        ranges.append((0.0, float(ADULT)))
    return ranges


# A question asking for a limit ("the maximum daily dose", "what's the most I can take in a day", "upper limit") is
# answered by a sentence stating one ("Never take more than 8 tablets in 24 hours", "should not take more than 100
# micrograms"), not by the usual amount: the issue's "maximum daily dose of acetaminophen".
_ASKS_LIMIT = re.compile(
    r"\b(?:max(?:imum)?|upper limit|(?:daily|safe|dose|dosage) limit|limit (?:is|for|of|on)|the (?:very )?most "
    r"(?:[\w']+ ){0,4}(?:i|you|he|she|they|we|someone|a person|an adult|a child|adults|children|kids) "
    r"(?:can|could|should|may|is allowed to|are allowed to)|too (?:much|many)|highest (?:dose|amount)|how (?:much|many) "
    r"(?:[\w']+ ){0,4}(?:is|are) too (?:much|many))\b", re.IGNORECASE)
_STATES_LIMIT = re.compile(
    r"\b(?:(?:not|never|no) (?:[\w']+ ){0,3}more than|no more than|not (?:to )?exceed|more than (?:[\w']+ ){0,4}(?:is|can be) "
    r"(?:harmful|dangerous|too much)|at most|maximum|max|upper limit|up to)\b", re.IGNORECASE)


def limit_matches(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it states a limit with a number when `question` asks for one (all False when it
    asks for none)."""
    if not _ASKS_LIMIT.search(question):
        return [False] * len(sentences)
    return [bool(_STATES_LIMIT.search(s) and re.search(r"\d", s)) for s in sentences]


# A question asking how much of a medicine to take or give ("what's the dose of...", "how much cetirizine can my 5
# year old have", "how many puffs should I take") is answered by a sentence stating an amount in a unit a dose comes
# in ("10 mg", "1 or 2 puffs", "two tablets"), not by any number: "Cetirizine and loratadine are the two most widely
# used." or "...after taking iron tablets for a few weeks" state no dose (a new user's dose questions). Not "low
# doses of..." nor "how many valves did the engine use" (what was, not what to take).
_ASKS_DOSE = re.compile(
    r"\b(?:what|which|how)\b[^?.!]{0,40}?(?<!low )(?<!lower )(?<!high )(?<!higher )(?<!large )(?<!small )"
    r"\bdos(?:e|es|age|ages)\b|^\W*[\w'-]+(?: [\w'-]+)? dos(?:e|age)\b"
    r"|\bhow (?:much|many)\b(?! (?:years?|months?|weeks?|days?|hours?|minutes?|times?|money|time)\b)"
    r"(?! (?:\w+ )?(?:it|this|that|they) costs?\b)(?: [\w'-]+){0,6}? "
    r"(?:(?:can|could|should|may|will|would|am i|are we)\b(?: [\w'-]+){0,4}? (?:take|give|have|use)"
    r"|(?:do|does|to)\b(?: [\w'-]+){0,4}? (?:take|give))\b",
    re.IGNORECASE)
_DOSE_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|a half)"
_STATES_DOSE = re.compile(
    rf"\b{_DOSE_NUMBER}(?:\s*(?:to|-|\u2013|or)\s*{_DOSE_NUMBER})?\s*(?:mg|milligrams?|micrograms?|mcg|\u00b5g|ug|g|"
    r"grams?|ml|mls|millilitres?|milliliters?|litres?|liters?|tablets?|capsules?|caplets?|pills?|puffs?|drops?|"
    r"sprays?|sachets?|teaspoons?(?:ful)?s?|tsp|tablespoons?|spoonfuls?|units?|iu|lozenges?|patch(?:es)?|doses?|"
    r"applications?|fingertip units?|ftus?|pumps?|squirts?|pieces?)\b", re.IGNORECASE)


def asks_dose(question: str) -> bool:
    """Whether `question` asks how much of a medicine to take or give."""
    return bool(_ASKS_DOSE.search(question))


def states_dose(sentence: str) -> bool:
    """Whether `sentence` states an amount in a unit a dose comes in."""
    return bool(_STATES_DOSE.search(sentence))
