"""The emergency phrases, cues and messages of German."""

from bot.answer.phrases.language import COUNT, Language


GERMAN = Language(
    code="de",
    patterns={
        "heart": (
            r"herz (?:[\w']+ ){0,4}(?:rast|stolpert|hammert|jagt|rasen|stolpern) (?:[\w',]+ ){0,8}(?:umkipp\w*|kippt|ohnmacht\w*|schwarz vor augen|bewusstlos)",
            r"brust (?:[\w',]+ ){0,6}linke\w* arm|linke\w* arm (?:[\w',]+ ){0,6}brust",
            r"(?:defibrillator|defi|icd) (?:[\w']+ ){0,7}(?:schock\w*|geschockt|ausgelost|ausgeloest)",
            r"(?:halt|hielt|fasst|fasste|greift|griff|packt|umklammert) sich (?:an )?(?:die )?brust",
            r"(?:halt|greift|fasst) sich (?:an )?(?:den|seinen|ihren) linken arm",
            r"herz (?:\w+ ){0,2}(?:bleibt (?:gleich )?stehen|hort (?:gleich )?auf|setzt aus|explodiert)",
            r"(?:auf|uber) (?:meiner|seiner|ihrer|der) brust (?:sitzt|sitzen|liegt|lastet|steht|kniet)",
            r"(?:herz|puls|smartwatch|uhr) (?:\w+ ){0,5}(?:1[6-9]\d|2\d\d)\b",
            r"schwarz vor (?:den )?augen",r"brustschmerz\w*", r"schmerz\w* (?:in der|in meiner|in seiner|in ihrer|auf der) brust",
                  r"herzinfarkt\b", r"herzanfall\b", r"herzstillstand", r"(?:enge|druck) (?:in der|auf der) brust",
                  r"(?:elefant|gewicht|stein) auf (?:meiner|seiner|ihrer|der) brust", r"(?:enges?|druck|"
                  r"schweres?) (?:\w+ ){0,2}(?:gefuhl|gefuehl)? ?in der brust", r"als wurde jemand (?:drauf|"
                  r"auf mir) sitzen"),
        "stroke": (
            r"(?:linke|rechte) gesichtshalfte|(?:linke|rechte) (?:seite|halfte) (?:seines|ihres|meines) gesichts",
            r"plotzlich (?:\w+ ){0,3}(?:nicht mehr|kaum noch) (?:lesen|sprechen|reden|sehen|gehen|laufen|stehen|schreiben)|versteht (?:nichts|kein wort) mehr|versteht (?:uns |mich )?(?:nichts|nicht mehr)\b",
            r"(?:sprache|spricht|redet|sprechen) (?:[\w',]+ ){0,6}plotzlich (?:\w+ ){0,2}(?:komisch|verwaschen|undeutlich|wirr|seltsam)",
            r"(?:recht|link)\w* (?:arm|bein|hand|seite) (?:\w+ ){0,2}(?:schwach|taub|gelahmt|lahm|schlaff|kraftlos)",
            r"(?:eine|linke|rechte) (?:gesichts)?(?:seite|halfte) (?:\w+ )?hangt|kann (?:\w+ )?nicht (?:mehr )?(?:richtig )?lacheln",
            r"(?:sehe|sieht|sehen) (?:\w+ ){0,2}doppelt|doppelbilder",
            r"kopfschmerz\w* (?:\w+ ){0,3}(?:plotzlich\w*|(?:meines|ihres|seines) lebens)|(?:plotzlich\w*|schlimmste\w*|starkste\w*) (?:\w+ )?kopfschmerz\w*",
            r"gesicht (?:\w+ ){0,5}(?:runtergesackt|abgesackt|herabhangend|hangt runter)",
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
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:(?:kann|kannst|konnen) (?:keinen|kaum einen) satz (?:mehr )?(?:zu ende )?(?:sprechen|sagen|beenden)|keinen satz (?:mehr )?zu ende),? (?:[\w',]+ ){0,8}(?:luft\b|atem\w*|atm\w*|asthma|spray|keuch\w*|pfeif\w*)|(?:luft\b|atem\w*|atm\w*|asthma|spray|keuch\w*|pfeif\w*),? (?:[\w',]+ ){0,10}(?:(?:kann|kannst|konnen) (?:keinen|kaum einen) satz (?:mehr )?(?:zu ende )?(?:sprechen|sagen|beenden)|keinen satz (?:mehr )?zu ende)",
            r"ring\w* (?:nach|um) luft",
            r"(?:pool|wasser|see|fluss|teich|badewanne|meer) gefallen,? (?:[\w',]+ ){0,10}(?:hustet|ringt|keine luft|kaum luft|blau|bewusstlos|atmet nicht)",
            r"eingeatmet (?:\w+ ){0,4}(?:hustet|keine luft|kaum luft|blau|pfeift|keucht)|(?:erdnuss|nuss|stuck|teil|spielzeug|murmel|perle)\w* eingeatmet",
            r"(?:lauft|laeuft|wird|ist) (?:\w+ )?blau (?:an|angelaufen)\b|lauft blau an",
            r"falschen hals (?:\w+ ){0,6}(?:kann nicht|keine luft|kaum luft|blau|nicht husten|atmet nicht|erstick\w*)",
            r"(?:blau|lila) angelaufen",
            r"zwischen den rippen|rippen (?:\w+ ){0,3}ein(?:gezogen|ziehen)|einziehungen",
            r"rippen (?:\w+ ){0,2}(?:ziehen sich ein|eingezogen)|atmet (?:ganz |sehr |total )?(?:schnell|hastig|flach)",
            r"japs\w*",
            r"brodelt beim atmen",
            r"keine satze mehr",
            r"zieht sich (?:alles )?zu",
            r"asthmaanfall|asthma anfall",
            r"spray hilft (?:nicht|null|nix|gar nicht)",
            r"(?:rippen|brustkorb) (?:\w+ ){0,4}(?:einzieht|zieht sich ein|einziehen)",r"(?:kann|bekomme|kriege|krieg|bekommt|kriegt) (?:ich |er |sie )?(?:keine|kaum|schlecht) luft",
                      r"kann (?:nicht|kaum) (?:mehr )?atmen", r"atmet (?:nicht|kaum)(?: mehr)?", r"atemnot",
                      r"erstick\w*", r"lippen (?:sind |werden )?blau", r"sich (?:\w+ ){0,3}verschluckt|verschluckt,? (?:\w+ ){0,4}(?:hustet|keine luft|kriegt|atmet|blau|erstick\w*|wurg\w*)", r"blaue lippen", r"(?:rochelt|"
                      r"roechelt)", r"blaulich|blaeulich"),
        "poisoning": (
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"(?:\b(?:gegessen|gesammelt|gepfluckt) (?:[\w',]+ ){0,4}(?:pilze|schwammerl|herbstzeitlose|oleander|fingerhut|maiglockchen|tollkirsche)|(?:pilze|schwammerl|herbstzeitlose|tollkirsche) (?:\w+ ){0,3}(?:gegessen|gesammelt)) (?:(?!(?:gestern|immer|oft|jedes|jedesmal|chemo\w*)\b)[\w',]+ ){0,15}(?:erbrech\w*|kotz\w*|speib\w*|spuck\w*|durchfall)",
            r"(?:therme|ofen|heizung|gasherd|kamin|generator) (?:[\w',]+ ){0,12}(?:(?:alle|beide) (?:[\w']+ ){0,2}kopfschmerzen|ohnmachtig geworden|umgekippt)",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:alle|beide|die ganze familie) (?:[\w']+ ){0,4}(?:kopfschmerzen|kopfweh) (?:[\w']+ ){0,6}?(?:seit|seitdem|nachdem|wegen|von der|vom) (?:[\w']+ ){0,6}(?:\w*therme|\w*ofen|heizung|heizstrahler|gasherd|kamin|generator|boiler)\b",
            r"(?:mein kleiner|meine kleine|das baby|unser kleiner|unsere kleine) (?:[\w',()]+ ){0,6}hat (?:\w+ ){0,3}\w*(?:tabletten|pillen|medikamente) (?:\w+ ){0,2}erwischt",
            # dev14 (2026-12-04)
            r"(?:kreuzotter|otter|viper|schlange|skorpion) (?:hat )?(?:mich|ihn|sie|mein\w*) (?:\w+ ){0,3}gebissen|von (?:einer )?(?:kreuzotter|schlange|viper) gebissen",
            r"(?:nikotinpflaster|fentanylpflaster|schmerzpflaster) (?:\w+ ){0,4}(?:gelutscht|gekaut|verschluckt|im mund)|(?:gelutscht|gekaut) (?:\w+ ){0,4}(?:nikotin|fentanyl|schmerz)?pflaster",
            r"(?:gegessen|gekaut|getrunken|verschluckt|erwischt) (?:[\w',]+ ){0,8}(?:eibe|tollkirsche|fingerhut|maiglock\w*|oleander|goldregen|knollenblatter\w*|engelstrompete)|(?:eibe|tollkirsche|fingerhut|maiglock\w*|oleander|goldregen|knollenblatter\w*)(?: [\w',]+){0,6} (?:gegessen|gekaut|getrunken|verschluckt)",
            r"(?:ganzn?|ganzen|ganze) (?:streifen|streifn|blister|packung|schachtel) (?:\w+ ){0,2}(?:genommen|gnommen|geschluckt)",
            r"(?:getrunken|geschluckt) (?:\w+ ){0,4}(?:eukalyptusol|lampenol|teebaumol|duftol)|(?:eukalyptusol|lampenol|teebaumol|duftol) (?:\w+ ){0,2}getrunken",
            r"(?:riecht (?:\w+ )?nach gas|gasgeruch|gas ?leck|gas (?:tritt|stromt) aus) (?:[\w',]+ ){0,12}(?:kopfschmerz\w*|ubel\w*|schwindel\w*|mude|benommen|bewusstlos|erbrech\w*)|(?:kopfschmerz\w*|ubel\w*|schwindel\w*|mude|benommen|bewusstlos|erbrech\w*) (?:[\w',]+ ){0,12}(?:riecht (?:\w+ )?nach gas|gasgeruch|gas ?leck|gas (?:tritt|stromt) aus)",
            r"(?:doppelte|dreifache|falsche) (?:menge|dosis) (?:\w+ )?(?:insulin|tabletten|medikament\w*)|(?:zu viel|zuviel) insulin",
            r"(?:genommen|geschluckt|getrunken|eingeworfen) (?:\w+ ){0,4}(?:(?:tabletten|pillen|medikamente|schlaftabletten) (?:\w+ ){0,3}(?:mit|und) (?:\w+ ){0,2}(?:alkohol|schnaps|wein|bier|wodka)|(?:alkohol|schnaps|wein|bier|wodka) (?:\w+ ){0,3}(?:mit|und) (?:\w+ ){0,2}(?:tabletten|pillen|medikamente|schlaftabletten))|(?:(?:tabletten|pillen|medikamente|schlaftabletten) (?:\w+ ){0,3}(?:mit|und) (?:\w+ ){0,2}(?:alkohol|schnaps|wein|bier|wodka)|(?:alkohol|schnaps|wein|bier|wodka) (?:\w+ ){0,3}(?:mit|und) (?:\w+ ){0,2}(?:tabletten|pillen|medikamente|schlaftabletten)) (?:\w+ ){0,3}(?:genommen|geschluckt|getrunken|eingeworfen)\b",
            r"(?:tabletten|medikamente|pillen|insulin) (?:\w+ ){0,3}(?:doppelt|zweimal)|doppelte dosis",
            r"(?:ganze|komplette|gesamte|volle) (?:packung|schachtel|flasche|dose|blister\w*|tube) (?:\w+ ){0,3}\w*(?:genommen|geschluckt|getrunken|gegessen)",
            r"verschluckt (?:\w+ ){0,3}(?:sabbert|wurgt|kann nicht (?:mehr )?schlucken)",
            r"knopf(?:zelle|batterie) (?:\w+ ){0,2}(?:gebissen|gelutscht|verschluckt|im mund)",
            r"(?:ganze |die )?(?:flasche|packung|schachtel|dose) (?:\w+ ){0,3}(?:ausgetrunken|leer getrunken|geleert|leer gegessen|geschluckt)|alle (?:meine |seine |ihre |die )?(?:tabletten|pillen)\b",
            r"waschmittelkapsel|spulmaschinentab",
            r"oleander|rohrreiniger|abflussreiniger",
            r"(?:mehrere|viele|ein paar) (?:\w+ )?(?:schlaftabletten|tabletten|pillen) (?:\w+ ){0,4}genommen",
            r"(?:spulmaschinentab|waschmitteltab|tab|tabs) (?:\w+ ){0,3}(?:gekaut|rumgekaut|geschluckt|im mund)",
            r"(?:tabletten|pillen) erwischt|erwischt (?:\w+ ){0,3}(?:tabletten|pillen)",
            r"es fehlen (?:\w+ ){0,2}(?:\d+|einige|viele) (?:\w+ )?(?:stuck|tabletten|pillen)",
            r"(?:co|gas|rauch)[- ]?melder (?:\w+ ){0,4}(?:piepst|piept|schlagt an|geht los|alarm)",
            r"gemischt (?:\w+ ){0,8}(?:brennt|hust|keine luft)|(?:chlorreiniger|chlor) (?:\w+ ){0,4}gemischt",r"uberdosis|ueberdosis",
                      r"\w*(?:tabletten|pillen|medikamente) (?:geschluckt|genommen|gegessen)",
                      r"(?:\w*tab|\w*tabs|\w*batterie|magnet\w*) (?:\w+ ){0,3}(?:gebissen|geschluckt|verschluckt)",
                      r"(?:batterie|putzmittel|reiniger|spulmittel|bleiche|gift) (?:geschluckt|gegessen|getrunken)",
                      r"vergift\w*"),
        "suicide": (
            # dev15 (2026-12-04)
            r"(?:morgen|heute nacht|heute abend|morgen fruh) (?:findet mich|lebe ich nicht mehr|bin ich tot)|lenk ich (?:einfach )?nicht mehr",
            r"(?:kletter|klettere|steig|steige) (?:jetzt )?(?:ubers|uber das|ueber das) gelander|\b(?:sie|er) springt\b|und ich spring\w*",
            r"strick (?:\w+ ){0,4}(?:hergerichtet|bereit|vorbereitet|aufgehangt)|(?:tabletten|pillen) sind (?:abgezahlt|bereit|gezahlt)|soll einfach auslaufen|mein abgang",
            # dev14 (2026-12-04)
            r"(?:uber|ueber) (?:das|die|den) (?:gelander|gelaender|brustung|reling) (?:\w+ )?(?:geklettert|gestiegen)",
            r"(?:stehe|steh|stehe grad|steh grad|stah) (?:\w+ ){0,2}(?:am gelander|auf dem dach|am dach|am rand des daches|an der kante)",
            r"(?:heute nacht|heute abend|heute) (?:(?:geh ich|gehe ich|mache ich schluss|mach ich schluss)(?= *(?:$|[.,;!?]))|ist es vorbei|bringe ich mich um|bring ich mich um)|(?:mache|mach|macht) (?:\w+ )?(?:heute|heute nacht|heute abend) schluss|aus dem leben (?:scheiden|gehen)",
            r"(?:fahr|fahre|geh|gehe|lauf|laufe) (?:\w+ ){0,4}(?:und|u) (?:komm|komme) nicht (?:mehr )?zuruck",
            r"(?:schreibt|schickt|geschickt|hinterlassen|geschrieben|schreiben) (?:\w+ ){0,4}abschieds(?:nachricht|brief|mail)\w*",
            r"(?:tabletten|pillen) (?:\w+ ){0,4}(?:und )?(?:nehm|nehme) (?:sie|die) (?:alle|gleich|jetzt|heute)",
            r"vor (?:den|einen|die|eine) (?:zug|bahn|s-bahn|u-bahn|lkw|bus|auto) (?:\w+ )?(?:werfen|springen|legen)|werfe mich vor",
            r"garage (?:[\w',]+ ){0,6}motor lauft|motor lauft (?:[\w',]+ ){0,6}garage",
            r"(?:schneidet|schneide|aufschneiden|aufschlitzen) (?:\w+ ){0,3}pulsadern|pulsadern (?:\w+ ){0,2}(?:aufschneiden|aufschlitzen)",
            r"schluss mit (?:allem|meinem leben|dem leben)|sich (?:\w+ ){0,2}umbringt\b",
            r"(?:sehe|seh|gibt|habe|hab) (?:\w+ )?keinen ausweg(?= *(?:$|[.,;:!?]|mehr\b|und\b|aber\b))",
            r"(?:nehme|schlucke|werde) (?:\w+ ){0,2}alle (?:\w+ )?tabletten",
            r"bringe? ich mich (?:\w+ ){0,3}um\b|bringt (?:er|sie) sich (?:\w+ ){0,3}um\b",
            r"spring\w* (?:\w+ ){0,3}(?:von der|vom|von einer|von einem|aus dem) (?:brucke|dach|balkon|fenster|hochhaus)",
            r"(?:mit dem auto|fahre|rase) (?:\w+ ){0,3}gegen (?:einen|eine|die|den) (?:baum|wand|mauer|brucke|lkw)",
            r"erhang\w*|mich (?:\w+ ){0,2}aufhangen|pulsadern (?:\w+ )?(?:aufgeschnitten|aufgeschlitzt|aufgeritzt)",
            r"(?:brucke|dach|hochhaus|balkon|fenster) (?:[\w']+ ){0,4}(?:zu )?spring\w*",
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
            r"ich hab euch lieb|sorry fur alles|danke fur alles",r"suizid(?!pravention|praevention)\w*|selbstmord\w*", r"(?:mich|sich) umbringen", r"(?:bringe? mich|"
                    r"bringt sich) (?:\w+ ){0,3}um\b", r"(?:will|mochte|moechte) (?:nicht mehr leben|sterben)", r"(?:will|mochte) nicht mehr (?:hier )?(?:da )?sein(?= *(?:$|[.,;!?]))",
                    r"mir das leben nehmen", r"mich (?:selbst )?(?:verletzen|ritzen)", r"nicht mehr leben", r"(?:das|"
                    r"sich das|mir das) leben (?:nimmt|"
                    r"nehmen)", r"tabletten (?:\w+ ){0,2}bereit", r"ich kann nicht mehr(?= *(?:$|[.,;:!?]|(?:leben|weiterleben|weiter|so weiter|und|echt|wirklich|ehrlich)\b))"),
        "allergy": (
            r"allergisch gegen (?:bienen|wespen|insektenstich)\w* (?:[\w',]+ ){0,6}gestochen|gestochen (?:[\w',]+ ){0,6}allergisch gegen (?:bienen|wespen)",
            r"(?:stich|gestochen) (?:[\w',]+ ){0,8}(?:schwindel\w*|ohnmacht\w*|kipp\w* um)",
            r"allergisch\w*,? (?:(?!(?:nicht|kein\w*|ohne|nie|nichts)\b)[\w',]+ ){0,10}(?:gegessen|genommen|bekommen|erwischt|probiert|genascht|aus versehen|jetzt|gerade|gestochen)\b,? (?:(?!(?:nicht|kein\w*|ohne|nie|nichts)\b)[\w',]+ ){0,10}(?:(?:kann|kaum) (?:\w+ )?(?:schlucken|atmen)|hals|zunge|lippen|quaddeln|hustet|keucht|rote flecken|ausschlag|heiser|schwillt|geschwollen)",
            r"(?:erdnuss\w*|\w*nuss\w*|nusse|mandel\w*|cashew\w*|pistazie\w*|garnelen|krabben|meeresfruchte|sesam|kiwi) (?:[\w']+ ){0,3}(?:gegessen|erwischt|genascht|probiert),? (?:(?!(?:nicht|kein\w*|ohne|nichts)\b)[\w',]+ ){0,10}(?:quaddeln|schwell\w*|schwillt|geschwollen|hustet|husten|keucht|erbricht|hals|zunge|lippen)",
            r"(?:quaddeln|nesselsucht|nesselausschlag) (?:\w+ ){0,2}(?:am ganzen korper|uberall)",
            r"(?:ganz|uberall|am ganzen korper) (?:an)?geschwollen|schwillt (?:uberall|am ganzen korper) an",r"anaphyla\w*", r"allergischer schock", r"schwere allergische reaktion",
                    r"(?:hals|zunge|lippen|gesicht|rachen) (?:schwillt|schwellen|ist geschwollen|sind geschwollen|"
                    r"schnurt sich zu|schnuert sich zu)", r"(?:lippen|zunge|gesicht|"
                    r"augen) (?:\w+ ){0,3}dick", r"kann (?:kaum|nicht) (?:mehr )?schlucken"),
        "unresponsive": (
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:krampfanfall|krampfanfalle|epileptischer anfall|anfall) (?:[\w',]+ ){0,7}(?:hort (?:einfach )?nicht "
            r"(?:mehr )?auf|seit (?:uber |mehr als )?(?:\d+|funf|sechs|sieben|zehn) min|dauert (?:schon )?(?:uber |mehr "
            r"als )?(?:\d+|funf|sechs|sieben|zehn) min)",
            r"(?:kaum|nicht) (?:mehr )?wach zu (?:kriegen|bekommen)",
            r"(?:liegt|lag) (?:[\w',]+ ){0,8}(?:bewegt sich nicht|ruhrt sich nicht|reagiert nicht|atmet nicht)",
            r"(?:finde|spure|fuhle|taste) (?:\w+ )?keinen (?:puls|herzschlag)|kein puls",
            r"kommt nicht (?:mehr )?zu sich",
            r"verdreht die augen|augen (?:sind )?verdreht",
            r"zusammengebrochen",
            r"(?:lasst sich|ist) (?:kaum|nicht) (?:zu )?(?:wecken|erwecken)",
            r"ganz schlapp",r"bewusstlos", r"reagiert nicht", r"nicht (?:mehr )?wach", r"wacht nicht (?:mehr )?auf",
                         r"ohnmachtig|ohnmaechtig",
                         r"zusammengebrochen", r"krampfanfall|krampft", r"epileptischer anfall"),
        "bleeding": (
            r"(?:messer|glas|nagel|ast|stange|scherbe)\w* (?:\w+ ){0,4}steckt (?:\w+ ){0,2}(?:im|in der|in seinem|in ihrem|in meinem) (?:bein|arm|bauch|brust|hals|auge|fuss|hand|oberschenkel|rucken)|steckt (?:noch )?im (?:bein|arm|bauch|hals|auge|fuss|oberschenkel|rucken)",
            r"(?:geschnitten|wunde|blutet|blutung) (?:[\w',]+ ){0,6}hort (?:\w+ ){0,4}nicht (?:mehr )?auf",
            r"(?:stuhl|stuhlgang|kot) (?:\w+ ){0,2}(?:schwarz wie teer|teerschwarz|blutig)|teerstuhl|blut im stuhl",
            r"blute[tn]? (?:(?!(?:nicht|kaum|kein\w*|nie)\b)\w+ ){0,2}(?:stark|heftig|doll|wahnsinnig|extrem|furchtbar|krass|enorm|wie verruckt)",
            r"(?:alle|jede) (?:halbe )?(?:stunde|\d+ minuten) (?:eine |ne )?(?:binde|tampon)|(?:binde|tampon)\w* (?:\w+ ){0,3}(?:voll|durch)\b",
            r"(?:blute[tn]?|blutung)\b (?:[\w',]+ ){0,10}seit (?:stunden|uber einer stunde|mehr als einer stunde|[2-9]\d minuten|\d+ stunden)",
            r"blutlache|blutpfutze|lache (?:aus|von) blut|durchgeblutet|vollgeblutet",
            r"nasenbluten (?:\w+ ){0,2}seit (?:uber |mehr als |fast |knapp )?(?:[2-9]\d|einer|ner|zwei|drei|zwanzig|dreissig|vierzig|funfzig) (?:minuten|stunden?)",
            r"stichwunde|schusswunde|messerstich|(?:tiefe|klaffende) (?:wunde|schnittwunde)|niedergestochen|angeschossen",
            r"angefahren|uberfahren",
            r"blut\w* aus (?:dem|einem) ohr|aus (?:dem|den) ohren? blut\w*",
            r"(?:gesturzt|hingefallen|kopf angeschlagen|auf den kopf gefallen),? (?:[\w',]+ ){0,8}(?:marcumar|blutverdunn\w*|xarelto|eliquis)|(?:marcumar|blutverdunn\w*|xarelto|eliquis) (?:[\w',]+ ){0,6}(?:gesturzt|hingefallen|angeschlagen)",
            r"(?:erbricht|erbreche|erbrach|erbrochen|spuckt|spucke|spuckte|hustet|huste|hustete|kotzt|kotze) (?:\w+ ){0,3}blut",
            r"hort (?:[\w']+ ){0,5}nicht auf zu bluten|blutet seit (?:uber |mehr als )?(?:einer|\d+|zwei) stunden?",
            r"nasenbluten (?:\w+ ){0,6}(?:blutverdunn\w*|marcumar|eliquis|xarelto)|(?:blutverdunn\w*|marcumar) (?:\w+ ){0,6}nasenbluten|seit (?:uber |mehr als )?(?:einer|ner|\d+|zwei) stunden? nasenbluten",
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
    negation=r"nichts|kein\w*|nicht|nie|niemals|ohne",
    not_negation=r"kommt nicht (?:mehr )?zu sich|noch nie (?:\w+ ){0,5}so\b|bewegt sich nicht|ruhrt sich nicht|redet nicht mehr|(?:weiss|weiß) nicht|nicht sicher|kann (?:nicht|kaum) (?:mehr )?(?:atmen|sprechen|reden)|"
                 r"(?:atmet|reagiert|wacht) nicht|keine luft|kaum luft|nicht mehr leben|nicht auf zu bluten",
    mention=r"\berhoh\w* (?:das |die )?(?:risiko|wahrscheinlichkeit|suizidgedanken|gedanken)\b|\beine nebenwirkung\b|wann (?:ist|sind|wird) (?:\w+ ){0,3}(?:ein |eine )?(?:notfall|gefahrlich|bedenklich|ernst)|ist (?:es|das) normal|angst (?:vor|davor)|(?:einem|einer) (?:freund|freundin|kollegen?|kollegin|bekannten) (?:der|die) (?:sagt|meint|schreibt)|ab wie viel\w*|wie (?:helfe|unterstutze|kann ich (?:\w+ ){0,3}(?:helfen|unterstutzen))|(?:an)?zeichen (?:fur|von|eines|einer)|\w*gefahrdet|woran erkenn\w*|wenn (?:sich )?(?:jemand|man|ein kind)|wie (?:funktioniert|wirkt)|wie erkenne|kann man|(?:konnen|kann) (?:ein )?kind(?:er)?|erblich|(?:um|zu) (?:\w+ )?(?:erkennen|feststellen)|warum|was macht|unterschied|was bedeutet|woran merkt|stimmt (?:das|es)|"
            r"ist (?:das|es) wahr|wie viel (?:\w+ ){0,3}(?:ist|sind)|"
            r"(?:kann|konnen|koennen) (?!(?:ich|wir|man|du)\b)(?:\w+ ){0,6}(?:verursachen|auslosen|ausloesen|machen)\b|symptome (?:von|eines|einer)|"
            r"anzeichen|risiko|was ist (?:ein|eine|der|die|das)\b|was passiert,? wenn|woran erkenn\w*|vor hitze|fast (?:einen|eine)|wie erkennt|"
            r"woran erkennt|erkennt man|wie sieht|wenn (?:ein|"
            r"eine) |menschen mit|jemand (?:mit|der)|wenn jemand|vorbeugen|"
            r"(?<!wie )moglich|(?<!wie )moeglich",
    past=r"(?<!seit )(?<!bis )\bim (?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)\b|\bmit \d{1,2} jahren\b|(?:letzte\w*|vergangene\w*) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|wochenende)|(?:hat|haben) sich (?:\w+ ){0,3}(?:das leben genommen|umgebracht)|suizid begangen|letztes jahr|letzten (?:monat|sommer|winter)|vor (?:\w+ )?(?:jahren|monaten|wochen)|letzte woche|"
         r"vorige woche|im (?:fruhjahr|fruhling|sommer|winter|herbst)\b|damals|(?<!seit )gestern|als (?:ich|er|sie) (?:klein|"
         r"jung|ein kind)|"
         r"\b(?:19|20)\d\d\b(?! ?(?:mg|g|ml|mcg|ie|einheiten)\b)|als kind",
    now=r"jetzt|gerade|sofort|(?<!erste-)(?<!erste )hilfe|vor (?:\w+ )?(?:minuten|stunden|einer stunde)|seit (?:einer|\w+) (?:halben )?"
        r"(?:stunde|minuten)",
    suicide_cues={
        "means": r"\b(?:brucke|reichsbrucke|bahnsteig|bahnstrecke|mausegift|rattengift|seil|strick|schlinge|gewehr|pistole|waffe|messer|klinge|rasierklingen?|tabletten|pillen|schlaftabletten|gleise|bahngleis|dach|balkon|fensterbrett|klippe)\b",
        "farewell": r"\b(?:abschiedsbrief|lebt wohl fur immer|fur (?:die zeit )?nach meinem tod)\b",
        "despair": r"\b(?:(?:ihr|du) (?:musst|muesst|musst euch|mussen) (?:euch |dich )?bald keine sorgen mehr um mich|bald (?:bin ich|werde ich|bin|werde) (?:\w+ ){0,2}(?:keine last|keine belastung|kein problem|niemandem mehr (?:eine last|zur last|ein problem)|keinem mehr (?:eine last|zur last))|(?:bin|werde) ich (?:bald )?(?:niemandem|keinem) mehr (?:eine last|zur last|ein problem)|(?:ich bin|bin) (?:\w+ ){0,2}(?:eine last|zur last)|besser ohne mich|niemand (?:wird|wurde) mich vermissen)\b",
        "giving": r"\b(?:(?:den|meinen|die|meine) (?:hund|katze) (?:\w+ ){0,4}(?:gebracht|gegeben)|mein testament gemacht|(?:meine|all meine|meinen|mein) (?:sachen|katze|hund|gitarre|besitz)\w* (?:\w+ ){0,3}(?:verschenkt|weggegeben)|(?:habe|hab) (?:\w+ ){0,3}(?:verschenkt|weggegeben))\b",
    },
    signs={
        "double": r"\w*(?:tablette|pille|medikament|dosis)\w* (?:\w+ ){0,3}(?:doppelt|zweimal)",
        "empty": r"leere\w* (?:packung|schachtel|flasche|dose|blister)\w*",
        "drowsy": r"ganz langsam|benommen|schlafrig|kaum wach|nicht wach zu kriegen|dammert weg",
        "racing": r"herz (?:\w+ ){0,2}(?:rast|hammert|jagt|pocht wie|schlagt (?:\w+ )?(?:schnell|wild))|herzrasen",
        "sweating": r"schwitz\w*|kaltschweiss\w*|kalter schweiss", "pallor": r"blass|grau im gesicht|kreidebleich",
        "faint": r"sterne sehen|sehe sterne|sieht sterne|schwindel\w*|ohnmacht\w*|kipp(?:e|t) (?:gleich )?um|umkipp\w*", "confusion": r"verwirrt|desorientiert",
        "numbness": r"taub\b|kribbel\w*|eingeschlafen",
        "weakness": r"schwach|kraftlos|kann (?:nicht|kaum) (?:mehr )?(?:stehen|laufen|gehen)",
        "pain": r"starke schmerzen|(?:hollische|hoellische|furchtbare|unertragliche) schmerzen|steife\w* nacken|"
                r"nacken (?:ist )?(?:ganz )?steif|nackensteif\w*",
        "vomiting": r"erbrech\w*|(?:u|ue)bergeb\w*|kotz\w*|(?:u|ue)bel\b",
        "skin": r"quaddeln|nesselausschlag|ausschlag|juckt (?:es )?(?:am ganzen korper|uberall)|ganze\w* korper juckt|uberall juckt",
        "breath": r"pfeif\w*|keuch\w*|rochel\w*|atmet (?:schnell|komisch|schwer)",
        "speech": r"lallt|kann nicht (?:mehr )?(?:richtig )?sprechen|(?:redet|spricht) (?:\w+ )?wie (?:ein |eine )?(?:betrunken\w*|besoffen\w*)", "swelling": r"geschwollen|schwillt",
        "bleeding": r"blut(?!druck|zucker|wert|test|bild|spend|verdunn|gruppe|abnahme)\w*(?! gespendet| spenden)", "fever": r"hohes fieber|(?:40|41) grad", "shaking": r"zittert|krampf\w*|zuckt",
        "responds": r"reagiert (?:nicht|kaum)",
    },
    nearby={
        "heart": ((r"brust", r"schmerz|weh|tut|druck|druckt|eng|stech|sticht|zieht|ziehen|presst|quetsch|beklemm|brenn"),
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
                       r"nagellackentferner|aceton|verdunner|losungsmittel|unkrautvernichter|unkrautex|pflanzenschutz\w*|insektenspray|dungemittel|tabletten|pillen|medikament|putzmittel|reiniger|lampenol|petroleum|benzin|bleiche|batterie|knopfzelle|gift|spulmittel|"
                       r"waschmittel|tabs|chemikal|frostschutz|abflussreiniger|rattengift|brennspiritus|spiritus|methanol|terpentin|"
                       r"grillanzunder|anzundflussigkeit|scheibenwischwasser|diesel"),
                      (COUNT + r"|ganze|packung|schachtel|handvoll|haufen|zu viele|zwanzig|dreissig|vierzig|funfzig",
                       r"tabletten|pillen|schlaftabletten|medikament|kapseln|ibus?\b|"
                       r"schmerztabletten|schmerzmittel")),
        "suicide": ((r"will|mochte|wurde (?:am liebsten|gern)|denke (?:daran|dran)|plane|bereit",
                     r"sterben|tot sein|verschwinden|nicht mehr (?:da sein|aufwachen|leben)|umbringen|"
                     r"das leben nehmen|ein ende machen"),
                    (r"tabletten|seil|strick|brucke|klinge|pistole|abschiedsbrief",
                     r"bereit|gesammelt|gelegt|geschrieben|hergerichtet|hinterlassen")),
        "allergy": ((r"quaddeln|nesselsucht|ausschlag", r"atm|keucht|pfeift|hals|zunge|schluck"), (r"zunge|lippen|gesicht|rachen|kehle", r"schwillt|schwell|geschwollen|dick|eng|schnurt"),
                    (r"hals", r"schnurt|schwillt zu|zugeschwollen|macht zu|eng"),
                    (r"allergi(?!st)|erdnuss|nuss|biene|wespe|stich|meeresfrucht|penicillin",
                     r"keine luft|atemnot|epipen|adrenalin|kollabiert|ohnmacht|hals (?:wird|ist) (?:dick|eng|zu)|zunge (?:wird|ist) dick|schwillt")),
        "bleeding": ((r"schwanger", r"blut"), (r"blut", r"hort nicht auf|stromt|spritzt|schiesst|uberall|pfutze|durchgeblutet|durchnasst|viel|"
                      r"massiv|nicht (?:zu )?stoppen"),
                     (r"erbrech|spuck|hust|kotz|gebroch|erbroch", r"blut"),
                     (r"wunde|schnitt|verletzung", r"tief|klafft|hort nicht auf|spritzt")),
        "unresponsive": ((r"umgekippt|umgefallen|zusammengesackt|gesturzt|am boden", r"bewegt sich nicht|ruhrt sich nicht|redet nicht|reagiert nicht|atmet nicht"), (r"reagiert|ansprechbar|antwortet", r"nicht|kaum"),
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
    mention_anywhere=r"\b(?:schreibe|schreiben|schreib) (?:\w+ )?(?:ein |einen |eine |mein |meinen )?(?:lied|song|gedicht|geschichte|roman|rap)\b|\bim falle?,? dass\b|\bsollte (?:\w+ ){0,4}(?:jemals|irgendwann)\b|suizid(?:rate|risiko|pravention|forschung|statistik)\w*|\bfanfic\w*|drehbuch|\bkrimi\b|\bhorspiel\b|\brollenspiel\b|\bmein (?:comic|lied|gedicht|skript)\b|\bhypothetisch\b|\bangenommen\b|\b(?:falls|wenn) (?:\w+ ){0,4}(?:mal|irgendwann|jemals)\b|schultheater|theaterstuck|\bwir spielen\b|\b(?:im|in meinem|in einem) (?:stuck|buch|roman|film|videospiel|spiel|comic|krimi)\b|\bin der serie\b|\bmeine (?:figur|heldin)\b|\bmein (?:held|charakter)\b|\bin \"|\bmorgens\b|\bjeden morgen\b|(?:ekg|test|befund|ergebnis|blutwerte|rontgen)\w* (?:\w+ ){0,3}(?:normal|unauffallig|in ordnung|gut)\b|(?:weh|schmerz\w*|tut|sticht|druckt) (?:\w+ ){0,4}(?:\bbeim (?:husten|niesen|lachen|bewegen|drucken|bucken|hinlegen)\b)|(?:\bbeim (?:husten|niesen|lachen|bewegen|drucken|bucken|hinlegen)\b) (?:\w+ ){0,3}(?:weh|schmerz\w*|tut|sticht|druckt)|(?:schreibe|lese|schreib) (?:\w+ ){0,2}(?:krimi|roman|geschichte|erzahlung|drehbuch|buch)\w*|\bkrimi\w*|seit (?:dem|seinem|ihrem|meinem) (?:schlaganfall|herzinfarkt|infarkt)\b|\bmanchmal\b|\bmeistens\b|gefressen|(?:ist|sind|bin) (?:wieder|jetzt|schon) (?:zu hause|daheim)|entlassen|ist (?:es|das) normal,? dass|angenommen|stell dir vor|(?:was|welche\w*) (?:ist )?(?:schlimmer|gefahrlicher)|\bfigur\b|(?:meinem|einem) roman\b|romanfigur|erste[- ]?hilfe[- ]?kurs|(?:gelesen|gehort|gesehen) (?:\w+ ){0,4}(?:dass|serie|film|nachrichten|artikel|buch)|hab gelesen|"
                     r"in (?:der|einer) (?:serie|doku|sendung)|im (?:film|roman|buch|fernsehen)|"
                     r"fur (?:die|ein|eine|den) (?:schule|uni|referat|hausarbeit|kurs)|hat sich (?:wieder )?erholt|"
                     r"geht (?:es )?(?:ihm|ihr) wieder gut|(?:ging|war) (?:wieder )?weg|alles (?:in ordnung|normal)|"
                     r"wieder (?:passieren|kommen)|nochmal passieren|\bhaha\w*|vorgeschichte|\bleicht(?:e|en)?\b",
    unwell=r"(?:oh|ach|nein)(?: nein)+|(?:nicht|net) (?:gut|okay|ok|in ordnung)",
    habit=r"wenn (?:\w+ ){0,2}(?:isst|lauft|rennt|steigt|sieht|hustet|schlaft)",
    news=r"wieder|jetzt|plotzlich",
    someones=r"mein|meine|meinem|meinen|meiner|sein|seine|seinem|ihr|ihre|ihrem|er|sie|ich",
    first_person=r"ich|mich|mir",
    real=r"(?:jetzt )?(?:ist es|es ist) (?:echt|real|ernst)\b|passiert wirklich|kein (?:witz|spiel|roman)\b",
    resolved=r"(?:geht es|gehts) (?:ihm|ihr|mir) (?:wieder )?gut|wieder gesund",
    believed=r"ich dachte|wir dachten|dachte ich|ich hatte gedacht|ich glaubte",
    background=r"vorgeschichte|\bleicht(?:e|en)?\b",
    hypothesis_if=r"wenn|falls",
    hypothesis=r"wurde|wurden|ware|theoretisch|hypothetisch",
    document=r"(?:brief|arztbrief|entlassungsbrief|bericht|befund|plan|notfallplan|merkblatt|beipackzettel|pdf|anleitung|zettel|zeitung) (?:\w+ ){0,5}(?:sagt|steht|stand|schreibt|nennt)\b|welche\w* (?:abschnitt|teil|absatz|kapitel|seite|dokument|datei)\w*|zusammenfass\w*|fass\w* (?:\w+ ){0,4}zusammen|zitier\w*|ubersetz\w*|uebersetz\w*|wie sagt man|(?:such|zeig|zeige|liste|erklar|erklaer|kopier|lies) (?:\w+ ){0,3}(?:abschnitt|teil|absatz|kapitel|seite|satz|dokument\w*|broschure|datei|pdf|text)|(?:abschnitt|teil|absatz|kapitel|seite)e? (?:uber|zu|zum|zur|von)|(?:dokument|broschure|datei|pdf|beipackzettel|packungsbeilage|ratgeber|text|artikel|plakat|etikett|schlagzeile|zeitung|lied|songtext)\w* (?:\w+ ){0,2}(?:steht|sagt|schreibt|erwahnt|heisst)|was steht (?:\w+ ){0,3}(?:dokument|broschure|datei|pdf|text|beipackzettel|heft|ratgeber|artikel)\w*|wo steht|(?:im|in dem|in der) (?:dokument|broschure|beipackzettel|heft|text|artikel)\w* steht|(?:immer|oft) sagt",
    request=r"was (?:steht|sagt|sagen|schreibt|empfiehlt|stand)\b|steht (?:\S+ ){0,5}(?:im|in der|in dem|auf dem|in seinem|"
            r"in ihrem|in meinem|drin)\b|^(?:schau|guck|such|lies|check)\w*|(?:kannst|konntest) du (?:\w+ ){0,3}(?:nachschauen|nachsehen|schauen|"
            r"gucken|suchen|lesen|checken|finden)\b|welche\w* seite\b|"
            r"wo (?:steht|im|in)\b",
    papers=r"beipackzettel|packungsbeilage|\w*zettel|(?:pflege|notfall|krisen|behandlungs|medikations|asthma|therapie|"
           r"anfalls|diabetes|sicherheits)?plan|(?:arzt|entlass|entlassungs)brief|merkblatt|infoblatt|broschure|"
           r"dokument\w*|befund|bericht|anleitung|unterlagen|flyer|(?:notfall)?protokoll|pdf",
    speech=r"(?:(?:sagt|sagte|gesagt|geschrieben|geschrien|gerufen|schreit|ruft|weint|stohnt|schreibt|schrieb|flustert|wiederholt)(?: (?:mir|uns))?(?:,? dass)?|ist|bin|wirkt|scheint|wird)",
    instruction=r"\b(?:wenn|falls) sie (?:\w+ ){0,3}(?:haben|bemerken|spuren|fuhlen|feststellen)\b|\bbei (?:plotzlich\w*|starke\w*|akute\w*|anzeichen|verdacht|auftreten)\b|\bim (?:notfall|falle)\b",
    imperative=r"\b(?:rufen|anrufen|wahlen|verstandigen|aufsuchen|alarmieren)\b",
    texting={"nich": "nicht", "nix": "nichts", "is": "ist", "grad": "gerade", "net": "nicht", "hab": "habe", "bissl": "bisschen"},
    emergency="**Das könnte ein Notfall sein. Rufen Sie jetzt Ihre örtliche Notrufnummer an: {numbers}.** Warten Sie "
              "nicht auf eine Antwort aus den Dokumenten.",
    crisis="Wenn Sie daran denken, sich das Leben zu nehmen oder sich zu verletzen, rufen Sie jetzt {line} an. Sie "
           "müssen das nicht allein durchstehen.",
    read_with=("Zusammen mit Ihrer früheren Nachricht gelesen.",
               "Zusammen mit Ihren früheren Nachrichten gelesen."),
    taken_back=r"\bfehlalarm\b|\bentwarnung\b|\b(?:war|ist) (?:(?:nur|ein|eine) )*(?:traum|witz|scherz)\b|"
            r"\b(?:nur )?(?:spass|witz|scherz) gemacht\b|\bfalsche (?:nachricht|chat|person)\b|\b(?:eine szene|"
            r"ein teil|ein satz) aus (?:einem|dem|meinem) (?:roman|buch|film|drehbuch|stuck)\b",
    in_care=r"\b(?:sind|ist|bin|liegt|liegen) (?:jetzt |schon |gerade |stabil )*(?:im|in der|auf der) (?:krankenhaus|"
            r"klinik|notaufnahme|spital|intensivstation|intensiv)\b|\b(?:der notarzt|die sanitater|der rettungsdienst|"
            r"der krankenwagen|der rettungswagen|der rtw|der notarztwagen) (?:ist|sind) (?:jetzt |schon )?(?:da|"
            r"hier)\b|\b(?:wurde|wurden|ist) (?:\w+ )?(?:genaht|geklebt)\b|\b(?:in der|im) (?:notaufnahme|krankenhaus|"
            r"klinik|spital) (?:sind|ist|bin|warten|liegt)\b|\b(?:warten|sitzen) (?:\w+ )?(?:in der|im) (?:notaufnahme|"
            r"krankenhaus|klinik)\b|\b(?:die sanitater|der notarzt|der rettungsdienst|der krankenwagen) (?:sind|"
            r"ist) (?:gerade |jetzt |schon )?(?:gekommen|angekommen|eingetroffen)\b|\b(?:der arzt|die arztin|die arzte|"
            r"die sanitater|der notarzt|die schwester|der apotheker) (?:sagte|sagt|meinte|meint|"
            r"hat gesagt),? (?:es ist|es sei|das ist|dass es) (?:nur|nichts|nicht (?:schlimm|gefahrlich|das herz))\b",
    settled="Verstanden. Wenn es schlimmer wird, rufen Sie Ihre örtliche Notrufnummer an. Stellen Sie eine Frage "
             "zu Ihren Dokumenten, wenn Sie eine Antwort möchten.",
    notice="Keine medizinische Beratung: Verbatim zitiert nur Dokumente und kann Ihre Lage nicht beurteilen. "
           "Rufen Sie jetzt an.",
    usual_notice="Keine medizinische Beratung: Verbatim zitiert nur Ihre Dokumente wörtlich und kann Ihre Lage nicht "
                 "beurteilen. Fragen Sie einen Arzt oder Apotheker, bevor Sie nach etwas von hier handeln.",
)
