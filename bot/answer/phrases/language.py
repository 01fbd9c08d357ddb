"""What the emergency screen knows of a language (`Language`), and the nearby word pairs it turns into patterns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    """What the screen knows of one language. `negation`, `not_negation`, `mention`, `past` and `now` are regular
    expressions (alternatives, no groups needed); `emergency` and `crisis` are the messages, with `{numbers}` and
    `{line}` for the configured emergency numbers and crisis line; `read_with` says after the message that a follow-up
    was read with an earlier message (first) or messages (second): the message given again to a question that alone
    is no emergency says why. `notice` is the not-medical-advice notice that closes an urgent answer, in place of the
    usual one: it ends with the call, not with "ask a doctor before acting", which could read as a reason to wait."""

    code: str
    patterns: dict[str, tuple[str, ...]]
    negation: str
    emergency: str
    crisis: str
    read_with: tuple[str, str]
    notice: str
    # What a turn that only tells an emergency before it was none or is in care is answered: nothing is searched for
    # it ("false alarm, sorry" was refused as "your documents say nothing about false alarm and sorry", a trial).
    settled: str
    # The usual notice (`bot.answer.compose.NOTICE`) in the language, for a reply in it that is no emergency: a turn
    # settling one (a trial: the Spanish settled reply ended in English). None for English, whose is the usual one.
    usual_notice: str = ""
    not_negation: str = r"(?!x)x"
    mention: str = r"(?!x)x"
    past: str = r"(?!x)x"
    now: str = r"(?!x)x"
    # Mentions wherever they stand in the sentence ("will it happen again", "lol"); `mention` reaches only the
    # words just after it.
    mention_anywhere: str = r"(?!x)x"
    # The names of emergencies ("heart attack", "overdose"): alone they are mostly talked about ("after a heart
    # attack", "the risk of an overdose"), so a name counts only at the start of its clause or after `frame`, the
    # words that make it an event ("is having a", "I think it's a"), both regular expressions.
    names: str = r"(?!x)x"
    frame: str = r"(?!x)x"
    # What a turn after an emergency tells when that emergency was none (`taken_back`: a false alarm, a joke, a dream,
    # the wrong message, "it's just a pulled muscle") or is now in professional hands (`in_care`: at the hospital now,
    # the paramedics here, a doctor saying it is nothing serious): it is not read as asking about an emergency
    # happening (`bot.answer.safety.settles`). Not that it is easing: stroke signs that pass or a child who seems fine
    # after pills is still an emergency. Regular expressions, precise on purpose: a cue read in another sense ("the
    # doctor said to call 999 if it came back") would drop a real emergency's message (bench/README.md, "Emergencies
    # over a conversation").
    taken_back: str = r"(?!x)x"
    in_care: str = r"(?!x)x"
    # Words people misspell in a hurry, each with the spelling the patterns use ("sucidal" -> "suicidal").
    keywords: tuple[str, ...] = field(default=())
    # Warning signs by group ("sweating", "faint"...): common alone, urgent several at once (`bot.answer.safety`).
    signs: dict[str, str] = field(default_factory=dict)
    # Cues of a wish to die told without its words, by group: the means ("rope", "the pills"), a farewell ("goodbye
    # forever", "a farewell letter") and despair ("I'm a burden", "better off without me"). Despair with the means
    # at hand is urgent (`bot.answer.safety.SUICIDE_CUES_NEEDED`); a farewell or despair alone brings
    # the crisis line beside the answer (`bot.answer.safety.speaks_of_suicide`).
    suicide_cues: dict[str, str] = field(default_factory=dict)
    # Requests about the documents or about words, not events: "summarise the section on", "translate", "what does
    # the leaflet say about", "the headline says" (`document`); a quotation is a mention when its sentence has one of
    # these, or when no word of speech or being (`speech`: "he keeps saying", "he is") stands just before it, as in
    # 'what does "anaphylaxis" mean' (but 'he is "not breathing"' is an event). An instruction to a reader
    # ("if you have chest pain, call 999") is a conditional addressed to "you" (`instruction`) with a call to act
    # (`imperative`) in its sentence.
    document: str = r"(?!x)x"
    # A request to the assistant about the documents ("what does the leaflet say", "can you check her care plan",
    # "¿qué pone el prospecto?"): words that ask (`request`) beside the name of a document (`papers`) in one clause.
    # People in an emergency often ask a tool before they call; the screen's model reads the message without such a
    # request, whose words tell nothing of what is happening and weigh as a mention's (bench/README.md, "Emergencies
    # told inside a request").
    request: str = r"(?!x)x"
    papers: str = r"(?!x)x"
    # Panic and not being well ("oh no", "not ok", "non sta bene"): the negation words inside them negate nothing
    # ("i'm not ok i want to end it all"); read in the negation's window only.
    unwell: str = r"(?!x)x"
    # The writer saying that what they speak of is happening for real ("now it's real", "es de verdad"), that what
    # happened is over ("fine now", "me recuperé"), or that they believed something they then saw was not so ("I
    # thought he'd swallowed one but..."): `bot.answer.safety._happening` reads each beside a story, a past event or a
    # "but".
    real: str = r"(?!x)x"
    resolved: str = r"(?!x)x"
    believed: str = r"(?!x)x"
    # Someone's habit ("in his sleep", "when she sees blood", "cuando sube escaleras"): asked about, no event now.
    habit: str = r"(?!x)x"
    # What tells, after a "but" that follows a recovery, that something is happening again now ("again", "now").
    news: str = r"(?!x)x"
    # Whose an event is, just before or in a phrase ("my", "his", "she"), and the writer as subject or object ("i",
    # "me", "ich", "je"): someone's event then a question about it is the event's; a wish to die told as a what-if
    # is the writer's own.
    someones: str = r"(?!x)x"
    first_person: str = r"(?!x)x"
    # The cues of `mention_anywhere` that speak of a background or ask about a risk ("a history of", "a mild
    # allergy", "will it happen again", "the antidote"): they make a mention of what is not someone's event now, but
    # not of "she has a mild nut allergy, ate a cookie with cashews, her lips are swelling".
    background: str = r"(?!x)x"
    # A what-if told in the conditional: an "if" a few words before the phrase (`hypothesis_if`, not an "if" that
    # means "whether": "not sure if he's breathing") and a verb of the conditional or subjunctive mood in its sentence
    # (`hypothesis`: "would", "würde", "devrais", "debería", "dovrei", "tiver"), both regular expressions: "if i got
    # stung and my throat started closing up, would one epipen be enough".
    hypothesis_if: str = r"(?!x)x"
    hypothesis: str = r"(?!x)x"
    speech: str = r"(?!x)x"
    instruction: str = r"(?!x)x"
    imperative: str = r"(?!x)x"
    # Words as people text them, with the words the patterns write ("cnt" -> "can't", "kiero" -> "quiero"): read in a
    # message of this language, or of no clear language when no other language texts the same word otherwise.
    texting: dict[str, str] = field(default_factory=dict)
    # Pairs of word groups that describe an emergency when they stand a few words apart in one sentence, in either
    # order ("chest" and "hurts": "my chest really hurts", "pain all across my chest"): word order and filler words
    # vary more than fixed phrases can follow, above all in the languages with fewer phrases.
    nearby: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def all_patterns(self) -> dict[str, tuple[str, ...]]:
        """The phrases of each kind, and its nearby pairs as patterns (`near`)."""
        kinds = dict.fromkeys([*self.patterns, *self.nearby])
        return {kind: (*self.patterns.get(kind, ()), *(near(a, b, negation=self.negation)
                                                       for a, b in self.nearby.get(kind, ())))
                for kind in kinds}


# A count of tablets in digits ("20 comprimidos", "tomou 100 paracetamol"), not an age or a measure ("a 12 year old",
# "12 anos", "50 mg"), nor a reading ("130/80"), nor a strength right after a medicine's name ("paracetamol 500",
# "ibuprofeno 600"): in a nearby pair of a count and a medicine, "How much paracetamol can a 12 year old take?" and
# "how much paracetamol 500 can my 5 year old have" ask a dose. (Lookbehinds: Python's must each be of one width.)
_AFTER_NO_MEDICINE = "".join(
    rf"(?<!{name} )" for name in ("paracetamol", "paracetamolo", "ibuprofen", "ibuprofeno", "aspirin", "aspirina",
                                  "naproxen", "naproxeno", "amoxicillin", "amoxicilina", "amoxicillina", "tylenol",
                                  "panadol", "nurofen", "advil", "calpol", "tachipirina", "dafalgan", "doliprane",
                                  "efferalgan", "gelocatil", "metamizol", "dipirona", "novalgin"))
COUNT = (rf"{_AFTER_NO_MEDICINE}(?<!/)[1-9]\d(?!\d*\s*-?\s*(?:years?|yrs?|y/?o\b|anos?|anni|jahre?n?|jahrig\w*|mg|ml|kg|g\b|"
         r"months?|meses|mesi|monate?n?|weeks?|semanas?|settimane|wochen|days?|dias?|giorni|tage?n?|hours?|horas?|"
         r"ore\b|stunden|min|%|/\d))")

def at_height(place: str, threat: str) -> str:
    """A pattern of a threat to jump or throw oneself off (`threat`) told with a place one could do it from
    (`place`: a bridge, a roof, a window) in one sentence, the place before it (a dozen words) or after it (a few):
    "est sur le toit et dit qu'il va sauter", "dice che si butta nel fiume". Without the place such words are most
    often a skipped dose or a dive ("dit qu'elle va sauter sa dose", "dice che si butta dal trampolino")."""
    return (rf"(?:{place})\b(?:[^.;!?\n\w]+\w+){{0,12}}?[^.;!?\n\w]+(?:{threat})\b"
            rf"|(?:{threat})\b(?:[^.;!?\n\w]+\w+){{0,5}}?[^.;!?\n\w]+(?:{place})\b")


# Words between the two groups of a nearby pair, within one sentence.
NEARBY_WORDS = 4
_GAP = r"[^\w.;!?\n]+"


# A negation between the two negates the pair ("my face isn't drooping"), but only a negation of the pair's own
# language: Portuguese "no" is "in the" ("pressao no peito"), Italian "ne" is "of it".
_ANY_NEGATION = (r"no|not|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|without|nicht|kein\w*|ohne|pas|"
                 r"sans|jamais|nao|nem|sem|nunca|non|senza|mai|sin|ni")


def near(first: str, second: str, words: int = NEARBY_WORDS, negation: str = _ANY_NEGATION) -> str:
    """A pattern of `first` and `second` (alternations, matched at a word's start) at most `words` words apart in
    either order, within one sentence, with no word of `negation` (an alternation) between them."""
    between = rf"\w*(?:{_GAP}(?!(?:{negation})\b)\w+){{0,{words}}}?{_GAP}"
    return rf"(?:{first}){between}(?:{second})\w*|(?:{second}){between}(?:{first})\w*"
