"""The emergency phrases, cues and messages of English."""

from bot.answer.phrases.language import Language


ENGLISH = Language(
    code="en",
    patterns={
        "heart": (
            r"(?:pain|pressure|tightness|squeezing|heaviness|ache) (?:right )?in the (?:middle|centre|center) of (?:my|his|her|their|the) chest",
            r"heart (?:is |'s )?(?:giving out|packing up|giving up)",
            r"chest (?:[\w',]+ ){0,6}left arm|left arm (?:[\w',]+ ){0,6}chest",
            r"(?:someone|somebody|something|an? (?:elephant|weight|truck|car|ton of bricks)) (?:is |'s )?(?:sitting|standing|kneeling|pressing|sat|stood) on (?:my|his|her|their) chest",
            r"(?:heart|chest) (?:is |feels like (?:it'?s |its |it is )?)?(?:going to|gonna|about to) (?:explode|burst|stop)",
            r"(?:defibrillator|defib|icd|pacemaker) (?:\w+ ){0,3}(?:shocked|shocking|shocks|fired|firing|went off|going off)",
            r"\b(?:[23]\d) ?bpm\b",
            r"(?<!resting )(?:heart rate|pulse|heartbeat) (?:\w+ ){0,3}(?:[23]\d|4[0-5])\b",
            r"(?:heart rate|pulse|heart(?:beat)?|watch|monitor) (?:[\w']+ ){0,6}(?:1[6-9]\d|2\d\d)\b",
            r"(?:racing|pounding|fluttering|skipping) (?:[\w']+ ){0,8}(?:faint|pass out|black(?:ing)? out|fuzzy|going dark)",
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
            r"(?:grabbed|grabbing|clutching|holding|rubbing|gripping|pressing|clasping) (?:at )?(?:his|her|my|their) (?:chest|left arm)",
            r"he?art attack",
            r"crushing (?:\w+ )?(?:pressure|pain|feeling|weight)",
            r"(?:hand|fist|hands) (?:pressed )?(?:on|to|over) (?:his|her|my|their) chest",
            r"chest (?:started|starting|began) (?:hurting|to hurt)",
            r"(?:spreads|spreading|radiating|goes|going|moving|shooting) (?:in)?to (?:my|his|her|the) (?:left )?"
            r"(?:shoulder|arm|jaw|back|neck)",
            r"(?:elephant|weight|something heavy) (?:sat|has sat) on (?:my|his|her) chest",
        ),
        "stroke": (
            r"(?:left|right) side of (?:his|her|my|their) (?:face|mouth)",
            r"(?:can'?t|cannot|can not|unable to) (?:seem to |really )(?:lift|raise|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg|hand|side)",
            r"(?:face|mouth|smile) (?:[\w']+ ){0,3}on one side",
            r"(?:arm|leg|hand|side)(?:'s|s)? (?:has |is )?(?:gone|going|went) (?:all )?(?:weak|numb|dead|limp|floppy)",
            r"can'?t feel (?:my|his|her|their) (?:right|left) (?:arm|leg|hand|side|foot|face)",
            r"one side of (?:his|her|my|their) (?:mouth|lips?|smile) (?:is |has |went |has gone )?(?:gone )?(?:down|dropp\w*|droop\w*|fallen|sagg\w*|slipp\w*)",
            r"one side of (?:his|her|my|their) (?:mouth|lips?|smile|face) (?:isn'?t|is not|won'?t|doesn'?t|can'?t) (?:moving|move)",
            r"can'?t smile (?:properly|right|straight|evenly|on one side)",
            r"(?:speech|words|voice|talking) (?:suddenly |just )?(?:went|has gone|got|became|turned|is going|started going) (?:all )?(?:weird|strange|funny|odd|slurred|garbled|wrong)",
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
            r"can'?t (?:lift|raise|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg|hand|side|face)",
            r"(?:talking|speaking) (?:gibberish|nonsense|funny|strange|weird)",
            r"(?:words|speech) (?:are |is |keep |keeps )?(?:coming out )?(?:all )?(?:jumbled|garbled|wrong|weird|slurred|muddled|mixed up)",
            r"stroke\b(?! (?:unit|ward|rehab|clinic|nurse|team|centre|center|service|association|survivor|support|club)s?\b)",
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
            r"can'?t (?:i |he |she |you )?feel (?:the |my |his |her )?(?:right|left) side",
            r"vision (?:suddenly |just )?(?:went|is|has gone) (?:double|blurry|black)|(?:went|gone|going) (?:black|blind|dark) in one eye",
        ),
        "breathing": (
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:(?:can'?t|cannot|couldn'?t|unable to|struggling to|not able to) (?:finish|complete|get through) (?:a |my |his |her |one |full )?sentences?),? (?:[\w',]+ ){0,8}(?:breath\w*|wheez\w*|asthma|air\b|puffs?|inhaler|ventolin|salbutamol|gasping)|(?:breath\w*|wheez\w*|asthma|air\b|puffs?|inhaler|ventolin|salbutamol|gasping),? (?:[\w',]+ ){0,10}(?:(?:can'?t|cannot|couldn'?t|unable to|struggling to|not able to) (?:finish|complete|get through) (?:a |my |his |her |one |full )?sentences?)",
            r"(?:too )?(?:breathless|out of breath) to (?:talk|speak)|(?:puffs?|inhaler|ventolin|salbutamol|blue pump)\w* (?:[\w',]+ ){0,8}still can'?t (?:talk|speak|breathe)",
            r"(?:fell|fallen|slipped) (?:in|into|under) (?:the|a) (?:pool|water|river|lake|sea|pond|bath|canal) (?:[\w',]+ ){0,10}(?:cough\w*|struggl\w*|not breathing|blue|limp|unconscious|vomit\w*|gasping)",
            r"grunt\w* (?:[\w']+ ){0,4}(?:breath|breathing)|(?:breath|breathing) (?:[\w']+ ){0,3}grunt\w*",
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
            r"breathing (?:is )?(?:really |very |so )?(?:fast|hard|strange|weird|funny|noisy|shallow|rattl\w*|gurgl\w*|irregular|labou?red)",
            r"drown\w*|pulled (?:him|her|them) out of (?:the )?(?:water|pool)",
            r"(?:can'?t|unable to) (?:cough|talk|speak|cry) (?:\w+ ){0,3}(?:choking|stuck)",
            r"(?:can only say|only able to say) (?:a )?(?:few|couple of) words|can'?t (?:talk|speak) in (?:full |"
            r"whole )?"
            r"sentences",
            r"high[- ]pitched (?:\w+ ){0,2}(?:noise|sound|squeak)|stridor|harsh (?:noise|sound) (?:\w+ ){0,3}breath",
            r"can'?t get (?:any |enough )?air",
            r"wheez\w* (?:so |really |very )?(?:bad|badly|hard)",
            r"(?:inhaler|puffer|pump|ventolin|salbutamol|albuterol|nebuli[sz]er) (?:\w+ ){0,2}(?:isn'?t|is not|not|doesn'?t|isn'?t even|does) (?:working|helping|nothing|do (?:anything|a thing))",
            r"(?:neck|rib|chest) (?:muscles )?(?:are |is )?(?:pulling|sucking|caving) in|pulling when (?:he|she|"
            r"they) breathe",
            r"whistling (?:noise|sound)|rattling (?:sound|noise)|barking like a seal|barking cough",
            r"(?:skin|chest) (?:\w+ ){0,3}between (?:his|her|the|my|their) ribs|ribs? (?:\w+ ){0,3}sucking in",
            r"stop(?:s|ped|ping) breathing|blue around (?:the|his|her|my) (?:mouth|lips)",
            # Not a tablet that feels stuck ("it feels like it gets stuck in her throat", a conversation set):
            # a sensation told, not a choking; what "seems" or "looks like" something stuck is seen, and stays urgent
            # (a reviewer's "it seems like something's stuck in her throat").
            r"(?<!feels like )(?<!feels like it )(?<!feels like its )(?<!feels like it's )(?<!feels like it gets )"
            r"(?<!feel like it gets )(?<!feels like it is )stuck in (?:my|his|her|their) throat|"
            r"barely get (?:any )?air",
            r"asthma attack|inhaler (?:\w+ ){0,6}not (?:helping|working)",
            r"struggling for (?:every |each )?breath|fighting for (?:breath|air)",
        ),
        "poisoning": (
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"\b(?:ate|eaten|picked|foraged) (?:[\w',]+ ){0,4}(?:wild )?(?:mushrooms?|toadstools?|foxglove|oleander|hemlock|yew berries|deadly nightshade|lily of the valley|daffodil bulbs?) (?:(?!(?:yesterday|last|always|usually|often|every|whenever|chemo\w*)\b)[\w',]+ ){0,15}(?:vomit\w*|throwing up|diarrh\w*|heart (?:is )?(?:slow|racing)|yellow eyes)",
            r"(?:boiler|heater|stove|fireplace|generator|furnace|gas fire|log burner|wood burner) (?:[\w',]+ ){0,12}(?:(?:all|both) (?:got|have|with) (?:bad )?headaches?|fainted|passed out|collapsed)",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:(?:all|both|everyone|everybody) (?:of us )?(?:[\w']+ ){0,3}(?:headaches?|head ?aches?)) (?:[\w']+ ){0,6}?(?:since|ever since|after|when|from the) (?:[\w']+ ){0,6}(?:boiler|heater|stove|fireplace|generator|furnace|gas fire|log burner|wood burner)\b",
            r"bit (?:into|on) (?:\w+ ){0,3}(?:tablets?|tabs?|capsules?|pods?)",
            # dev14 (2026-12-04): bites of venomous animals, poisonous plants eaten, a whole strip taken
            r"(?:got|been|was|just) (?:bitten|bit|stung) by (?:a |an )?(?:snake|adder|viper|rattlesnake|copperhead|cottonmouth|scorpion|black widow|brown recluse)|(?:snake|adder|viper|rattlesnake|scorpion) (?:just )?(?:bit|has bitten|stung) (?:me|him|her|them|my|his|our)\b",
            r"(?:ate|eaten|had|chewed|swallowed|made tea (?:from|with)|drank) (?:\w+ ){0,6}(?:foxglove|lily of the valley|yew|oleander|deadly nightshade|hemlock|castor beans?|death caps?|destroying angel)",
            r"(?:took|taken|swallowed|had) (?:about |around |like |maybe |roughly )?(?:[1-9]\d|twenty|thirty|forty|fifty) of (?:them|these|those|my|his|her)\b",
            r"(?:took|taken|swallowed|had|popped) (?:a |the )?(?:whole|entire|full) (?:strip|packet|pack|box|bottle|blister)",
            r"(?:fitting|seizing|convulsing|having a fit|having a seizure) (?:\w+ ){0,4}after (?:a |the |some |taking )?(?:pill|pills|drugs|molly|mdma|ecstasy|something)",
            r"got into (?:\w+ ){0,2}(?:cleaning|laundry|chemical|medicine|bathroom|sink) (?:cupboard|cabinet|products|stuff|supplies|drawer)",
            r"(?:[1-9]\d+|twenty|thirty|forty|fifty|a hundred) (?:\w+ ){0,2}(?:pills|tablets|capsules) (?:i|he|she|they|we) (?:just )?(?:took|swallowed|had|ate|popped)",
            r"after taking (?:\w+ ){0,2}(?:[1-9]\d+|ten|twenty|thirty|forty|fifty) (?:\w+ ){0,2}(?:pills?|tablets?|paracetamol|tylenol|ibuprofen|aspirin|advil|sleeping pills)",
            r"swallowed (?:[\w']+ ){0,8}(?:drooling|gagging|retching|can'?t swallow)",
            r"button (?:battery|cell) (?:[\w']+ ){0,4}(?:missing|gone|swallowed|in (?:his|her) mouth)|(?:sucked|chewed|bit|licked) (?:on )?(?:a |the )?button (?:battery|cell)",
            r"(?:swallowed|took|taken|ate|eaten|popped|downed) (?:a |two |three )?handfuls? of",
            r"(?:took|taken|take|taking|swallow|swallowed) everything (?:in|from) (?:my|the|his|her) (?:medicine |bathroom )?(?:cabinet|cupboard|drawer|box)",
            r"(?:snorted|injected|smoked|took) (?:some(?:thing)?|\w+) (?:\w+ ){0,2}at (?:a|the) (?:party|club|festival|rave)",
            r"(?:took|taken|swallowed|ate|eaten|had|popped|downed) (?:a (?:bunch|load|lot|handful|ton)|loads|lots|handfuls|half (?:a|the)|most of (?:a|the)) (?:of )?(?:\w+ ){0,3}(?:pills|tablets|meds|xanax|valium|benzos?|oxy\w*|opioids?|painkillers|insulin|antidepressants|vitamins|gummies|edibles|bottle|pack|box)",
            r"mixed (?:\w+ ){0,3}(?:alcohol|booze|drinks?|wine|beer|vodka) with (?:\w+ ){0,3}(?:pills|meds|tablets|xanax|benzos?|opioids?|painkillers|sleeping)",
            r"(?:took|taken|gave (?:him|her|them)|given (?:him|her|them)) (?:[\w']+ ){0,4}(?:meds|pills|tablets|medicine|medication|dose|insulin) (?:twice|two times|double)",
            r"(?:some|a few|several|a couple|half) (?:of them )?(?:are|were|is) (?:missing|gone)",
            r"(?:boiler|heater|generator)'?s? (?:\w+ ){0,4}(?:acting up|leaking|smells?)",
            r"(?:found|got) (?:\w+ ){0,3}(?:pills|tablets|meds) (?:\w+ ){0,6}(?:chewing|eating|swallow\w*|in (?:his|her) mouth)",
            r"(?:pills?|tablets?) (?:\w+ ){0,3}(?:are |is )?missing|one is missing",
            r"(?:whole|entire) bottle of (?:vodka|whisky|whiskey|wine|gin|rum|tequila)",
            r"won'?t stay awake",
            r"(?:took|taken|swallowed|ate|eaten|had|popped|downed) (?:like |about |around |maybe |over |at least )?(?:[1-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty) of (?:my|his|her|their|the|(?:mum|mom|dad|grandma|grandpa|nan|gran)'?s) (?!friends|kids|children|mates|family)",
            r"(?:(?:gas|fumes?|exhaust) (?:smell|leak)|smell\w* of (?:gas|fumes)|gas (?:is )?leaking) (?:[\w',]+ ){0,12}(?:headaches?|dizzy|sleepy|drowsy|nause\w*|vomit\w*|faint\w*|confus\w*|throwing up|passed out|collapsed)|"
            r"(?:headaches?|dizzy|sleepy|drowsy|nause\w*|vomit\w*|faint\w*|confus\w*|throwing up|passed out|collapsed) (?:[\w',]+ ){0,12}(?:(?:gas|fumes?|exhaust) (?:smell|leak)|smell\w* of (?:gas|fumes)|gas (?:is )?leaking)",
            r"(?:boiler|heater|generator) (?:\w+ ){0,4}(?:acting up|leaking|smells?)",
            r"mixed (?:\w+ ){0,2}(?:bleach|ammonia|chlorine)",
            r"empty (?:\w+ ){0,2}(?:bottle|box|pack|packet|blister)",
            r"drank (?:\w+ ){0,4}(?:rinse aid|dishwasher|washing|laundry|cleaning)",
            r"overdos\w*",
            r"(?:took|taken|swallowed|had|has had) (?:way )?(?:too many|too much(?! (?:coffee|caffeine|tea|sugar|food|salt|chocolate|sun|exercise|fibre|fiber|water|to drink|junk|alcohol|wine|beer|dairy|milk|cheese|fun|time)\b)|a (?:whole|full) "
            r"(?:bottle|pack|box|packet|strip)|an entire|the whole|all (?:of )?(?:my|the|his|her|their))",
            # pills hard to swallow are no poisoning ("I can't swallow tablets, can I crush them?", "I struggle to
            # swallow the capsules"); meaning to swallow them may be ("I'm going to swallow all my tablets")
            r"(?<!hard to )(?<!difficult to )(?<!struggle to )(?<!struggles to )(?<!struggling to )(?<!unable to )"
            r"(?<!can't )(?<!cant )(?<!cannot )(?<!can not )(?<!trouble )"
            r"swallow(?:ed|s)? (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|medicines?|medications?|meds|bleach|"
            r"batter(?:y|ies)|detergent|pods?|poison|chemicals?|cleaner|magnets?)",
            r"(?:took|taken|swallowed|ate|eaten|had|popped) (?:\w+ ){0,3}(?:[1-9]\d+|ten|eleven|twelve|fifteen|"
            r"twenty|thirty|forty|fifty|a hundred|dozens of|a handful of) (?:\w+ ){0,3}(?:pills?|tablets?|capsules?|"
            r"doses?|gummies)",
            r"(?<!food )poison(?:ed|ing)\b",
            r"(?:ate|eaten|drank|drunk|swallowed|took|ingested) (?:\w+ ){0,3}poison\b",
            r"drank (?:\w+ ){0,2}(?:bleach|antifreeze|cleaner|chemicals?|detergent)",
            r"(?:got into|ate|eaten|chewed|drank|swallowed) (?:[\w']+ ){0,5}(?:pills|pill ?(?:box|organi[sz]er|case|bottle|pot)|tablets|capsules|meds|medicines?|"
            r"medications?|gummies|vitamins|bleach|batter(?:y|ies)|detergent|pods?|cleaner|antifreeze|methadone|"
            r"opioids?|oxy\w*|fentanyl|xanax|valium|benzos?|edibles|cocaine|heroin|insulin)",
            r"bit into (?:\w+ ){0,3}(?:pods?|batter(?:y|ies))",
            r"(?:drank|swallowed|drunk|ate) (?:[\w']+ ){0,4}(?:fluid|weed ?killer|pesticide|insecticide|lamp oil|"
            r"paraffin|"
            r"kerosene|gasoline|petrol|hand sanitizer|mouthwash|rat poison|mushrooms? from)",
            r"(?:drank|drunk|swallowed) from (?:a|the) bottle",
            r"(?:took|taken|swallowed) (?:\w+ ){0,3}(?:pills|tablets|something) at (?:a|the) (?:party|club|festival)",
            r"pupils (?:are )?(?:tiny|pinpoint|huge)",
            r"carbon monoxide(?! (?:alarms?|detectors?|monitors?|testers?|sensors?)\b)|(?:co|gas|carbon monoxide) (?:alarm|detector) (?:is |was |has been |just )?(?:going off|sounding|went off|goes off)|(?:co|gas|carbon monoxide) (?:alarm|detector) is beeping",
            r"(?:a|the) (?:load|bunch|lot|handful|whole pack|box|bottle) of (?:\w+ ){0,2}(?:pills|tablets|capsules|"
            r"meds|"
            r"ibuprofen|paracetamol|tylenol|acetaminophen|aspirin|sleeping pills)",
            r"(?:took|taken|swallowed|had|popped) (?:\w+ ){0,2}(?:[1-9]\d+|ten|twelve|fifteen|twenty|thirty|forty|"
            r"fifty) (?:\w+ ){0,2}(?:paracetamol|tylenol|ibuprofen|aspirin|acetaminophen|advil|codeine|tramadol)",
            r"(?:ate|eaten|chewed|swallowed) (?:\w+ ){0,3}(?:berries|mushrooms|leaves|plant|"
            r"seeds) (?:\w+ ){0,4}(?:off|from|in)",
            r"got hold of (?:[\w']+ ){0,3}(?:pills|tablets|meds|medicine|medication|vitamins)",
            r"(?:whole|entire) (?:\w+ ){0,2}pill ?box",
            r"(?:(?:don'?t|do not) know|not sure|no idea) how many (?:\w+ )?(?:she|he|they|it) (?:ate|took|swallowed|had)",
        ),
        "suicide": (
            # dev15 (2026-12-04)
            r"(?:i'?ll|i will) be (?:gone|dead) (?:by|before) (?:the )?(?:morning|tomorrow|tonight|the weekend|sunrise)|by the time (?:you|they|anyone|someone|u) (?:see|read|find|get)s? (?:this|it),? (?:i'?ll|i will) be (?:gone|dead)|(?:not|won'?t) (?:going to )?be alive (?:for|by|on|tomorrow|next)",
            r"(?:got|brought|bought|have|'ve) (?:\w+ ){0,2}(?:everything|what|all) i need (?:\w+ ){0,3}(?:to end it|to die|to do it|tonight|for tonight)|(?:everything|what) i need to end it",
            r"(?:gun|pistol|rifle) (?:\w+ ){0,5}(?:loaded|out of the safe)|(?:blade|knife|razor) (?:is )?(?:on|against|to) my (?:wrist|throat|arm|neck)|rope (?:is )?(?:over|around|on) (?:a|the) (?:branch|beam|tree|rafter|banister)|(?:pills|tablets) in (?:one|my) hand",
            r"going in front of it|step(?:ping)? off (?:the )?(?:roof|ledge|edge|bridge|platform)|walk into the (?:sea|river|lake|ocean)|set (?:myself|himself|herself) on fire",
            r"(?:she|he|they)(?:'s| is|'re| are) (?:going to|gonna) (?:jump|take all|kill (?:herself|himself|themselves)|hang (?:herself|himself))",
            r"threaten\w* (?:to )?(?:jump|hang|kill (?:himself|herself|themselves|myself)|shoot (?:himself|herself)|overdose)",
            r"(?:gunna|gonna|going to) do it (?:this time|tonight|for real)|counting (?:them|the pills|the tablets) out",
            # dev14 (2026-12-04)
            r"(?:voices?|they) (?:are |keep |keeps )?(?:telling|tell|tells) me to (?:jump|kill myself|die|end it|hurt myself)",
            r"(?:sick|tired) of (?:being alive|living)\b(?! (?:with|in|here|there|like|on|at|off|alone|through))",
            r"(?:jump|step|throw (?:myself|himself|herself)|walk|lie down|lay down) in front of (?:a|the) (?:train|bus|truck|lorry|car)",
            r"garage (?:[\w',]+ ){0,6}engine (?:on|running|going)|engine (?:on|running|going) (?:[\w',]+ ){0,6}garage",
            r"(?:want|wants|wanna) (?:it|this|everything) all to (?:end|stop)|(?:want|wants|wanna) everything to (?:end|stop)|(?:see|there'?s|is) no (?:other )?way out(?= *(?:$|[.,;:!?]|and\b|but\b|anymore|any more))|no way out (?:anymore|any more|except|but)|(?:end|ending) it (?:tonight|today|right now|now)\b",
            r"tonight'?s the night",
            r"(?:talk\w*|said|saying|texted|says) (?:about )?(?:ending it|ending (?:his|her|their|my) life|killing (?:him|her|them|my)sel(?:f|ves)) (?:[\w',]+ ){0,8}(?:not answering|won'?t answer|isn'?t answering|can'?t reach|gone missing|missing)",
            r"jump\w* (?:off|from|of) (?:the|a|that) (?:bridge|roof|balcony|window|ledge|building|cliff|car park|parking garage)",
            r"(?:drive|driving|steer|crash)\w* (?:my |the |his |her )?car (?:off|into)",
            r"(?:left|wrote|sent) (?:\w+ ){0,3}(?:note|letter|message) (?:[\w']+ ){0,4}(?:goodbye|farewell)|goodbye (?:note|letter)",
            r"(?:use|turn|point|pointing|used) (?:it|the gun|a gun|the knife) on (?:himself|herself|myself|themselves)|(?:gun|knife|pistol) to (?:his|her|my|their) (?:head|throat)",
            r"(?:is|am|i'?m|keeps?|started) cutting (?:herself|himself|myself|themselves)|cut (?:herself|himself|myself|themselves) (?:deep|badly|again)",
            r"(?:thinking|thought|think) (?:about|of) (?:jumping (?:off|from|in front)|hanging (?:myself|himself|herself)|ending (?:it|my life|things|it all)|killing myself|overdosing|taking them all)",
            r"car running|engine running",
            r"cut (?:really |so |too )?deep (?:\w+ ){0,3}(?:on purpose|can'?t stop)",
            r"on purpose and (?:i )?can'?t stop",
            r"(?:pills|tablets|meds|rope|knife) (?:\w+ ){0,2}(?:lined up|ready|counted|laid out)",
            r"(?:don'?t|do not) (?:think i |really )?want to be (?:here|alive|around) (?:tomorrow|anymore|any more)",
            r"disappear (?:for good|forever)",
            # "a note" for someone to find; not one to a doctor, a teacher or a babysitter, nor one about a dose or a
            # medicine (false alarms, 2026-12-05)
            r"(?:wrote|written|writing) (?:\w+ ){0,2}(?:letters|goodbye(?! (?:card|party|do|drinks|lunch|dinner|present|gift)s?\b)|"
            r"a note(?! (?:to|for) (?:my |the |our |his |her |their |a )?(?:[\w]+'s )?(?:doctors?|gp|dr|teachers?|school|"
            r"boss|work|pharmacist|nurse|dentist|landlord|office|manager|surgery|clinic|hospital|consultant|"
            r"specialist|physio\w*|insurer|insurance|employer|colleagues?|class|coach|neighbou?rs?|babysitter|nanny|"
            r"childminder|carer|sitter)\b)(?! (?:[\w']+ ){0,4}about (?:[\w']+ ){0,3}(?:doses?|dosage|medicines?|"
            r"medications?|meds|tablets|inhalers?|symptoms|appointments?|allerg\w*|prescriptions?|side effects)\b)(?! in my "
            r"(?:diary|journal|calendar|phone))|suicide note)",
            r"(?:on|at) (?:the|a) (?:bridge|roof|ledge|cliff|tracks)(?: [\w']+){0,6} (?:jump|end it)",
            r"want to jump",
            # happening now, or just found: "my brother just killed himself", "I found my dad hanging", "she slit her
            # wrists"
            r"just (?:killed|hanged|hung|shot|stabbed) (?:himself|herself|themselves|myself)|"
            r"(?:found|find|finding) (?:him|her|them|someone|somebody|(?:my|his|her|our|their|a) (?:\w+ )?(?:dad|father|"
            r"mum|mom|mother|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|room ?mate|"
            r"flatmate|uncle|aunt|grandpa|grandma|grandfather|grandmother|cousin|neighbou?r|kid|child|teen\w*|man|woman|"
            r"boy|girl|guy)) hanging(?! (?:out|around))|"
            r"(?:slit|slashed|slashing|slitting) (?:his|her|my|their) (?:wrists?|throat)",
            r"(?:texted|messaged|sent) (?:me )?(?:\w+ ){0,2}goodbye|said goodbye",
            r"not going to be (?:around|here) (?:anymore|any more|tomorrow)",
            r"gave (?:\w+ ){0,3}(?:stuff|things|belongings|pets?|cat|dog) away|giving (?:\w+ ){0,2}(?:stuff|things|belongings) away",
            r"tonight is the night",
            r"want (?:it|this) all to end|wants it all to end",
            r"(?:make sure|so|enough) (?:that )?i (?:don'?t|do not|never|won'?t) wake up(?! (?:in the night|at night|during the night|at \d|early|too early|before))",
            # done with it all, not with "this antibiotic", "this course of tablets" or a diet
            r"(?:i'?m|im) done with (?:all of )?(?:life|everything|(?:this|it)(?! (?:course|antibiotic\w*|"
            r"medications?|medicines?|meds|diet|inhaler|treatment|tablets?|pills?|cream|drugs?|therapy|physio\w*|form|"
            r"app|book|job|game|show|series|homework|exam|class|project|chapter|essay)\b)(?! (?:and|so) i (?:want|need)"
            r" to (?:switch|change|try|start) (?:to|my|another|a|the)\b))",
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
            # Wanting not to go on, or sitting on a ledge over a drop (probes49, 2026-12-05).
            r"(?:don'?t|do not|dont) want to (?:go on|keep going)(?= *(?:$|[.,;!?]|any ?more|like this))",
            r"(?:sat|sitting|standing|stood|perched) on (?:the |a )?(?:railing|ledge|parapet|edge) (?:of|on) (?:the |a |my )?"
            r"(?:bridge|roof|building|balcony|cliff|car park|multi-?storey)",
            r"unalive",
            # Slang of a wish to die (2026-12-06): "off myself" only after a wish or a plan ("take the plaster off
            # myself" is none); "delete myself" only after one too, and ending the message ("for good" may follow):
            # "delete myself permanently from the trial registry", "how do I delete myself? the portal guide..." and
            # "I want to delete myself, how do I close my account" are none.
            r"(?:(?:want|wants|wanted|going|about|ready|plan|planning|trying|tried) to|wanna|gonna) off (?:myself|himself|herself|themselves|yourself)\b|(?:thinking|thought) (?:of|about) off(?:ing)? (?:myself|himself|herself|themselves)\b|\boffing (?:myself|himself|herself|themselves)\b|\bhow (?:do (?:i|you)|to|can i) off (?:myself|yourself)\b",
            r"(?:(?:want|wants|wanted|going|about|ready|plan|planning|trying) to|wanna|gonna) delete (?:myself|himself|herself)(?= *(?:(?:for good|forever|permanently|tonight|from (?:existence|this world|the world|life)) *)?[.!]* *$)",
            # dev14 (2026-12-04): intent with a time, a place or the means at hand, told without the words of suicide
            r"(?:climbed|climbing|gone|got|went|i'?m) (?:over|past|on the wrong side of) (?:the )?(?:railings?|barrier|fence|guard ?rail|parapet|ledge)",
            r"(?:tonight|this evening|today|right now),? (?:i'?m|i am|i'?ll|i will) (?:doing it|ending it|going to do it|taking (?:them|it|everything) all|taking all of (?:them|it)|taking the lot|going through with it)",
            r"(?:i'?m|i am|i'?ll|i will) (?:doing it|ending it|taking (?:them|it|everything) all|taking all of (?:them|it)|taking the lot|swallowing (?:every one|all of them|them all)|going through with it) (?:\w+ ){0,2}(?:tonight|this evening|today|right now|when)",
            r"(?:won'?t|will not|wont) be (?:here|around|alive) (?:tomorrow|after tonight|by (?:the )?morning|much longer)|after tonight (?:i )?(?:won'?t|will not|wont) be|(?:won'?t|wont) (?:be )?need(?:ing)? (?:\w+ ){0,3}after tonight",
            r"(?:don'?t|do not) come looking for me|goodbye world",
            r"(?:gun|pistol|rifle|shotgun) (?:is )?in my (?:lap|hand|mouth)",
            r"(?:i'?m|i am) not going home,? (?:i'?m|i am) going to the (?:river|bridge|sea|lake|cliffs?|tracks)",
            r"(?:not|never) coming back (?:from|to) (?:the )?(?:river|bridge|sea|lake|cliffs?|woods)|(?:to|towards) the (?:river|bridge|sea|lake|cliffs?|tracks) (?:\w+ ){0,3}(?:not|never) coming back",
            r"(?:stepping|stepped|jumping|walking|lying|lay) (?:out )?in front of (?:a|the) (?:train|bus|truck|lorry|car)",
            r"(?:i'?m|i am|im) (?:at|on) the (?:level crossing|railway line|train tracks|tracks)",
            r"hang(?:ing)? myself",
            r"kill (?:himself|herself|themselves|myself)",
            r"(?:going|gonna|about|want|wants) to (?:jump (?:off|from|in front)|hang (?:himself|herself|myself))",
            r"(?:have|got|bought) (?:a |the )?(?:rope|gun|noose) (?:[\w']+ ){0,3}ready|(?:rope|noose)(?:'s| is)? (?:ready|tied|sorted)|nobody (?:would|will) miss me|better off without me",
            r"can'?t (?:do this|go on|take (?:it|this)) any ?more|can'?t keep (?:living|going on) like this",
            r"(?:wants|wanted|wanting) to (?:die|end (?:it|his life|her life|their life))",
            r"(?:going|gonna|about|plans?|planning|threaten\w*|wants?|wanna|trying|tried) to (?:end|take) (?:my|his|her|their) (?:own )?life",
            r"lethal dose",
            r"(?:want|wanna|going|gonna) (?:to )?end it\b",
            r"(?:go to sleep|fall asleep) and never wake up",
            r"(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:all )?(?:my |the )?(?:pills|meds|tablets|medication)",
            # a browser trial's (2026-12-07): stockpiling one's own medicine, named ("i've been stockpiling my sertraline")
            r"(?:been|i'?m|i am) (?:stockpil\w*|hoard\w*) (?:up )?(?:all )?(?:of )?my \w+",
            r"cut deep enough|take them all|(?:and|to) never wake up",
            r"no point (?:anymore|any more|in living|living|going on)",
            r"standing on (?:the|a) (?:roof|bridge|ledge|edge)",
            r"(?:this is|it'?s) (?:my|her|his|their) last night|last (?:goodbye|message)",
        ),
        "allergy": (
            r"allergic to (?:bees?|wasps?|(?:insect )?stings?|hornets?) (?:[\w',]+ ){0,6}(?:got |been |was |just )?stung|stung (?:[\w',]+ ){0,6}allergic to (?:bees?|wasps?|stings?)",
            r"(?:ate|eaten|had|tried|licked|touched) (?:[\w']+ ){0,6}(?:peanut|nut|cashew|almond|sesame|shrimp|prawn|shellfish|egg|kiwi|fish)\w*,? (?:(?!(?:no|not|never|without|nothing|none)\b)[\w',]+ ){0,10}(?:blotch\w*|hives|welts|rash|swell\w*|swollen|cough\w*|wheez\w*|vomit\w*|throat|tongue|lips)",
            r"(?:lips?|throat|mouth|tongue) (?:is |are |feels? |went |gone |going )?(?:\w+ )?(?:itchy|scratchy|tingl\w*|numb)(?: [\w']+){0,14} allerg(?!ist|olog)",
            r"(?:tongue|lips?|face|throat) (?:is |are )?(?:getting|going|growing) (?:bigger|fatter|huge|swollen|tight\w*)",
            r"(?:stung|sting) (?:[\w',]+ ){0,8}(?:wheez\w*|can'?t breathe|struggling to breathe|throat|tongue (?:is )?swell\w*|lips? (?:are |is )?swell\w*|hives)",
            r"allergic to (?:[\w',]+ ){0,12}(?:all |really |very )?(?:swelling|puffing|blowing) up",
            r"(?:sting|stung|bitten|bite),? (?:[\w',]+ ){0,8}(?:now )?(?:dizzy|faint\w*|light[- ]?headed|(?:whole|entire) body)",
            r"allergic to (?:[\w',]+ ){0,12}(?:wheez\w*|can'?t breathe|struggling to breathe|throat (?:is )?(?:tight|closing|swelling)|tongue (?:is )?swell\w*|lips? (?:are |is )?swell\w*|hives|passed out|collaps\w*)",
            r"(?:swelling|swollen|swelled|puffing|puffed) up all over|(?:swelling|swollen|swelled) (?:all over|everywhere)",
            r"throat'?s? (?:[\w']+ ){0,4}(?:clos(?:ing|es)|swell(?:ing)?)\b",
            r"voice (?:is |has )?(?:going |gone |getting |got |turning |become )?(?:all )?(?:hoarse|croaky|funny|raspy)",
            r"allergic (?:(?!(?:no|not|never|without|nothing|none|isn'?t|doesn'?t|didn'?t|wasn'?t)\b)[\w',]+ ){0,10}(?:ate|eaten|had|just|by mistake|accidentally|now|stung|given|took|taken)\b (?:(?!(?:no|not|never|without|nothing|none|isn'?t|doesn'?t|didn'?t|wasn'?t)\b)[\w',]+ ){0,10}(?:throat|tongue|lips? (?:are |is )?(?:swell|puff)\w*|hives|wheez\w*|(?:can'?t|struggling to|hard to|trouble|difficulty) (?:breath\w*|swallow\w*)|voice (?:is )?(?:going |gone )?hoarse|(?:swelling|puffing|blowing) up|cough\w*)",
            r"throat (?:is |feels )?(?:itchy|scratchy) and tight",
            r"tongue (?:\w+ ){0,3}too big",
            r"(?:lump|something) in (?:my|his|her) throat (?:\w+ ){0,3}(?:can'?t|cannot|unable to) swallow",
            r"(?:welts|hives) (?:all over|everywhere)",
            r"anaphyla\w*",
            r"(?:severe|serious|bad|major) allergic reaction",
            r"(?:throat|tongue|lips?|face|mouth) (?:is |are |was |were |started |starting |keeps )?"
            r"(?:swelling|swollen|swelled|closing|tight)",
            r"swelling (?:of|in) (?:my|his|her|their|the) (?:throat|tongue|lips?|face|mouth)",
            r"epi[- ]?pen",
            r"(?:tongue|throat|lips?) (?:is |are |feels? )?(?:swelling|swollen|thick|closing)",
            r"(?:covered in|all over in) hives|hives all over",
            r"throat (?:is |feels )?(?:so |really |very )?(?:tight|closing)",
            r"(?:having|have|had|has) an? allergic reaction|allergic reaction (?:right )?now",
            r"(?:tongue|lips?|face|eyes?) (?:\w+ ){0,2}(?:huge|puffing|blowing up|swelling shut|swollen shut|"
            r"puffed up)",
            r"throat (?:is )?(?:getting|going) (?:tight|closed)",
        ),
        "unresponsive": (
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:seizure|fit|convulsion|epileptic attack)s? (?:[\w',]+ ){0,6}(?:won'?t stop|isn'?t stopping|not stopping|"
            r"hasn'?t stopped|(?:has|had|have|'s) been going|going on for|still going|(?:lasting|lasted) (?:for )?"
            r"(?:over |more than )?(?:\d+|five|six|seven|ten) min|not coming out of it)",
            r"(?:not|barely|isn'?t|hardly) (?:really |even |properly )(?:respond|react)\w*",
            r"eyes (?:are |keep |started )?(?:rolling|rolled) (?:back|up)|eyes (?:are |keep |started |keeps )(?:rolling|rolled)|(?:gone|went|is|going) (?:all |completely )?(?:floppy|limp)\b",
            r"foaming at the mouth|(?:shaking|jerking|twitching|fitting) and foaming|(?:on|lying on) the (?:floor|ground) (?:\w+ ){0,2}(?:shaking|jerking|convuls\w*|twitching|fitting|foaming)",
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
            r"(?:can'?t|cannot|(?:nobody|no one|no-one) can) (?:feel|find) (?:a |his |her |their |any )?(?:pulse|heartbeat)",
            r"(?:fainted|nearly fainted|blacked out)",
            r"(?:barely|not|doesn'?t|won'?t|isn'?t) (?:respond|react)\w*",
            r"barely (?:conscious|awake|breathing)|out cold|knocked out|(?:very |really )?hard to wake|"
            r"won'?t answer me",
            r"having a fit|fitting for|(?:been )?going (?:on )?for (?:\d+|five|ten) min",
            r"(?:isn'?t|not|stopped) moving|slumped|(?:just )?groans|goes back under",
        ),
        "bleeding": (
            r"(?:cut|sliced|gash\w*|wound|split|slit|stabbed|ripped|torn|glass|knife|blade|razor) (?:[\w',]+ ){0,10}(?:it'?s|its|it is) (?:still )?(?:gushing|spurting)\b",
            r"(?:spraying|spurting|squirting|pumping|gushing|pouring|pissing) (?:out )?blood",
            r"fell (?:on|onto) (?:a|the|my|his|her) (?:knife|blade|nail|spike|glass|rod|pole|fence)|(?:it'?s|it is) (?:still )?(?:stuck|embedded|lodged) in (?:my|his|her|their) (?:leg|arm|chest|belly|stomach|neck|eye|foot|hand|thigh|back)",
            r"blood (?!(?:pressure|sugar|tests?|work|type|count|levels?|donation|glucose|cells?|vessels?|thinners?|flow)\b)(?:[\w',]+ ){0,10}(?:pulsing|pulsating|spurting|squirting|(?:really|so|very) fast)",
            r"(?:gash|cut|wound|laceration)\w* (?:[\w',]+ ){0,8}(?:pouring|gushing|spurting|pumping|squirting|pulsing)",
            r"clots? (?:the size of|as big as|bigger than|like) (?:a |an |my |his |her )?(?:palm|fist|golf ?ball|egg|plum|lemon|hand)|(?:pad|tampon|towel)s? (?:every|each) (?:half (?:an )?hour|hour|\d+ min\w*)",
            r"(?:pool|puddle) of blood",
            r"blood all over|blood (?:is )?(?:leaking|seeping|soaking|coming) through|bleeding out\b",
            r"(?:knife|stab|gunshot|bullet|puncture) wounds?|(?:glass|knife|metal|nail|spike|stick|rod|pole|piece of \w+) (?:[\w']+ )?(?:stuck|embedded|lodged) in|impaled|went (?:right )?(?:into|through) (?:his|her|my|their) (?:leg|arm|chest|belly|stomach|neck|eye|foot|hand|thigh)",
            r"(?:wound|stitches|scar|incision|cut) (?:[\w']+ ){0,4}(?:opened|burst|split|came apart)(?: [\w',]+){0,6} (?:bleed\w*|blood)",
            r"ha?emorrhaging|(?:the )?bleeding is (?:really |so |very )?(?:bad|heavy)|(?:see|seeing) (?:the )?bone|bone (?:is )?(?:sticking|poking|showing)",
            r"(?:been |got |was |just )(?:hit|knocked (?:down|over)|run over) by (?:a|the) (?:car|bus|truck|van|lorry|motorbike|motorcycle|train)",
            r"bleeding (?:won'?t|doesn'?t|isn'?t|is not|will not) (?:slow\w*|ease|easing)|(?:sliced|cut|split|gashed|ripped|torn) (?:his|her|my|their) (?:\w+ )?open",
            r"(?:cut|sliced|severed|nicked|hit) (?:an|the|his|her|my) artery|blood (?:is )?(?:[\w']+ ){0,4}pumping",
            r"bleed\w* (?:\w+ )?(?:all day|all night|for hours|for (?:over |more than )?an hour|since (?:this morning|last night))",
            r"(?:pregnant|miscarr\w*) (?:[\w']+ ){0,5}blood|blood (?:is )?(?:running|streaming|dripping|pouring) down",
            r"(?:blood|fluid) (?:is )?(?:coming|leaking|pouring|running) (?:out )?(?:of|from) (?:his|her|my|their) ears?",
            r"(?:cough\w*|vomit\w*|threw|throw\w*|puk\w*|spit\w*|spat|brought|bringing) (?:up )?(?:[\w']+ ){0,5}blood\b",
            r"(?:won'?t|doesn'?t|isn'?t|not) clott?(?:ing)? (?:[\w']+ ){0,4}(?:\d+|an?|half an?) (?:minutes|mins|hours?)",
            r"(?:cut|chopped|sliced|severed|ripped|tore) (?:\w+ ){0,4}(?:finger|thumb|toe|hand|fingertip)s? off|(?:finger|thumb|toe|fingertip)s? (?:is |was |got |has been )?(?:cut|chopped|torn|ripped|sliced) off|amputat\w*",
            r"bleeding (?:really |so |very )?bad\b|bleeding (?:\w+ ){0,2}from (?:the|his|her|my|their) head",
            r"(?:blood thinners?|warfarin|eliquis|xarelto|apixaban|rivaroxaban|coumadin)(?: \w+){0,4} (?:fell|fallen|hit (?:his|her|my) head|won'?t stop)",
            r"(?:spurting|gushing|squirting|pouring) (?:\w+ ){0,3}(?:won'?t|wont|doesn'?t|not) stop",
            r"cut (?:my|his|her) (?:wrist|throat|neck|thigh)",
            r"(?:severe|heavy|uncontrollable|uncontrolled|profuse) bleeding",
            r"bleeding (?:heavily|badly|a lot|heaps|loads|buckets|tons|won'?t stop|that won'?t stop|will not stop|like crazy|everywhere)",
            r"(?:won'?t|can'?t|cannot) stop (?:the )?bleeding",
            r"(?:coughing|vomiting|throwing|puking|spitting) (?:up )?(?:[\w']+ ){0,4}blood",
            r"blood (?:is )?(?:spurting|pouring|gushing|squirting|everywhere)|(?:so much|lots of|a lot of) blood",
            r"coffee grounds",
            r"nosebleed (?:[\w']+ ){0,6}(?:won'?t stop|for (?:over |more than |almost |nearly |about )?(?:\d+|an?) (?:minutes|hours?))",
            r"blood (?:everywhere|is pouring|pouring|gushing|is gushing|won'?t stop)",
            r"(?:black|tarry|bloody) (?:poop|poo|stools?)|(?:poop|poo|stools?) (?:is |are )?(?:black|tarry|bloody)",
            r"bleeding (?:loads|lots|through|so much)|(?:big|huge|large) clots",
            r"(?:pregnant|miscarr\w*) (?:\w+ ){0,4}bleed\w*|bleed\w* (?:\w+ ){0,4}pregnant",
            r"(?:(?:dressing|bandage|plaster|gauze|towel|pad|cloth|sheets?|shirt) (?:is |are |has |have )?(?:\w+ )?(?:full of|soaked (?:in|with|through)|soaking|covered in|drenched in|dripping with|red with) blood)|soak(?:ing|ed) (?:through )?(?:\w+ )?(?:towels|pads?|clothes|sheets)|changing a pad every|(?:filling|going through|bleeding through|changing) (?:a |one |\w+ )?(?:pads?|tampons?|towels?) (?:every|an|each|in)\b",
            r"nosebleed (?:hasn'?t|has not|won'?t) stopped|filling with blood|(?:pouring|gushing) blood",
            r"deep (?:gash|cut|wound)|stabbed|gunshot|been shot",
        ),
    },
    negation=r"no|not|never|without|denies|deny|denied|negative for|free of|absence of|neither|nor|don'?t|doesn'?t|"
             r"didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t",
    not_negation=r"(?:no|not) (?:idea|sure|certain|only|know)|(?:don'?t|didn'?t|do not) (?:know|think|understand|"
                 r"get)|never (?:had|felt|been|seen) (?:\w+ ){0,4}(?:like this|this (?:bad|much|strong|severe)|"
                 r"so much|before)",
    mention=r"\ba (?:common |known |possible |normal |usual )?side ?effect\b|how does (?!it feel)|(?:scared|afraid|terrified|worried|frightened) (?:of|about)|fear of|how is (?:\w+ ){1,3}different|different from|what does it mean|what counts as|"
            r"(?:can|could) (?:my|a|your|the) (?:baby|child|kid|toddler|son|daughter) (?:\w+ )?(?:choke|die|overdose|"
            r"get|have|stop|swallow)|\bis (?:\w+ ){0,6}(?:normal|common|dangerous|serious|a sign)\b|to (?:detect|recogni[sz]e|spot|tell if)\b|how (?:much|many) (?:\w+ ){0,3}(?:is|are|would be|before|until|to cause|counts)|"
            r"(?:usually|typically|generally|always|ever|often) (?:serious|dangerous|normal|a sign|bad|harmful|fatal|an emergency|worrying|concerning)\b|"
            r"why (?:is|are|does|do|would|can)|what would|what (?:makes|causes|leads|drives)|difference|(?:is|are) (?:that|this|it) (?:true|realistic)|"
            r"what does (?:\w+ ){0,3}mean|"
            r"(?:can|could|does|do|will|would|may|might) (?:\w+ ){0,4}(?:cause|causes|trigger|lead to|give|turn|"
            r"make|raise|result in)|(?:can|could) (?:you|i|one|people|someone|a person|kids|children) (?:\w+ )?(?:overdose|die|"
            r"get|"
            r"have)|signs? of|signs? (?:that|my|your|a|an|someone|somebody|he|she|they|i)\b|symptoms? of|risks? of|chances? of|warning signs|what (?:is|are|does|do|happens)|"
            r"what (?:does|do|would) (?:\w+ ){0,4}look like|how (?:fast|soon|quickly|long|common|likely|do you know|"
            r"can you tell)|"
            r"is (?:it|an?|there) (?:\w+ ){0,3}(?:possible|dangerous|safe|normal|common)|possible to|prevent|avoid|"
            r"recover(?:y)? from|people (?:with|who|get)|someone (?:with|who|in)|a person (?:with|who)|"
            r"if (?:someone|a person|you|i ever)|in case of|first aid for|treatment for|recover\w* (?:from|after)|"
            r"life after|"
            r"difference between|antidote|increase\w*|(?:more|less) likely|\brisk\b|when (?:is|are|should|to|do)|"
            r""
            r"will it|could it|happen again|how (?:do|to) (?:you |i )?use|"
            r"(?:do|should|would|can) (?:i|we|you|one) do (?:if|when)|what to do (?:if|when)|why (?:do|does|is|are|"
            r"would)|"
            r"how (?:do|can|should) (?:i|we|you) (?:do|give|perform|support|help|tell|explain|know|recogni[sz]e|spot|treat|talk to|"
            r"approach|ask)|(?:who|that) (?:might|may|could) (?:be|have)\b|"
            r"(?:can|could) (?:\w+ ){1,3}look like|does (?:a|an) |(?<!know )(?<!sure )(?<!wonder )\bif (?:my|your|a|an|the|"
            r"someone|somebody|a person|you)\b|\blol\b|\bhaha\w*|\blmao\b|nearly (?:had|gave)|almost had|giving me a|"
            r"gave me a|\bmild\b",
    past=r"(?<!since )(?<!until )(?<!till )(?<!by )\bin (?:january|february|march|april|june|july|august|september|october|november|december)\b|\bat (?:the )?age (?:of )?\d{1,2}\b|(?<!just )(?:died by suicide|committed suicide|killed (?:himself|herself|themselves)|took (?:his|her|their) own life)|last (?:year|month|week|summer|winter|spring|fall|autumn|time|christmas|easter|weekend|monday|tuesday|wednesday|"
         r"thursday|friday|saturday|sunday)|(?:years|months|weeks) ago|"
         r"(?<!since )yesterday|back (?:at|in) (?:uni|school|college|the day)|in the (?:summer|winter|spring|autumn|fall)\b|"
         r"(?:at|over) (?:christmas|easter)|when (?:i|he|she|they) (?:was|were) (?:\d+|a baby|a toddler|small)|"
         r"(?:in|since) (?:19|20)\d\d|when (?:i|he|she) was (?:a )?(?:child|kid|teen\w*|young|little|\d+)|as a (?:child|kid|"
         r"teen)|"
         r"used to|once had|(?:years|months) (?:back|earlier)|(?:in|last|since) (?:january|february|march|april|may|"
         r"june|july|august|september|october|november|december)",
    now=r"right now|rn|now that i'?ve (?:just )?(?:swallowed|taken|took|drunk|drank|eaten)|i(?:'ve| have)? just (?:took|taken|swallowed|drank|ate)|"
        r"how long (?:do|does) (?:i|he|she|we|they) have(?! to)|currently|at the moment|just now|tonight|this (?:morning|afternoon|evening)|"
        r"(?:an?|\d+|few|couple of|half an?|two|three|four|five|ten|fifteen|twenty|thirty|forty) (?:minutes?|hours?|mins?|hrs?) ago|for the (?:past|last) (?:\w+ )?"
        r"(?:minutes?|hours?)|since (?:this|last night|lunch|breakfast|dinner|\d)|help (?:me|us|him|her)|"
        r"(?:i|we) need help|get help now|send help|call (?:an )?ambulance|hurry|911|999|112|what (?:do|should) (?:i|"
        r"we) do(?! (?:if|when))|i'?m having|"
        r"(?<!if someone )(?<!if somebody )(?<!if a person )(?<!think someone )is having|(?:and |but )?now (?:i|i'?m|he|he'?s|she|she'?s|my|his|her|it'?s|they)",
    keywords=("suicidal", "suicide", "breathe", "breathing", "heart", "attack", "overdose", "overdosed",
              "unconscious", "unresponsive", "seizure", "bleeding", "stroke", "choking", "anaphylaxis", "allergic",
              "swallowed", "poisoned", "slurring", "chest", "can't", "cant", "pills", "tablets", "myself", "collapsed", "swelling"),
    suicide_cues={
        "means": r"\b(?:rope|noose|belt (?:is )?(?:round|around)|shotgun|gun|pistol|rifle|knife|blades?|razors?|pills|tablets|meds|paracetamol|morphine|insulin|sleeping pills|bridge|cliffs?|platform|the tracks|railway|fast train|ledge|rooftop|balcony|charcoal|helium|weed ?killer|the cuts|blister pack)\b",
        "farewell": r"\b(?:goodbye (?:world|forever)|farewell forever|for (?:after|when) i'?m dead|my last night alive|deleted (?:all )?my (?:socials|social media)(?: (?:and|,) \w+)? (?:for good|forever))\b",
        "despair": r"\b(?:you won'?t (?:have to|need to) worry about me (?:much longer|for long|any ?more|soon)|i (?:won'?t|will not) be (?:a |an )?(?:burden|problem|bother|nuisance) (?:(?:to|for) (?:anyone|anybody|you|them|you all) )?(?:much longer|for (?:much )?longer|for long|soon)|(?:soon|shortly) i (?:won'?t|will not|will no longer) be (?:a |an )?(?:burden|problem|bother)|i'?m (?:just |only |such )?a burden|better off without me|no point (?:in (?:living|going on)|being alive)|nothing left to live for|no one (?:would|will) miss me|nobody (?:would|will) miss me)\b",
        "giving": r"\b(?:(?:gave|given|giving) (?:away )?(?:all |most )?(?:of )?my (?:stuff|things|belongings|possessions|cat|dog|pets?|guitar)|(?:found|finding|sorted) (?:a )?(?:new )?homes? for my (?:cat|dog|pets?))\b",
    },
    signs={
        "racing": r"\ba ?fib\b|atrial fibrillation|heart (?:rhythm|beat) (?:is )?(?:all over the place|irregular)|heart (?:is |'s )(?:\w+ )?(?:racing|pounding|hammering|going (?:crazy|mad|wild|nuts|like crazy|really fast|so fast|super fast|a mile a minute)|beating (?:\w+ )?(?:fast|hard|like crazy))",
    "sweating": r"sweat(?:y|ing)|clammy|cold sweat",
    "pallor": r"(?:pale|grey|gray|ashen)\b",
    "faint": r"faint\w*|dizzy|light[- ]?headed|passing out|(?:about|going|gonna) to pass out|gonna pass out",
    "confusion": r"confus\w*|disoriented|doesn'?t know where|can'?t understand|(?:not|isn'?t|wasn'?t) making (?:any )?sense|making no sense",
    "sugar": r"(?:blood )?sugar (?:is |was |level is |reading )?(?:really |very |super |dangerously )?low|hypo(?:glyc\w*)?\b|"
             r"sugar (?:is |of |reading )?(?:[1-3]\d|[12]\.\d)\b",
    "drowsy": r"drowsy|(?:very|really|so) sleepy|can'?t stay awake|keeps? nodding off",
    "numbness": r"numb\w*|tingl\w*|pins and needles",
    "weakness": r"weak(?:ness)?\b|can'?t (?:stand|walk|get up|lift|raise)|gave (?:way|out)|dropping things|clumsy|floppy|limp\b",
    "pain": r"(?:chest|jaw|arm|belly|stomach|abdomen|abdominal|back|neck|head) (?:pain|hurts|ache\w*)|stiff neck|"
            r"chest (?:is |feels )?(?:on fire|burning)|"
            r"neck is stiff|"
            r"(?:pain|ache) in (?:my|his|her|the) (?:chest|jaw|arm|belly|stomach|abdomen|back|neck)|"
            r"(?:severe|terrible|worst|sharp|crushing|heavy) (?:\w+ )?(?:pain|ache|headache)",
    "vomiting": r"vomit\w*|throwing up|threw up|being sick|puking|feel(?:s|ing)? sick|sick to (?:my|his|her) stomach|"
                r"nause\w*",
    "skin": r"hives|welts|rash all over|rash (?:\w+ ){0,3}(?:all over|(?:his|her|my|the) whole body|everywhere)|(?:whole|entire) body (?:is )?(?:\w+ )?(?:itch\w*|red|blotchy)|itch\w* (?:all over|everywhere)|covered in (?:hives|a rash|spots)|itchy all over|blotchy|red all over",
    "breath": r"wheez\w*|breath\w* (?:fast|funny|strange|weird|noisy|shallow)|out of breath|breathless",
    "vision": r"(?:double|blurred|blurry|lost) vision|seeing double|can'?t see",
    "speech": r"(?:talk|talks|talking|speak|speaks|speaking|sounds|sounding) like (?:(?:he|she|i|they)(?:'?s|'?m|'?re| is| am| are) |someone |somebody |a )?(?:drunk|wasted)|can'?t (?:find (?:my|his|her) words|speak|talk)|(?:voice|speech) (?:sounds |is |seems )?(?:strange|odd|slurred|weird)",
    "dread": r"(?:i think |feel like |feels like )i'?m (?:dying|going to die|gonna die)|sense of doom",
    "swelling": r"(?:tongue|throat|lips?|face|eyes) (?:feels? |is |are )?(?:thick|tight|swollen|swelling)|drooling|"
                r"can'?t swallow",
    "bleeding": r"bleed\w*|(?<!donating )(?<!donated )(?<!giving )(?<!gave )(?<!give )blood(?! (?:pressure|sugar|tests?|work|type|thinners?|count|levels?|donation|donor|"
                r"glucose|cells?|vessels?|draw))\w*|clots",
    "fever": r"high (?:fever|temperature)|fever of (?:10[3-9]|4[0-2])",
    "shaking": r"shaking all over|twitching|jerking|fitting",
    "responds": r"(?:barely|not|doesn'?t|won'?t|isn'?t) respond\w*",
    },
    nearby={
        "heart": ((r"chest|breastbone|sternum", r"hurt|pain|ache|aching|pressure|tight|squeez|crush|stabbing|agony|killing (?:me|him|her)|exploding"),
                  ("heart", r"hurts|hurting|pain|squeez")),
        "stroke": ((r"face|mouth|smile|lip|eyelid|cheek", r"droop|sag|crooked|lopsided|uneven|paraly[sz]|fallen|twist"),
                   (r"speech|talking|speaking|words|voice", r"slurr|garbl|jumbl|gibberish|mumbl")),
        "breathing": ((r"breath|breathe|breathing", r"can'?t|cannot|unable|barely|struggl|gasp|fighting"),
                      (r"lips?|face|fingers|fingertips|mouth|tongue", r"blue|bluish|purple|dusky")),
        "poisoning": ((r"swallow|ate|eaten|drank|drunk|chewed|ingest|got into|took|taken",
                       r"nail (?:polish|varnish) remover|acetone|paint thinner|white spirit|bleach|batter(?:y|ies)|detergent|laundry pods?|poison|antifreeze|cleaner|chemicals|weed ?killer|"
                       r"pesticide|rat bait|button cell|lighter fluid|drain opener|lye|methylated spirits?|meths|"
                       r"methanol|turpentine|kerosene|lamp oil|screen ?wash"),),
        "suicide": ((r"wish|want|wanna|ready|going|plan|thinking|think",
                     r"to die(?!\w)(?! (?:of|from) (?:embarrassment|shame|boredom|laugh))|disappear forever|not wake up|never wake up|not be here|not exist|sleep forever|"
                     r"end(?:ing)? (?:it|my life)|not be alive|be dead"),),
        "allergy": ((r"tongue|lips?|mouth|face", r"swell|swollen|puff|closing|thick|blew up|blown up|balloon"),
                    (r"allerg(?!ist|olog)|peanut|nuts?|cashew|almond|sesame|shrimp|prawn|crab|lobster|kiwi|bee|wasp|sting|shellfish|penicillin",
                     r"throat|tongue|can'?t breathe|can'?t swallow|(?:trouble|difficulty|hard|struggling) (?:to )?swallow|drool|wheez|epi ?pen|faint|collaps")),
        "bleeding": ((r"bleed|blood", r"won'?t stop|wont stop|not stopping|doesn'?t stop|hasn'?t stopped|can'?t stop|"
                      r"everywhere|pouring|gushing|spurting|squirting|soak|pool|puddle"),
                     (r"vomit|throw|threw|cough|spit|puk", r"blood")),
        "unresponsive": ((r"collapsed|fell|fallen|lying|passed out|fainted|slumped",
                          r"not (?:moving|breathing|respond)|won'?t wake|unconscious|not waking"),),
    },
    names=r"(?:he?art attack|cardiac arrest|stroke|overdose|anaphylaxis|anaphylactic shock|seizure|asthma attack|"
          r"poisoning|suicide|suicidal|hemorrhage|haemorrhage|allergic reaction|epi[- ]?pen)",
    frame=r"(?:having|had|has|have|(?:is|he'?s|she'?s|i'?m|im|am|are|they'?re) in|going into|get|getting|got|feel|"
          r"feeling|felt|i'?m|im|am|is|are|he'?s|she'?s|they'?re|used|gave|injected|jabbed|"
          r"think|it'?s|this is|that'?s|like|took|take|taking|just|gonna|going to|about to|be|being|so|very|really|"
          r"kinda|pretty|totally|massive|major|serious|severe|bad|commit|committing|attempt|attempting|thinking about|thinking of|thoughts of|"
          r"considering|contemplating)",
    mention_anywhere=r"\b(?:writing|write|wrote|writes) (?:a |an |my |this )?(?:song|poem|rap|story|novel|book|play|script|essay)s? (?:about|on|for|where)\b|\bin case (?:\w+ ){0,3}ever\b|\bin case it (?:ever )?happens\b|(?<!they )(?<!people )\bsay (?:someone|somebody|a person|a kid|a child) |suicide (?:rates?|risk|prevention|statistics)|risk of suicide|\bthriller\b|screenplay|fan ?fic\w*|manuscript|short story|creative writing|\bchapter \d+|(?:audio|radio) drama|role[- ]?play\w*|\bnpc\b|\bthe dm\b|(?:horror|zombie|crime|fantasy|spy|detective|war) (?:script|story|novel|game|film|movie|book|battle)|\bmy (?:script|comic|lyrics?|song|poem|campaign)\b|(?:son'?s|daughter'?s|kid'?s) (?:comic|story|play|book)|lyrics? (?:i'?m|im) (?:working on|writing)|for (?:english|drama|literature|theatre|theater) class|\bin (?:romeo and juliet|hamlet|macbeth)\b|(?:first aid|cpr|ems|emt) (?:course|class|training|poster|roleplay)|(?<!not )(?<!no longer )\bhypothetical\b(?! any ?more)|what would (?:you|i|we|one) do if|\bsay (?:i|he|she|someone|somebody) (?:got|had|was|sliced|cut|found)|\bif (?:\w+ ){0,3}ever\b|murder mystery|(?:in|of) (?:a|the|my) (?:play|comic|video ?game|soap|telenovela)\b|\bmy (?:character|protagonist|heroine|hero|villain)\b|\bin \"|\b(?:in the|every|most) mornings?\b|(?:hurts?|hurting|pain\w*|aches?|aching|sore|tight\w*) (?:\w+ ){0,4}(?:\bwhen (?:i|he|she|they|you) (?:cough|sneeze|laugh|move|press|twist|stretch|lie down)\w*|\bafter coughing\b)|(?:\bwhen (?:i|he|she|they|you) (?:cough|sneeze|laugh|move|press|twist|stretch|lie down)\w*|\bafter coughing\b) (?:\w+ ){0,3}(?:hurts?|hurting|pain\w*|aches?|aching|sore|tight\w*)|\b(?:one day|some ?day|in (?:the )?future)\b|\bover (?:the|a|one|two|a few|several) (?:week|weeks|month|months|fortnight|days|weekend|year)\b|\bwhen (?:i'?m |i am |he'?s |she'?s |i get |i feel )?(?:stressed|anxious|nervous|tired|worried|upset)\b|\b(?:gets?|tends? to get) (?:really |very |a bit |a little |quite )?(?:itchy|hives|swollen|puffy|a rash|rashes|red|blotchy|tight|scratchy|wheezy)\b|\bevery (?:month|week|year)\b|each month|(?:my|our|the) (?:cat|dog|puppy|kitten|pet|bird|parrot|rabbit|hamster|horse)s? (?:\w+ )?(?:swallowed|ate|has eaten|drank|got into|licked|chewed|is pregnant|was pregnant|is in labou?r|is having (?:puppies|kittens))\b|slept on (?:it|my (?:arm|hand|side|leg))|from sleeping on (?:it|my \w+)|when i (?:run|exercise|work out|train|cycle|jog|swim)\b|after (?:donating|giving) blood|(?:the|that|this) (?:movie|film|show|series|episode|book|game|video) (?:had|has|was|showed|shows)\b|(?:almost|nearly) (?:took|taken|gave|swallowed|drank|ate)\b|now that (?:i|he|she|they|we)(?:'ve| have| has|'s) (?:had|survived|recovered)|since (?:my|his|her|their) (?:stroke|heart attack|cardiac arrest)\b|(?:explain|tell) (?:to )?(?:my|the|our) (?:kids|children|son|daughter|family)|when (?:exactly |precisely )?should (?:i|we|you) (?:use|give|inject)|it (?:was|turned out to be) (?:just |only |actually )?(?:reflux|heartburn|anxiety|a panic attack|indigestion|gas|wind|muscular|a pulled muscle|nothing|an? migraine|migraine|vertigo|low blood pressure)|(?:hospital|doctors?|paramedics|gp|nurse) (?:said|told us|says) (?:it was|it's)|thought (?:he|she|i|we|they) (?:was|were) having|turned out (?:to be )?(?:fine|nothing)|(?:she'?s|he'?s|they'?re|i'?m) (?:back )?home now|(?:was|were|got) discharged|(?:writing|making|preparing|designing|doing) (?:a|an|the|our|my) (?:\w+ )?(?:leaflet|poster|presentation|talk|training|lesson|handout|guide|article|blog|video)|\b(?:always|usually|often|sometimes) (?:feel|get|have|start|wake|wakes|waking)\b|whenever i|during (?:them|panic attacks|an? (?:panic|anxiety) attack)|(?:hurts?|aches?|sore|tight|pain) (?:just )?(?:a (?:little )?bit|a little|slightly)\b|\bsuppose\b|supposing|hypothetically|\bimagine\b|let'?s say|what'?s worse|which is worse|which is more dangerous|grey'?s anatomy|(?:watch\w*|saw|seen|read|reading|heard) (?:\w+ ){0,5}(?:show|series|movie|film|novel|book|news|"
                     r"documentary|article|tv|episode|anatomy)\b(?!,? (?:(?:and|when|then|while|before) )?(?:suddenly|my|our|his|her|he|she|i|we)\b)|in (?:the|a|my) (?:novel|story|movie|film|book|show|"
                     r"series|game)|on the news|for (?:a|my) (?:school|class|college|uni|course|project|paper|essay|"
                     r"assignment)|is (?:that|this|it) realistic|(?:writing|reading) (?:a|my|the) (?:novel|story|book|script)(?!,? (?:(?:and|when|then|while|before) )?(?:suddenly|my|our|his|her|he|she|i|we)\b)|recovered|back to normal|(?:it|that) (?:went away|passed)|"
                     r"(?:she'?s|he'?s|i'?m|they'?re) (?:fine|ok|okay|better) (?:now|today)|(?:it )?came out\b|"
                     r"(?:and|but) (?:she'?s|he'?s|they'?re|she is|he is|they are) (?:fine|ok|okay|alright|all right)\b|"
                     r"(?:textbook|article|lecture|study|studies|course|class|book) (?:says|said|mentions|claims)|"
                     r"(?:tests?|results?|scans?|exams?|ecg|ekg|bloods|troponin|x-?ray) (?:\w+ ){0,3}(?:normal|fine|clear)|"
                     r"will it|could it|happen again|history of|\blol\b|\bhaha\w*|\blmao\b|recover\w* (?:from|after)|life after|"
                     r"antidote|\bmild\b",
    unwell=r"(?:oh|omg|please|god|no)(?: no)+|not (?:ok|okay|well|good|right(?! now)|fine|doing (?:well|good|ok|okay))|(?:isn'?t|aren'?t|ain'?t) (?:right(?! now)|ok|okay|well|good)",
    habit=r"in (?:his|her|my|their) sleep|at night|every (?:time|day|night|morning)|whenever|when(?:ever)? (?:he|she|i|we|they) (?:eats?|sees?|climbs?|runs?|walks?|exercises?|laughs?|coughs?|sleeps?|gets?|goes|is tired)",
    news=r"again|now|suddenly|this time|today|tonight|just|started|starting",
    someones=r"my|his|her|our|their|he|she|i|i'?m|he'?s|she'?s|we|they",
    first_person=r"i|i'?m|me|my|myself",
    real=r"(?:it'?s|this is|that'?s|now it'?s) (?:real|really happening|actually happening|happening for real)|not (?:a|the) (?:story|drill|joke|test)(?! (?:question|scenario))|not hypothetical any ?more|(?:actually|really) happening (?:to|now|right)|for real\b",
    resolved=r"(?:i'?m|he'?s|she'?s|they'?re|we'?re|i am|he is|she is) (?:all )?(?:fine|ok|okay|good|well|doing well|back to normal|recovered)(?: now| since| today)?|fine now|(?:fully |completely )?recovered|(?:then |and )came right\b|back (?:at|to) (?:work|school|normal)|(?:got|was|were) (?:stitched|discharged)",
    believed=r"(?:i|we) (?:thought|believed|assumed|was sure|were sure)",
    background=r"will it|could it|happen again|history of|antidote|\bmild\b",
    hypothesis_if=r"(?<!know )(?<!sure )(?<!wonder )(?<!see )(?<!check )(?<!tell )(?<!ask )(?<!asking )(?<!asked )(?<!idk )(?<!dunno )(?<!idea )(?<!unsure )(?<!checking )(?<!checked )(?<!wondering )(?<!even )(?<!as )\bif\b(?! you (?:can|could))",
    hypothesis=r"would|'d (?:need|have|be|do|happen|call)",
    document=r"(?:letter|leaflet|plan|report|note|notes|pdf|manual|poster|chart|summary|record|form|sheet|card|label|instructions?|instructor|booklet)(?:'s)? (?:[\w']+ ){0,5}(?:says|said|lists|listed|reads|writes|wrote|states|mentions|kept saying)\b|summar\w*|quote|quoting|translat\w*|how (?:do|would) you say|(?:find|show|list|highlight|look up|search|open|copy|paste|explain|read) (?:me )?(?:\w+ ){0,3}(?:section|part|paragraph|chapter|passage|page|bit|sentence|documents?|leaflets?|files?|pdfs?|text)|(?:section|part|paragraph|chapter|passage|page|sentence|line)s? (?:on|about|of|for|regarding|covering|dealing with|that (?:talks|mentions|says))|(?:document|leaflet|file|pdf|booklet|brochure|guide|notice|manual|text|article|poster|label|handout|headline|news ?paper|report|website|page|sign|lyrics?|song|homework|worksheet|assignment|coursework|lesson|textbook|exam|quiz|course|class)s? (?:\w+ ){0,2}(?:says?|said|mentions?|talks?|covers?|states?|writes?|tells?)|what (?:does|do) (?:the|this|that|my|your|our) (?:\w+ ){0,2}say|where (?:does|do|is|in) (?:the|this|that|my|your) (?:\w+ ){0,2}(?:say|talk|mention|document|leaflet|file|text)|(?:documents?|files?|leaflets?) (?:that|which) (?:mention|talk|cover|say)|(?:always|usually|often) (?:says?|saying)|figure of speech|(?:just )?an expression|lyrics?|phrasebook|copy-?paste|pasted",
    request=r"what (?:does|do|did|would|will|should|is|'s|s)(?: \S+){0,3} (?:say|says|said|recommend|suggest|tell|advise)\b|"
            r"what(?:'s| is) (?:in|on)\b|(?:can|could|would|will|pls|please) (?:you|u) (?:please |pls |plz |quickly |"
            r"just )?(?:check|look|find|see|search|read|scan|pull|open|tell|show|quote)\b|^(?:please |pls |plz |quickly |"
            r"just |hey |ok )?(?:check|look (?:at|in|up|through)|pull up|open|scan|search|read|find|see) (?:the|my|his|"
            r"her|their|our|this|that|its|your|mums?|moms?|dads?|mum's|mom's|dad's)\b|(?:which|what) (?:page|section|"
            r"part|bit|paragraph)\b|where (?:in|on|does|do|is|'s|s)\b|(?:is|was) (?:it|this|that|there anything|anything)"
            r" (?:\S+ ){0,5}(?:in|on) (?:the|my|his|her|their|our|this|that|your)\b|does (?:the|my|his|her|their|our|this|"
            r"that|your) (?:\S+ ){0,4}(?:say|mention|cover|talk|list|have|tell)\b|according to (?:the|my|his|her|their|our|this|that|your)\b",
    papers=r"leaflets?|(?:patient )?information|inserts?|(?:care|crisis|safety|action|asthma|treatment|discharge|epilepsy|"
           r"seizure|allergy|emergency|birth|diabetes) plans?|plan|discharge (?:letter|summary|notes|papers?|sheet)|"
           r"letters?|notes|pdfs?|documents?|guides?|guidance|booklets?|brochures?|(?:info|fact|care) ?sheets?|"
           r"instructions|labels?|handouts?|protocol|paperwork|manual|page",
    speech=r"(?:(?:says?|saying|said|scream\w*|shout\w*|yell\w*|cry\w*|crying|texted|messaged|wrote|written|writes|told (?:me|us)|whisper\w*|gasp\w*|moan\w*|keeps? (?:saying|repeating))(?: (?:to )?(?:me|us|that))?|is|are|am|i'?m|he'?s|she'?s|it'?s|was|were|seems?|looks?|feels?|keeps?|gone|going|getting|started)",
    instruction=r"\b(?:if|when|should) you (?:\w+ ){0,2}(?:have|get|feel|notice|experience|develop|see|suspect|think|are|start)\b|\bin (?:the )?case of\b|\bin the event of\b",
    imperative=r"\b(?:call|dial|phone|ring|seek|contact|go to|get (?:to|medical|emergency|urgent))\b",
    texting={"cnt": "can't", "cnat": "can't", "wnna": "wanna", "wana": "wanna", "alot": "a lot", "rly": "really", "dnt": "don't", "plz": "please", "pls": "please", "bc": "because", "cuz": "because", "ppl": "people"},
    emergency="**This may be an emergency. Call your local emergency number now: {numbers}.** Do not wait for an "
              "answer from documents.",
    crisis="If you are thinking about suicide or about harming yourself, call or text {line} now. You do not have to "
           "face this alone.",
    read_with=("Read with your earlier message.",
               "Read with your earlier messages."),
    taken_back=r"\bfalse alarm\b|\b(?:i was|i'm|im|i am) (?:only |just )?(?:joking|kidding)\b|\bjust kidding\b|\bjk\b|"
            r"\b(?:it|that) was (?:just |only )?(?:a |the |my )?(?:dream|joke|prank|drill)\b|\bwrong (?:chat|message|"
            r"person|number|thread)\b|\b(?:false|flase|fasle) al\w*rm\b|\b(?:a scene|part|a line) (?:in|from|of) (?:a|"
            r"the|my) (?:novel|story|book|script|film|movie|play)\b|\bfor (?:a|the|my) (?:novel|story|book|script|film|"
            r"play) i'?m writing\b|\b(?:it'?s|its|it is|it was|that'?s|thats) (?:def(?:initely)? |probably |actually |"
            r"only |just )*(?:a )?(?:pulled muscle|strained muscle|heartburn|indigestion|reflux|gas|wind|panic attack|"
            r"cramp|migraine)\b",
    in_care=r"\b(?:we're|we are|i'm|im|i am|he's|hes|she's|shes|they're|theyre|he is|she is|they are) (?:now |already |"
            r"all )?(?:in|at) (?:the )?(?:er|a&e|a and e|hospital|icu|emergency room|emergency department|urgent care|"
            r"intensive care|resus|gp|gp surgery|doctor'?s|walk-in centre|walk-in clinic)\b(?! (?:car park|parking|"
            r"for work|visiting))|\b(?:the )?(?:paramedics|ambulance|ambulance crew|ems) (?:is|are) (?:here|"
            r"with (?:him|her|us|them))\b(?! in \d| but\b)|\b(?:had|got) (?:\d+ )?stitches\b|\b(?:paramedics|ambulance|"
            r"ems|emts?|911|999|112|ambulance crew) (?:have |has |just )?(?:arrived|taken over|are here|is here|"
            r"here now|took (?:him|her|them))\b(?! in \d| but\b)|\bcame and took (?:him|her|them)\b|"
            r"\bwith the paramedics\b|\b(?:doctor|nurse|paramedics?|emts?|pharmacist|cardiologist|gp|111|"
            r"poison control) (?:said|says|told us|checked \w+ and said) (?:it'?s|it is|it was|that it'?s) (?:just|"
            r"only|nothing|fine|not (?:serious|dangerous|an emergency|(?:his|her|the) heart))\b",
    settled="Understood. If anything gets worse, call your local emergency number. Ask a question about your "
             "documents when you want one answered.",
    notice="Not medical advice: Verbatim only quotes documents and cannot judge your situation. Call now.",
)
