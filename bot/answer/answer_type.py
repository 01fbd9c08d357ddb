"""The kind of answer a question asks for (a price, a quantity, a frequency, a duration, a date, a person's or a place's
name) and whether a sentence holds one it does not take from the question. Pure regular expressions over the
texts: no model, no files. Quote choice (`bot.answer.quotes`) adds a small bonus to the sentences that hold what
is asked for (bench/README.md, "Answer types")."""

from __future__ import annotations

import math
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

# What something costs, asked ("how much does it cost", "how much did they spend", "what is the price of", "how
# expensive", "how much is it at the chemist"): a price answers it, not another number ("An adult usually needs about
# half a 30g tube" for "how much is permethrin cream at the chemist", a trial's). A change of price may be a share
# ("risen by less than two percent per year").
_ASKS_PRICE = re.compile(
    r"\bhow much\b(?! (?:time|effort|attention|energy|sleep|longer|exercise|water)\b)(?:(?!\b(?:how|take|taking|give|"
    r"giving|use|using|drink|eat|need|if|when|because)\b)[^?.;])*?\b(?:cost|costs|costing|charge|charged|charges|pay|"
    r"paid|paying|spend|spent|spending)\b|\b(?:what|whats|how much)(?:'s|\u2019s| is| was| are| were| did| does| will)? "
    r"(?:the |an? |its |their )?(?:\w+ )?(?:price|prices|cost|costs|fee|fees|fare|fares)\b(?! of living)|"
    r"\bhow (?:expensive|cheap)\b|\bwhat (?:do|does|did|will|would) [\w' -]{1,40}? cost\b|"
    r"\bhow much (?:is|are) (?!in\b|there\b|left\b)(?:(?!\b(?:take|taking|give|giving|use|using)\b)[\w' -]){1,40}? "
    r"(?:at|from|in) (?:the |a )?(?:chemists?|pharmacy|pharmacies|pharmacist|shops?|supermarkets?|store)\b",
    re.IGNORECASE)
# The words asking it, which say what kind of answer is wanted, not what about ("cost" of "how much does it cost").
PRICE_WORDS = frozenset("cost costs costing price prices fee fees fare fares charge charged charges pay paid paying "
                        "spend spent spending expensive cheap".split())
# The kinds, most specific first: a question is of the first kind whose pattern it matches.
ASKS = (
    ("price", _ASKS_PRICE),
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
    # a sum of money, or free ("offered free on the NHS"; not "pill-free", "sugar free", "feel free" or "free
    # from"); a share only of a price, a fee or a rate (`_SHARE_OF_PRICE`)
    "price": re.compile(
        r"[$\u00a3\u20ac\u00a5\u20b9]\s?\d|\b(?:GBP|USD|EUR|AUD|CAD|INR|CHF|Rs\.?)\s?\d|"
        r"\d\s?(?:p(?!\.?\s?m\b)|pence|cents?|dollars?|euros?|yen|rupees?|usd|gbp|eur)\b|(?<![\d.,])(?<!weighs )"
        r"(?<!weigh )\d[\d.,]*\s?pounds?\b|\b(?:dollars|euros|pence|cents|quid|bucks)\b|"
        r"\b(?:costs?|costing|priced(?: at)?|price(?: is)?|fee(?: is)?|charges?|sells? for|retails? (?:at|for))\W{0,3}"
        r"(?:about |around |approximately |roughly |only |"
        r"just |from |under |less than |up to )?\d|(?<![-\w])(?<!feel )(?<!sugar )(?<!gluten )(?<!lactose )"
        r"(?<!alcohol )free\b(?!-| from\b| of (?!charge))|\bno (?:charge|cost|fee)\b|\bcosts? nothing\b|"
        r"\bprescription charges?\b", re.IGNORECASE),
}
# A share states a price where the sentence speaks of one ("prices rose by less than two percent a year", "a fee of
# 1%"): "permethrin 5% cream" states none.
_SHARE_OF_PRICE = re.compile(r"(?=.*(?:\d\s?%|\bper ?cent\b))(?=.*\b(?:prices?|costs?|fees?|charges?|rates?|interest|"
                             r"inflation)\b)", re.IGNORECASE | re.DOTALL)
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
    if kind == "price" and _SHARE_OF_PRICE.match(sentence):
        return True
    return any(not set(w.lower() for w in _WORD.findall(match.group())) <= asked
               for match in _HOLDS[kind].finditer(sentence))


def _new_name(match: re.Match, asked: set[str]) -> bool:
    """Whether a run of capitalised words names someone or somewhere the question does not name."""
    words = [w for w in match.group().split() if w not in _NOT_NAMES and w[0].isupper()]
    return bool(words) and not all(w.lower().strip("'\u2019") in asked for w in words)


# "What is Tussimel?", "what are head lice?": a question asking what something is, and what it asks about.
_ASKS_WHAT = re.compile(r"^\W*(?:what(?:'s| is| are)|whats)\s+(?:an?\s+|the\s+)?(?P<thing>[\w'-]+(?:\s+[\w'-]+){0,3})"
                        r"\W*$", re.IGNORECASE)
# How a sentence says what something is: "Tussimel is a soothing syrup...", "Allerzine contains cetirizine...",
# "Shingles is an infection...", "A migraine is usually a moderate or severe headache...", "A hiatus hernia is when
# part of your stomach moves up into your chest" (a trial). Not what else it says of it ("Tussimel is very well
# tolerated").
_SAYS_WHAT = (r"\s+(?:\([^)]*\)\s+)?(?:(?:is|are)\s+(?:usually\s+|mainly\s+|often\s+|also\s+)?"
              r"(?:an?|the|one|when|where)\b|(?:happens|occurs) when\b|contains?\b|refers? to\b|means\b)")


def says_what_it_is(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it says what `question` asks something is ("What is Tussimel?": "Tussimel is a
    soothing syrup containing glycerol...", not "Tussimel Consumer Health, Manchester."); all False when it asks no
    such thing."""
    asked = _ASKS_WHAT.match(question.strip())
    if asked is None:
        return [False] * len(sentences)
    thing = r"\s+".join(re.escape(word) for word in asked.group("thing").split())
    says = re.compile(rf"^\W*(?:an?\s+|the\s+)?{thing}(?:e?s)?{_SAYS_WHAT}", re.IGNORECASE)
    return [bool(says.match(sentence)) for sentence in sentences]


# "How should I take ramipril?", "how do I use the cream?", "how to apply it": a question asking how to take or use
# something, answered by an instruction ("Take this medicine once a day...", "Apply a thin layer...", "You can take
# ramipril with or without food."), which a trial saw lose to "If you take more ramipril than you should..." (the
# question's words, not its answer).
_ASKS_HOW_TO_TAKE = re.compile(r"^\W*how (?:(?:should|do|can|must|would|will|often should) (?:i|we|you|he|she|they|"
                               r"my \w+) |to |(?:is|are) (?:it|they|this|these) )?(?:take|taken|use|used|apply|"
                               r"applied|give|given|put|swallow|have)\b", re.IGNORECASE)
_SAYS_HOW_TO_TAKE = re.compile(r"^\W*(?:\d+[.)]\s*|[-\u2022*]\s*)?(?:(?:always |gently |then |just )?(?:take|swallow|"
                               r"apply|use|put|rub|spray|give|chew|shake|dissolve|inhale|insert|squeeze|massage|"
                               r"dab|smooth|spread|measure|mix)\b|(?:you|they) (?:should|can|must|need to) "
                               r"(?:take|swallow|apply|use|give)\b)", re.IGNORECASE)


def says_how_to_take(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it tells how to take or use something when `question` asks how to ("How should I
    take ramipril?": "Take this medicine once a day, at the same time each day."); all False when it asks no such
    thing."""
    if not _ASKS_HOW_TO_TAKE.search(question):
        return [False] * len(sentences)
    return [bool(_SAYS_HOW_TO_TAKE.match(sentence)) for sentence in sentences]


# "How long does it last?", "how long till he's back to normal", "when will it go away?", "for how long?": a question
# asking how long a condition lasts, answered by a sentence giving its course with a time ("Cold sores usually clear up
# by themselves within 10 days", "Recovery usually takes about 2 weeks"), which conversation sets saw lose to sentences
# sharing the conversation's words ("Keep using it for 5 days", "an operation ... is only considered if..."). Not how
# long to take, use or stay on a treatment ("how long should I use it for?"), nor when one may go back ("when can he
# go back to school"), nor with a dose asked.
_ASKS_HOW_LONG_IT_LASTS = re.compile(
    r"\bhow long (?:(?:does|do|will|would|did|is|are) (?:it|they|this|that|these|those|he|she|the \w+|my \w+|his \w+|"
    r"her \w+|their \w+|a \w+|an \w+|\w+) )?(?:usually |normally |typically |generally )?(?:last|lasts|take to "
    r"(?:clear|heal|go|get better|settle|recover|pass|work|improve)|go on|stay in|be contagious|be infectious)\b"
    r"|\bhow long (?:till|until|before) (?:it|they|this|that|he|she|he'?s|she'?s|it'?s|they'?re|i'?m|i|the \w+|"
    r"my \w+|his \w+|her \w+)\b"
    r"|\bfor how long\W*$|\bhow long (?:is|are) (?:it|they|he|she|you) (?:contagious|infectious)\b"
    r"|\bwhen (?:will|does|do|would) (?:it|they|this|that|these|the \w+|my \w+|his \w+|her \w+|he|she|i|we) "
    r"(?:usually |normally |typically |ever )?(?:stop|go away|go|clear|clear up|end|get better|settle|improve|heal|"
    r"pass|disappear|fall out|be better|feel better|grow out)\b(?! back)"
    r"|\bwill (?:it|they|this|that|the \w+) (?:ever )?(?:go away|go|clear up|stop|end|pass|disappear)\b(?! back)",
    re.IGNORECASE)
_ASKS_TREATMENT_TIME = re.compile(r"\b(?:i|we|you|he|she|they) (?:take|use|give|apply|keep (?:taking|using|giving)|"
                                  r"stay on|be on)\b|\bhow (?:much|many)\b|\bdos(?:e|es|age)\b", re.IGNORECASE)
# A course: what a condition does (clears up, goes away, gets better, lasts, heals...) and a time.
_COURSE = re.compile(r"\b(?:clear(?:s|ed)?|go(?:es)? away|gone|get(?:s)? better|got better|improve[sd]?|heal(?:s|ed)?|"
                     r"last(?:s|ed)?|recover(?:s|ed|y)?|settle[sd]?|stop(?:s|ped)?|ease[sd]?|fade[sd]?|fall(?:s)? "
                     r"out|grow(?:s|n)? out|grew out|pass(?:es)?|resolve[sd]?|back to normal|disappear(?:s|ed)?|"
                     r"takes? (?:about |around |up to |at least |between )?(?:\d|a |an |one|two|three|four|six|"
                     r"several|a few))", re.IGNORECASE)
_COURSE_TIME = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|"
                          r"several|a|an)\s*(?:(?:-|to|or|and)\s*(?:\d+|\w+)\s*)?(?:minutes?|hours?|days?|weeks?|"
                          r"months?|years?)\b|\b(?:weeks?|months?|days?|years?) \d+|\bmid-?\d0s\b|\bby the time\b|"
                          r"\b(?:after|once) the baby\b",
                          re.IGNORECASE)
# An instruction or a condition ("Keep using it for 5 days", "If it has not healed after 5 days...", "- the cold sore
# has not started to heal within 10 days" under "See a GP if:"): no course.
_NO_COURSE = re.compile(r"^\W*(?:\d+[.)]\s*|[-\u2022*]\s*)?(?:if|unless|when|see|call|contact|ask|speak|talk|get|"
                        r"go|keep|do not|don't|stop|avoid|try)\b|\b(?:not|never|no longer)\b|n't\b", re.IGNORECASE)


def says_how_long_it_lasts(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it gives the course of a condition with a time when `question` asks how long one
    lasts ("how long will it take to clear up?": "Most ear infections get better on their own within 3 days"); all
    False when it asks no such thing."""
    if not _ASKS_HOW_LONG_IT_LASTS.search(question) or _ASKS_TREATMENT_TIME.search(question):
        return [False] * len(sentences)
    return [bool(_COURSE.search(sentence) and _COURSE_TIME.search(sentence) and not _NO_COURSE.search(sentence)
                 and not _SAYS_HOW_TO_TAKE.match(sentence)) for sentence in sentences]


def states_price(sentence: str) -> bool:
    """Whether `sentence` states a price: a sum of money, that something is free, or a share of a price or fee."""
    return bool(_HOLDS["price"].search(sentence) or _SHARE_OF_PRICE.match(sentence))


def kind_matches(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it holds the kind of answer `question` asks for (all False when it asks for
    none)."""
    kind = asked_kind(question)
    return [holds_kind(kind, s, question) for s in sentences]


# The age a question asks about ("my 3 year old", "a 6-month-old", "aged 2", "my 4yo", "my son is 8", "an adult"), and
# the ages a sentence is for ("Children aged 2 to 4 years", "- 6 to 24 months:", "women aged 16 to 64", "children under
# 12", "12 years and over", "under-16s", "adults", children with no age), in months: a dosing table's row for the
# child asked about answers before the rows for other ages, and a sentence for other ages only does not answer at all
# (`age_conflicts`): the dose "for adults and children aged 12 and over" is no 5-year-old's, the one for "children
# aged 1 to 10" no adult's. A span of time is no age ("takes 2 to 4 weeks", "6 to 12 months apart", "in under 2
# weeks"): a number counts as an age after a word for people or "aged", before "old" or "of age", or as a list's or a
# table's row label ("- 1 to 3 years: 5 ml", "| 2 to 4 years |").
_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17}
_AGE = r"(\d{1,2}|" + "|".join(_AGE_WORDS) + r")"
_UNIT = r"(years?|yrs?|months?|weeks?)"
# "my son is 8", "my baby is 4 months", "I'm 15"; not a temperature ("is 39.5"), a height ("5'2", "5 foot"), a weight.
_NOT_AN_AGE = (r"(?!\d|[.,]\d|['\u2019\"\u00b0]|[ -]*(?:kg|kilos?|stones?|st|lbs?|pounds|%|days?|hours?|cm|ft|feet|foot|"
               r"inch|inches|metres?|meters?|m|tall|degrees|c|(?:weeks? |months? )?pregnant|ml|mls|mg|g|tablets?|"
               r"capsules?|drops?|puffs?|sachets?|doses?|teaspoons?|spoons?)\b)")
_ASKED_NUMBER = r"(?<![\d.,])(\d{1,2}(?:\.5|\u00bd)?|" + "|".join(_AGE_WORDS) + r")"
_ASKED_AGE = re.compile(
    rf"\b(?P<n1>{_ASKED_NUMBER})[- ]?(?P<u1>{_UNIT})[- ]?olds?\b|\baged (?P<n2>{_AGE})(?: (?P<u2>{_UNIT}))?\b"
    rf"|(?<![\d.,])\b(?P<n3>\d{{1,2}}) ?(?:yo|y/o|y\.o\.?)(?!\w)"
    rf"|\b(?:sons?|daughters?|child|kid|boy|girl|baby|toddler|little one|he|she)(?:(?:'s| is| aged| of| who is| who's) "
    rf"(?P<n4>\d{{1,2}})(?: (?P<u4>{_UNIT})\b)?| (?P<n7>\d{{1,2}}) (?P<u7>{_UNIT})\b)(?: old)?{_NOT_AN_AGE}"
    rf"|\b(?:i'?m|i am) (?P<n5>\d{{1,2}})(?! ?(?:weeks?|months?|days?)\b){_NOT_AN_AGE}"
    rf"|(?<![\d.,])\b(?P<n6>\d{{1,2}}) ?(?:mo|mos|m/o)\b"
    # a search's "dose 3 yrs", "dosage for 18 months": whom the dose is for
    rf"|\bdos(?:e|es|age|ages) (?:for )?(?P<n9>\d{{1,2}}) ?(?P<u9>years?|yrs?|months?)(?:[- ]?olds?)?\W*$",
    re.IGNORECASE)
# "an adult", "as adults", "the adult dose", "do adults take": an adult. Not "become an adult" (a louse's), "adult
# teeth", nor a question about children ("Can children take the same dose as adults?").
_ASKED_ADULT = re.compile(r"(?:(?<!become )(?<!becomes )(?<!becoming )\b(?:an|as|for|the)\s+adults?\b|\badults?(?:'s)? "
                          r"(?:dose|dosage|strength)\b|^\W*adults?\b|\badults (?:take|have|need|use|can|should|get)\b"
                          r"|\b(?:do|can|should|in) adults\b|(?<!become )(?<!becomes )\badults\W*$)(?! (?:lice|louse|worms?|fleas?|ticks?|flies|fly|insects?|"
                          r"mites?|teeth|tooth|stage|form)\b)", re.IGNORECASE)
_ASKED_CHILD = re.compile(r"\b(?:child|children|kids?|toddlers?|bab(?:y|ies)|infants?|teens?|teenagers?)\b",
                          re.IGNORECASE)
ADULT = 18 * 12  # months: where adulthood starts
# "my baby", "our toddler", "a newborn": their ages, in months; not the baby of "while breastfeeding my baby" (the
# question is the mother's).
_LITTLE = {"newborn": (0.0, 1.0), "baby": (0.0, 12.0), "infant": (0.0, 12.0), "toddler": (12.0, 48.0)}
_ASKED_LITTLE = re.compile(r"\b(?:my|our|a|an|the|your)\s+(?:little\s+)?(newborns?|bab(?:y|ies)|infants?|toddlers?)\b",
                           re.IGNORECASE)
_FEEDING = re.compile(r"\b(?:breast-?feed\w*|breast feeding|nursing|feeding|pregnan\w*|expecting)\b", re.IGNORECASE)
_AGE_NUMBER = r"(\d{1,3}(?:\u00bd|\.5)?|" + "|".join(_AGE_WORDS) + r")"
_AGE_RANGE = re.compile(rf"\b(?:between )?{_AGE_NUMBER}(?: {_UNIT})?"
                        rf"(?: (?:to|and|through|to under|up to|until) | ?[-\u2013] ?){_AGE_NUMBER}(?: {_UNIT}\b)?",
                        re.IGNORECASE)
# "under 12 years" (to the 12th birthday), "2 years and under" (to the 3rd), "up to 12 years", "under the age of 12",
# "16+".
_AGE_BOUND = re.compile(rf"\b(under|below|over|younger than|older than|up to|under the age of|over the age of|from|"
                        rf"from the age of) "
                        rf"{_AGE_NUMBER}(?: {_UNIT}\b)?"
                        rf"|\b{_AGE_NUMBER}(?: {_UNIT})?(?: old)? (?:and|or) (over|older|above|under|younger)\b"
                        rf"|\b{_AGE_NUMBER}(?: {_UNIT})?(\+)", re.IGNORECASE)
# One age: "- 10 years: 10 ml", "| 2 months |", "For a 2 year old, give 5 ml", "Children aged 10:".
_AGE_ONE = re.compile(rf"\b{_AGE_NUMBER} {_UNIT}\b|(?<=aged ){_AGE_NUMBER}\b(?! ?(?:to|and|through|-|\u2013|\+) ?\d)",
                      re.IGNORECASE)
# A weight is no age: "Children over 20 kg".
_WEIGHT_AFTER = re.compile(r"^ ?(?:kg|kilos?|kilograms?|stones?|st|lbs?|pounds|g|grams?|ml|mg|cm|%)\b", re.IGNORECASE)
# Whose bound it is caps it: "Adults under 60" are 18 and over, "Babies over 6 months" under 2, "Children over 12"
# under 18; "children aged 10 years and over" too, not "adults and children aged 12 and over" (a trial: read as 10
# and over, adults too, its dose came first for "How much atorvastatin should I take?").
_CAPPED_BY = ((re.compile(r"\b(?:adults?|men|women)(?:\W{1,3}aged?)?\W{0,3}$", re.IGNORECASE), float(ADULT), math.inf),
              (re.compile(r"\b(?:bab(?:y|ies)|infants?|newborns?)(?:\W{1,3}aged?)?\W{0,3}$", re.IGNORECASE), 0.0, 24.0),
              (re.compile(r"\b(?:(?:child|children|kids?)|(?<!adults and )(?:child|children|kids?)\W{1,3}aged?)\W{0,3}$",
                          re.IGNORECASE), 0.0, float(ADULT)))
_UNDER_OVER_S = re.compile(rf"\b(under|over)[- ]{_AGE}s\b", re.IGNORECASE)
_FROM_BIRTH = re.compile(rf"\bfrom birth (?:to|until|up to) {_AGE} {_UNIT}", re.IGNORECASE)
# What makes a number an age: a word for people or "aged" just before it, "old" or "of age" after it, or its place as
# a row's label.
_PEOPLE_BEFORE = re.compile(r"\b(?:aged?|ages|child|children|kids?|bab(?:y|ies)|infants?|toddlers?|adults?|people|"
                            r"persons?|those|anyone|patients?|men|women|boys|girls|teenagers|teens|young people|"
                            r"adolescents?|youths?)"
                            r"(?:'s)?\W{0,3}(?:(?:dose|dosage|is|are|for|from|between|of|aged?|an?)\W{1,3}){0,2}$"
                            r"|\b(?:dose|dosage)s?\s*(?:for\s+|\()$", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged?|ages)\W{0,3}$", re.IGNORECASE)
# A number with no unit after a word for people is an age only with a space between and a bound ("children under
# 16"), never after "Adults:" or "For adults," (a dose follows: "Adults: 1 to 2 tablets").
_PEOPLE_JUST_BEFORE = re.compile(r"\b(?:child|children|kids?|bab(?:y|ies)|infants?|toddlers?|adults?|people|persons?|"
                                 r"those|anyone|patients?|men|women|boys|girls|teenagers|teens|young people) \(?$",
                                 re.IGNORECASE)
# ...and only where nothing but a closing mark follows ("Children (5-12): 1 sachet", "Kids 1-4, ..."), not a dose
# ("Adults 1 to 2 tablets").
_BARE_AGE_AFTER = re.compile(r"^[ \t]*(?:[):,;.|\-\u2013]|$)")
_OLD_AFTER = re.compile(r"^(?: olds?| of age)\b", re.IGNORECASE)
_ROW_BEFORE = re.compile(r"(?:^|\n|\|)[ \t]*(?:[-*\u2022][ \t]*)?$")
_ROW_AFTER = re.compile(r"^[ \t]*(?:[(:|,]|[-\u2013] )")
# Adults as a sentence names them: for their dose, not as what a louse becomes.
# "Adults under 60" are those adults only.
_STATES_ADULT = re.compile(r"(?:\badults\b|\badult (?:dose|doses|dosage|men|women|patients?|strength)\b|\badult(?=\s*[:|])|"
                           r"\b(?:for|in) (?:an )?adults?\b)(?! (?:aged? \d|(?:aged? )?(?:under|over|below|above|from|between)\b))",
                           re.IGNORECASE)
# Children named with no age of their own ("for adults and children", "your child's age"; not "children aged 12 and
# over", "children under 16"): any child's age. Not babies: "while breastfeeding your baby" speaks to the mother.
# Not a product named for children ("1 to 2 children's tablets" in the dose cell of the row for "10 years and over,
# including adults": a trial saw that row quoted first for a 6-year-old).
_STATES_CHILD = re.compile(r"\b(?:child|children|kids?|toddlers?)\b"
                           r"(?!(?:['\u2019]s|s?['\u2019])\s+(?:[\w-]+\s+){0,2}(?:tablets?|liquids?|syrups?|suspensions?|medicines?|formulas?|"
                           r"versions?|strengths?|drops|sachets?|capsules?|chewables?|products?|paracetamol|ibuprofen)\b)"
                           r"(?:['\u2019]s|s['\u2019])?"
                           r"(?!\s+(?:aged?|ages|over|under|from|between|of|younger|older|below|above|up to)\b)(?!\s+\d)",
                           re.IGNORECASE)
_BELOW = ("under", "below", "younger", "younger than")
_STATES_BABIES = re.compile(r"\b(?:babies|baby|infants?|newborns?)(?=\s*[:|])", re.IGNORECASE)


def _months(number: str, unit: str | None) -> float:
    value = float(_AGE_WORDS.get(number.lower(), number.replace("\u00bd", ".5")))
    unit = (unit or "years").lower()
    return value * (12 if unit.startswith(("year", "yr")) else 1 if unit.startswith("month") else 12 / 52)


# Years and months: "1 year 8 month old", "2 years and 3 months old" (before `_ASKED_AGE`, which would read the years).
_ASKED_YEARS_MONTHS = re.compile(
    rf"\b(?P<y8>{_AGE})[- ]?(?:years?|yrs?),?(?: and)? (?P<m8>\d{{1,2}}|{'|'.join(_AGE_WORDS)})"
    r"[- ]?months?[- ]?olds?\b",
    re.IGNORECASE)


# A range of ages asked ("for 3 to 4 years", "2-4 year olds", "children aged 3 to 5", "kids 6-11", "between 2 and
# 4"): asked of a dose, it is whom the dose is for, a row's label ("| 2 to 4 years |") that it overlaps. Never a range
# followed by a measure ("kids 10-15 kg", "child 2-3 times a day", "my child 5-10 ml"). "for 3 to 4 years" (or "dose 2-4
# years") with no word for people nor "old" is as often a span of time: read as ages only when the question asks how
# much (`_ASKS_HOW_MUCH`) and names no one who takes it ("how much lactolax should I take for 2 to 3 months", "i will
# be travelling for 2 to 3 months": `_PERSON`), nor after "had", "been", "taking" (`_HAD_FOR`).
_TO = r"\s*(?:to|-|\u2013)\s*"
_BETWEEN = r"\s*(?:to|-|\u2013|and|through)\s*"
_NO_MEASURE = (r"(?![ -]?(?:ml|mls|mg|mcg|micrograms?|g|grams?|kg|kgs|kilos?|kilograms?|lbs?|pounds|stones?|drops?|"
               r"tablets?|caplets?|capsules?|sachets?|spoonfuls?|teaspoons?|puffs?|times?|hours?|hrs?|days?|doses?|"
               r"x|cm|inch\w*|feet|foot)\b|[ -]?%)")
_ASKED_AGE_RANGE = re.compile(
    rf"\b(?:aged?|ages|child|children|kids?|toddlers?)\s+(?:aged\s+|from\s+|between\s+)?(?P<a1>{_AGE}){_BETWEEN}"
    rf"(?P<b1>{_AGE})(?:[- ]?(?P<u1>{_UNIT}))?\b{_NO_MEASURE}(?:[- ]?olds?\b)?"
    rf"|\b(?P<a2>{_AGE}){_TO}(?P<b2>{_AGE})[- ]?(?P<u2>{_UNIT})[- ]?olds?\b"
    rf"|\b(?:for|dos(?:e|es|age|ages)(?: for)?) (?P<a3>{_AGE}){_TO}(?P<b3>{_AGE}) ?(?P<u3>years?|yrs?|months?)\b"
    rf"(?![- ]?olds?\b|\s+(?:ago|now|running))"
    # in two units: "for 6 weeks to 4 months", "aged 9 months to 2 years"
    rf"|\b(?:for|aged?|ages|dos(?:e|es|age|ages)(?: for)?) (?P<a4>{_AGE}) ?(?P<v4>weeks?|months?){_TO}(?P<b4>{_AGE}) ?"
    rf"(?P<u4>months?|years?|yrs?)\b(?![- ]?olds?\b|\s+(?:ago|now|running))",
    re.IGNORECASE)
# "had migraines for 3 to 4 years", "been taking it for 2 to 3 years": a span of time, not whom for.
_HAD_FOR = re.compile(r"\b(?:had|have|has|been|taking|taken|using|used|suffer\w*|lasted|last|giv\w*|gave|travel\w*)\b"
                      r"[^,.;?!]*$", re.IGNORECASE)
# Someone who takes it, named by a pronoun: "should I take", "can he have", "I've given her".
_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|we|us|you|he|she|they|him|her|them)\b", re.IGNORECASE)
_ASKS_HOW_MUCH = re.compile(r"\b(?:dos(?:e|es|age|ages)|how (?:much|many)|ml|mls|mg)\b", re.IGNORECASE)


def _asked_age_range(question: str) -> tuple[float, float, str] | None:
    """The range of ages `question` asks about, [low, high) in months (to the birthday after its last age: "3 to 4
    years" is [36, 60)), with its words; None when it asks about none."""
    for found in _ASKED_AGE_RANGE.finditer(question):
        # "for 3 to 4 years" or "for 6 weeks to 4 months", with no word for people: maybe a span of time
        span = found.group("a3") or (found.group("a4") and not found.group().lower().startswith("age"))
        if span and (not _ASKS_HOW_MUCH.search(question) or _PERSON.search(question)
                     or _HAD_FOR.search(question[max(0, found.start() - 40):found.start()])):
            continue
        first, last, unit = next((found.group(f"a{i}"), found.group(f"b{i}"), found.group(f"u{i}"))
                                 for i in (1, 2, 3, 4) if found.group(f"a{i}"))
        first_unit = found.group("v4")  # said in two units: "6 weeks to 4 months"
        low, high = _months(first, first_unit or unit), _months(last, unit)
        if low >= high:
            continue
        plural = {"y": "years", "m": "months", "w": "weeks"}[(unit or "y")[0].lower()]
        words = f"{first} {first_unit} to {last} {unit}" if first_unit else f"{first} to {last} {plural}"
        return low, high + _months("1", unit), words
    return None


def _asked_age_match(question: str) -> re.Match | None:
    found = _ASKED_YEARS_MONTHS.search(question) or _ASKED_AGE.search(question)
    if found is not None and found.groupdict().get("n9") and _PERSON.search(question):
        return None  # "can I stay on this dose for 2 years": a span of time (a reviewer's finding)
    return found


def asked_age(question: str) -> float | None:
    """The age `question` asks about, in months, when it names one by number; else None."""
    found = _asked_age_match(question)
    return None if found is None else _asked_months(found)


def _asked_months(found: re.Match) -> float | None:
    if "y8" in found.re.groupindex:  # "1 year 8 month old"
        return _months(found.group("y8"), "years") + _months(found.group("m8"), "months")
    for number, unit in (("n1", "u1"), ("n2", "u2"), ("n3", None), ("n4", "u4"), ("n7", "u7"), ("n5", None),
                         ("n6", "months"), ("n9", "u9")):
        if found.group(number):
            return _months(found.group(number), found.group(unit) if unit in found.groupdict() else unit)
    return None


def age_asked(question: str) -> tuple[float, float, str] | None:
    """The ages `question` asks about, as [low, high) in months, with the question's words for them: one age ("my 5
    year old": low == high) or adulthood ("the adult dose": from `ADULT` on); None when it names none."""
    if (ages := _asked_age_range(question)) is not None:
        return ages
    if (found := _asked_age_match(question)) is not None:
        age = _asked_months(found)
        words = found.group()
        groups = found.groupdict()
        number = groups.get("n4") or groups.get("n7") or groups.get("n5") or groups.get("n6") or groups.get("n9")
        if number:  # "son is 8": said as "8 year old"
            unit = "month" if found.group("n6") else (found.group("u4") or found.group("u7") or found.group("u9")
                                                      or "year").lower()
            words = f"{number} {unit.rstrip('s')} old"
        return age, age, words
    if (little := _ASKED_LITTLE.search(question)) is not None and not _FEEDING.search(question):
        low, high = _LITTLE[little.group(1).lower().rstrip("s").replace("ie", "y")]
        return low, high, little.group(1)
    if (adult := _ASKED_ADULT.search(question)) is not None and not _ASKED_CHILD.search(question):
        return float(ADULT), math.inf, "adults" if adult.group().lower().rstrip("'").endswith("adults") else "an adult"
    return None


def age_matches(question: str, sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it states an age range holding the age `question` asks about (all False when it
    asks about none)."""
    age = asked_age(question)
    return [age is not None and any(low <= age < high for low, high in stated_ages(s)) for s in sentences]


def age_conflicts(asked: tuple[float, float], sentence: str, heading: str = "") -> bool:
    """Whether `sentence` is for other ages than `asked` ([low, high) in months; low == high for one age) only: the
    ages it states, else those its nearest heading stating any states (a row's own ages, not its leaflet's title)."""
    ranges = _ages_for(sentence, heading)
    return bool(ranges) and not _holds_age(asked, ranges)


def age_fits(asked: tuple[float, float], sentence: str, heading: str = "") -> bool:
    """Whether `sentence` is said for the ages `asked` (as `age_conflicts` reads whom it is for): "| 2 to 4 years |
    7.5 ml |" for a 2-year-old, a sentence under "Children aged 6 to 11" for an 8-year-old."""
    return _holds_age(asked, _ages_for(sentence, heading))


# The ages a sentence is read as for by its words alone ("children", "adults", "Babies:"), with no number.
_WORDED_AGES = frozenset({(0.0, float(ADULT)), (float(ADULT), math.inf), (0.0, 12.0)})


def names_age(asked: tuple[float, float], sentence: str) -> bool:
    """Whether `sentence` itself states, by number, ages holding those `asked` ("| 2 to 12 years, 30 kg or less | Not
    suitable |" for a 7-year-old); not "Keep out of the reach of children", nor a heading's ages."""
    return _holds_age(asked, [r for r in stated_ages(sentence) if r not in _WORDED_AGES])


# A weight, in kilograms: "25 kg", "25kg", "weighs 25 kilos", "55 lbs".
_KG = r"(\d{1,3}(?:\.\d)?) ?(kg|kgs|kilos?|kilograms?|lbs?|pounds)\b"
WEIGHT_ASKED = re.compile(_KG, re.IGNORECASE)
# The weights a row is for: "over 30 kg", "30 kg or less", "10 to 15 kg", "under 20 kg", "at least 20 kg".
_WEIGHT_RANGE = re.compile(rf"\b(\d{{1,3}}(?:\.\d)?) ?(?:kg|kilos?|kilograms?)? ?(?:to|-|\u2013) ?{_KG}", re.IGNORECASE)
_WEIGHT_BOUND = re.compile(rf"\b(over|above|more than|at least|under|below|less than|up to) {_KG}"
                           rf"|{_KG} (?:or|and) (less|under|below|more|over|above)\b", re.IGNORECASE)


def _kg(number: str, unit: str) -> float:
    return float(number) * (0.4536 if unit.lower().startswith(("lb", "pound")) else 1.0)


def weight_asked(question: str) -> float | None:
    """The weight `question` gives of whom it asks about, in kilograms ("my 25 kg 7 year old"); else None."""
    found = WEIGHT_ASKED.search(question)
    return None if found is None else _kg(*found.groups())


def stated_weights(sentence: str) -> list[tuple[float, float]]:
    """The weights `sentence` is for, as [low, high] in kilograms: "over 30 kg", "30 kg or less", "10 to 15 kg"."""
    ranges = [(_kg(low, unit), _kg(high, unit)) for low, high, unit in _WEIGHT_RANGE.findall(sentence)]
    for word, number, unit, number2, unit2, word2 in _WEIGHT_BOUND.findall(sentence):
        word, kg = (word, _kg(number, unit)) if word else (word2, _kg(number2, unit2))
        ranges.append((0.0, kg) if word.lower() in ("under", "below", "less than", "up to", "less") else (kg, math.inf))
    return ranges


def weight_conflicts(weight: float, sentence: str) -> bool:
    """Whether `sentence` is for other weights than `weight` (kg) only: "| Children 2 to 12 years weighing over 30 kg |
    1 tablet |" for a 25 kg child."""
    ranges = stated_weights(sentence)
    return bool(ranges) and not any(low <= weight <= high for low, high in ranges)


def _ages_for(sentence: str, heading: str) -> list[tuple[float, float]]:
    """The ages `sentence` states, else those of its nearest heading stating any."""
    ranges = stated_ages(sentence)
    for part in reversed(heading.split(" > ") if heading and not ranges else []):
        if ranges := stated_ages(part):
            break
    return ranges


def _holds_age(asked: tuple[float, float], ranges: Sequence[tuple[float, float]]) -> bool:
    low, high = asked
    if low == high:
        return any(start <= low < end for start, end in ranges)
    return any(start < high and low < end for start, end in ranges)


def _around(text: str, found: re.Match) -> tuple[str, str, bool]:
    """The 40 characters before and after a match, and whether it stands as a row's label ("- 1 to 3 years:",
    "| 2 months |"). Only those characters are read: a row's start is near, and a long table reads fast."""
    before, after = text[max(0, found.start() - 40):found.start()], text[found.end():found.end() + 40]
    row = bool(_ROW_BEFORE.search(before if found.start() <= 40 else "\u0000" + before) and _ROW_AFTER.match(after))
    return before, after, row


def _is_age(text: str, found: re.Match, unit: str | None, bound: bool = False) -> bool:
    before, after, row = _around(text, found)
    if unit is None:
        if _WEIGHT_AFTER.match(after):
            return False
        return bool(_AGED_BEFORE.search(before) or (_PEOPLE_JUST_BEFORE.search(before)
                                                    and (bound or _BARE_AGE_AFTER.match(after))) or row)
    return bool(_PEOPLE_BEFORE.search(before) or _OLD_AFTER.match(after) or row)


def stated_ages(sentence: str) -> list[tuple[float, float]]:
    """The age ranges `sentence` is for, as [low, high) in months: "1 to 3 years" runs to the 4th birthday; children
    named with no age of their own are any child, unless it states children's ages too."""
    ranges = []
    age_ranges, bounds = list(_AGE_RANGE.finditer(sentence)), list(_AGE_BOUND.finditer(sentence))
    for found in age_ranges:
        first, first_unit, last, unit = found.groups()
        unit = unit or first_unit
        if _is_age(sentence, found, unit) and (unit or _months(last, None) <= 120 * 12):
            # "6 months to under 2 years" and "2 up to 4 years" end at the birthday, "1 to 3 years" at the 4th
            end = 0.0 if re.search(r" (?:to under|up to|until) ", found.group().lower()) else _months("1", unit)
            ranges.append((_months(first, first_unit or unit), _months(last, unit) + end))
    spans = [r.span() for r in age_ranges]
    for found in bounds:
        if any(start < found.end() and found.start() < end for start, end in spans):
            continue  # "from 6" of "from 6 to 12 years" is the range's
        word, number, unit, number2, unit2, word2, number3, unit3, plus = found.groups()
        if word:
            inclusive = False
        elif word2:
            word, number, unit, inclusive = word2, number2, unit2, True  # "2 years and under": 2-year-olds too
        else:
            word, number, unit, inclusive = "over", number3, unit3, False
        if not _is_age(sentence, found, unit, bound=True):
            continue
        bound = _months(number, unit)
        low, high = (0.0, bound + (_months("1", unit) if inclusive or word.lower() == "up to" else 0.0)) \
            if word.lower() in _BELOW + ("up to", "under the age of") else (bound, math.inf)
        before = sentence[max(0, found.start() - 30):found.start()]
        for whose, floor, cap in _CAPPED_BY:
            if whose.search(before):
                low, high = max(low, floor), min(high, cap)
                break
        if low < high:
            ranges.append((low, high))
    births = list(_FROM_BIRTH.finditer(sentence))
    taken = {i for r in [*age_ranges, *bounds, *births] for i in range(*r.span())}
    for found in _AGE_ONE.finditer(sentence):
        if found.start() in taken:
            continue
        number, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), None)
        before, after, row = _around(sentence, found)
        if unit is None and _WEIGHT_AFTER.match(after):
            continue
        if row or unit is None or _OLD_AFTER.match(after) or _PEOPLE_BEFORE.search(before):
            age = _months(number, unit)
            ranges.append((age, age + _months("1", unit)))
    for found in _UNDER_OVER_S.finditer(sentence):
        bound = _months(found.group(2), None)
        ranges.append((0.0, bound) if found.group(1).lower() == "under" else (bound, math.inf))
    for found in births:
        ranges.append((0.0, _months(found.group(1), found.group(2)) + _months("1", found.group(2))))
    if _STATES_ADULT.search(sentence):
        ranges.append((float(ADULT), math.inf))
    if _STATES_BABIES.search(sentence):
        ranges.append((0.0, 12.0))  # "Babies:", "| Infants |": a row for babies
    if _STATES_CHILD.search(sentence) and not any(high <= ADULT for _, high in ranges):
        # "For children, give 5 ml": a child's amount, whatever child; but under "Dosage for children", the row
        # "children aged 2 to 6 years" is for those ages only.
        ranges.append((0.0, float(ADULT)))
    return ranges


# A question asking for a limit ("the maximum daily dose", "what's the most I can take in a day", "upper limit") is
# answered by a sentence stating one ("Never take more than 8 tablets in 24 hours", "should not take more than 100
# micrograms"), not by the usual amount: the issue's "maximum daily dose of acetaminophen".
# "the most effective painkiller you can get" asks which, not how much.
_MOST_ADJECTIVES = (r"(?:common|commonly|effective|important|popular|likely|useful|serious|dangerous|frequent|"
                    r"frequently|successful|powerful|suitable|appropriate|reliable|efficient|recent|natural|helpful|"
                    r"typical|severe|harmful|beneficial|potent|expensive|affordable|convenient|accurate|widely|often|"
                    r"safe|safest|obvious|usual|recommended)")
_MOST = rf"the (?:very )?most (?!{_MOST_ADJECTIVES}\b)"
_ASKS_LIMIT = re.compile(
    r"\b(?:max(?:imum)?(?! (?:has|is|was|had|and|who|he|she|can|could|will|gets|got|says|said|wants|needs)\b)|"
    rf"upper limit|(?:daily|safe|dose|dosage) limit|limit (?:is|for|of|on)|{_MOST}"
    r"(?:[\w']+ ){0,4}(?:i|you|he|she|they|we|someone|a person|an adult|a child|adults|children|kids) "
    r"(?:can|could|should|may|is allowed to|are allowed to)|too (?:much|many)|highest (?:dose|amount)|"
    r"how (?:much|many) (?:[\w']+ ){0,4}(?:is|are) too (?:much|many)|at (?:the )?most|"
    rf"{_MOST}(?:[\w']+ ){{0,7}}?(?:can|could|should|may) (?:[\w']+ )?(?:take|have|give|use|drink|eat|get)|"
    # "how many loperamide can i take in a day": what may be taken in a day is its limit
    r"how (?:much|many) (?:[\w']+ ){0,5}?(?:can|could|may) (?:[\w']+ ){1,3}?(?:take|have|give|use) (?:[\w']+ ){0,4}?"
    r"(?:a|per|in a|in one|each|every) day|(?:in|per|every) 24 hours)\b",
    re.IGNORECASE)
# "up to", the top of a range, is a weak limit (`limit_matches`).
_STATES_LIMIT = re.compile(
    r"(?:(?:\b(?:not|never|no)|n't) (?:[\w']+ ){0,3}more than|\bno more than|\bnot (?:to )?exceed|"
    r"\bavoid (?:taking |using |giving )?more than|"
    r"\bmore than (?:[\w']+ ){0,4}(?:is|can be) (?:harmful|dangerous|too much)|\bat most|\bmaximum|\bmax|"
    r"\bupper limit|\b(?P<weak>up to)|(?:\b(?:not|never)|n't) (?:[\w']+ ){0,3}(?:go|be|rise|get) "
    r"(?:above|over|higher than)|\bno (?:higher|greater) than)\b", re.IGNORECASE)
# "Max" is a name too ("my son max has hay fever"): not a limit asked after a word for a person.
_NAMED_MAX = re.compile(r"\b(?:son|daughter|brother|sister|friend|boy|girl|husband|wife|partner|dog|cat|named|called)"
                        r"\s+max\b", re.IGNORECASE)


# A limit is of an amount ("more than 8 tablets", "up to 4 times a day") or of how long ("for more than 3 days in a
# row"): the number a limit phrase leads to, within a few words, is a duration when a time unit follows it. A
# question asks for the longest time ("how long can I take it for at most", "max days in a row") or, by default, the
# largest amount: "whats the most paracetamol i can have in one day" was answered "Do not take paracetamol for more
# than 3 days in a row" once limits counted alike.
_LIMIT_NUMBER = re.compile(rf"\W*(?:[\w'-]+\W+){{0,3}}?{_NUMBER}(?:\s*(?:to|-|\u2013|or)\s*{_NUMBER})?[\s-]*"
                           rf"(?P<unit>{_TIME_UNITS}\b)?(?P<age>[\s-]*(?:old|of age)\b)?", re.IGNORECASE)
_ASKS_LONGEST = re.compile(rf"\bhow long\b|\b(?:number of|how many|max(?:imum)?|most) {_TIME_UNITS}|"
                           rf"\b{_TIME_UNITS} in a row\b", re.IGNORECASE)


# The words a question asks for a limit with ("max sprays of nicotine mouth spray per day"): no passage must hold
# them, a sentence stating a limit says it its own way ("Do not use more than 64 sprays in a day").
LIMIT_WORDS = frozenset("max maximum most limit limits upper highest".split())


_LIMIT_WORD = re.compile(rf"\b(?:{'|'.join(sorted(LIMIT_WORDS))})\b", re.IGNORECASE)


def without_limit_words(text: str) -> str:
    """`text` without the words a limit is asked with (`LIMIT_WORDS`): a sentence need not hold them ("the painkiller
    most often recommended" holds "most" and no limit)."""
    return _LIMIT_WORD.sub(" ", text)


def asks_limit(question: str) -> bool:
    """Whether `question` asks for a limit: the most one may take, or for how long."""
    return bool(_ASKS_LIMIT.search(_NAMED_MAX.sub(" ", question)))


def limit_matches(question: str, sentences: Sequence[str], weak: bool = False) -> list[bool]:
    """For each sentence, whether it states a limit with a number, of the kind `question` asks for (an amount, or
    how long), when it asks for one (all False when it asks for none). A range's top ("up to 3 times in 24 hours", a
    baby's row) says how much is usual more than where the limit is: it counts only with `weak`, and then alone."""
    if not asks_limit(question):
        return [False] * len(sentences)
    longest = bool(_ASKS_LONGEST.search(question))
    return [any(_limit_of_time(s, found.end()) == longest and bool(found.group("weak")) == weak
                for found in _STATES_LIMIT.finditer(s)) for s in sentences]


def _limit_of_time(sentence: str, at: int) -> bool | None:
    """Whether the limit phrase ending at `at` in `sentence` leads to a duration (True), an amount (False) or to no
    number within a few words (None: no limit stated)."""
    number = _LIMIT_NUMBER.match(sentence, at)
    if number is None or number.group("age"):
        return None  # no number, or an age ("up to 12 years old")
    return number.group("unit") is not None


# A question asking how much of a medicine to take or give ("what's the dose of...", "how much cetirizine can my 5
# year old have", "how many puffs should I take") is answered by a sentence stating an amount in a unit a dose comes
# in ("10 mg", "1 or 2 puffs", "two tablets"), not by any number: "Cetirizine and loratadine are the two most widely
# used." or "...after taking iron tablets for a few weeks" state no dose (a new user's dose questions). Not "low
# doses of..." nor "how many valves did the engine use" (what was, not what to take).
_DOSE_QUALIFIERS = (r"the|a|an|my|your|his|her|their|normal|usual|right|correct|recommended|maximum|max|highest|"
                    r"lowest|daily|starting|adult|adults'?|child|children'?s|kids'?|child's|safe|typical|standard|"
                    r"single|paediatric|pediatric|weekly|proper")
# "how much X can/should <someone> take/give/have", "how much X do I give": not of sleep, water or money, nor "how
# many players can a team have".
_NOT_DOSED = (r"sleep|water|fluids?|exercise|time|money|players|people|students|members|seats|votes|calories|screen|"
              r"alcohol|rest|caffeine|coffee|tea|sugar|salt|food|protein|fibre|fiber")
_SOMEONE = (r"(?:i|you|we|they|he|she|someone|adults|children|kids|babies|toddlers|teenagers|teens|women|men|"
            r"(?:an?|my|our) [\w'-]+(?: [\w'-]+){0,3})")
_ASKS_DOSE = re.compile(
    rf"\b(?:what|which|whats)(?:'s| is| are)?(?: (?:{_DOSE_QUALIFIERS})){{0,3}}(?: (?!(?:i|you|if|do|should|to|low|lower|high|higher|large|larger|small|smaller)\b)"
    rf"[\w'-]+){{0,2}}"
    rf"(?: (?:{_DOSE_QUALIFIERS})){{0,2}} dos(?:e|es|age|ages)\b"
    r"|^\W*(?!(?:missed|missing|extra|double|forgotten|next|last|first|second)\b)[\w'-]+(?: [\w'-]+)? dos(?:e|age)\b"
    r"|\bhow (?:much|many)(?: [\w'-]+){0,2} (?:mg|ml|mls|micrograms?|mcg|tablets?|capsules?|puffs?|drops?|sachets?|"
    r"teaspoons?|spoonfuls?)\b(?! (?:are|is|come|comes|does|do) )"
    # "cetirizine 10mg tablet dose for 14 year old", "the dose for my toddler"
    r"|\bdos(?:e|age)s? for (?:(?:a|an|my|our|the|his|her|their) )?(?:\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|bab(?:y|ies)|toddlers?|child|children|kids?|infants?|newborns?|teens?|teenagers?|adults?)"
    r"|^\W*(?:the |a )?(?:usual |normal |right |correct |recommended |daily |adult |child's |children's )?"
    r"dos(?:e|age) (?:of|for)\b"
    rf"|\bhow much(?! (?:{_NOT_DOSED})\b)(?: [\w'-]+){{1,3}} for (?:(?:my|our|an?) (?!(?:few |couple of )?(?:week|day|"
    r"month|year|hour|while|bit|trip|holiday)s?\b)|(?=\d{1,2}[- ]?(?:months?|mths?|years?|yrs?)[- ]?old\b)"
    # "how much calpanol for kids 5-6", "for children aged 2 to 4": people by their ages
    rf"|(?=(?:child|children|kids?|bab(?:y|ies)|toddlers?|infants?|teens?|teenagers?|ages?) (?:aged |between |from )?"
    rf"{_AGE}\b)"
    # "how much calpanol for 2 to 3 year olds"
    rf"|(?={_AGE}\s*(?:to|-|\u2013)\s*{_AGE}[- ]?(?:months?|mths?|years?|yrs?)[- ]?olds?\b))"

    rf"|\bhow (?:much|many)\b(?! (?:[\w'-]+ )?(?:years?|months?|weeks?|days?|hours?|minutes?|times?|{_NOT_DOSED})\b)"
    r"(?! (?:\w+ )?(?:it|this|that|they) costs?\b)(?: [\w'-]+){0,6}? "
    rf"(?:(?:can|could|should|may|will|would|am i|are we|to) {_SOMEONE} (?:take|give|have|use|need(?! to\b))"
    rf"|(?:do|does) {_SOMEONE} (?:take|give|need(?! to\b))"
    r"|to (?:take|give))\b"
    # "the right amount of X for", "the maximum X my 15 year old can take"
    r"|\b(?:right|correct|safe|recommended|usual|normal|maximum|max) amount of\b"
    rf"|\b(?:maximum|max|most)(?: [\w'-]+){{0,5}} {_SOMEONE} (?:can|could|should|may) (?:take|have|give|use)\b",
    re.IGNORECASE)
_DOSE_NUMBER = (r"(?:\d{1,6}(?:[.,]\d{1,3}){0,3}(?!\d) ?\u00bd?|\u00bd|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"fifteen|twenty|half|a half|a quarter|quarter|three quarters)")
# An amount, "2 soluble tablets", "1 chewable tablet" too; not a strength ("100 mg in every 5 ml", "500 mg tablets").
# Spaces are bounded: a long run of numbers and spaces takes no time to read.
_STATES_DOSE = re.compile(
    rf"(?<!in every )(?<!in each )(?<!per )(?<!/)(?<!contains )(?<!containing )(?<!contain )(?<!each )(?<!as )"
    rf"(?<!pack of )(?<!packs of )(?<!box of )(?<!boxes of )(?<!bottle of )"
    rf"\b{_DOSE_NUMBER}(?: ?(?:to|-|\u2013|or) ?{_DOSE_NUMBER})?[ \t]{{0,2}}"
    r"(?:(?:of )?an? )?(?:(?:x ?)?\d{1,6}(?:[.,]\d{1,3})?(?!\d) ?(?:mg|g|micrograms?|mcg) |[a-z-]{3,20} )?[*_]{0,2}"
    r"(?:mg|milligrams?|micrograms?|mcg|\u00b5g|ug|g|grams?|ml|mls|millilitres?|milliliters?|litres?|liters?|tablets?|"
    r"capsules?|caplets?|pills?|puffs?|drops?|sprays?|sachets?|teaspoons?(?:ful)?s?|tsp|tablespoons?|spoonfuls?|"
    r"units?|iu|lozenges?|patch(?:es)?|doses?|applications?|fingertip units?|ftus?|pumps?|squirts?|pieces?|"
    r"pessar(?:y|ies)|suppositor(?:y|ies)|tabs?|caps?)\b(?! ?(?:in (?:every|each)|per|/) ?\d)"
    r"(?! (?:tablets?|capsules?|bottles?|packs?|packets?|tubes?|boxes?|cartons?|containers?)\b)"
    r"|\b(?:take|give|use|swallow|chew|dissolve|insert)(?: only)? (?:a|one|a single) (?:[a-z-]{3,20} )?(?:tablet|capsule|"
    r"caplet|sachet|lozenge|pill|tab|cap|spoonful|teaspoon(?:ful)?|pessary|suppository|patch)\b"
    # a cream's or a gel's dose is how often to put it on: "apply thinly to the affected area once or twice a day"
    # (not "do not rub your eyes...", nor a cold compress)
    r"|(?<!not )(?<!never )(?<!n't )\b(?:apply|rub|spread)\b(?![^.;:\n]{0,60}?\bcompress)[^.;:\n]{0,60}?\b"
    r"(?:up to )?(?:once|twice|(?:one|two|three|four|five|six|\d)(?: (?:or|to) (?:two|three|four|five|six|\d))? times)"
    r"(?: or (?:once|twice|(?:two|three|four|five|six|\d) times))?(?: (?:a|per|each|every) day|\s+daily)\b"
    r"|\u00bd", re.IGNORECASE)


# "my daughter is 6, how much calpol", "vitamin d drops for my 2 yr old how many": a question naming someone's age
# that ends on "how much" or "how many" and at most two words.
_HOW_MUCH_AT_END = re.compile(rf"\bhow (?:much|many)(?! (?:is|are|does|do|did|was|were|can|should|will|would|"
                              rf"{_NOT_DOSED}|times?|days?|nights?|weeks?|months?|years?|hours?|minutes?)\b)"
                              r"(?: [\w'-]+){0,3}\W*$", re.IGNORECASE)  # "how much allerzine oral solution"


# Questions about a dose that ask no amount: its side effects, a dose missed or forgotten, where to keep it.
_ABOUT_A_DOSE = re.compile(r"\b(?:side[- ]effects?|missed|missing|forg[eo]t\w*|stor(?:e|ing|age)|expir\w*)\b",
                           re.IGNORECASE)


# A dose asked in a searcher's words, the word last: "11 yr old cetirizine tablet dose" (with an age, as above);
# not a sentence telling of a dose ("my 4 year old was sick after his dose", "took the wrong dose": a reviewer's).
_DOSE_AT_END = re.compile(r"\bdos(?:e|es|age|ages)(?: (?:for )?\d{1,2} ?(?:years?|yrs?|months?)(?: old)?)?\W*$",
                          re.IGNORECASE)
_TELLS_OF_A_DOSE = re.compile(r"\b(?:was|were|is|are|has|had|have|took|taken|gave|given|after|before|his|her|their|"
                              r"its|the|this|that|wrong|sick|vomit\w*|spat|spit\w*|swallow\w*|half|first|last|next|"
                              r"second|extra|double|whole)\b", re.IGNORECASE)


# How often, asked for an age: "how often can my 4 year old take allerzine?" is answered by the row of doses for that
# age ("2 to 5 years: 2.5 ml twice a day"), not by a warning on another form of the medicine (a trial's follow-up
# "and how often?").
# Only of taking or giving something, or as a follow-up's ellipsis ("and how often?", read with the turn before):
# "how often should my 2 year old nap" asks no dose, nor does "have" ("how many times can my 9 month old have a bottle
# of formula" quoted a paracetamol row: a reviewer's).
_HOW_OFTEN = re.compile(r"\bhow (?:often|frequently|many times)(?:\s*\?|\b(?=.*\b(?:take|takes|taking|give|gives|giving|"
                        r"use|uses|using|apply|put|spray|chew|swallow)\b))", re.IGNORECASE)


def asks_dose(question: str) -> bool:
    """Whether `question` asks how much of a medicine to take or give, or how often to take it at an age."""
    at_end = bool(_DOSE_AT_END.search(question)) and not _TELLS_OF_A_DOSE.search(question)
    # what a medicine costs is no dose ("How much do ibuprofen tablets cost?")
    return not _ABOUT_A_DOSE.search(question) and not _ASKS_PRICE.search(question) and bool(
        _ASKS_DOSE.search(question) or ((_HOW_MUCH_AT_END.search(question) or at_end or _HOW_OFTEN.search(question))
                                        and age_asked(question) is not None))


def states_dose(sentence: str) -> bool:
    """Whether `sentence` states an amount in a unit a dose comes in."""
    return bool(_STATES_DOSE.search(sentence))
