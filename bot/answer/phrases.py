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
    # Words people misspell in a hurry, each with the spelling the patterns use ("sucidal" -> "suicidal").
    keywords: tuple[str, ...] = field(default=())


_PEOPLE = r"my (?:\w+ ){0,2}(?:husband|wife|partner|son|daughter|child|kid|baby|toddler|mom|mum|mother|dad|father|" \
          r"friend|brother|sister|grandma|grandpa|grandmother|grandfather|boyfriend|girlfriend|roommate|neighbou?r)"

ENGLISH = Language(
    code="en",
    patterns={
        "heart": (
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
        ),
        "stroke": (
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
            r"can'?t (?:lift|raise|move) (?:my|his|her|their) (?:left |right )?(?:arm|leg)",
            r"(?:talking|speaking) (?:gibberish|nonsense|funny|strange|weird)",
            r"words (?:are |keep )?(?:coming out )?(?:jumbled|garbled|wrong)",
            r"stroke\b",
            r"(?:face|mouth|smile|eye|eyelid)s? (?:is |are |looks? |went |has gone |seems? )?(?:\w+ )?(?:droop\w*|lopsided|"
            r"crooked|uneven|sagging|twisted)",
            r"(?:half|side) of (?:my|his|her|their) face (?:is |went |has gone )?(?:numb|droop\w*|weak)",
            r"can'?t (?:speak|talk) (?:properly|right|clearly|normally|straight)",
            r"can'?t (?:find (?:my|his|her|their|the) words|get (?:my|his|her|the) words out)",
            r"can'?t understand (?:what|anything|me|us|a word)",
            r"(?:speech|voice) (?:sounds |is |was )?(?:slurred|garbled|strange|weird)",
            r"(?:right|left|one) (?:side|arm|leg|hand) (?:is |went |has gone |feels |got )?(?:suddenly )?(?:weak|numb|limp|"
            r"dead|heavy|clumsy|floppy)",
            r"(?:seeing double|double vision|suddenly (?:blind|can'?t see)|lost (?:the )?(?:sight|vision) in)",
        ),
        "breathing": (
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
        ),
        "poisoning": (
            r"overdos\w*",
            r"(?:took|taken|swallowed|ate|eaten|drank|drunk|had|has had) (?:way )?(?:too many|too much|a (?:whole|full) "
            r"(?:bottle|pack|box|packet|strip)|an entire|the whole|all (?:of )?(?:my|the|his|her|their))",
            r"swallow(?:ed|s)? (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|medicines?|medications?|meds|bleach|"
            r"batter(?:y|ies)|detergent|pods?|poison|chemicals?|cleaner|magnets?)",
            r"(?:took|taken|swallowed|ate|eaten|had|popped) (?:\w+ ){0,3}(?:[1-9]\d+|ten|eleven|twelve|fifteen|"
            r"twenty|thirty|forty|fifty|a hundred|dozens of|a handful of) (?:\w+ ){0,3}(?:pills?|tablets?|capsules?|"
            r"doses?|gummies)",
            r"poison(?:ed|ing)\b",
            r"(?:ate|eaten|drank|drunk|swallowed|took|ingested) (?:\w+ ){0,3}poison\b",
            r"drank (?:\w+ ){0,2}(?:bleach|antifreeze|cleaner|chemicals?|detergent)",
            r"(?:got into|ate|eaten|chewed|drank|swallowed) (?:\w+ ){0,3}(?:pills|tablets|capsules|meds|medicines?|"
            r"medications?|gummies|vitamins|bleach|batter(?:y|ies)|detergent|pods?|cleaner|antifreeze)",
            r"bit into (?:\w+ ){0,3}(?:pods?|batter(?:y|ies))",
            r"carbon monoxide|(?:co|gas) alarm (?:is )?(?:going off|beeping|sounding)",
            r"(?:a|the) (?:load|bunch|lot|handful|whole pack|box|bottle) of (?:\w+ ){0,2}(?:pills|tablets|capsules|meds|"
            r"ibuprofen|paracetamol|tylenol|acetaminophen|aspirin|sleeping pills)",
        ),
        "suicide": (
            r"suicid\w*",
            r"kill(?:ing)? myself",
            r"\bkms\b",
            r"end(?:ing)? (?:my (?:own )?life|it all|things|everything)",
            r"take (?:my|their) own life",
            r"(?:want|wanna|wanted|going|gonna)(?: to)? die",
            r"(?:hurt|harm|cut)(?:ting)? myself",
            r"self[- ]?harm",
            r"(?:don'?t|do not) want to (?:live|be alive|wake up|be here)",
            r"better off dead",
            r"no reason to live",
            r"unalive",
            r"hang(?:ing)? myself",
            r"lethal dose",
            r"(?:want|wanna|going|gonna) (?:to )?end it\b",
            r"(?:go to sleep|fall asleep) and never wake up",
            r"(?:saved|saving|stockpil\w*|hoard\w*) (?:up )?(?:all )?(?:my |the )?(?:pills|meds|tablets|medication)",
        ),
        "allergy": (
            r"anaphyla\w*",
            r"(?:severe|serious|bad|major) allergic reaction",
            r"(?:throat|tongue|lips?|face|mouth) (?:is |are |was |were |started |starting |keeps )?"
            r"(?:swelling|swollen|swelled|closing|tight)",
            r"swelling (?:of|in) (?:my|his|her|their|the) (?:throat|tongue|lips?|face|mouth)",
            r"epi-?pen",
            r"(?:tongue|throat|lips?) (?:is |are |feels? )?(?:swelling|swollen|thick|closing)",
            r"(?:covered in|all over in) hives|hives all over",
        ),
        "unresponsive": (
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
        ),
        "bleeding": (
            r"(?:severe|heavy|uncontrollable|uncontrolled|profuse) bleeding",
            r"bleeding (?:heavily|badly|a lot|won'?t stop|that won'?t stop|will not stop|like crazy|everywhere)",
            r"(?:won'?t|can'?t|cannot) stop (?:the )?bleeding",
            r"(?:coughing|vomiting|throwing|puking|spitting) (?:up )?blood",
            r"blood (?:everywhere|is pouring|pouring|gushing|is gushing|won'?t stop)",
            r"(?:black|tarry|bloody) (?:poop|poo|stools?)|(?:poop|poo|stools?) (?:is |are )?(?:black|tarry|bloody)",
            r"bleeding (?:loads|lots|through|so much)|(?:big|huge|large) clots",
            r"(?:pregnant|miscarr\w*) (?:\w+ ){0,4}bleed\w*|bleed\w* (?:\w+ ){0,4}pregnant",
        ),
    },
    negation=r"no|not|never|without|denies|deny|denied|negative for|free of|absence of|neither|nor|don'?t|doesn'?t|"
             r"didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t",
    not_negation=r"(?:no|not) (?:idea|sure|certain|only|know)|(?:don'?t|didn'?t|do not) (?:know|think|understand|"
                 r"get)|never (?:had|felt|been) (?:\w+ ){0,4}(?:like this|this (?:bad|much|strong|severe)|before)",
    mention=r"(?:can|could|does|do|will|would|may|might) (?:\w+ ){0,4}(?:cause|causes|trigger|lead to|give you|"
            r"result in)|(?:can|could) (?:you|i|one|people|someone|a person|kids|children) (?:\w+ )?(?:overdose|die|get|"
            r"have)|signs? of|symptoms? of|risks? of|chances? of|warning signs|what (?:is|are|does|do|happens)|"
            r"look(?:s)? like|how (?:fast|soon|quickly|long|common|likely|do you know|can you tell)|"
            r"is (?:it|an?|there) (?:\w+ ){0,3}(?:possible|dangerous|safe|normal|common)|possible to|prevent|avoid|"
            r"recover(?:y)? from|history of|people (?:with|who|get)|someone (?:with|who|in)|a person (?:with|who)|"
            r"if (?:someone|a person|you|i ever)|in case of|first aid for|treatment for|after an? |difference between|"
            r"will it|could it|happen again|how (?:do|to) (?:you |i )?use",
    past=r"last (?:year|month|week|summer|winter|spring|fall|autumn|time)|(?:years|months|weeks) ago|"
         r"(?:in|since) (?:19|20)\d\d|when (?:i|he|she) was (?:a )?(?:child|kid|young|little|\d+)|as a (?:child|kid|teen)|"
         r"used to|once had|(?:years|months) (?:back|earlier)",
    now=r"right now|currently|at the moment|just now|tonight|this (?:morning|afternoon|evening)|"
        r"(?:an?|\d+|few|couple of|half an?) (?:minutes?|hours?|mins?|hrs?) ago|for the (?:past|last) (?:\w+ )?"
        r"(?:minutes?|hours?)|since (?:this|last night|lunch|breakfast|dinner|\d)|help (?:me|us|him|her)|need help|"
        r"get help|send help|call (?:an )?ambulance|hurry|911|999|112|what (?:do|should) (?:i|we) do|i'?m having|"
        r"is having|(?:and |but )?now (?:i|i'?m|he|he'?s|she|she'?s|my|his|her|it'?s|they)",
    keywords=("suicidal", "suicide", "breathe", "breathing", "heart", "attack", "overdose", "overdosed",
              "unconscious", "unresponsive", "seizure", "bleeding", "stroke", "choking", "anaphylaxis", "allergic",
              "swallowed", "poisoned", "chest", "can't", "cant", "pills", "tablets", "myself", "collapsed", "swelling"),
    emergency="**This may be an emergency. Call your local emergency number now: {numbers}.** Do not wait for an "
              "answer from documents.",
    crisis="If you are thinking about suicide or about harming yourself, call or text {line} now. You do not have to "
           "face this alone.",
)

SPANISH = Language(
    code="es",
    patterns={
        "heart": (r"dolor (?:fuerte |muy fuerte |intenso )?(?:de|en el) pecho", r"(?:me|le) duele (?:mucho )?el pecho",
                  r"(?:brazo|lado) (?:izquierdo )?(?:dormido|adormecido|entumecido) (?:\w+ ){0,4}pecho", r"(?:opresion|presion) en el pecho",
                  r"infarto", r"ataque (?:al corazon|cardiaco)", r"paro cardiaco"),
        "stroke": (r"derrame cerebral", r"ictus", r"accidente cerebrovascular",
                   r"(?:cara|boca) (?:caida|torcida|paralizada|chueca)", r"no (?:puede|puedo) hablar",
                   r"(?:habla|arrastra) (?:arrastrada|las palabras|raro)",
                   r"(?:se le|se me) (?:durmio|paralizo) (?:un lado|medio cuerpo|el brazo|la pierna)",
                   r"no (?:puedo|puede) mover (?:el|la|un|mi|su) (?:brazo|pierna|lado)"),
        "breathing": (r"no (?:puedo|puede|podemos) respirar", r"me ahogo|se (?:esta )?ahogando|se ahoga",
                      r"(?:falta de aire|dificultad para respirar|me falta el aire)", r"(?:ya )?no respira",
                      r"labios (?:azules|morados)", r"atragant\w*", r"(?:me|le) cuesta (?:mucho )?respirar"),
        "poisoning": (r"sobredosis", r"(?:me )?tome (?:todas|todos|muchas|muchos|un frasco|la caja|toda la caja)",
                      r"(?:me |se )?tom[eo] (?:unas |unos )?(?:\d{2,}|veinte|treinta|cuarenta|cincuenta) (?:pastillas|pildoras|"
                      r"comprimidos|capsulas)",
                      r"se (?:trago|comio|tomo|bebio) (?:\w+ ){0,3}(?:pastillas|pildoras|comprimidos|pilas|pila|"
                      r"lejia|cloro|veneno|medicinas|medicamentos)", r"intoxicad\w*|envenenad\w*"),
        "suicide": (r"suicid\w*", r"matarme", r"quitarme la vida", r"no quiero (?:seguir )?vivir",
                    r"quiero morir(?:me)?", r"acabar con (?:mi vida|todo)", r"hacerme dano"),
        "allergy": (r"anafila\w*", r"reaccion alergica (?:grave|fuerte|severa)",
                    r"(?:se me|se le) (?:cierra|hincha) la garganta",
                    r"(?:garganta|lengua|labios|cara) (?:cerrada|hinchad[ao]s?)",
                    r"(?:esta |se esta )?cerrando la garganta", r"se (?:me|le) hincha (?:la cara|la lengua|los labios)"),
        "unresponsive": (r"inconsciente", r"no (?:responde|reacciona)", r"no (?:se )?despierta", r"se desmayo",
                         r"convulsi\w*", r"ataque epileptico", r"se desplomo"),
        "bleeding": (r"sangr(?:a|ando) (?:mucho|muchisimo|sin parar)", r"no (?:para|deja) de sangrar", r"hemorragia",
                     r"(?:vomitando|vomito|tosiendo|escupiendo) sangre", r"mucha sangre"),
    },
    negation=r"no|nunca|sin|ni|jamas",
    not_negation=r"no (?:se|estoy segur[oa])|no (?:puedo|puede|podemos) respirar|no (?:responde|reacciona|"
                 r"despierta|para|deja|quiero)",
    mention=r"(?:puede|pueden|podria) (?:\w+ ){0,3}(?:causar|provocar|dar)|sintomas de|senales de|riesgo de|"
            r"que es|como (?:saber|se sabe|se usa)|personas (?:con|que)|alguien (?:con|que)|si alguien|en caso de|prevenir|"
            r"es posible|se puede",
    past=r"el (?:ano|mes) pasado|hace (?:\w+ )?(?:anos|meses|semanas)|en (?:19|20)\d\d|de nino|cuando era",
    now=r"ahora mismo|ahorita|ayuda|urgente|hace (?:\w+ )?(?:minutos|horas|una hora)|esta (?:manana|noche)",
    emergency="**Esto puede ser una emergencia. Llame ahora a su número local de emergencias: {numbers}.** No espere "
              "una respuesta de los documentos.",
    crisis="Si está pensando en el suicidio o en hacerse daño, llame o escriba ahora a {line}. No tiene que "
           "enfrentarlo solo.",
)

GERMAN = Language(
    code="de",
    patterns={
        "heart": (r"brustschmerz\w*", r"schmerz\w* (?:in der|in meiner|in seiner|in ihrer|auf der) brust",
                  r"herzinfarkt", r"herzanfall", r"herzstillstand", r"(?:enge|druck) (?:in der|auf der) brust",
                  r"(?:elefant|gewicht|stein) auf (?:meiner|seiner|ihrer|der) brust"),
        "stroke": (r"schlaganfall", r"gesicht (?:hangt|haengt|ist schief|ist taub)",
                   r"(?:hangender|haengender|schiefer) mund\w*", r"verwaschen\w* sprache|lallt",
                   r"kann (?:nicht|kaum) (?:mehr )?(?:sprechen|reden)",
                   r"(?:arm|bein|seite|korperhalfte|koerperhaelfte) (?:ist )?(?:plotzlich |ploetzlich )?"
                   r"(?:taub|gelahmt|gelaehmt)", r"(?:arm|bein) nicht (?:mehr )?bewegen", r"(?:rede|redet)\w* verwaschen",
                   r"wirres zeug", r"gesichtshalfte (?:hangt|haengt)"),
        "breathing": (r"(?:kann|bekomme|kriege|krieg|bekommt|kriegt) (?:keine|kaum|schlecht) luft",
                      r"kann (?:nicht|kaum) (?:mehr )?atmen", r"atmet (?:nicht|kaum)(?: mehr)?", r"atemnot",
                      r"erstick\w*", r"lippen (?:sind |werden )?blau", r"verschluckt"),
        "poisoning": (r"uberdosis|ueberdosis",
                      r"(?:tabletten|pillen|medikamente) (?:geschluckt|genommen|gegessen)",
                      r"(?:batterie|putzmittel|reiniger|spulmittel|bleiche|gift) (?:geschluckt|gegessen|getrunken)",
                      r"vergift\w*"),
        "suicide": (r"suizid\w*|selbstmord\w*", r"mich umbringen", r"(?:will|mochte|moechte) (?:nicht mehr leben|sterben)",
                    r"mir das leben nehmen", r"mich (?:selbst )?(?:verletzen|ritzen)", r"nicht mehr leben"),
        "allergy": (r"anaphyla\w*", r"allergischer schock", r"schwere allergische reaktion",
                    r"(?:hals|zunge|lippen|gesicht|rachen) (?:schwillt|schwellen|ist geschwollen|sind geschwollen|"
                    r"schnurt sich zu|schnuert sich zu)"),
        "unresponsive": (r"bewusstlos", r"reagiert nicht", r"nicht (?:mehr )?wach", r"wacht nicht (?:mehr )?auf", r"ohnmachtig|ohnmaechtig",
                         r"zusammengebrochen", r"krampfanfall|krampft", r"epileptischer anfall"),
        "bleeding": (r"(?:starke|heftige) blutung", r"blute[tn]? (?:sehr |ganz )?(?:stark|heftig)",
                     r"(?:hort|hoert) nicht auf zu bluten", r"blut (?:erbrochen|gespuckt|gehustet)",
                     r"(?:erbreche|spuckt|spucke|huste|hustet) blut"),
    },
    negation=r"kein\w*|nicht|nie|niemals|ohne",
    not_negation=r"(?:weiss|weiß) nicht|nicht sicher|kann (?:nicht|kaum) (?:mehr )?(?:atmen|sprechen|reden)|"
                 r"(?:atmet|reagiert|wacht) nicht|keine luft|kaum luft|nicht mehr leben|nicht auf zu bluten",
    mention=r"(?:kann|konnen|koennen) (?:\w+ ){0,3}(?:verursachen|auslosen|ausloesen)|symptome (?:von|eines|einer)|"
            r"anzeichen|risiko|was ist|wie erkennt|wie sieht|menschen mit|jemand (?:mit|der)|wenn jemand|vorbeugen|"
            r"moglich|moeglich",
    past=r"letztes jahr|letzten (?:monat|sommer|winter)|vor (?:\w+ )?(?:jahren|monaten|wochen)|(?:19|20)\d\d|als kind",
    now=r"jetzt|gerade|sofort|hilfe|vor (?:\w+ )?(?:minuten|stunden|einer stunde)|seit (?:einer|\w+) (?:halben )?"
        r"(?:stunde|minuten)",
    emergency="**Das könnte ein Notfall sein. Rufen Sie jetzt Ihre örtliche Notrufnummer an: {numbers}.** Warten Sie "
              "nicht auf eine Antwort aus den Dokumenten.",
    crisis="Wenn Sie daran denken, sich das Leben zu nehmen oder sich zu verletzen, rufen Sie jetzt {line} an. Sie "
           "müssen das nicht allein durchstehen.",
)

FRENCH = Language(
    code="fr",
    patterns={
        "heart": (r"(?:douleur|mal) (?:\w+ )?(?:a la|dans la) poitrine", r"douleur thoracique", r"crise cardiaque",
                  r"infarctus", r"arret cardiaque", r"(?:oppression|serrement|poids) (?:a la|dans la|sur la) poitrine"),
        "stroke": (r"\bavc\b", r"accident vasculaire", r"visage (?:qui tombe|tombe|paralyse|deforme|de travers)",
                   r"bouche de travers", r"(?:n'?arrive|narrive) (?:plus|pas) a parler",
                   r"parle (?:mal|bizarrement|de travers)", r"(?:bras|jambe|cote) (?:engourdi|paralyse)"),
        "breathing": (r"(?:n'?arrive|narrive) (?:pas|plus) a respirer", r"ne respire (?:pas|plus)", r"j'?etouffe",
                      r"s'?etouffe", r"difficultes? a respirer", r"levres (?:bleues|violettes)", r"du mal a respirer",
                      r"respire (?:tres |trop )?(?:vite|mal|bizarrement)", r"cotes se creusent",
                      r"manque d'?air"),
        "poisoning": (r"overdose|surdose",
                      r"(?:avale|pris) (?:toute la boite|tout le flacon|tous|toutes|plein de|beaucoup de)",
                      r"a (?:avale|mange|bu) (?:\w+ ){0,3}(?:comprimes|cachets|pilules|medicaments|pile|piles|"
                      r"javel|produit)", r"intoxi\w*|empoisonn\w*", r"(?:bu|avale) (?:de l'?|de la |du )?(?:eau de )?javel"),
        "suicide": (r"suicid\w*", r"me tuer", r"mettre fin a mes jours", r"en finir", r"envie de mourir",
                    r"veux mourir", r"me faire du mal", r"plus envie de vivre"),
        "allergy": (r"anaphyla\w*", r"choc allergique", r"reaction allergique (?:grave|severe|forte)",
                    r"(?:gorge|langue|levres|visage) (?:gonfle\w*|qui gonfle|qui se ferme|se ferme)",
                    r"gorge (?:serree|qui se serre)"),
        "unresponsive": (r"inconscient\w*", r"ne (?:repond|reagit) (?:pas|plus)", r"ne se reveille pas",
                         r"evanoui\w*", r"convuls\w*", r"crise d'?epilepsie", r"s'?est effondre\w*"),
        "bleeding": (r"saigne (?:beaucoup|enormement|abondamment|sans arret)", r"hemorragie",
                     r"n'?arrete pas de saigner", r"(?:vomi\w*|crache|tousse) du sang"),
    },
    negation=r"pas|jamais|sans|aucune?|ni",
    not_negation=r"(?:sais|suis) pas|pas sur|(?:arrive|respire|repond|reagit|reveille) (?:pas|plus)|"
                 r"n'?arrete pas|pas a (?:respirer|parler)|plus envie",
    mention=r"(?:peut|peuvent|pourrait)(?:-ils|-elles|-il|-elle)? (?:\w+ ){0,3}(?:causer|provoquer|donner)|"
            r"symptomes d|signes d|risques? d|ressemble|possible|"
            r"qu'?est-ce que|comment (?:savoir|reconnaitre)|personnes (?:qui|avec|atteintes)|quelqu'?un (?:qui|avec)|"
            r"si quelqu'?un|en cas d|prevenir",
    past=r"l'?an(?:nee)? derni\w*|le mois dernier|il y a (?:\w+ )?(?:ans|mois|semaines)|en (?:19|20)\d\d|enfant",
    now=r"maintenant|tout de suite|au secours|urgent|il y a (?:\w+ )?(?:minutes|heures|une heure)|ce (?:matin|soir)|"
        r"depuis (?:tout a l'?heure|une heure|ce matin)",
    emergency="**Il peut s'agir d'une urgence. Appelez maintenant votre numéro d'urgence local : {numbers}.** "
              "N'attendez pas une réponse des documents.",
    crisis="Si vous pensez au suicide ou à vous faire du mal, appelez ou écrivez maintenant à {line}. Vous n'avez "
           "pas à affronter cela seul.",
)

PORTUGUESE = Language(
    code="pt",
    patterns={
        "heart": (r"dor (?:forte |muito forte )?no peito", r"aperto no peito", r"ataque cardiaco", r"infarto|enfarte",
                  r"(?:parada|paragem) cardiaca"),
        "stroke": (r"\bavc\b", r"derrame", r"(?:rosto|cara|boca) (?:caido|caida|torto|torta|paralisad[ao])",
                   r"fala (?:ficou )?(?:enrolada|estranha)", r"nao (?:consegue|consigo) (?:falar|mexer)",
                   r"(?:braco|perna|lado) (?:dormente|paralisad[ao])"),
        "breathing": (r"nao (?:consigo|consegue|conseguimos) (?:respirar|tossir)", r"falta de ar", r"sufoca\w*|engasg\w*",
                      r"(?:nao esta|parou de) respira\w*", r"labios (?:azuis|roxos)"),
        "poisoning": (r"overdose|superdosagem", r"tomei (?:todos|todas|muitos|muitas|a cartela|o frasco|a caixa)",
                      r"tom(?:ei|ou) (?:uns |umas )?(?:\d{2,}|vinte|trinta|quarenta|cinquenta) (?:comprimidos|pilulas|"
                      r"remedios|capsulas)",
                      r"(?:engoliu|tomou|comeu|bebeu) (?:\w+ ){0,3}(?:remedios|comprimidos|pilulas|pilhas|pilha|"
                      r"bateria|agua sanitaria|veneno|cloro)", r"intoxica\w*|envenen\w*"),
        "suicide": (r"suicid\w*", r"me matar", r"tirar (?:a )?(?:minha |sua )?(?:propria )?vida", r"quero morrer",
                    r"nao quero (?:mais )?viver", r"acabar com tudo", r"me machucar"),
        "allergy": (r"anafila\w*", r"reacao alergica (?:grave|forte|seria)",
                    r"(?:garganta|lingua|labios|rosto) (?:inchad[ao]s?|fechando|incha\w*)"),
        "unresponsive": (r"inconsciente", r"nao (?:responde|reage|acorda)", r"desmai\w*", r"convuls\w*",
                         r"crise epileptica", r"desabou"),
        "bleeding": (r"sangr(?:ando|a) muito", r"hemorragia", r"nao para de sangrar",
                     r"(?:vomitando|vomitei|tossindo|cuspindo) sangue"),
    },
    negation=r"nao|nunca|sem|nem|jamais",
    not_negation=r"nao (?:sei|tenho certeza)|nao (?:consigo|consegue|conseguimos) (?:respirar|falar)|"
                 r"nao (?:esta respirando|responde|reage|acorda|para|quero)",
    mention=r"(?:pode|podem|poderia) (?:\w+ ){0,3}(?:causar|provocar|dar)|sintomas de|sinais de|risco de|o que e|"
            r"como (?:saber|e uma?|usar)|pessoas (?:com|que)|alguem (?:com|que)|se alguem|em caso de|prevenir|possivel",
    past=r"ano passado|mes passado|ha (?:\w+ )?(?:anos|meses|semanas)|(?:anos|meses|semanas) atras|em (?:19|20)\d\d|"
         r"quando (?:era|eu era)",
    now=r"agora|socorro|urgente|(?:ha|faz) (?:\w+ )?(?:minutos|horas|uma hora)|esta (?:manha|noite)",
    emergency="**Isto pode ser uma emergência. Ligue agora para o número de emergência local: {numbers}.** Não espere "
              "por uma resposta dos documentos.",
    crisis="Se está pensando em suicídio ou em se machucar, ligue ou envie mensagem agora para {line}. Você não "
           "precisa enfrentar isso sozinho.",
)

ITALIAN = Language(
    code="it",
    patterns={
        "heart": (r"dolore (?:forte |fortissimo )?al petto", r"dolore toracico", r"oppressione al petto", r"male al petto",
                  r"(?:morsa|peso|macigno) sul petto",
                  r"infarto", r"attacco (?:di cuore|cardiaco)", r"arresto cardiaco"),
        "stroke": (r"\bictus\b", r"(?:viso|faccia|bocca) (?:storta|storto|cadente|paralizzat[ao])",
                   r"non (?:riesco|riesce) a muovere", r"parlo strano",
                   r"non (?:riesce|riesco) a parlare", r"parla (?:male|strano)|biascica",
                   r"(?:braccio|gamba|lato) (?:\w+ )?(?:intorpidit[ao]|paralizzat[ao]|addormentat[ao])"),
        "breathing": (r"non (?:riesco|riesce|riusciamo) a respirare", r"non respira", r"soffoc\w*",
                      r"fame d'?aria", r"difficolta (?:a|nel) respirare", r"labbra (?:blu|viola)", r"fatica a respirare"),
        "poisoning": (r"overdose",
                      r"(?:ho|ha) (?:preso|ingoiato|mangiato|bevuto) (?:tutte|tutto|molte|troppe|la scatola|"
                      r"il flacone)", r"ingoiat[oa] (?:\w+ ){0,3}(?:pillole|compresse|pasticche|batteri\w*|pile|"
                      r"pila|candeggina|veleno)", r"intossica\w*|avvelen\w*"),
        "suicide": (r"suicid\w*", r"uccidermi|ammazzarmi", r"togliermi la vita", r"voglio morire",
                    r"non voglio (?:piu )?vivere", r"farla finita", r"farmi del male"),
        "allergy": (r"anafila\w*", r"shock anafilattico", r"reazione allergica (?:grave|forte)",
                    r"(?:gola|lingua|labbra|viso|faccia) (?:gonfi\w*|si (?:sta )?chiude\w*)", r"chiudendo la gola"),
        "unresponsive": (r"incosciente|priv[oa] di sensi", r"non (?:risponde|reagisce)", r"non si sveglia",
                         r"svenut[oa]", r"convulsion\w*", r"crisi epilettica", r"(?:crollat[oa]|si e accasciat[oa])"),
        "bleeding": (r"sanguina (?:molto|tanto|tantissimo)", r"emorragia", r"non smette di sanguinare",
                     r"(?:vomita\w*|tossisce|sputa) sangue"),
    },
    negation=r"non|mai|senza|ne",
    not_negation=r"non (?:so|sono sicur[oa])|non (?:riesco|riesce|riusciamo) a (?:respirare|parlare)|"
                 r"non (?:respira|risponde|reagisce|si sveglia|smette|voglio)",
    mention=r"(?:puo|possono|potrebbe) (?:\w+ ){0,3}(?:causare|provocare|dare)|sintomi d|segni d|rischio d|"
            r"cos'?e|come (?:capire|riconoscere|si usa)|persone (?:con|che)|qualcuno (?:con|che)|se qualcuno|in caso di|"
            r"prevenire|possibile|aumenta il rischio",
    past=r"l'?anno scorso|il mese scorso|(?:\w+ )?(?:anni|mesi|settimane) fa|nel (?:19|20)\d\d|da bambin[oa]",
    now=r"adesso|subito|aiuto|urgente|(?:\w+ )?(?:minuti|ore|un'?ora) fa|stamattina|stasera|da mezz'?ora|da un'?ora",
    emergency="**Potrebbe essere un'emergenza. Chiama subito il numero di emergenza locale: {numbers}.** Non aspettare "
              "una risposta dai documenti.",
    crisis="Se stai pensando al suicidio o a farti del male, chiama o scrivi subito a {line}. Non devi affrontarlo "
           "da solo.",
)

LANGUAGES = (ENGLISH, SPANISH, GERMAN, FRENCH, PORTUGUESE, ITALIAN)
