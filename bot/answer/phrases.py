"""The words of the emergency screen, by language: the phrases that describe an emergency happening, the cues that
negate one or make it a mention (a question about signs or causes, a past event, people in general), the cues that
make it happen now, and the emergency message itself. Patterns match text that `bot.answer.safety.normalize` made:
lower case, straight apostrophes, no accents ("corazón" is matched as "corazon"), single spaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    """What the screen knows of one language. `negation`, `not_negation`, `mention`, `past` and `now` are regular
    expressions (alternatives, no groups needed); `emergency` and `crisis` are the messages, with `{numbers}` and
    `{line}` for the configured emergency numbers and crisis line."""

    code: str
    patterns: dict[str, tuple[str, ...]]
    negation: str
    emergency: str
    crisis: str
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
    # Words people misspell in a hurry, each with the spelling the patterns use ("sucidal" -> "suicidal").
    keywords: tuple[str, ...] = field(default=())
    # Warning signs by group ("sweating", "faint"...): common alone, urgent several at once (`bot.answer.safety`).
    signs: dict[str, str] = field(default_factory=dict)
    # Pairs of word groups that describe an emergency when they stand a few words apart in one sentence, in either
    # order ("chest" and "hurts": "my chest really hurts", "pain all across my chest"): word order and filler words
    # vary more than fixed phrases can follow, above all in the languages with fewer phrases.
    nearby: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def all_patterns(self) -> dict[str, tuple[str, ...]]:
        """The phrases of each kind, and its nearby pairs as patterns (`near`)."""
        kinds = dict.fromkeys([*self.patterns, *self.nearby])
        return {kind: (*self.patterns.get(kind, ()), *(near(a, b) for a, b in self.nearby.get(kind, ())))
                for kind in kinds}


# Words between the two groups of a nearby pair, within one sentence.
NEARBY_WORDS = 4
_GAP = r"[^\w.;!?\n]+"


# A negation between the two negates the pair ("my face isn't drooping"): no such word stands between them.
_NOT_BETWEEN = (r"(?!(?:no|not|never|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|without|nicht|kein\w*|"
                r"ohne|pas|sans|jamais|nao|nem|sem|nunca|non|senza|mai|sin|ni)\b)")


def near(first: str, second: str, words: int = NEARBY_WORDS) -> str:
    """A pattern of `first` and `second` (alternations, matched at a word's start) at most `words` words apart in
    either order, within one sentence, with no negation between them."""
    between = rf"\w*(?:{_GAP}{_NOT_BETWEEN}\w+){{0,{words}}}?{_GAP}"
    return rf"(?:{first}){between}(?:{second})\w*|(?:{second}){between}(?:{first})\w*"


_PEOPLE = r"my (?:\w+ ){0,2}(?:husband|wife|partner|son|daughter|child|kid|baby|toddler|mom|mum|mother|dad|father|" \
          r"friend|brother|sister|grandma|grandpa|grandmother|grandfather|boyfriend|girlfriend|roommate|neighbou?r)"

ENGLISH = Language(
    code="en",
    patterns={
        "heart": (
            r"\b(?:[23]\d) ?bpm\b",
            r"heart rate (?:\w+ ){0,3}(?:[23]\d|4[0-5])\b",
            r"(?:heart rate|pulse|heart(?:beat)?|watch|monitor) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",
            r"(?:racing|pounding|fluttering) (?:[\w']+ ){0,6}(?:faint|pass out|black(?:ing)? out|fuzzy|going dark)",
            r"fist (?:\w+ ){0,3}(?:my|his|her) chest",
            r"chest (?:pain|pains|pressure|tightness|hurts|is hurting|is tight|feels (?:tight|heavy|crushed|like))",
            r"(?:pain|pressure|tightness|squeezing|heaviness) in (?:my|his|her|their|the) chest",
            r"crushing (?:chest )?pain",
            r"(?:having|had|has|have|having what feels like) (?:a )?heart attack",
            r"(?:is|was) (?:this|it|that) (?:a )?heart attack",
            r"heart (?:has )?stopped",
            r"cardiac arrest",
            r"(?:elephant|weight|something heavy) (?:is )?(?:sitting|standing|pressing) on (?:my|his|her) chest",
            r"pain (?:spreading|radiating|shooting|going) (?:down|into|to|up) (?:my|his|her) (?:left )?(?:arm|jaw)",
            r"chest (?:is |feels |has been |keeps )?(?:so |really |very |super )?(?:tight|squeez\w*|heavy|crush\w*|"
            r"burning|hurting)",
            r"(?:pain|ache|hurts?) (?:in|across) (?:my |his |her |the )?chest",
            r"(?:grabbed|clutching|holding) (?:his|her|my|their) chest",
            r"he?art attack",
            r"crushing (?:\w+ )?(?:pressure|pain|feeling|weight)",
            r"(?:hand|fist|hands) (?:pressed )?(?:on|to|over) (?:his|her|my|their) chest",
            r"chest (?:started|starting|began) (?:hurting|to hurt)",
            r"(?:spreads|spreading|radiating|goes|going|moving|shooting) (?:in)?to (?:my|his|her|the) (?:left )?"
            r"(?:shoulder|arm|jaw|back|neck)",
            r"(?:elephant|weight|something heavy) (?:sat|has sat) on (?:my|his|her) chest",
        ),
        "stroke": (
            r"can'?t see (?:out of )?(?:one|his|her|my) eye",
            r"(?:leg|legs|knee|knees) (?:\w+ ){0,2}gave way",
            r"one side of (?:his|her|my|their) face",
            r"keeps repeating (?:the same|herself|himself)",
            r"doesn'?t understand (?:anything|what|a word)",
            r"(?:half|one side of|side of) (?:my|his|her|their|the) (?:face|body) (?:\w+ ){0,2}(?:numb|droop\w*|weak|dead|paraly\w*)",
            r"(?:hand|arm|leg) (?:won'?t|can'?t|doesn'?t|will not) (?:grip|hold|lift|move|work)",
            r"(?:having|had|has) (?:a )?stroke",
            r"(?:is|was) (?:this|it|that) (?:a )?stroke",
            r"face (?:is |was |started |starting |has )?(?:drooping|droops|drooped|gone numb|crooked|lopsided)",
            r"drooping (?:face|mouth|eyelid)",
            r"(?:one side|half) of (?:my|his|her|their) (?:face|body) (?:is |went |has gone )?(?:numb|drooping|weak|"
            r"paralys|paralyz)",
            r"slurr(?:ed|ing) (?:speech|words|(?:my|his|her|their) (?:words|speech))",
            r"speech (?:is |was |became )?slurred",
            r"sudden(?:ly)? (?:\w+ ){0,4}(?:numb|weak|paralys|paralyz|confus|blind|vision loss|severe headache)",
            r"(?:numb|weak|paralys|paralyz)\w* on one side",
            r"worst headache of (?:my|his|her|their) life",
            r"(?:sudden|explosive|thunderclap) (?:\w+ )?headache|worst headache (?:ever|i'?ve ever)",
            r"can'?t (?:lift|raise|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg)",
            r"(?:talking|speaking) (?:gibberish|nonsense|funny|strange|weird)",
            r"words (?:are |keep )?(?:coming out )?(?:jumbled|garbled|wrong)",
            r"stroke\b",
            r"(?:face|mouth|smile|eye|eyelid)s? (?:is |are |looks? |went |has gone |seems? )?(?:\w+ )?(?:droop\w*|"
            r"lopsided|"
            r"crooked|uneven|sagging|twisted)",
            r"(?:half|side) of (?:my|his|her|their) face (?:is |went |has gone )?(?:numb|droop\w*|weak)",
            r"can'?t (?:speak|talk) (?:properly|right|clearly|normally|straight)",
            r"can'?t (?:find (?:my|his|her|their|the) words|get (?:my|his|her|the) words out)",
            r"can'?t understand (?:what|anything|me|us|a word)",
            r"(?:speech|voice) (?:sounds |is |was )?(?:slurred|garbled|strange|weird)",
            r"(?:right|left|one) (?:side|arm|leg|hand) (?:is |went |has gone |feels |got )?(?:suddenly )?(?:weak|"
            r"numb|limp|"
            r"dead|heavy|clumsy|floppy)",
            r"(?:seeing double|double vision|suddenly (?:blind|can'?t see)|lost (?:the )?(?:sight|vision) in)",
            r"slurring|(?:leg|legs|knee|knees) (?:keeps? )?giving way",
            r"(?:half|side) (?:of )?(?:her|his|my|their) face (?:won'?t|doesn'?t|can'?t|will not) move",
            r"(?:arm|leg|hand|side)s? (?:\w+ ){0,5}went (?:weak|numb|dead|limp|floppy)",
            r"can'?t feel (?:the |my |his |her )?(?:right|left) side",
            r"vision (?:went|is|has gone) (?:double|blurry|black)",
        ),
        "breathing": (
            r"can'?t get (?:any |enough )?air in",
            r"(?:can only|only able to) (?:get out|say|speak) (?:\d|one|two|a few|a couple)",
            r"whistl\w* (?:\w+ ){0,3}(?:breathe|breathing|breath)",
            r"gasping",
            r"(?:oxygen|inhaler|nebuli[sz]er) (?:isn'?t|is not|not|doesn'?t) (?:helping|working)",
            r"(?:can'?t|cant|can ?not|unable to|struggling to|hard to|barely) (?:breathe?|catch (?:my|his|her) breath)",
            r"(?:trouble|difficulty|difficulties|problems?|struggling|hard time) breathing",
            r"short(?:ness)? of breath",
            r"(?:not|stopped|isn'?t|is not|aren'?t|wasn'?t) breathing",
            r"chok(?:e|es|ed|ing)\b",
            r"gasping for (?:air|breath)",
            r"(?:lips?|face|skin|fingers?) (?:is |are |turning |turned |gone |going |look |looks )?(?:blue|gr[ae]y)",
            r"(?:turning|gone|going) (?:blue|gr[ae]y)",
            r"out of breath (?:\w+ ){0,6}(?:can'?t|gasping)",
            r"breathing (?:really |very |so )?(?:fast|hard|strange|weird|funny|noisy|shallow)",
            r"drown\w*|pulled (?:him|her|them) out of (?:the )?(?:water|pool)",
            r"(?:can'?t|unable to) (?:cough|talk|speak|cry) (?:\w+ ){0,3}(?:choking|stuck)",
            r"(?:can only say|only able to say) (?:a )?(?:few|couple of) words|can'?t (?:talk|speak) in (?:full |"
            r"whole )?"
            r"sentences",
            r"high[- ]pitched (?:\w+ ){0,2}(?:noise|sound|squeak)|stridor|harsh (?:noise|sound) (?:\w+ ){0,3}breath",
            r"can'?t get (?:any |enough )?air",
            r"wheez\w* (?:so |really |very )?(?:bad|badly|hard)",
            r"inhaler (?:isn'?t|is not|not|doesn'?t|isn'?t even) (?:working|helping)",
            r"(?:neck|rib|chest) (?:muscles )?(?:are |is )?(?:pulling|sucking|caving) in|pulling when (?:he|she|"
            r"they) breathe",
            r"whistling (?:noise|sound)|rattling (?:sound|noise)|barking like a seal|barking cough",
            r"(?:skin|chest) between (?:his|her|the|my) ribs|ribs? (?:\w+ ){0,3}sucking in",
            r"stop(?:s|ped|ping) breathing|blue around (?:the|his|her|my) (?:mouth|lips)",
            r"stuck in (?:my|his|her|their) throat|barely get (?:any )?air",
            r"asthma attack|inhaler (?:\w+ ){0,6}not (?:helping|working)",
            r"struggling for (?:every |each )?breath|fighting for (?:breath|air)",
        ),
        "poisoning": (
            r"(?:boiler|heater|generator)'?s? (?:\w+ ){0,4}(?:acting up|leaking|smells?)",
            r"(?:found|got) (?:\w+ ){0,3}(?:pills|tablets|meds) (?:\w+ ){0,6}(?:chewing|eating|swallow\w*|in (?:his|her) mouth)",
            r"(?:pills?|tablets?) (?:\w+ ){0,3}(?:are |is )?missing|one is missing",
            r"(?:whole|entire) bottle of (?:vodka|whisky|whiskey|wine|gin|rum|tequila)",
            r"won'?t stay awake",
            r"(?:boiler|heater|generator) (?:\w+ ){0,4}(?:acting up|leaking|smells?)",
            r"mixed (?:\w+ ){0,2}(?:bleach|ammonia|chlorine)",
            r"empty (?:\w+ ){0,2}(?:bottle|box|pack|packet|blister)",
            r"drank (?:\w+ ){0,4}(?:rinse aid|dishwasher|washing|laundry|cleaning)",
            r"overdos\w*",
            r"(?:took|taken|swallowed|had|has had) (?:way )?(?:too many|too much|a (?:whole|full) "
            r"(?:bottle|pack|box|packet|strip)|an entire|the whole|all (?:of )?(?:my|the|his|her|their))",
            r"swallow(?:ed|s)? (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|medicines?|medications?|meds|bleach|"
            r"batter(?:y|ies)|detergent|pods?|poison|chemicals?|cleaner|magnets?)",
            r"(?:took|taken|swallowed|ate|eaten|had|popped) (?:\w+ ){0,3}(?:[1-9]\d+|ten|eleven|twelve|fifteen|"
            r"twenty|thirty|forty|fifty|a hundred|dozens of|a handful of) (?:\w+ ){0,3}(?:pills?|tablets?|capsules?|"
            r"doses?|gummies)",
            r"(?<!food )poison(?:ed|ing)\b",
            r"(?:ate|eaten|drank|drunk|swallowed|took|ingested) (?:\w+ ){0,3}poison\b",
            r"drank (?:\w+ ){0,2}(?:bleach|antifreeze|cleaner|chemicals?|detergent)",
            r"(?:got into|ate|eaten|chewed|drank|swallowed) (?:[\w']+ ){0,3}(?:pills|tablets|capsules|meds|medicines?|"
            r"medications?|gummies|vitamins|bleach|batter(?:y|ies)|detergent|pods?|cleaner|antifreeze)",
            r"bit into (?:\w+ ){0,3}(?:pods?|batter(?:y|ies))",
            r"(?:drank|swallowed|drunk|ate) (?:[\w']+ ){0,4}(?:fluid|weed ?killer|pesticide|insecticide|lamp oil|"
            r"paraffin|"
            r"kerosene|gasoline|petrol|hand sanitizer|mouthwash|rat poison|mushrooms? from)",
            r"(?:drank|drunk|swallowed) from (?:a|the) bottle",
            r"(?:took|taken|swallowed) (?:\w+ ){0,3}(?:pills|tablets|something) at (?:a|the) (?:party|club|festival)",
            r"pupils (?:are )?(?:tiny|pinpoint|huge)",
            r"carbon monoxide|(?:co|gas) alarm (?:is )?(?:going off|beeping|sounding)",
            r"(?:a|the) (?:load|bunch|lot|handful|whole pack|box|bottle) of (?:\w+ ){0,2}(?:pills|tablets|capsules|"
            r"meds|"
            r"ibuprofen|paracetamol|tylenol|acetaminophen|aspirin|sleeping pills)",
            r"(?:took|taken|swallowed|had|popped) (?:\w+ ){0,2}(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|"
            r"fifty) (?:\w+ ){0,2}(?:paracetamol|tylenol|ibuprofen|aspirin|acetaminophen|advil|codeine|tramadol)",
            r"(?:ate|eaten|chewed|swallowed) (?:\w+ ){0,3}(?:berries|mushrooms|leaves|plant|"
            r"seeds) (?:\w+ ){0,4}(?:off|from|in)",
            r"got hold of (?:[\w']+ ){0,3}(?:pills|tablets|meds|medicine|medication|vitamins)",
            r"(?:whole|entire) (?:\w+ ){0,2}pill ?box",
            r"(?:don'?t|do not) know how many (?:\w+ )?(?:she|he|they|it) (?:ate|took|swallowed|had)",
        ),
        "suicide": (
            r"car running|engine running",
            r"cut (?:really |so |too )?deep (?:\w+ ){0,3}(?:on purpose|can'?t stop)",
            r"on purpose and (?:i )?can'?t stop",
            r"(?:pills|tablets|meds|rope|knife) (?:\w+ ){0,2}(?:lined up|ready|counted|laid out)",
            r"(?:don'?t|do not) (?:think i |really )?want to be (?:here|alive|around) (?:tomorrow|anymore|any more)",
            r"disappear (?:for good|forever)",
            r"(?:wrote|written|writing) (?:\w+ ){0,2}(?:letters|goodbye|a note|suicide note)",
            r"(?:on|at) (?:the|a) (?:bridge|roof|ledge|cliff|tracks)(?: \w+){0,6} (?:jump|end it)",
            r"want to jump",
            r"(?:texted|messaged|sent) (?:me )?(?:\w+ ){0,2}goodbye|said goodbye",
            r"not going to be (?:around|here) (?:anymore|any more|tomorrow)",
            r"gave (?:\w+ ){0,3}(?:stuff|things|belongings|pets?|cat|dog) away|giving (?:\w+ ){0,2}(?:stuff|things|belongings) away",
            r"tonight is the night",
            r"want (?:it|this) all to end|wants it all to end",
            r"(?:make sure|so) (?:i|that i) (?:don'?t|do not|never) wake up",
            r"(?:i'?m|im) done with (?:all of )?(?:this|it|life|everything)",
            r"locked (?:\w+ ){0,2}in (?:\w+ ){0,2}with a (?:knife|blade|razor|gun|rope)",
            r"suicid\w*",
            r"kill(?:ing)? myself",
            r"\bkms\b",
            r"end(?:ing)? (?:my (?:own )?life|it all|things|everything)",
            r"take (?:my|their) own life",
            r"(?:want|wanna|wanted|going|gonna)(?: to)? die(?! (?:of|from) (?:embarrassment|shame|boredom|laugh))",
            r"(?:hurt|harm|cut)(?:ting)? myself",
            r"self[- ]?harm",
            r"(?:don'?t|do not) want to (?:live|be alive|wake up|be here)",
            r"better off dead",
            r"no reason to live",
            r"unalive",
            r"hang(?:ing)? myself",
            r"kill (?:himself|herself|themselves|myself)",
            r"(?:going|gonna|about|want|wants) to (?:jump (?:off|from|in front)|hang (?:himself|herself|myself))",
            r"(?:have|got|bought) (?:a |the )?(?:rope|gun) ready|nobody (?:would|will) miss me|better off without me",
            r"can'?t (?:do this|go on|take (?:it|this)) any ?more",
            r"(?:wants|wanted|wanting) to (?:die|end (?:it|his life|her life|their life))",
            r"lethal dose",
            r"(?:want|wanna|going|gonna) (?:to )?end it\b",
            r"(?:go to sleep|fall asleep) and never wake up",
            r"(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:all )?(?:my |the )?(?:pills|meds|tablets|medication)",
            r"cut deep enough|take them all|(?:and|to) never wake up",
            r"no point (?:anymore|any more|in living|living|going on)",
            r"standing on (?:the|a) (?:roof|bridge|ledge|edge)",
            r"(?:this is|it'?s) (?:my|her|his|their) last night|last (?:goodbye|message)",
        ),
        "allergy": (
            r"voice (?:is |going |gone )?(?:hoarse|croaky|funny)",
            r"throat (?:is |feels )?(?:itchy|scratchy) and tight",
            r"tongue (?:\w+ ){0,3}too big",
            r"(?:lump|something) in (?:my|his|her) throat (?:\w+ ){0,3}(?:can'?t|cannot|unable to) swallow",
            r"(?:welts|hives) (?:all over|everywhere)",
            r"anaphyla\w*",
            r"(?:severe|serious|bad|major) allergic reaction",
            r"(?:throat|tongue|lips?|face|mouth) (?:is |are |was |were |started |starting |keeps )?"
            r"(?:swelling|swollen|swelled|closing|tight)",
            r"swelling (?:of|in) (?:my|his|her|their|the) (?:throat|tongue|lips?|face|mouth)",
            r"epi-?pen",
            r"(?:tongue|throat|lips?) (?:is |are |feels? )?(?:swelling|swollen|thick|closing)",
            r"(?:covered in|all over in) hives|hives all over",
            r"throat (?:is |feels )?(?:so |really |very )?(?:tight|closing)",
            r"(?:having|have|had|has) an? allergic reaction|allergic reaction (?:right )?now",
            r"(?:tongue|lips?|face|eyes?) (?:\w+ ){0,2}(?:huge|puffing|blowing up|swelling shut|swollen shut|"
            r"puffed up)",
            r"throat (?:is )?(?:getting|going) (?:tight|closed)",
        ),
        "unresponsive": (
            r"foaming at the mouth",
            r"(?:lost|losing) consciousness",
            r"(?:not|isn'?t|won'?t|wont) answering (?:me|us)",
            r"eyes (?:are )?open but (?:nothing|no one|nobody|not)",
            r"unconscious",
            r"unresponsive",
            r"(?:won'?t|will not|can'?t|cannot|not|isn'?t) (?:wak(?:e|ing)|responding)(?: (?:him|her|them|\w+) up)?",
            r"can'?t wake (?:\w+ ){1,2}up",
            r"passed out",
            r"collapsed",
            r"(?:having|had|has) (?:a )?seizure",
            r"seizing|convuls\w*",
            r"no (?:pulse|heartbeat)",
            r"can'?t (?:feel|find) (?:a |his |her |their )?(?:pulse|heartbeat)",
            r"(?:fainted|nearly fainted|blacked out)",
            r"(?:barely|not|doesn'?t|won'?t|isn'?t) (?:respond|react)\w*",
            r"barely (?:conscious|awake|breathing)|out cold|knocked out|(?:very |really )?hard to wake|"
            r"won'?t answer me",
            r"having a fit|fitting for|(?:been )?going (?:on )?for (?:\d+|five|ten) min",
            r"(?:isn'?t|not|stopped) moving|slumped|(?:just )?groans|goes back under",
        ),
        "bleeding": (
            r"(?:blood thinners?|warfarin|eliquis|xarelto|apixaban|rivaroxaban|coumadin)(?: \w+){0,4} (?:fell|fallen|hit (?:his|her|my) head|won'?t stop)",
            r"(?:spurting|gushing|squirting|pouring) (?:\w+ ){0,3}(?:won'?t|wont|doesn'?t|not) stop",
            r"cut (?:my|his|her) (?:wrist|throat|neck|thigh)",
            r"(?:severe|heavy|uncontrollable|uncontrolled|profuse) bleeding",
            r"bleeding (?:heavily|badly|a lot|won'?t stop|that won'?t stop|will not stop|like crazy|everywhere)",
            r"(?:won'?t|can'?t|cannot) stop (?:the )?bleeding",
            r"(?:coughing|vomiting|throwing|puking|spitting) (?:up )?(?:[\w']+ ){0,4}blood",
            r"blood (?:is )?(?:spurting|pouring|gushing|squirting|everywhere)|(?:so much|lots of|a lot of) blood",
            r"coffee grounds",
            r"nosebleed (?:[\w']+ ){0,6}(?:won'?t stop|for (?:\d+|an?) (?:minutes|hours?))",
            r"blood (?:everywhere|is pouring|pouring|gushing|is gushing|won'?t stop)",
            r"(?:black|tarry|bloody) (?:poop|poo|stools?)|(?:poop|poo|stools?) (?:is |are )?(?:black|tarry|bloody)",
            r"bleeding (?:loads|lots|through|so much)|(?:big|huge|large) clots",
            r"(?:pregnant|miscarr\w*) (?:\w+ ){0,4}bleed\w*|bleed\w* (?:\w+ ){0,4}pregnant",
            r"soaking (?:through )?(?:\w+ )?(?:towels|pads|clothes|sheets)|changing a pad every",
            r"nosebleed (?:hasn'?t|has not|won'?t) stopped|filling with blood|(?:pouring|gushing) blood",
            r"deep (?:gash|cut|wound)|stabbed|gunshot|been shot",
        ),
    },
    negation=r"no|not|never|without|denies|deny|denied|negative for|free of|absence of|neither|nor|don'?t|doesn'?t|"
             r"didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t",
    not_negation=r"(?:no|not) (?:idea|sure|certain|only|know)|(?:don'?t|didn'?t|do not) (?:know|think|understand|"
                 r"get)|never (?:had|felt|been|seen) (?:\w+ ){0,4}(?:like this|this (?:bad|much|strong|severe)|"
                 r"so much|before)",
    mention=r"how does (?!it feel)|how is (?:\w+ ){1,3}different|different from|what does it mean|what counts as|"
            r"(?:can|could) (?:my|a|your|the) (?:baby|child|kid|toddler|son|daughter) (?:\w+ )?(?:choke|die|overdose|"
            r"get|have|stop|swallow)|\bis (?:\w+ ){0,6}(?:normal|common|dangerous|serious|a sign)\b|to (?:detect|recogni[sz]e|spot|tell if)\b|how (?:much|many) (?:\w+ ){0,3}(?:is|are|would be|before|until|to cause|counts)|"
            r"why (?:is|are|does|do|would|can)|what would|difference|(?:is|are) (?:that|this|it) (?:true|realistic)|"
            r"what does (?:\w+ ){0,3}mean|"
            r"(?:can|could|does|do|will|would|may|might) (?:\w+ ){0,4}(?:cause|causes|trigger|lead to|give|"
            r"make|raise|result in)|(?:can|could) (?:you|i|one|people|someone|a person|kids|children) (?:\w+ )?(?:overdose|die|"
            r"get|"
            r"have)|signs? of|symptoms? of|risks? of|chances? of|warning signs|what (?:is|are|does|do|happens)|"
            r"what (?:does|do|would) (?:\w+ ){0,4}look like|how (?:fast|soon|quickly|long|common|likely|do you know|"
            r"can you tell)|"
            r"is (?:it|an?|there) (?:\w+ ){0,3}(?:possible|dangerous|safe|normal|common)|possible to|prevent|avoid|"
            r"recover(?:y)? from|history of|people (?:with|who|get)|someone (?:with|who|in)|a person (?:with|who)|"
            r"if (?:someone|a person|you|i ever)|in case of|first aid for|treatment for|recover\w* (?:from|after)|"
            r"life after|"
            r"difference between|antidote|increase\w*|(?:more|less) likely|\brisk\b|when (?:is|are|should|to|do)|"
            r""
            r"will it|could it|happen again|how (?:do|to) (?:you |i )?use|"
            r"(?:do|should|would|can) (?:i|we|you|one) do (?:if|when)|what to do (?:if|when)|why (?:do|does|is|are|"
            r"would)|"
            r"how (?:do|can|should) (?:i|we|you) (?:do|give|perform|support|help|tell|know|recogni[sz]e|spot|treat)|"
            r"(?:can|could) \w+ look like|does (?:a|an) |(?<!know )(?<!sure )(?<!wonder )\bif (?:my|your|a|an|the|"
            r"someone|somebody|a person|you)\b|\blol\b|\bhaha\w*|\blmao\b|nearly (?:had|gave)|almost had|giving me a|"
            r"gave me a|\bmild\b",
    past=r"last (?:year|month|week|summer|winter|spring|fall|autumn|time|christmas|easter)|(?:years|months|weeks) ago|"
         r"yesterday|back (?:at|in) (?:uni|school|college|the day)|in the (?:summer|winter|spring|autumn|fall)\b|"
         r"(?:at|over) (?:christmas|easter)|when (?:i|he|she|they) (?:was|were) (?:\d+|a baby|a toddler|small)|"
         r"(?:in|since) (?:19|20)\d\d|when (?:i|he|she) was (?:a )?(?:child|kid|young|little|\d+)|as a (?:child|kid|"
         r"teen)|"
         r"used to|once had|(?:years|months) (?:back|earlier)|(?:in|last|since) (?:january|february|march|april|may|"
         r"june|july|august|september|october|november|december)",
    now=r"right now|currently|at the moment|just now|tonight|this (?:morning|afternoon|evening)|"
        r"(?:an?|\d+|few|couple of|half an?) (?:minutes?|hours?|mins?|hrs?) ago|for the (?:past|last) (?:\w+ )?"
        r"(?:minutes?|hours?)|since (?:this|last night|lunch|breakfast|dinner|\d)|help (?:me|us|him|her)|"
        r"(?:i|we) need help|get help now|send help|call (?:an )?ambulance|hurry|911|999|112|what (?:do|should) (?:i|"
        r"we) do(?! (?:if|when))|i'?m having|"
        r"is having|(?:and |but )?now (?:i|i'?m|he|he'?s|she|she'?s|my|his|her|it'?s|they)",
    keywords=("suicidal", "suicide", "breathe", "breathing", "heart", "attack", "overdose", "overdosed",
              "unconscious", "unresponsive", "seizure", "bleeding", "stroke", "choking", "anaphylaxis", "allergic",
              "swallowed", "poisoned", "chest", "can't", "cant", "pills", "tablets", "myself", "collapsed", "swelling"),
    signs={
    "sweating": r"sweat(?:y|ing)|clammy|cold sweat",
    "pallor": r"(?:pale|grey|gray|ashen)\b",
    "faint": r"faint\w*|dizzy|light-?headed|passing out|about to pass out",
    "confusion": r"confus\w*|disoriented|doesn'?t know where|can'?t understand",
    "numbness": r"numb\w*|tingl\w*|pins and needles",
    "weakness": r"weak(?:ness)?\b|can'?t (?:stand|walk|get up|lift)|dropping things|clumsy|floppy|limp\b",
    "pain": r"(?:chest|jaw|arm|belly|stomach|abdomen|abdominal|back|neck|head) (?:pain|hurts|ache\w*)|stiff neck|"
            r"neck is stiff|"
            r"(?:pain|ache) in (?:my|his|her|the) (?:chest|jaw|arm|belly|stomach|abdomen|back|neck)|"
            r"(?:severe|terrible|worst|sharp|crushing|heavy) (?:\w+ )?(?:pain|ache|headache)",
    "vomiting": r"vomit\w*|throwing up|threw up|being sick|puking|feel(?:s|ing)? sick|sick to (?:my|his|her) stomach|"
                r"nause\w*",
    "skin": r"hives|welts|rash all over|covered in (?:hives|a rash|spots)|itchy all over|blotchy|red all over",
    "breath": r"wheez\w*|breath\w* (?:fast|funny|strange|weird|noisy|shallow)|out of breath|breathless",
    "vision": r"(?:double|blurred|blurry|lost) vision|seeing double|can'?t see",
    "speech": r"can'?t (?:find (?:my|his|her) words|speak|talk)|(?:voice|speech) (?:sounds )?(?:strange|odd|slurred)",
    "swelling": r"(?:tongue|throat|lips?|face) (?:feels? |is |are )?(?:thick|tight|swollen|swelling)|drooling|"
                r"can'?t swallow",
    "bleeding": r"bleed\w*|blood(?! (?:pressure|sugar|tests?|work|type|thinners?|count|levels?|donation|donor|"
                r"glucose|cells?|vessels?|draw))\w*|clots",
    "fever": r"high (?:fever|temperature)|fever of (?:10[3-9]|4[0-2])",
    "shaking": r"shaking all over|twitching|jerking|fitting",
    "responds": r"(?:barely|not|doesn'?t|won'?t|isn'?t) respond\w*",
    },
    nearby={
        "heart": (("chest", r"hurt|pain|ache|aching|pressure|tight|squeez|crush|stabbing|agony|killing me|exploding"),
                  ("heart", r"hurts|hurting|pain|squeez")),
        "stroke": ((r"face|mouth|smile|lip|eyelid|cheek", r"droop|sag|crooked|lopsided|uneven|paraly[sz]|fallen|twist"),
                   (r"speech|talking|speaking|words|voice", r"slurr|garbl|jumbl|gibberish|mumbl")),
        "breathing": ((r"breath|breathe|breathing", r"can'?t|cannot|unable|barely|struggl|gasp|fighting"),
                      (r"lips?|face|fingers|fingertips|mouth|tongue", r"blue|bluish|purple|dusky")),
        "poisoning": ((r"swallow|ate|eaten|drank|drunk|chewed|ingest|got into|took|taken",
                       r"bleach|batter(?:y|ies)|detergent|laundry pods?|poison|antifreeze|cleaner|chemicals|weed ?killer|"
                       r"pesticide|rat bait|button cell|lighter fluid|drain opener|lye"),),
        "suicide": ((r"wish|want|wanna|ready|going|plan|thinking|think",
                     r"to die(?!\w)(?! (?:of|from) (?:embarrassment|shame|boredom|laugh))|disappear forever|not wake up|never wake up|not be here|not exist|sleep forever|"
                     r"end(?:ing)? (?:it|my life)|not be alive|be dead"),),
        "allergy": ((r"tongue|lips?|mouth|face", r"swell|swollen|puff|closing|thick"),
                    (r"allerg|peanut|nuts?|bee|wasp|sting|shellfish|penicillin",
                     r"throat|tongue|can'?t breathe|wheez|epi ?pen|faint|collaps")),
        "bleeding": ((r"bleed|blood", r"won'?t stop|wont stop|not stopping|doesn'?t stop|hasn'?t stopped|can'?t stop|"
                      r"everywhere|pouring|gushing|spurting|squirting|soak|pool|puddle"),
                     (r"vomit|throw|threw|cough|spit|puk", r"blood")),
        "unresponsive": ((r"collapsed|fell|fallen|lying|passed out|fainted|slumped",
                          r"not (?:moving|breathing|respond)|won'?t wake|unconscious|not waking"),),
    },
    names=r"(?:he?art attack|cardiac arrest|stroke|overdose|anaphylaxis|anaphylactic shock|seizure|asthma attack|"
          r"poisoning|suicide|suicidal|hemorrhage|haemorrhage|allergic reaction|epi-?pen)",
    frame=r"(?:having|had|has|have|(?:is|he'?s|she'?s|i'?m|im|am|are|they'?re) in|going into|get|getting|got|feel|"
          r"feeling|felt|i'?m|im|am|is|are|he'?s|she'?s|they'?re|used|gave|injected|jabbed|"
          r"think|it'?s|this is|that'?s|like|took|take|taking|just|gonna|going to|about to|be|being|so|very|really|"
          r"kinda|pretty|totally|massive|major|serious|severe|bad)",
    mention_anywhere=r"(?:watch\w*|saw|seen|read|reading|heard) (?:\w+ ){0,5}(?:show|series|movie|film|novel|book|news|"
                     r"documentary|article|tv|episode|anatomy)\b|in (?:the|a|my) (?:novel|story|movie|film|book|show|"
                     r"series|game)|on the news|for (?:a|my) (?:school|class|college|uni|course|project|paper|essay|"
                     r"assignment)|is (?:that|this|it) realistic|(?:writing|reading) (?:a|my|the) (?:novel|story|book|script)|recovered|back to normal|(?:it|that) (?:went away|passed)|"
                     r"(?:she'?s|he'?s|i'?m|they'?re) (?:fine|ok|okay|better) (?:now|today)|(?:it )?came out\b|"
                     r"(?:tests?|results?|scans?|exams?) (?:\w+ ){0,3}(?:normal|fine|clear)|"
                     r"will it|could it|happen again|history of|\blol\b|\bhaha\w*|\blmao\b|recover\w* (?:from|after)|life after|"
                     r"antidote|\bmild\b",
    emergency="**This may be an emergency. Call your local emergency number now: {numbers}.** Do not wait for an "
              "answer from documents.",
    crisis="If you are thinking about suicide or about harming yourself, call or text {line} now. You do not have to "
           "face this alone.",
)

SPANISH = Language(
    code="es",
    patterns={
        "heart": (
            r"(?:pulso|corazon|reloj|pulsaciones) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",r"dolor (?:fuerte |muy fuerte |intenso )?(?:de|en el) pecho", r"(?:me|le) duele (?:mucho )?el pecho",
                  r"(?:brazo|lado) (?:izquierdo )?(?:dormido|adormecido|"
                  r"entumecido) (?:\w+ ){0,4}pecho", r"(?:opresion|presion) en el pecho",
                  r"infarto", r"ataque (?:al corazon|cardiaco)", r"paro cardiaco", r"(?:me |"
                  r"le )?aprieta el pecho", r"(?:presion|opresion|dolor) (?:\w+ ){0,2}en el pecho"),
        "stroke": (
            r"no (?:siento|siente) (?:el|la|los|las) (?:pierna|brazo|lado|cara|piernas|brazos)",
            r"dolor de cabeza (?:mas fuerte|peor|mas horrible) de (?:mi|su) vida",
            r"(?:de golpe|de repente) (?:\w+ ){0,4}(?:veo borroso|no veo|no siento)",
            r"se (?:le|me) (?:cayo|cae|torcio) (?:la cara|la boca|media cara)",
            r"no se le entiende (?:nada|lo que dice)",
            r"no (?:me|le) salen las palabras",
            r"peor dolor de cabeza de (?:mi|su) vida",
            r"(?:veo|ve) doble",
            r"medio cuerpo (?:dormido|paralizado|sin fuerza|entumido)",r"derrame cerebral", r"ictus", r"accidente cerebrovascular",
                   r"(?:cara|boca) (?:caida|torcida|paralizada|chueca)", r"no (?:puede|puedo) hablar",
                   r"(?:habla|arrastra) (?:arrastrada|las palabras|raro)",
                   r"(?:se le|se me) (?:durmio|paralizo) (?:un lado|medio cuerpo|el brazo|la pierna)",
                   r"no (?:puedo|puede) mover (?:el|la|un|mi|su) (?:brazo|pierna|lado)"),
        "breathing": (
            r"se queda sin aire|(?:me|se) quedo sin aire|sin poder respirar",
            r"se pone morad[oa]",r"no (?:puedo|puede|podemos) respirar", r"me ahogo|se (?:esta )?ahogando|se ahoga",
                      r"(?:falta de aire|dificultad para respirar|me falta el aire)", r"(?:ya )?no respira",
                      r"labios (?:\w+ ){0,2}(?:azules|morados)", r"atragant\w*", r"(?:se le |se )?hunden las costillas",
                      r"respira (?:muy )?(?:rapido|raro|mal)", r"(?:me|le) cuesta (?:mucho )?respirar"),
        "poisoning": (
            r"(?:una caja|un frasco|un blister) enter[ao]",
            r"mezcl(?:e|o|ando) (?:\w+ ){0,2}(?:lejia|cloro|amoniaco|salfuman)",r"sobredosis", r"(?:me )?tome (?:todas|todos|muchas|muchos|un frasco|la caja|toda la caja)",
                      r"(?:me |se )?tom[eo] (?:unas |unos )?(?:\d{2,}|veinte|treinta|cuarenta|"
                      r"cincuenta) (?:pastillas|pildoras|"
                      r"comprimidos|capsulas)",
                      r"se (?:trago|comio|tomo|bebio) (?:\w+ ){0,3}(?:pastillas|pildoras|comprimidos|pilas|pila|"
                      r"lejia|cloro|veneno|medicinas|medicamentos)", r"intoxicad\w*|envenenad\w*", r"(?:me |"
                      r"se )?tom[eo] (?:como |unas |unos )?(?:\d{2,}|veinte|treinta) (?:pastillas|pildoras|"
                      r"comprimidos)", r"(?:mezclo|mezcle) (?:\w+ ){0,2}(?:cloro|lejia|amoniaco)"),
        "suicide": (
            r"para no (?:volver a )?despertar",
            r"me acabo de tomar (?:todas|todo|un frasco|una caja)",
            r"quitar(?:me)? la vida",
            r"(?:tirarme|aventarme|lanzarme|saltar)(?: de| del| por)?",
            r"(?:azotea|puente|techo|cornisa) (?:\w+ ){0,5}(?:tirarme|aventarme|saltar|lanzarme)",
            r"despidiendose|se despidio|me mando (?:\w+ ){0,2}despedida",
            r"(?:ya )?no va a estar mas",
            r"lo tengo todo (?:pensado|planeado)",
            r"ya no puedo mas",
            r"no quiero (?:despertar|amanecer)",r"suicid\w*", r"matarme", r"quitarme la vida", r"no quiero (?:seguir )?vivir",
                    r"quiero morir(?:me)?", r"acabar con (?:mi vida|todo)", r"hacerme dano", r"me quiero matar|"
                    r"me voy a matar", r"(?:me las|las) (?:voy a )?tom(?:o|ar) todas", r"(?:se va|"
                    r"me voy) a tirar (?:del|de un|por la)", r"mensaje de despedida", r"ya no aguanto mas"),
        "allergy": (
            r"lengua (?:gorda|enorme)",
            r"se (?:le|me) va la voz|voz ronca",
            r"pica(?:r)? la garganta",r"anafila\w*", r"reaccion alergica (?:grave|fuerte|severa)",
                    r"(?:se me|se le) (?:cierra|hincha) la garganta",
                    r"(?:garganta|lengua|labios|cara) (?:cerrada|hinchad[ao]s?)",
                    r"(?:esta |se esta )?cerrando la garganta", r"se (?:me|le) hincha (?:la cara|la lengua|"
                    r"los labios)", r"se (?:me|le) hincho (?:la lengua|la cara|la garganta|"
                    r"los labios)", r"(?:casi )?no (?:puedo|puede) tragar"),
        "unresponsive": (
            r"sin despertar",
            r"no se mueve",
            r"no se si respira",r"inconsciente", r"no (?:responde|reacciona)", r"no (?:se )?despierta", r"se desmayo",
                         r"convulsi\w*", r"ataque epileptico", r"se desplomo", r"no (?:puedo|podemos) despertar"),
        "bleeding": (
            r"(?:sale|salia|brota) a chorros",
            r"me corte (?:la|las) (?:muneca|munecas|venas)",r"sangr(?:a|o|ando) (?:mucho|muchisimo|sin parar)", r"no (?:para|deja) de sangrar", r"hemorragia",
                     r"(?:vomitando|vomito|tosiendo|escupiendo) sangre", r"mucha sangre"),
    },
    negation=r"no|nunca|sin|ni|jamas|nada de|ningun\w*",
    not_negation=r"no se (?:si|que|como|cuanto|donde|por que|lo que|bien)\b|no estoy segur[oa]|no (?:puedo|puede|podemos) respirar|no (?:responde|reacciona|"
                 r"despierta|para|deja)|no quiero (?:seguir )?vivir|no quiero despertar",
    mention=r"como funciona|para (?:detectar|reconocer|saber si|prevenir)|a algunas personas|puede un nin[oa]|"
            r"(?:un|una|los|las) nin[oa]s? (?:\w+ )?pueden?|(?<![a-z] )por que|que diferencia|diferencia entre|que significa|"
            r"cuant[oa]s? (?:\w+ ){0,3}(?:es|son|se necesita)|es (?:verdad|cierto)|que (?:senales|sintomas)|"
            r"(?:puede|pueden|podria) (?:\w+ ){0,6}(?:causar|provocar|dar)|sintomas de|senales de|riesgo de|"
            r"(?<![a-z] )que es\b|como (?:saber|se sabe|se usa)|personas (?:con|que)|alguien (?:con|que)|si alguien|en caso de|"
            r"prevenir|"
            r"es posible|(?<!no )se puede\b|de calor|casi me (?:da|dio)|que (?:pasa|pasaria|ocurre|sucede) si|y si ",
    past=r"el (?:ano|mes|verano|invierno|otono) pasado|la (?:semana|primavera|navidad) pasada|"
         r"hace (?:\w+ )?(?:anos|meses|semanas)|en (?:19|20)\d\d|de nin[oa]|de pequen[oa]|de chic[oa]|cuando era|"
         r"cuando tenia|ayer\b",
    now=r"ahora mismo|ahorita|ayuda|urgente|hace (?:\w+ )?(?:minutos|horas|una hora)|esta (?:manana|noche)",
    signs={
        "sweating": r"sud(?:ando|or frio|oroso|ada|ado)", "pallor": r"palid\w*|gris\b",
        "faint": r"mare\w*|desmay\w*|me voy a desmayar", "confusion": r"confundid\w*|desorientad\w*|no sabe donde",
        "numbness": r"dormid\w*|adormecid\w*|hormigue\w*|entumecid\w*",
        "weakness": r"debil\w*|floj[ao]\b|no (?:puede|puedo) (?:levantar|caminar|mover|pararse)",
        "pain": r"dolor (?:muy )?(?:fuerte|intenso|horrible|terrible)|me duele (?:mucho|muchisimo)",
        "vomiting": r"vomit\w*|nause\w*|ganas de vomitar", "skin": r"ronchas|urticaria|sarpullido|manchas rojas",
        "breath": r"silb\w*|respira (?:raro|rapido|mal)|jadea\w*",
        "speech": r"no (?:puede|puedo) hablar|habla raro|arrastra las palabras",
        "swelling": r"hinchad\w*|se (?:me|le) hincha",
        "bleeding": r"sangr\w*|(?<!de )(?<!la )sangre", "fever": r"fiebre (?:muy )?alta|40 de fiebre",
        "shaking": r"temblando|convulsion\w*|sacudidas", "responds": r"no (?:responde|reacciona)",
    },
    nearby={
        "heart": ((r"pecho|torax", r"dol|duel|aprie|apret|presion|opresion|oprim|peso|punzad|estruj|clav|revient|pincha"),
                  (r"corazon", r"duel|dolor|aprie|estruj"), (r"elefante|piedra|losa", r"pecho")),
        "stroke": ((r"cara|boca|rostro|sonrisa|labio|parpado|ojo", r"torcid|caid|se (?:le |me )?cae|colgad|chuec|"
                    r"paraliz|desviad|ladead|de lado"),
                   (r"habla|hablar|palabras|lengua", r"arrastr|trab|raro|rara(?! vez)|incoheren|enredad|sin sentido|"
                    r"no se le entiende|balbuce"),
                   (r"brazo|pierna|lado|mitad", r"no (?:lo |la |le |se )?(?:puede|puedo) mover|paraliz|sin fuerza|"
                    r"no (?:lo |la )?siente"),
                   (r"de repente|de golpe|repentin", r"no (?:puede|puedo) (?:hablar|ver|mover|caminar)|ve doble|paraliz|"
                    r"dolor de cabeza (?:horrible|terrible|fortisimo|muy fuerte|insoportable)")),
        "breathing": ((r"respir|aire|aliento", r"no (?:puede|puedo|podemos|consigue|logra)|cuesta|dificultad|falta|ahog|"
                       r"jade|apenas|no (?:le |me )?(?:entra|llega)|lucha|boquea"),
                      (r"labio|boca|cara|dedo", r"azul|morad|gris|amoratad|cianot")),
        "poisoning": ((r"trag|tom[oe]|tomad|comi|bebi|ingiri", r"lejia|cloro|pila|bateria|veneno|detergente|raticida|"
                       r"insecticida|anticongelante|quimic|limpiador|lavandina|salfuman|desatascador|soda caustica|"
                       r"amoniaco|matarratas"),
                      (r"frasco entero|caja entera|blister entero|todo el frasco|toda la caja|un punado|un monton|"
                       r"medio frasco|todo el blister|todas las pastillas",
                       r"pastill|pildor|comprimid|capsul|medicament|somnifer|pastis"),
                      (r"se (?:comio|trago)|ha (?:comido|tragado)|(?:comio|trago)",
                       r"pastill|pildor|comprimid|capsul|medicament|medicin|vitamina|gomit|somnifer")),
        "suicide": ((r"quiero|quisiera|ganas de|pienso en|pensando en|voy a|planeando|deseo|prefiero",
                     r"morir(?!\w)|morirme|matarme|desaparecer|quitarme la vida|acabar con todo|acabar con mi vida|"
                     r"no despertar|dejar de existir|no estar aqui|no existir|estar muert|tirarme|colgarme|cortarme"),
                    (r"pastillas|cuchilla|cuerda|soga|pistola", r"listas|preparad|guardad|juntad|acumulad"),
                    (r"despedi|adios|carta", r"para siempre|ultima vez|ultimo mensaje|de despedida")),
        "allergy": ((r"garganta|lengua|labio|boca|cara|parpado", r"hinch|cerrand|se (?:me |le )?cierra|cerrad"),
                    (r"alerg|cacahuete|mani|nuez|abeja|avispa|picadura|marisco|penicilina",
                     r"no (?:puede|puedo) respirar|garganta|lengua|epipen|adrenalina|silb|desmay")),
        "bleeding": ((r"sangr|hemorrag", r"no (?:para|deja|se detiene|se corta|se para)|chorro|borbotones|a mares|empap|"
                      r"por todas partes|sin parar|charco|muchisim|un monton"),
                     (r"vomit|escup|tos|devolv|arroj|echa", r"sangre"),
                     (r"herida|corte|cortado|tajo|cuchill", r"profund|no para|no deja|mucha sangre|chorro")),
        "unresponsive": ((r"desmay|inconscient|colaps|se (?:cayo|desplomo)|tirad|en el suelo|en el piso",
                          r"no (?:responde|reacciona|despierta|se mueve|contesta|respira)|ojos en blanco|morad"),
                         (r"convuls|temblor|sacud|espasmo", r"no para|minutos|ojos en blanco|espuma|todo el cuerpo")),
    },
    # Words one slip from a key word of another language, spelt right (Spanish "suicidar" is no "suicidal").
    keywords=("suicidar", "suicidarme", "suicidarse", "suicidarte"),
    names=r"(?:infarto|ataque (?:al corazon|cardiaco)|paro cardiaco|derrame(?: cerebral)?|ictus|accidente cerebrovascular|"
          r"sobredosis|anafilaxia|choque anafilactico|convulsion|ataque epileptico|crisis de asma|intoxicacion|"
          r"envenenamiento|suicidio|hemorragia|reaccion alergica)",
    frame=r"(?:tiene|tengo|tenia|esta|estoy|estaba|da|dando|dio|creo que es|es|sufre|sufriendo|con|teniendo|hace|"
          r"haciendo|ahora|pusimos|puse|pusieron|grave|fuerte|severa)",
    mention_anywhere=r"(?:en|de) (?:la|una) (?:serie|pelicula|novela|noticia|tele)\b|(?:vi|lei|escuche|vimos) (?:\w+ ){0,4}(?:serie|"
                     r"pelicula|noticia|articulo|tele|libro)\b|para (?:un|una|el|la) (?:trabajo|tarea|clase|examen|"
                     r"facu|universidad)|se recupero|ya esta bien|ya (?:se le |se me )?paso|todo normal|salio (?:todo )?bien|"
                     r"se (?:la|lo) sacamos|"
                     r"volver a (?:pasar|dar)|(?:puede|podria) volver|\bjaja\w*|antecedentes|historial|\bleve\b",
    emergency="**Esto puede ser una emergencia. Llame ahora a su número local de emergencias: {numbers}.** No espere "
              "una respuesta de los documentos.",
    crisis="Si está pensando en el suicidio o en hacerse daño, llame o escriba ahora a {line}. No tiene que "
           "enfrentarlo solo.",
)

GERMAN = Language(
    code="de",
    patterns={
        "heart": (
            r"(?:herz|puls|smartwatch|uhr) (?:\w+ ){0,5}(?:1[6-9]\d|2\d\d)\b",
            r"schwarz vor (?:den )?augen",r"brustschmerz\w*", r"schmerz\w* (?:in der|in meiner|in seiner|in ihrer|auf der) brust",
                  r"herzinfarkt\b", r"herzanfall\b", r"herzstillstand", r"(?:enge|druck) (?:in der|auf der) brust",
                  r"(?:elefant|gewicht|stein) auf (?:meiner|seiner|ihrer|der) brust", r"(?:enges?|druck|"
                  r"schweres?) (?:\w+ ){0,2}(?:gefuhl|gefuehl)? ?in der brust", r"als wurde jemand (?:drauf|"
                  r"auf mir) sitzen"),
        "stroke": (
            r"(?:bein|arm|hand) gehorcht (?:mir |ihm |ihr )?nicht",
            r"(?:seh|sehe) (?:ich )?alles doppelt",
            r"(?:schlimmsten?|starksten?|heftigsten?) kopfschmerzen",
            r"(?:schlimmsten|starksten|heftigsten) kopfschmerzen (?:meines|seines|ihres) lebens",
            r"(?:seh|sehe|sieht) (?:alles )?doppelt",
            r"kauderwelsch",
            r"(?:hand|arm) (?:hangt|haengt) (?:\w+ )?runter",
            r"gsicht|knickt (?:\w+ ){0,2}weg",r"schlaganfall(?!s?risiko)", r"gesicht (?:hangt|haengt|ist schief|ist taub)",
                   r"(?:hangender|haengender|schiefer) mund\w*", r"verwaschen\w* sprache|lallt",
                   r"kann (?:\w+ )?(?:nicht|kaum) (?:mehr )?(?:\w+ )?(?:sprechen|reden)", r"mundwinkel (?:hangt|"
                   r"haengt)",
                   r"(?:arm|bein|seite|korperhalfte|koerperhaelfte) (?:ist )?(?:plotzlich |ploetzlich )?"
                   r"(?:taub|gelahmt|gelaehmt)", r"(?:arm|bein) nicht (?:mehr )?bewegen", r"(?:rede|"
                   r"redet)\w* verwaschen",
                   r"wirres zeug", r"gesichtshalfte (?:hangt|haengt)", r"(?:hangt|haengt) (?:\w+ ){0,2}mundwinkel",
                   r"rede\w* (?:\w+ )?verwaschen", r"(?:arm|"
                   r"bein) nicht (?:mehr )?heben", r"findet keine worte", r"auf einem auge nichts"),
        "breathing": (
            r"japs\w*",
            r"brodelt beim atmen",
            r"keine satze mehr",
            r"zieht sich (?:alles )?zu",
            r"asthmaanfall|asthma-anfall",
            r"spray hilft (?:nicht|null|nix|gar nicht)",
            r"(?:rippen|brustkorb) (?:\w+ ){0,4}(?:einzieht|zieht sich ein|einziehen)",r"(?:kann|bekomme|kriege|krieg|bekommt|kriegt) (?:ich |er |sie )?(?:keine|kaum|schlecht) luft",
                      r"kann (?:nicht|kaum) (?:mehr )?atmen", r"atmet (?:nicht|kaum)(?: mehr)?", r"atemnot",
                      r"erstick\w*", r"lippen (?:sind |werden )?blau", r"verschluckt", r"blaue lippen", r"(?:rochelt|"
                      r"roechelt)", r"blaulich|blaeulich"),
        "poisoning": (
            r"waschmittelkapsel|spulmaschinentab",
            r"oleander|rohrreiniger|abflussreiniger",
            r"(?:mehrere|viele|ein paar) (?:\w+ )?(?:schlaftabletten|tabletten|pillen) (?:\w+ ){0,4}genommen",
            r"(?:spulmaschinentab|waschmitteltab|tab|tabs) (?:\w+ ){0,3}(?:gekaut|rumgekaut|geschluckt|im mund)",
            r"(?:tabletten|pillen) erwischt|erwischt (?:\w+ ){0,3}(?:tabletten|pillen)",
            r"es fehlen (?:\w+ ){0,2}(?:\d+|einige|viele) (?:\w+ )?(?:stuck|tabletten|pillen)",
            r"(?:co|gas|rauch)-?melder (?:\w+ ){0,4}(?:piepst|piept|schlagt an|geht los|alarm)",
            r"gemischt (?:\w+ ){0,8}(?:brennt|hust|keine luft)|(?:chlorreiniger|chlor) (?:\w+ ){0,4}gemischt",r"uberdosis|ueberdosis",
                      r"\w*(?:tabletten|pillen|medikamente) (?:geschluckt|genommen|gegessen)",
                      r"(?:\w*tab|\w*tabs|\w*batterie|magnet\w*) (?:\w+ ){0,3}(?:gebissen|geschluckt|verschluckt)",
                      r"(?:batterie|putzmittel|reiniger|spulmittel|bleiche|gift) (?:geschluckt|gegessen|getrunken)",
                      r"vergift\w*"),
        "suicide": (
            r"schlinge",
            r"dass es vorbei ist",
            r"(?:bring|bringe) (?:ich )?(?:es|ichs|ich's) zu ende",
            r"von allen verabschiedet",
            r"(?:steh|stehe) am gleis",
            r"keinen sinn mehr",
            r"nicht mehr da bin",
            r"(?:auf|an) (?:der|einer|dem) (?:brucke|dach|gleisen|klippe) (?:\w+ ){0,5}(?:springen|runter)",
            r"(?:uberleg|uberlege|will|denke an) (?:\w+ )?(?:zu )?springen",
            r"keine sorgen mehr machen",
            r"ich hab euch lieb|sorry fur alles|danke fur alles",r"suizid\w*|selbstmord\w*", r"(?:mich|sich) umbringen", r"(?:bringe? mich|"
                    r"bringt sich) (?:\w+ ){0,3}um\b", r"(?:will|mochte|moechte) (?:nicht mehr leben|sterben)",
                    r"mir das leben nehmen", r"mich (?:selbst )?(?:verletzen|ritzen)", r"nicht mehr leben", r"(?:das|"
                    r"sich das|mir das) leben (?:nimmt|"
                    r"nehmen)", r"tabletten (?:\w+ ){0,2}bereit", r"ich kann nicht mehr"),
        "allergy": (r"anaphyla\w*", r"allergischer schock", r"schwere allergische reaktion",
                    r"(?:hals|zunge|lippen|gesicht|rachen) (?:schwillt|schwellen|ist geschwollen|sind geschwollen|"
                    r"schnurt sich zu|schnuert sich zu)", r"(?:lippen|zunge|gesicht|"
                    r"augen) (?:\w+ ){0,3}dick", r"kann (?:kaum|nicht) (?:mehr )?schlucken"),
        "unresponsive": (
            r"zusammengebrochen",
            r"(?:lasst sich|ist) (?:kaum|nicht) (?:zu )?(?:wecken|erwecken)",
            r"ganz schlapp",r"bewusstlos", r"reagiert nicht", r"nicht (?:mehr )?wach", r"wacht nicht (?:mehr )?auf",
                         r"ohnmachtig|ohnmaechtig",
                         r"zusammengebrochen", r"krampfanfall|krampft", r"epileptischer anfall"),
        "bleeding": (
            r"(?:marcumar|blutverdunner\w*|eliquis|xarelto|pradaxa)(?:,)?(?: \w+){0,3} (?:gesturzt|gefallen|hingefallen)",
            r"blutet ohne ende",
            r"klafft",
            r"blutet wie (?:sau|verruckt|blode|holle)",
            r"nasenbluten seit (?:uber |mehr als )?(?:einer|ner|\d+|zwei) stunde",
            r"platzwunde",r"(?:starke|heftige) blutung", r"blute[tn]? (?:sehr |ganz )?(?:stark|heftig)",
                     r"(?:hort|hoert) nicht auf zu bluten", r"blut (?:erbrochen|gespuckt|gehustet)",
                     r"(?:erbreche|spuckt|spucke|huste|hustet) blut", r"voll blut", r"hort nicht auf zu bluten|"
                     r"hoert nicht auf|hort nicht auf"),
    },
    negation=r"kein\w*|nicht|nie|niemals|ohne",
    not_negation=r"(?:weiss|weiß) nicht|nicht sicher|kann (?:nicht|kaum) (?:mehr )?(?:atmen|sprechen|reden)|"
                 r"(?:atmet|reagiert|wacht) nicht|keine luft|kaum luft|nicht mehr leben|nicht auf zu bluten",
    mention=r"wie (?:funktioniert|wirkt)|wie erkenne|kann man|(?:konnen|kann) (?:ein )?kind(?:er)?|erblich|(?:um|zu) (?:\w+ )?(?:erkennen|feststellen)|warum|was macht|unterschied|was bedeutet|woran merkt|stimmt (?:das|es)|"
            r"ist (?:das|es) wahr|wie viel (?:\w+ ){0,3}(?:ist|sind)|"
            r"(?:kann|konnen|koennen) (?:\w+ ){0,6}(?:verursachen|auslosen|ausloesen)|symptome (?:von|eines|einer)|"
            r"anzeichen|risiko|was ist (?:ein|eine|der|die|das)\b|was passiert,? wenn|woran erkenn\w*|vor hitze|fast (?:einen|eine)|wie erkennt|"
            r"woran erkennt|erkennt man|wie sieht|wenn (?:ein|"
            r"eine) |menschen mit|jemand (?:mit|der)|wenn jemand|vorbeugen|"
            r"(?<!wie )moglich|(?<!wie )moeglich",
    past=r"letztes jahr|letzten (?:monat|sommer|winter)|vor (?:\w+ )?(?:jahren|monaten|wochen)|letzte woche|"
         r"vorige woche|im (?:fruhjahr|fruhling|sommer|winter|herbst)\b|damals|gestern|als (?:ich|er|sie) (?:klein|"
         r"jung|ein kind)|"
         r"\b(?:19|20)\d\d\b(?! ?(?:mg|g|ml|mcg|ie|einheiten)\b)|als kind",
    now=r"jetzt|gerade|sofort|hilfe|vor (?:\w+ )?(?:minuten|stunden|einer stunde)|seit (?:einer|\w+) (?:halben )?"
        r"(?:stunde|minuten)",
    signs={
        "sweating": r"schwitz\w*|kaltschweiss\w*|kalter schweiss", "pallor": r"blass|grau im gesicht|kreidebleich",
        "faint": r"schwindel\w*|ohnmacht\w*|kippe (?:gleich )?um", "confusion": r"verwirrt|desorientiert",
        "numbness": r"taub\b|kribbel\w*|eingeschlafen",
        "weakness": r"schwach|kraftlos|kann (?:nicht|kaum) (?:mehr )?(?:stehen|laufen|gehen)",
        "pain": r"starke schmerzen|(?:hollische|hoellische|furchtbare|unertragliche) schmerzen",
        "vomiting": r"erbrech\w*|(?:u|ue)bergeb\w*|kotz\w*|(?:u|ue)bel\b",
        "skin": r"quaddeln|nesselausschlag|ausschlag",
        "breath": r"pfeif\w*|keuch\w*|rochel\w*|atmet (?:schnell|komisch|schwer)",
        "speech": r"lallt|kann nicht (?:mehr )?(?:richtig )?sprechen", "swelling": r"geschwollen|schwillt",
        "bleeding": r"blut(?!druck|zucker|wert|test|bild|spend|verdunn|gruppe|abnahme)\w*", "fever": r"hohes fieber|(?:40|41) grad", "shaking": r"zittert|krampf\w*|zuckt",
        "responds": r"reagiert (?:nicht|kaum)",
    },
    nearby={
        "heart": ((r"brust", r"schmerz|weh|tut|druck|druckt|eng|stech|sticht|zieht|presst|quetsch|beklemm"),
                  (r"herz", r"schmerz|weh|druck|sticht|stech|quetsch")),
        "stroke": ((r"gesicht|mund|mundwinkel|lachen|lacheln|augenlid|gesichtshalfte",
                    r"hang|schief|gelahmt|verzogen|sackt|lahm|schlaff"),
                   (r"sprache|spricht|sprechen|redet|reden|worte|worter",
                    r"verwaschen|undeutlich|komisch|wirr|unverstandlich|lall|nuschel"),
                   (r"arm|bein|hand|seite|korperhalfte|korperseite",
                    r"gelahmt|lahm|schlaff|kraftlos|nicht (?:mehr )?(?:bewegen|heben)|gehorcht nicht")),
        "breathing": ((r"atm|atem|puste", r"kann nicht|kann kaum|kaum|schwer|ring|japs|muhsam|bleibt (?:mir )?weg"),
                      (r"luft", r"keine|kaum|kriegt|krieg|bekomm|bleibt weg"),
                      (r"lippen|gesicht|finger|mund", r"blau|grau|lila|violett")),
        "poisoning": ((r"geschluckt|verschluckt|gegessen|getrunken|erwischt",
                       r"tabletten|pillen|medikament|putzmittel|reiniger|bleiche|batterie|knopfzelle|gift|spulmittel|"
                       r"waschmittel|tabs|chemikal|frostschutz|abflussreiniger|rattengift"),
                      (r"ganze|packung|schachtel|handvoll|haufen|zu viele|zwanzig|dreissig|vierzig|funfzig",
                       r"tabletten|pillen|schlaftabletten|medikament|kapseln")),
        "suicide": ((r"will|mochte|wurde (?:am liebsten|gern)|denke (?:daran|dran)|plane|bereit",
                     r"sterben|tot sein|verschwinden|nicht mehr (?:da sein|aufwachen|leben)|umbringen|"
                     r"das leben nehmen|ein ende machen"),
                    (r"tabletten|seil|strick|brucke|klinge|pistole|abschiedsbrief",
                     r"bereit|gesammelt|gelegt|geschrieben|hergerichtet")),
        "allergy": ((r"zunge|lippen|gesicht|rachen|kehle", r"schwillt|geschwollen|dick|eng|schnurt"),
                    (r"hals", r"schnurt|schwillt zu|zugeschwollen|macht zu|eng"),
                    (r"allergi|erdnuss|nuss|biene|wespe|stich|meeresfrucht|penicillin",
                     r"keine luft|atemnot|epipen|adrenalin|kollabiert|ohnmacht")),
        "bleeding": ((r"blut", r"hort nicht auf|stromt|spritzt|schiesst|uberall|pfutze|durchgeblutet|durchnasst|viel|"
                      r"massiv|nicht (?:zu )?stoppen"),
                     (r"erbrech|spuck|hust|kotz|gebroch|erbroch", r"blut"),
                     (r"wunde|schnitt|verletzung", r"tief|klafft|hort nicht auf|spritzt")),
        "unresponsive": ((r"reagiert|ansprechbar|antwortet", r"nicht|kaum"),
                         (r"umgekippt|zusammengebrochen|bewusstlos|ohnmachtig|liegt am boden|auf dem boden|gesturzt",
                          r"reagiert|wach|atmet|bewegt sich nicht|nicht ansprechbar"),
                         (r"krampfanfall|epileptisch", r"minuten|ganzer korper|schaum|augen verdreht|hort nicht auf")),
    },
    # Words one slip from a key word of another language, spelt right (Spanish "suicidar" is no "suicidal").
    keywords=("suizidal",),
    names=r"(?:herzinfarkt|herzanfall|herzstillstand|schlaganfall|uberdosis|anaphylaxie|anaphylaktischer schock|"
          r"krampfanfall|epileptischer anfall|asthmaanfall|vergiftung|suizid|selbstmord|allergischer schock|"
          r"allergische reaktion)",
    frame=r"(?:hat|habe|hab|hatte|ist|bin|kriegt|krieg|bekommt|bekomme|erleidet|glaube|wohl|vermutlich|vielleicht|"
          r"gerade|grad|nen|schwere[nr]?|starke[nr]?)",
    mention_anywhere=r"(?:gelesen|gehort|gesehen) (?:\w+ ){0,4}(?:dass|serie|film|nachrichten|artikel|buch)|hab gelesen|"
                     r"in (?:der|einer) (?:serie|doku|sendung)|im (?:film|roman|buch|fernsehen)|"
                     r"fur (?:die|ein|eine|den) (?:schule|uni|referat|hausarbeit|kurs)|hat sich (?:wieder )?erholt|"
                     r"geht (?:es )?(?:ihm|ihr) wieder gut|(?:ging|war) (?:wieder )?weg|alles (?:in ordnung|normal)|"
                     r"wieder (?:passieren|kommen)|nochmal passieren|\bhaha\w*|vorgeschichte|\bleicht(?:e|en)?\b",
    emergency="**Das könnte ein Notfall sein. Rufen Sie jetzt Ihre örtliche Notrufnummer an: {numbers}.** Warten Sie "
              "nicht auf eine Antwort aus den Dokumenten.",
    crisis="Wenn Sie daran denken, sich das Leben zu nehmen oder sich zu verletzen, rufen Sie jetzt {line} an. Sie "
           "müssen das nicht allein durchstehen.",
)

FRENCH = Language(
    code="fr",
    patterns={
        "heart": (
            r"(?:coeur|pouls|montre) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",
            r"tomber dans les pommes",
            r"(?:mal|douleur) (?:\w+ ){0,6}(?:dans|a) la poitrine",r"(?:douleur|mal) (?:\w+ ){0,3}(?:a la|dans la|dans ma) poitrine",
                  r"serre (?:\w+ )?(?:dans|a) (?:la|ma) poitrine|"
                  r"poitrine (?:qui )?(?:se )?serre", r"douleur thoracique", r"crise cardiaque",
                  r"infarctus", r"arret cardiaque", r"(?:oppression|serrement|poids) (?:a la|dans la|"
                  r"sur la) poitrine", r"(?:barre|poids|etau) (?:\w+ ){0,2}(?:dans la|sur la|"
                  r"a la) poitrine", r"descend dans le bras"),
        "stroke": (
            r"bouche (?:\w+ )?croche",
            r"parle (?:drole|bizarre|tout croche)",
            r"(?:pire|plus fort) mal de tete de (?:ma|sa) vie",r"\bavc\b", r"accident vasculaire", r"visage (?:qui tombe|tombe|paralyse|deforme|de travers)",
                   r"bouche de travers", r"(?:n'?arrive|narrive) (?:plus|pas) a parler",
                   r"parle (?:mal|bizarrement|de travers)", r"(?:bras|jambe|cote) (?:engourdi|"
                   r"paralyse)", r"parler bizarre|bafouill\w*", r"bras (?:droit |"
                   r"gauche )?pend", r"vois double", r"tiens? (?:pas|plus) debout"),
        "breathing": (
            r"(?:ne )?respire (?:pas|plus)\b",
            r"pauses respiratoires",
            r"devient gris\w*",
            r"respire de plus en plus mal",
            r"crise d'?asthme",
            r"(?:ventoline|pompe|inhalateur) (?:\w+ )?(?:marche|fonctionne|fait) (?:pas|plus|rien)",
            r"(?:cotes|cote) (?:se )?creus\w*",
            r"halete|il halete|elle halete",
            r"arrive (?:plus|pas) a finir ses phrases",r"(?:n'?arrive|narrive) (?:pas|plus) a respirer", r"ne respire (?:pas|plus)", r"j'?etouffe",
                      r"s'?etouffe", r"difficultes? a respirer", r"levres (?:bleues|violettes)", r"du mal a respirer",
                      r"respire (?:tres |trop )?(?:vite|mal|bizarrement)", r"cotes se creusent",
                      r"manque d'?air", r"(?:j\'?arrive|arrive) (?:plus|pas) a respirer", r"(?:ventoline|"
                      r"inhalateur) ne fait rien", r"peu[xt] (?:pas|plus) finir (?:mes|ses) phrases", r"(?:peut|"
                      r"peux) plus (?:tousser|parler)"),
        "poisoning": (
            r"pastille de lave-vaisselle|capsule de lessive",
            r"(?:\d+|deux|trois|quatre|cinq) fois (?:sa|la|ma) dose",
            r"voit (?:tout )?jaune",
            r"(?:melange|mix) (?:\w+ ){0,3}(?:javel|chlore|ammoniaque)",r"overdose|surdose",
                      r"(?:avale|pris) (?:toute la boite|tout le flacon|tous|toutes|plein de|beaucoup de)",
                      r"a (?:avale|mange|bu) (?:\w+ ){0,3}(?:comprimes|cachets|pilules|medicaments|pile|piles|"
                      r"javel|produit)", r"intoxi\w*|empoisonn\w*", r"(?:bu|avale) (?:de l'?|de la |"
                      r"du )?(?:eau de )?javel", r"avale (?:une|toute la|la) boite", r"a bu du (?:deboucheur|"
                      r"white spirit|petrole|produit)", r"cachets avec (?:beaucoup d\'?|de l\'?)alcool"),
        "suicide": (
            r"me foutre en l'?air",
            r"j'?ai tout prevu",
            r"dire adieu",
            r"bord de la falaise",
            r"plus la force de continuer",
            r"plus jamais me reveiller",
            r"(?:corde|fusil) (?:\w+ ){0,3}(?:coffre|pret)",
            r"(?:pont|toit|falaise|rebord) (?:\w+ ){0,5}sauter",
            r"je pense a sauter",
            r"c'?est fini pour moi",
            r"(?:mis|mettre) mes affaires en ordre",
            r"merci pour tout(?:,)? prends soin de (?:toi|vous)",r"suicid\w*", r"me tuer", r"mettre fin a mes jours", r"en finir", r"envie de mourir",
                    r"veux mourir", r"me faire du mal", r"plus envie de vivre", r"veut mourir"),
        "allergy": (r"anaphyla\w*", r"choc allergique", r"reaction allergique (?:grave|severe|forte)",
                    r"(?:gorge|langue|levres|visage) (?:gonfle\w*|qui gonfle|qui se ferme|se ferme)",
                    r"gorge (?:serree|qui se serre)"),
        "unresponsive": (
            r"(?:ne )?(?:repond|reagit|bouge) (?:pas|plus)\b",
            r"(?:se reveille|se reveil) pas",
            r"tout(?:e)? mou(?:le)?\b",r"inconscient\w*", r"ne (?:repond|reagit) (?:pas|plus)", r"ne se reveille pas",
                         r"evanoui\w*", r"convuls\w*", r"crise d'?epilepsie", r"s'?est effondre\w*", r"(?:j\'?arrive|"
                         r"arrive) pas a (?:le |la )?reveiller", r"bouge plus"),
        "bleeding": (
            r"(?:ca|sang) gicle",
            r"ouvert (?:le|les) poignets?",r"saigne (?:beaucoup|enormement|abondamment|sans arret)", r"hemorragie",
                     r"n'?arrete pas de saigner", r"(?:vomi\w*|crache|tousse) du sang", r"(?:enormes|"
                     r"gros) caillots", r"perds? (?:beaucoup de sang|des caillots)"),
    },
    negation=r"pas|jamais|sans|aucune?|ni",
    not_negation=r"sais pas|suis pas sur\w*|pas sur|(?:arrive|respire|repond|reagit|reveille) (?:pas|plus)|"
                 r"n'?arrete pas|pas a (?:respirer|parler)|plus envie",
    mention=r"comment (?:ca )?(?:marche|fonctionne|se voit)|c'?est quoi|que faut-il faire|"
            r"qu'?est-ce que (?:ca|cela) (?:signifie|veut dire)|quand quelqu'?un|peut-(?:il|elle|on)\b|"
            r"pour (?:detecter|reconnaitre|savoir si)|ca se voit comment|pourquoi|difference|ca veut dire|"
            r"que veut dire|c'?est vrai que|est-ce vrai|combien (?:de \w+ )?(?:faut|pour|c'?est)|"
            r"(?:peut|peuvent|pourrait)(?:-ils|-elles|-il|-elle)? (?:\w+ ){0,6}(?:causer|provoquer|donner)|"
            r"symptomes d|signes d|risques? d|a quoi ressemble|(?<!vite )(?<!tot )possible|de chaleur|failli|"
            r"qu'?est-ce (?:que c'?est|qu'?une?\b|que (?:les?|la)\b)|comment (?:savoir|reconnaitre)|personnes (?:qui|avec|atteintes)|quelqu'?un (?:qui|avec)|"
            r"si quelqu'?un|en cas d|prevenir|que se passe-?t-?il si|qu'?arrive-?t-?il si|et si ",
    past=r"l'?an(?:nee)? derni\w*|le mois dernier|il y a (?:\w+ )?(?:ans|mois|semaines)|en (?:19|20)\d\d|"
         r"dans les annees|quand j'?avais|\bhier\b|"
         r"(?:quand j'?etais|etant) (?:enfant|petit|petite|jeune)|dans mon enfance|l'?(?:hiver|ete|automne) derni\w*|"
         r"le printemps dernier|la semaine derniere|(?<!\bil )(?<!\belle )(?<!\bqui )(?<!\bon )(?<!j'ai )\ba \d+ ans\b|(?:il )?y'? ?a (?:\w+ )?(?:ans|mois|semaines)",
    now=r"maintenant|tout de suite|au secours|urgent|il y a (?:\w+ )?(?:minutes|heures|une heure)|ce (?:matin|soir)|"
        r"depuis (?:tout a l'?heure|une heure|ce matin)",
    signs={
        "sweating": r"transpir\w*|sueurs?\b|en sueur|moite", "pallor": r"pale\b|tout gris|blanc comme",
        "faint": r"vertige\w*|etourdi\w*|malaise|tourner de l'?oeil|evanou\w*", "confusion": r"confus\w*|desoriente\w*",
        "numbness": r"engourdi\w*|fourmi\w*",
        "weakness": r"faible|plus de force|n'?arrive (?:pas|plus) a (?:marcher|bouger|se lever)",
        "pain": r"douleur (?:atroce|terrible|insupportable|tres forte)|tres mal|mal (?:a la|entre les) (?:machoire|"
                r"omoplates)",
        "vomiting": r"vomi\w*|nause\w*|envie de vomir", "skin": r"plaques|urticaire|boutons partout",
        "breath": r"siffl\w*|respire (?:vite|mal|fort|bizarrement)|essouffl\w*",
        "speech": r"n'?arrive (?:pas|plus) a parler|parle (?:mal|bizarrement)", "swelling": r"gonfl\w*|enfl\w*",
        "bleeding": r"saign\w*|(?<!de )(?<!le )sang\b", "fever": r"fievre (?:tres )?(?:forte|elevee)|40 de fievre",
        "shaking": r"tremble\w*|convuls\w*|secousses", "responds": r"ne (?:repond|reagit) (?:pas|plus)",
    },
    nearby={
        "heart": ((r"poitrine|thorax|sternum", r"mal|douleur|serre|serr|oppress|poids|ecras|comprim|pique|etau|barre|"
                   r"enserr"), (r"elephant|enclume|parpaing", r"poitrine|thorax")),
        "stroke": ((r"visage|bouche|sourire|levre|paupiere|joue", r"tombe|paralys|deform|travers|tordu|affaiss|pend|"
                    r"flasque|engourd"),
                   (r"parle|parler|parole|mots|elocution|articul", r"bizarre|travers|incomprehens|pateuse|bafouill|"
                    r"melange|n'?importe quoi|charabia"),
                   (r"bras|jambe|main|cote|moitie", r"paralys|engourd|inerte|plus bouger|ne repond plus|sans force")),
        "breathing": ((r"respir|souffle|air(?!\w)", r"arrive pas|arrive plus|peut pas|peut plus|peux pas|peux plus|"
                       r"difficil|mal a|manque|halete|suffoqu|etouff|bloque"),
                      (r"levre|visage|doigt|bouche|ongle", r"bleu|violet|gris|cyanos")),
        "poisoning": ((r"avale|mange|bu(?!\w)|ingere|pris|gobe|croque",
                       r"javel|pile|batterie|poison|detergent|deboucheur|produit menager|lessive|antigel|mort aux rats|"
                       r"raticide|insecticide|white spirit|essence|chimique"),
                      (r"toute la boite|tout le flacon|toute la plaquette|une poignee|un tas|plein de|boite entiere|"
                       r"vingt|trente|quarante|cinquante",
                       r"comprim|cachet|pilule|medicament|gelule|somnif|doliprane|paracetamol")),
        "suicide": ((r"veux|voudrais|envie de|pense a|penser a|vais|prepare|pret a|prete a",
                     r"mourir|disparaitre|en finir|me tuer|me suicider|plus me reveiller|ne plus me reveiller|"
                     r"plus etre la|ne plus exister|me pendre|mettre fin"),
                    (r"cachets|medicaments|corde|lettre d'?adieu", r"prets|prepare|garde|stock|accumul")),
        "allergy": ((r"langue|levres|visage|bouche|paupiere", r"gonfl|enfl|epaiss"),
                    (r"gorge", r"se ferme|ferme|serre|bouche"),
                    (r"allerg|arachide|cacahuete|noix|abeille|guepe|piqure|fruits de mer|penicilline",
                     r"respire|respirer|gorge|epipen|adrenaline|malaise|evanoui")),
        "bleeding": ((r"saign|sang(?!\w)|hemorrag", r"arrete pas|s'?arrete pas|arrete plus|partout|flot|jet|gicle|pisse|"
                      r"abondam|enormement|flaque|imbib|tremp|sans arret|plein de"),
                     (r"vomi|crach|touss|rend", r"sang(?!\w)")),
        "unresponsive": ((r"evanoui|inconscient|effondr|par terre|au sol|malaise",
                          r"repond|reagit|reveille|bouge|respire"),
                         (r"convuls|spasme", r"minutes|tout le corps|yeux revulses|bave|ecume|s'?arrete pas")),
    },
    # Words one slip from a key word of another language, spelt right (Spanish "suicidar" is no "suicidal").
    keywords=("suicider", "suicidee", "suicides"),
    names=r"(?:crise cardiaque|infarctus|arret cardiaque|avc|accident vasculaire(?: cerebral)?|overdose|surdose|"
          r"anaphylaxie|choc anaphylactique|crise d'?epilepsie|convulsion|crise d'?asthme|intoxication|"
          r"empoisonnement|suicide|hemorragie|choc allergique|reaction allergique)",
    frame=r"(?:fait|fais|faire|(?:il|elle|on|qui) a|j'?ai|est|suis|fasse|c'?est|crois|en train de faire|(?:est|suis) en|en plein\w*|grosse|grave|forte|severe)",
    mention_anywhere=r"dans (?:la|une|un|le) (?:serie|film|roman|livre|reportage|emission)|(?:lu|vu|entendu) (?:\w+ ){0,4}"
                     r"(?:article|serie|film|reportage|journal|tele|infos)|grey'?s anatomy|pour (?:un|une|mon|ma) "
                     r"(?:expose|devoir|cours|travail|memoire)|s'?est (?:vite )?remise?|va (?:tres )?bien maintenant|"
                     r"(?:ca a|c'?est|ca s'?est) passe|plus jamais depuis|tout (?:est )?normal|"
                     r"recommencer|se reproduire|\bmdr\b|\bptdr\b|antecedents|\bleger(?:e|es)?\b",
    emergency="**Il peut s'agir d'une urgence. Appelez maintenant votre numéro d'urgence local : {numbers}.** "
              "N'attendez pas une réponse des documents.",
    crisis="Si vous pensez au suicide ou à vous faire du mal, appelez ou écrivez maintenant à {line}. Vous n'avez "
           "pas à affronter cela seul.",
)

PORTUGUESE = Language(
    code="pt",
    patterns={
        "heart": (
            r"(?:coracao|pulso|relogio|batimentos) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",
            r"(?:mao|maos) no peito",
            r"peso no peito",
            r"(?:a ver|vendo) tudo (?:a )?escurecer",r"dor (?:forte |muito forte )?no peito", r"doi (?:o|meu|no) peito|"
                  r"peito (?:\w+ )?doi", r"aperto no peito", r"ataque cardiaco", r"infarto|enfarte",
                  r"(?:parada|paragem) cardiaca", r"queimacao no peito", r"(?:sobe|desce|vai) (?:pro|"
                  r"para o) (?:pescoco|braco)"),
        "stroke": (
            r"cara descaida",
            r"deixou de perceber",
            r"dor de cabeca (?:absurda|horrivel|fortissima)",
            r"(?:nao )?(?:encontra|acha) as palavras",
            r"nao (?:consegue|consigo) levantar o braco",r"\bavc\b", r"derrame", r"(?:rosto|cara|boca) (?:caido|caida|torto|torta|paralisad[ao])",
                   r"fala (?:ficou )?(?:enrolada|estranha)", r"nao (?:consegue|consigo) (?:falar|mexer)",
                   r"(?:braco|perna|lado) (?:dormente|"
                   r"paralisad[ao])", r"pior (?:dor de cabeca )?da minha vida", r"vendo tudo (?:embacado|dobrado)"),
        "breathing": (
            r"nao respira\b",
            r"(?:nao|num) (?:ta|esta) respirando",
            r"respirar muito mal",
            r"caiu na piscina",
            r"crise de asma",
            r"bombinha (?:\w+ ){0,3}(?:nao|nem) (?:ta|esta|faz)",
            r"costelas (?:\w+ )?afund\w*",r"nao (?:consigo|consegue|conseguimos) (?:respirar|tossir)", r"falta de ar", r"sufoca\w*|"
                      r"engasg\w*",
                      r"(?:nao esta|parou de) respira\w*", r"labios (?:\w+ ){0,2}(?:azuis|roxos)", r"peito (?:dela |"
                      r"dele )?afunda", r"roxinh[ao]"),
        "poisoning": (
            r"veneno de rato|chumbinho",
            r"engoliu (?:\w+ ){0,3}(?:bateria|pilha|button battery|moeda)",r"overdose|superdosagem", r"tomei (?:todos|todas|muitos|muitas|a cartela|o frasco|a caixa)",
                      r"tom(?:ei|ou) (?:uns |umas )?(?:\d{2,}|vinte|trinta|quarenta|cinquenta) (?:comprimidos|pilulas|"
                      r"remedios|capsulas)",
                      r"(?:engoliu|tomou|comeu|bebeu) (?:\w+ ){0,3}(?:remedios|comprimidos|pilulas|pilhas|pilha|"
                      r"bateria|agua sanitaria|veneno|cloro)", r"intoxica\w*|"
                      r"envenen\w*", r"cartela inteira", r"bebeu (?:\w+ ){0,2}(?:querosene|gasolina|soda|"
                      r"desentupidor)", r"(?:meio )?apagado"),
        "suicide": (
            r"acabo com (?:isto|tudo|isso)",
            r"farto de tudo",
            r"(?:nao quero|nao queria) mais acordar",
            r"separei (?:os )?(?:remedios|comprimidos)",
            r"despedindo|se despediu|mensagem de adeus",
            r"(?:ponte|telhado|predio|laje) (?:\w+ ){0,4}(?:pular|me jogar|saltar)",
            r"pensando em (?:pular|me jogar|saltar)",r"suicid\w*", r"me matar", r"tirar (?:a )?(?:minha |sua )?(?:propria )?vida", r"quero morrer",
                    r"nao quero (?:mais )?viver", r"acabar com tudo", r"me machucar", r"vai se jogar|"
                    r"vou me jogar", r"mensagem de despedida", r"nao aguento mais", r"deixei as cartas"),
        "allergy": (r"anafila\w*", r"reacao alergica (?:grave|forte|seria)",
                    r"(?:garganta|lingua|labios|rosto) (?:\w+ )?(?:inchad[ao]s?|fechando|incha\w*)", r"(?:todo|"
                    r"toda) inchad[ao]", r"olho fechou"),
        "unresponsive": (
            r"sem reagir",
            r"desacordad[oa]",
            r"(?:caido|caida) sem",r"inconsciente", r"nao (?:responde|reage|acorda)", r"desmai\w*", r"convuls\w*",
                         r"crise epileptica", r"desabou", r"nao (?:consigo|conseguimos) acordar"),
        "bleeding": (
            r"(?:sangrando|a sangrar) muito",
            r"(?:levou|tomou) uma facada",
            r"troquei \d+ absorventes",r"sangr(?:ando|a) muito", r"hemorragia", r"nao para de sangrar",
                     r"(?:vomitando|vomitei|tossindo|cuspindo) sangue", r"sangue (?:ta |esta )?jorrando"),
    },
    negation=r"nao|nunca|sem|nem|jamais",
    not_negation=r"nao (?:sei|tenho certeza)|nao (?:consigo|consegue|conseguimos) (?:respirar|falar)|"
                 r"nao (?:esta respirando|responde|reage|acorda|para)|nao quero (?:mais )?(?:viver|acordar)",
    mention=r"como funciona|para (?:detectar|reconhecer|saber se)|uma crianca pode|pode-se|"
            r"(?<![a-z] )por ?que\b|diferenca|o que significa|quais (?:sao )?os sintomas|e verdade|"
            r"quant[oa]s? (?:\w+ ){0,3}(?:e|sao|precisa)|"
            r"(?:pode|podem|poderia) (?:\w+ ){0,6}(?:causar|provocar|dar)|sintomas de|sinais de|risco de|(?<![a-z] )o que e\b|"
            r"como (?:saber|e uma?|usar)|o que fazer|quando alguem|de calor|quase (?:tive|me deu)|pessoas (?:com|"
            r"que)|alguem (?:com|que)|se alguem|"
            r"em caso de|prevenir|(?<!rapido )(?<!logo )possivel|o que (?:acontece|aconteceria) se|e se ",
    past=r"ano passado|mes passado|semana passada|ha (?:\w+ )?(?:anos|meses|semanas)|(?:anos|meses|semanas) atras|"
         r"em (?:19|20)\d\d|no carnaval|(?:no|na) (?:verao|inverno|natal|pascoa) passad[oa]|quando (?:eu )?tinha|"
         r"\bontem\b|"
         r"quando (?:era|eu era)|ano retrasado|em crianca",
    now=r"agora|socorro|urgente|(?:ha|faz) (?:\w+ )?(?:minutos|horas|uma hora)|esta (?:manha|noite)",
    signs={
        "sweating": r"suando|suor frio|suad[oa]", "pallor": r"palid\w*|branc[oa] como|cinza",
        "faint": r"tont\w*|desmai\w*|vou desmaiar", "confusion": r"confus\w*|desorientad\w*",
        "numbness": r"dormente|formigament\w*|adormecid\w*",
        "weakness": r"frac[oa]\b|sem forca|nao (?:consegue|consigo) (?:andar|levantar|mexer)",
        "pain": r"dor (?:muito )?(?:forte|intensa|horrivel)", "vomiting": r"vomit\w*|enjo\w*|nause\w*",
        "skin": r"placas|urticaria|manchas pelo corpo|manchas vermelhas",
        "breath": r"chiad\w*|chiando|respira\w* (?:rapido|estranho|mal)",
        "speech": r"nao (?:consegue|consigo) falar|fala (?:enrolada|estranha)",
        "swelling": r"inchad\w*|inchou|incharam",
        "bleeding": r"sangr\w*|(?<!de )sangue", "fever": r"febre (?:muito )?alta|40 de febre",
        "shaking": r"tremendo|convuls\w*|se debatendo", "responds": r"nao (?:responde|reage)",
    },
    nearby={
        "heart": ((r"peito|torax|coracao", r"dor(?!\w)|doi|doendo|aperto|apertad|pressao|pesad|peso|esmag|pontada|"
                   r"fisgad"), (r"elefante|pedra", r"peito")),
        "stroke": ((r"rosto|cara|boca|sorriso|labio|palpebra", r"caid|torto|torta|torc|paralis|dormente|pendurad|"
                    r"entortou|caiu|repuxad"),
                   (r"fala|falar|falando|palavras|lingua", r"enrolad|estranh|embolad|arrastad|sem sentido|nao sai|"
                    r"embaralh|enrola"),
                   (r"braco|perna|lado|mao|metade", r"paralis|sem forca|nao mexe|nao consegue mexer|nao levanta|mole|"
                    r"morto")),
        "breathing": ((r"respir|ar(?!\w)|folego", r"nao consig|nao consegue|dificuldade|falta|falt|sufoc|ofeg|custa|"
                       r"puxando|nao entra"),
                      (r"labio|boca|rosto|dedo|unha", r"roxo|roxa|azul|azulad|cinza|arroxead")),
        "poisoning": ((r"engoliu|engoli|comeu|bebeu|tomou|ingeriu|pegou|mastigou",
                       r"agua sanitaria|cloro|pilha|bateria|veneno|detergente|soda|querosene|gasolina|raticida|"
                       r"chumbinho|inseticida|desinfetante|produto de limpeza|alvejante|lixivia"),
                      (r"cartela|caixa inteira|frasco|um monte|punhado|vinte|trinta|quarenta|cinquenta",
                       r"comprimido|remedio|pilula|capsula|calmante|rivotril|paracetamol|dipirona")),
        "suicide": ((r"quero|queria|vontade de|penso em|pensando em|vou|planejando|pronto para|pronta para",
                     r"morrer|sumir|desaparecer|me matar|tirar minha vida|acabar com tudo|nao acordar|nao existir|"
                     r"nao estar aqui|me jogar|me enforcar|me cortar"),
                    (r"remedios|comprimidos|corda|carta", r"guardad|separad|junt|pront|despedida|adeus")),
        "allergy": ((r"lingua|labio|rosto|boca|palpebra", r"inchad|inchou|inchando|incha|fechando|grossa"),
                    (r"garganta", r"fechando|fechou|fecha|trancando|apertando|apertad"),
                    (r"alergi|amendoim|castanha|abelha|vespa|picada|camarao|frutos do mar|penicilina",
                     r"respirar|garganta|epipen|adrenalina|desmai")),
        "bleeding": ((r"sangr|sangue|hemorrag", r"nao para|sem parar|jorr|esguich|demais|por todo lado|poca|encharc|"
                      r"ensopad|litros"),
                     (r"vomit|cusp|toss|golfad", r"sangue"),
                     (r"corte|ferida|machucado|facada", r"fundo|profund|nao para|jorr")),
        "unresponsive": ((r"desmai|inconscient|caiu|caido|desabou|apagou|no chao",
                          r"nao responde|nao reage|nao acorda|nao se mexe|nao respira|olhos revirados"),
                         (r"convuls|se debatendo", r"minutos|olhos revirados|baba|espuma|nao para")),
    },
    # Words one slip from a key word of another language, spelt right (Spanish "suicidar" is no "suicidal").
    keywords=("suicidar", "suicidou"),
    names=r"(?:infarto|enfarte|ataque cardiaco|parada cardiaca|paragem cardiaca|avc|derrame|overdose|superdosagem|"
          r"anafilaxia|choque anafilatico|convulsao|crise epileptica|crise de asma|intoxicacao|envenenamento|"
          r"suicidio|hemorragia|reacao alergica)",
    frame=r"(?:ta|esta|estou|to|tem|tenho|teve|tive|tendo|(?:isso|ele|ela|acho que|sera que|deve ser) e|em|vai|vou|com|"
          r"dando|deu|forte|grave)",
    mention_anywhere=r"(?:na|numa|no|num) (?:serie|novela|filme|jornal|noticia|reportagem)|(?:vi|li|ouvi) (?:\w+ ){0,4}(?:serie|"
                     r"novela|filme|jornal|noticia|reportagem|artigo|tv)|\bli sobre|para (?:um|uma|o|a) (?:trabalho|"
                     r"prova|aula|faculdade)|se recuperou|ja esta bem|ja passou|hoje (?:to|estou|ta|esta) bem|deram normais|"
                     r"deu (?:tudo )?normal|"
                     r"acontecer de novo|voltar a acontecer|\bk{3,}\b|\brsrs\w*|historico|\bleve\b",
    emergency="**Isto pode ser uma emergência. Ligue agora para o número de emergência local: {numbers}.** "
              "Não espere por uma resposta dos documentos.",
    crisis="Se está pensando em suicídio ou em se machucar, ligue ou envie mensagem agora para {line}. Você não "
           "precisa enfrentar isso sozinho.",
)

ITALIAN = Language(
    code="it",
    patterns={
        "heart": (
            r"mano sul petto",
            r"bruciore (?:\w+ ){0,2}(?:in mezzo al|al) petto",r"dolore (?:forte |"
                  r"fortissimo )?al petto", r"dolore toracico", r"oppressione al petto", r"male al petto",
                  r"(?:morsa|peso|macigno) sul petto",
                  r"infarto", r"attacco (?:di cuore|"
                  r"cardiaco)", r"arresto cardiaco", r"si tiene il petto", r"peso sullo sterno", r"manca il fiato"),
        "stroke": (
            r"non trova le parole",
            r"non riesce (?:piu )?ad? alzare il braccio",
            r"peggior mal di testa della (?:mia|sua) vita",
            r"vedo doppio|vede doppio",r"\bictus\b", r"(?:viso|faccia|bocca) (?:storta|storto|cadente|paralizzat[ao])",
                   r"non (?:riesco|riesce) a muovere", r"parlo strano",
                   r"non (?:riesce|riesco) a parlare", r"parla (?:male|strano)|biascica",
                   r"(?:braccio|gamba|lato) (?:\w+ )?(?:intorpidit[ao]|paralizzat[ao]|"
                   r"addormentat[ao])", r"non mi vengono le parole", r"non capisco quello che mi dicono"),
        "breathing": (
            r"non respiro",
            r"crisi d'?asma",
            r"(?:ventolin|spray|inalatore) (?:\w+ ){0,2}non fa (?:niente|nulla|effetto)",
            r"costole (?:\w+ ){0,2}rientrano",
            r"(?:si e )?strozzat[oa]",
            r"(?:diventando|diventato|diventata|e) (?:tutto |tutta )?(?:viola|blu|cianotic\w*)",r"non (?:riesco|riesce|riusciamo) a respirare", r"non respira", r"soffoc\w*",
                      r"fame d'?aria", r"difficolta (?:a|nel) respirare", r"labbra (?:\w+ ){0,2}(?:blu|"
                      r"viola)", r"fatica a respirare", r"respira a fatica", r"rantol\w*"),
        "poisoning": (
            r"(?:sorso|bicchiere) di (?:anticalcare|sgrassatore|candeggina|detersivo)",
            r"una decina di (?:\w+ )?(?:tachipirin\w*|pastigli\w*|compress\w*)",
            r"pesticida (?:\w+ ){0,6}(?:suda|sbava|pupille)",
            r"pupille (?:piccolissime|a spillo)",
            r"mischiato (?:\w+ ){0,3}(?:candeggina|cloro|ammoniaca)",
            r"(?:caldaia|stufa) (?:\w+ ){0,5}(?:odore|puzza)",r"overdose",
                      r"(?:ho|ha) (?:preso|ingoiato|mangiato|bevuto) (?:tutte|tutto|molte|troppe|la scatola|"
                      r"il flacone)", r"ingoiat[oa] (?:\w+ ){0,3}(?:pillole|compresse|pasticche|batteri\w*|pile|"
                      r"pila|candeggina|veleno)", r"intossica\w*|avvelen\w*",
                      r"(?:bevuto|ingoiato|mangiato) (?:\w+ ){0,2}(?:candeggina|veleno|detersivo|pile|batteri\w*)",
                      r"(?:preso|ingoiato) (?:\d{2,}|venti|trenta|quaranta|cinquanta) (?:\w+ )?(?:pastiglie|pillole|"
                      r"compresse|pasticche)", r"(?:preso|ingoiato) (?:tipo |circa )?(?:\d{2,}|venti|"
                      r"trenta) (?:\w+ )?(?:sonniferi|pastiglie|pillole|compresse)", r"mangiato (?:le |delle )?bacche"),
        "suicide": (
            r"non ce la faccio piu",
            r"pistola (?:\w+ ){0,3}(?:in mano|carica)|in mano la pistola",
            r"ultima volta che (?:la|lo|mi) sent",
            r"ho salutato tutti",
            r"schiantarmi",
            r"stasera chiudo",
            r"la faccio finita",
            r"ho un piano",
            r"(?:ponte|tetto|cornicione) (?:\w+ ){0,5}buttarmi|penso di buttarmi",r"suicid\w*", r"uccidermi|ammazzarmi|mi (?:ammazzo|uccido)", r"togliermi la vita", r"voglio morire",
                    r"non voglio (?:piu )?vivere", r"farla finita", r"farmi del male"),
        "allergy": (r"anafila\w*", r"shock anafilattico", r"reazione allergica (?:grave|forte)",
                    r"(?:gola|lingua|labbra|viso|faccia) (?:gonfi\w*|"
                    r"si (?:sta )?chiude\w*)", r"chiudendo la gola", r"occhi gonfi"),
        "unresponsive": (
            r"perso i sensi|perso conoscenza",
            r"una pupilla piu grande",
            r"continua a svenire",r"incosciente|priv[oa] di sensi", r"non (?:risponde|reagisce)", r"non si sveglia",
                         r"svenut[oa]", r"convulsion\w*", r"crisi epilettica", r"(?:crollat[oa]|"
                         r"si e accasciat[oa])", r"non riesco a svegliare"),
        "bleeding": (
            r"diarrea nera|feci nere",r"sanguina (?:molto|tanto|tantissimo)", r"perd\w* (?:molto|tanto|"
                     r"tantissimo) sangue", r"emorragia", r"non smette di sanguinare",
                     r"(?:vomita\w*|tossisce|"
                     r"sputa) sangue", r"perde un sacco di sangue", r"cambio l\'?assorbente ogni"),
    },
    negation=r"non|mai|senza|ne|niente|nessun\w*",
    not_negation=r"non (?:so|sono sicur[oa])|non (?:riesco|riesce|riusciamo) a (?:respirare|parlare)|"
                 r"non (?:respira|risponde|reagisce|si sveglia|smette)|non voglio (?:piu )?vivere",
    mention=r"come funziona|per (?:riconoscere|capire se|individuare)|a chi ha|(?:un|il) bambino puo|"
            r"(?<![a-z] )perche|differenza|cosa (?:vuol dire|significa)|e vero che|"
            r"quant[oaie] (?:\w+ ){0,3}(?:e|sono|serve|servono)|che sintomi|"
            r"(?:puo|possono|potrebbe) (?:\w+ ){0,6}(?:causare|provocare|dare)|sintomi d|segni d|rischio d|"
            r"cos'?e\b|com'e\b|come (?:capire|riconoscere|si usa)|persone (?:con|che)|qualcuno (?:con|che)|"
            r"se qualcuno|in caso di|"
            r"prevenire|(?<!prima )possibile|aumenta il rischio|(?<!non )si (?:puo|possono)|aumentare|quanto (?:puo|dura)|pericolos\w*|"
            r"dal caldo|(?:cosa|che) (?:succede|succederebbe|accade) se|e se ",
    past=r"l'?anno scorso|il mese scorso|(?:\w+ )?(?:anni|mesi|settimane) fa|nel (?:19|20)\d\d|da bambin[oa]|"
         r"da ragazz[oa]|la settimana scorsa|a (?:pasqua|natale)|al pranzo di|quando avevo|\bieri\b|"
         r"a (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
    now=r"adesso|subito|aiuto|urgente|(?:\w+ )?(?:minuti|ore|un'?ora) fa|stamattina|stasera|da mezz'?ora|da un'?ora",
    signs={
        "sweating": r"sud(?:ato|ata|ando|ore freddo)", "pallor": r"pallid\w*|grigi[oa]|bianc[oa] come",
        "faint": r"vertigin\w*|mi gira la testa|svien\w*|sveni\w*|per svenire", "confusion": r"confus\w*|disorientat\w*",
        "numbness": r"intorpidit\w*|formicol\w*|addormentat\w*",
        "weakness": r"debole|senza forze|non (?:riesce|riesco) a (?:camminare|alzar\w*|muovere)",
        "pain": r"dolore (?:fortissimo|atroce|terribile|insopportabile)", "vomiting": r"vomit\w*|nause\w*",
        "skin": r"bolle|orticaria|chiazze", "breath": r"fischi\w*|respira (?:veloce|male|strano)|affanno",
        "speech": r"non (?:riesce|riesco) a parlare|parla (?:male|strano)", "swelling": r"gonfi\w*",
        "bleeding": r"(?<!del )(?<!il )sangu\w*", "fever": r"febbre (?:molto )?alta|40 di febbre",
        "shaking": r"trema\w*|convulsion\w*|scatti",
        "responds": r"non (?:risponde|reagisce)",
    },
    nearby={
        "heart": ((r"petto|torace|sterno", r"dolor|male|fa male|oppress|peso|stringe|stretta|schiacc|morsa|fitta|preme"),
                  (r"cuore", r"dolor|stringe|schiacc|morsa|fitta"), (r"elefante|macigno|masso", r"petto|torace")),
        "stroke": ((r"viso|faccia|bocca|sorriso|labbr|palpebra", r"storta|storto|cadente|cade|paralizz|addormentat|"
                    r"intorpidit|pende|abbassat|piegat"),
                   (r"parla|parlare|parole|pronuncia|lingua", r"strano|strana|impastat|confus|biascic|incomprensib|"
                    r"farfugli|senza senso|non si capisce"),
                   (r"braccio|gamba|lato|mano|meta", r"paralizz|non si muove|non riesce a muovere|non lo muove|"
                    r"senza forza|inerte|molle")),
        "breathing": ((r"respir|aria|fiato", r"non riesc|fatica|difficolt|manca|mancanza|affann|soffoc|ansim|a stento|"
                       r"boccheggi"),
                      (r"labbr|viso|faccia|dita|unghie|bocca", r"blu|viola|cianot|grigi")),
        "poisoning": ((r"ingoiat|mangiat|bevut|preso|inghiott|ingerit",
                       r"candeggina|pila|pile|batteria|batterie|veleno|detersivo|antigelo|topicida|insetticida|varechina|"
                       r"soda caustica|solvente|benzina"),
                      (r"tutta la scatola|intera scatola|tutto il flacone|intero flacone|tutto il blister|"
                       r"una manciata|un sacco di|venti|trenta|quaranta|cinquanta",
                       r"pillol|compress|pastiglie|pasticch|farmac|sonnifer|medicin|tachipirina|paracetamolo")),
        "suicide": ((r"voglio|vorrei|voglia di|penso a|pensando di|pensando a|sto per|pronto a|pronta a|ho deciso di",
                     r"morire|sparire|ammazzarmi|uccidermi|togliermi la vita|farla finita|non svegliarmi|"
                     r"non esistere|buttarmi|impiccarmi|tagliarmi|non esserci piu"),
                    (r"pillole|pastiglie|corda|lettera", r"pronte|pronta|preparat|messe da parte|addio|conservat")),
        "allergy": ((r"lingua|labbra|viso|faccia|bocca|palpebr", r"gonfi|si gonfia|ingross|spess"),
                    (r"gola", r"si chiude|chiusa|chiudendo|stringe|stretta"),
                    (r"allergi|arachid|noccioline|frutta secca|ape|vespa|puntura|crostacei|frutti di mare|penicillina",
                     r"respir|gola|epipen|adrenalina|svien")),
        "bleeding": ((r"sangu|sangue|emorrag", r"non si ferma|non smette|a fiotti|ovunque|dappertutto|zampill|pozza|"
                      r"inzupp|fradici|tantissimo|litri|senza sosta"),
                     (r"vomit|sput|tossisc|tosse|rigett", r"sangue"),
                     (r"ferita|taglio|tagliat|coltellat", r"profond|non si ferma|non smette|zampill")),
        "unresponsive": ((r"svenut|incoscient|crollat|accasciat|per terra|a terra|caduto|caduta",
                          r"non risponde|non reagisce|non si sveglia|non si muove|non respira|occhi girati|"
                          r"occhi all'?indietro"),
                         (r"convulsion|spasm", r"minuti|tutto il corpo|occhi girati|bava|schiuma|non si ferma")),
    },
    # Words one slip from a key word of another language, spelt right (Spanish "suicidar" is no "suicidal").
    keywords=("suicidarmi", "suicidarsi", "suicidare"),
    names=r"(?:infarto|attacco (?:di cuore|cardiaco)|arresto cardiaco|ictus|overdose|anafilassi|shock anafilattico|"
          r"convulsione|crisi epilettica|crisi d'?asma|intossicazione|avvelenamento|suicidio|emorragia|"
          r"reazione allergica)",
    frame=r"(?:ha|ho|sta|sto|avendo|(?:questo|forse|sicuro|secondo me) e|sono|credo che sia|(?:e|sta|sono) in|con|colto da|colta da|preso|"
          r"venuto|venendo|forte|grave)",
    mention_anywhere=r"(?:nella|in una|nel|in un) (?:serie|film|romanzo|libro|telegiornale|tg|documentario)|(?:letto|visto|"
                     r"sentito) (?:\w+ ){0,4}(?:articolo|serie|film|notizia|telegiornale|tg|tv)|ho letto|"
                     r"per (?:un|una|il|la) (?:tesina|esame|corso|ricerca|compito)|si e ripres[ao]|"
                     r"sta (?:benone|bene adesso|bene ora)|(?:e|si e) passat[oa]|tutto (?:a posto|normale)|ora ha paura|"
                     r"succedere di nuovo|ricapitare|\bahah\w*|anamnesi|\blieve\b",
    emergency="**Potrebbe essere un'emergenza. Chiama subito il numero di emergenza locale: {numbers}.** Non aspettare "
              "una risposta dai documenti.",
    crisis="Se stai pensando al suicidio o a farti del male, chiama o scrivi subito a {line}. Non devi affrontarlo "
           "da solo.",
)

LANGUAGES = (ENGLISH, SPANISH, GERMAN, FRENCH, PORTUGUESE, ITALIAN)
