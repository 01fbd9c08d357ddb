"""The emergency phrases, cues and messages of Italian."""

from bot.answer.phrases.language import COUNT, Language, at_height


ITALIAN = Language(
    code="it",
    patterns={
        "heart": (
            r"petto (?:[\w',]+ ){0,6}braccio sinistro|braccio sinistro (?:[\w',]+ ){0,6}petto",
            r"(?:cuore|battito) (?:[\w']+ ){0,4}(?:a mille|all'?impazzata|fortissimo|velocissimo) (?:[\w',]+ ){0,6}(?:svenire|svengo|nero|mancare|annebbiat\w*|offuscat\w*)",
            r"(?:defibrillatore|pacemaker) (?:[\w']+ ){0,7}(?:scossa|scosse|scaricat\w*|scattat\w*)",
            r"(?:si tiene|tenendo|si stringe|stringendo) il braccio sinistro",
            r"cuore (?:\w+ ){0,2}(?:si ferm\w*|si sta fermando|scoppi\w*|esplod\w*)",
            r"(?:cuore (?:mi |gli |le )?batte|palpitazion\w*|tachicardi\w*) (?:[\w']+ ){0,8}sven\w*",
            r"mano sul petto",
            r"bruciore (?:\w+ ){0,2}(?:in mezzo al|al) petto",r"dolore (?:forte |"
                  r"fortissimo )?al petto", r"dolore toracico", r"oppressione al petto", r"male al petto",
                  r"(?:morsa|peso|macigno) sul petto",
                  r"infarto", r"attacco (?:di cuore|"
                  r"cardiaco)", r"arresto cardiaco", r"si tiene il petto", r"peso sullo sterno", r"manca il fiato"),
        "stroke": (
            r"(?:braccio|gamba|mano|lato) (?:destr[oa]|sinistr[oa]) (?:\w+ ){0,2}(?:debole|moll[ea]|addormentat[oa]|paralizzat[oa]|pesante|intorpidit[oa])",
            r"(?:mal di testa|cefalea) (?:[\w']+ ){0,3}(?:improvvis\w*|all'?improvviso|(?:il )?peggiore della (?:mia|sua) vita)|(?:il )?peggior\w* mal di testa",
            r"non (?:ci )?(?:vedo|vede) (?:piu |niente )?(?:da|con|dall'?|dal) ?(?:un|uno|l'?)? ?(?:occhio|lato)",
            r"non (?:riesco|riesce) (?:piu )?(?:a|ad) (?:alzare|muovere|sollevare) (?:il|la|un|una) (?:braccio|gamba|mano|lato)",
            r"non trova le parole",
            r"non riesce (?:piu )?ad? alzare il braccio",
            r"peggior mal di testa della (?:mia|sua) vita",
            r"vedo doppio|vede doppio",r"\bictus\b", r"(?:viso|faccia|bocca) (?:storta|storto|cadente|paralizzat[ao])",
                   r"non (?:riesco|riesce) (?:piu )?a muovere", r"parlo strano",
                   r"non (?:riesce|riesco) a parlare", r"parla (?:male|strano)|biascica",
                   r"(?:braccio|gamba|lato) (?:\w+ )?(?:intorpidit[ao]|paralizzat[ao]|"
                   r"addormentat[ao])", r"non mi vengono le parole", r"non capisco quello che mi dicono"),
        "breathing": (
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:non (?:riesco|riesce) a (?:finire|completare) (?:una|la) frase),? (?:[\w',]+ ){0,8}(?:respir\w*|aria\b|asma|fiato|spruzzi|puff|inalatore|ventolin)|(?:respir\w*|aria\b|asma|fiato|spruzzi|puff|inalatore|ventolin),? (?:[\w',]+ ){0,10}(?:non (?:riesco|riesce) a (?:finire|completare) (?:una|la) frase)",
            r"(?:spruzzi|puff|inalatore|ventolin)\w* (?:[\w',]+ ){0,8}(?:ancora )?non (?:riesco|riesce) a parlare",
            r"(?:spray|ventolin|inalatore|broncodilatatore|puff|bomboletta) (?:\w+ ){0,2}non (?:funziona|fa (?:niente|nulla|effetto)|serve)|crisi d'?(?:asma|asthma)",
            r"nn (?:riesc\w*|riusciamo) a respirare",
            r"costole (?:\w+ ){0,2}rientr\w*|rientr\w* (?:\w+ ){0,2}costole|respira (?:velocissim\w*|molto veloce|velocemente|affannat\w*)",
            r"non respiro",
            r"crisi d'?asma",
            r"(?:ventolin|spray|inalatore) (?:\w+ ){0,2}non fa (?:niente|nulla|effetto)",
            r"costole (?:\w+ ){0,2}rientrano",
            r"(?:si e )?strozzat[oa]",
            r"(?:diventando|diventato|diventata|e) (?:tutto |tutta )?(?:viola|blu|cianotic\w*)",r"non (?:riesco|riesce|riusciamo) a respirare", r"non respira", r"soffoc\w*",
                      r"fame d'?aria", r"difficolta (?:a|nel) respirare", r"labbra (?:\w+ ){0,2}(?:blu|"
                      r"viola)", r"fatica a respirare", r"respira a fatica", r"rantol\w*"),
        "poisoning": (
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"\b(?:mangiat[oi]|raccolt[oi]) (?:[\w',]+ ){0,4}(?:funghi|colchico|oleandro|mughetto|belladonna) (?:(?!(?:ieri|sempre|spesso|ogni|chemio\w*)\b)[\w',]+ ){0,15}(?:vomit\w*|vomito|diarrea|cuore lento)",
            r"(?:stufa|caldaia|scaldabagno|braciere|generatore) (?:[\w',]+ ){0,12}(?:(?:tutti|entrambi)(?: e (?:due|tre))? (?:con )?(?:[\w']+ ){0,2}mal di testa|(?:e|sono) svenut[oaie])",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:tutti|entrambi|tutta la famiglia) (?:[\w']+ ){0,3}mal di testa (?:[\w']+ ){0,6}?(?:da quando|dopo|quando|per la|per il) (?:[\w']+ ){0,6}(?:stufa|caldaia|scaldabagno|braciere|generatore)\b",
            # dev14 (2026-12-04)
            r"ho buttato giu (?:un|una|tutto il|tutta la|tutte le) (?:\w+ )?(?:flacone|boccetta|scatola|confezione|blister)",
            r"(?:ha|ho|abbia) preso (?:un |l')?intero (?:blister|flacone|scatola|confezione)|(?:un|l') intero blister",
            r"(?:morso|morsa|punto|punta) da (?:una |un )?(?:vipera|serpente|scorpione)|(?:vipera|serpente|scorpione) (?:mi|l'|lo|la|gli) ha (?:mors\w*|punt\w*)",
            r"(?:mangiato|mangiata|masticato|ingoiato) (?:\w+ ){0,4}(?:foglia|foglie|bacche|fiori) (?:di |d')?(?:oleandro|tasso|digitale|belladonna|mughetto)",
            r"(?:bevuto|ingoiato) (?:mezzo|un intero|tutto il|mezza) (?:\w+ )?(?:flacone|boccetta|bottiglia)",
            r"(?:odore di gas|puzza di gas|fuga di gas) (?:[\w',]+ ){0,12}(?:mal di testa|nause\w*|vomit\w*|gira la testa|sonnolen\w*|svenut\w*|stordit\w*)|(?:mal di testa|nause\w*|vomit\w*|gira la testa|sonnolen\w*|svenut\w*|stordit\w*) (?:[\w',]+ ){0,12}(?:odore di gas|puzza di gas|fuga di gas)",
            r"(?:preso|presa|mischiato|mischiata|bevuto|ingoiato) (?:\w+ ){0,4}(?:(?:pastiglie|pillole|farmaci|sonniferi|compresse) (?:\w+ ){0,3}(?:con|e) (?:\w+ ){0,2}(?:(?:l'?)?alcol|vino|birra|vodka|superalcolici)|(?:(?:l'?)?alcol|vino|birra|vodka|superalcolici) (?:\w+ ){0,3}(?:con|e) (?:\w+ ){0,2}(?:pastiglie|pillole|farmaci|sonniferi|compresse))|(?:(?:pastiglie|pillole|farmaci|sonniferi|compresse) (?:\w+ ){0,3}(?:con|e) (?:\w+ ){0,2}(?:(?:l'?)?alcol|vino|birra|vodka|superalcolici)|(?:(?:l'?)?alcol|vino|birra|vodka|superalcolici) (?:\w+ ){0,3}(?:con|e) (?:\w+ ){0,2}(?:pastiglie|pillole|farmaci|sonniferi|compresse)) (?:\w+ ){0,3}(?:preso|presa|mischiato|mischiata|bevuto|ingoiato)\b",
            r"(?:pastiglie|pillole|compresse|medicin\w*|farmac\w*|insulina) (?:[\w']+ ){0,3}(?:due volte|doppia dose|doppio)|(?:doppia dose|due volte) (?:di |le |la |il )?(?:\w+ )?(?:pastiglie|pillole|compresse|medicin\w*|farmac\w*|insulina)",
            r"(?:preso|ingoiato|mangiato|inghiottito) (?:le |delle |i |dei )?(?:pastiglie|pillole|compresse|medicine|farmaci) (?:della|del|di) (?:nonna|nonno|mamma|papa|zia|zio)",
            r"ingoiat\w* (?:[\w']+ ){0,6}(?:sbava\w*|conati|non riesce a (?:deglutire|inghiottire))",
            r"(?:morso|succhiato|leccato) (?:una |la )?pila",
            r"(?:una )?(?:decina|quindicina|ventina|trentina|quarantina|cinquantina) di (?:\w+ )?(?:pastigli\w*|pillole|compresse|sonniferi|pasticche|tachipirin\w*)",
            r"(?:mangiat|ingoiat|inghiottit)\w* (?:\w+ ){0,3}(?:pastiglie|pasticche|pillole|compresse|farmaci|medicine)",
            r"(?:sorso|bicchiere) di (?:anticalcare|sgrassatore|candeggina|detersivo)",
            r"una decina di (?:\w+ )?(?:tachipirin\w*|pastigli\w*|compress\w*)",
            r"pesticida (?:\w+ ){0,6}(?:suda|sbava|pupille)",
            r"pupille (?:piccolissime|a spillo)",
            r"mischiato (?:\w+ ){0,3}(?:candeggina|cloro|ammoniaca)",
            r"(?:caldaia|stufa) (?:\w+ ){0,5}(?:odore|puzza)",r"overdose",
                      r"(?:ho|ha) (?:preso|ingoiato|mangiato|bevuto) (?:tutte|tutti|tutto|molte|troppe|la scatola|"
                      r"il flacone)", r"ingoiat[oa] (?:\w+ ){0,3}(?:pillole|compresse|pasticche|batteri\w*|pile|"
                      r"pila|candeggina|veleno)", r"intossica\w*|avvelen\w*",
                      r"(?:bevuto|ingoiato|mangiato) (?:\w+ ){0,2}(?:candeggina|veleno|detersivo|pile|batteri\w*)",
                      r"(?:preso|ingoiato) (?:\d{2,}|venti|trenta|quaranta|cinquanta) (?:\w+ )?(?:pastiglie|pillole|"
                      r"compresse|pasticche)", r"(?:preso|ingoiato) (?:tipo |circa )?(?:\d{2,}|venti|"
                      r"trenta) (?:\w+ )?(?:sonniferi|pastiglie|pillole|compresse)", r"mangiato (?:le |delle )?bacche"),
        "suicide": (
            # dev17 (2026-12-05): idioms of ending one's life, a ledge over a drop
            r"(?:mi tolgo|togliermi|si toglie|togliersi) di mezzo",
            r"(?:sono|sto|seduto|seduta|in piedi) sul (?:cornicione|parapetto|davanzale)\b",
            # dev15 (2026-12-04)
            r"mi tolgo la vita|mi lascio affondare|mi sdraio (?:\w+ ){0,3}(?:binari|rotaie)|apro il gas|(?:lo|le) prendo tutt[oe] (?:insieme )?(?:stasera|stanotte|adesso|ora)",
            r"prendo (?:le pillole|le pastiglie|le pasticche) (?:\w+ ){0,3}e basta|si lancia dalla finestra|biglietto d'addio|tubo e (?:il )?nastro",
            # dev14 (2026-12-04)
            r"(?:ho )?scavalcato (?:la |il )?(?:ringhiera|parapetto|balaustra|recinzione|transenna)",
            r"stasera (?:tocca a me|lo faccio|la faccio finita|prendo tutto|mi ammazzo)|(?:lo faccio|prendo tutto|la faccio finita) stasera",
            r"dopo (?:stanotte|stasera|oggi) non ci saro piu|domani non ci saro piu",
            r"vuole buttarsi(?! (?:nel|nella|in|sul|sulla|a))|voglio buttarmi(?! (?:nel|nella|in|sul|sulla|a))|mi butto (?:giu )?(?:dal|dalla) (?:ponte|balcone|finestra|tetto|terrazzo|palazzo|viadotto|cavalcavia)|me butto",
            r"(?:comprato|acceso) (?:la )?carbonella (?:\w+ ){0,3}(?:sigillato|chiuso)|sigillato (?:la|le) (?:camera|stanza|finestre)",
            r"(?:le )?voci mi dicono di (?:buttarmi|saltare|uccidermi|ammazzarmi)",
            r"butt\w* sotto (?:un|il|a un) (?:treno|camion|auto|macchina)",
            # dev19 (2026-12-06): someone saying they will jump or throw themselves off, as English and Spanish
            # had it, with a place to do it from (a reviewer: without it a skipped dose or a dive)
            at_height(
                r"(?:ponte|tetto|cornicione|balcone|finestra|davanzale|terrazz\w|parapetto|ringhiera|viadotto|cavalcavia|"
                r"binari|banchina|scogliera|dirupo|vuoto|fiume|palazzo|piano)",
                r"(?:dice|dire|detto|dicendo|urla|urlando|grida|gridando|ripete|minaccia)\w* (?:\w+ ){0,2}(?:che si butta|di buttarsi)"),
            r"garage (?:[\w',]+ ){0,6}motore acceso|motore acceso (?:[\w',]+ ){0,6}garage",
            r"tagli\w* (?:le )?vene",
            r"(?:non vedo (?:piu )?(?:una |nessuna |altra )?via d'?uscita|non c'?e (?:piu )?(?:una |nessuna )?via d'?uscita)(?= *(?:$|[.,;:!?]|e\b|ma\b))",
            r"(?:sto per|voglio|vado a) prendere tutte le (?:pastiglie|pillole|compresse)",
            r"(?:buttar\w*|saltare|lanciar\w*) (?:giu )?(?:dal|dalla|da un|da una|dal) (?:ponte|tetto|finestra|balcone|palazzo|terrazzo|cornicione)",
            r"(?:mi|si|ti) spar(?:o|a|era)\b|spararmi|spararsi",
            r"mi impicco|impiccar(?:mi|si|ti)|tagliat[oa] (?:le vene|i polsi)",
            r"togl\w* la vita",
            r"non ce la faccio piu(?= *(?:$|[.,;:!?]|(?:a vivere|a andare avanti|davvero|ormai|di vivere)\b))",
            r"pistola (?:\w+ ){0,3}(?:in mano|carica)|in mano la pistola",
            r"ultima volta che (?:la|lo|mi) sent",
            r"ho salutato tutti",
            r"schiantarmi",
            r"stasera chiudo",
            r"la faccio finita",
            r"ho un piano",
            r"(?:ponte|tetto|cornicione) (?:\w+ ){0,5}buttarmi|penso di buttarmi",r"suicid\w*", r"uccidermi|ammazzarmi|mi (?:ammazzo|uccido)", r"togliermi la vita", r"voglio morire",
                    r"non voglio (?:piu )?vivere", r"non voglio piu (?:esserci|essere qui)", r"farla finita", r"farmi del male"),
        "allergy": (
            r"allergic[oa]\w*,? (?:(?!(?:non|senza|mai)\b)[\w',]+ ){0,10}(?:mangiat\w*|pres[oa]|per sbaglio|adesso|ora|appena|punt[oa]|dato)\b,? (?:(?!(?:non|senza|mai)\b)[\w',]+ ){0,10}(?:fa(?:ccio)? fatica a (?:deglutire|respirare|ingoiare)|non riesce a (?:deglutire|respirare|ingoiare)|gola|lingua|labbra|voce rauca|fischi\w*|orticaria|bolle|tossisce|gonfi\w*)",
            r"(?:mangiat\w*) (?:[\w']+ ){0,6}(?:arachid\w*|nocciolin\w*|noci|nocciol\w*|gamber\w*|frutti di mare|uovo|sesamo|kiwi)\w* (?:(?!(?:non|senza|niente|nessun\w*|ne)\b)[\w',]+ ){0,10}(?:bolle|orticaria|pomfi|gonfi\w*|tossisce|tosse|vomit\w*|gola|lingua|labbra)",
            r"allergic[oa],? (?:[\w',]+ ){0,8}si (?:gonfia|gonfiano|sta gonfiando|stanno gonfiando)",
            r"(?:orticaria|bolle|pomfi|chiazze) (?:\w+ ){0,2}(?:dappertutto|ovunque|su tutto il corpo|in tutto il corpo)",
            r"(?:punt[oa]|puntura|ape|vespa|calabrone|allergi\w*|arachidi|noccioline|noci) (?:[\w',]+ ){0,8}(?:fatica a (?:deglutire|inghiottire)|non riesce a (?:deglutire|inghiottire)|gola (?:che )?(?:si chiude|si gonfia|gonfia)|(?:si gonfia|gonfia|si chiude) la gola)",
            r"gonfi\w* (?:tutt[oa]|dappertutto|ovunque)",r"anafila\w*", r"shock anafilattico", r"reazione allergica (?:grave|forte)",
                    r"(?:gola|lingua|labbra|viso|faccia) (?:gonfi\w*|"
                    r"si (?:sta )?chiude\w*)", r"chiudendo la gola", r"occhi gonfi"),
        "unresponsive": (
            r"non (?:gli|le|ti) (?:sento|sentiamo|trovo|troviamo|si sente|si trova) (?:piu )?(?:il |nessun )?(?:polso|battito)",
            r"non (?:sento|sentiamo|trovo|troviamo) (?:piu )?il (?:polso|battito) (?:di|del|della|a) ",
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:convulsion[ei]|crisi epilettica|attacco epilettico) (?:[\w',]+ ){0,7}(?:non (?:si ferma|smette|passa)|"
            r"dura da|da (?:piu di )?(?:\d+|cinque|sei|sette|dieci) min)",
            r"(?:stes[oa]|sdraiat[oa]|a terra|per terra) (?:[\w',]+ ){0,6}(?:non si muove|non risponde|non respira|non reagisce)",
            r"non si riprende|non riprende (?:conoscenza|i sensi)",
            r"occhi (?:sono )?(?:rovesciat|rivoltat|strabuzzat)\w*|ha gli occhi all'?indietro",
            r"perso i sensi|perso conoscenza",
            r"una pupilla piu grande",
            r"continua a svenire",r"incosciente|priv[oa] di sensi", r"non (?:risponde|reagisce)", r"non si sveglia",
                         r"svenut[oa]", r"convulsion\w*", r"crisi epilettica", r"(?:crollat[oa]|"
                         r"si e accasciat[oa])", r"non (?:riesco|riusciamo|riesce|riescono) a svegliar\w*"),
        "bleeding": (
            r"conficcat[oa] nel(?:la|l'?)? ?(?:gamba|braccio|petto|pancia|collo|occhio|piede|mano|coscia|schiena)",
            r"sangue nelle feci|feci (?:\w+ )?(?:nere|con (?:il )?sangue)",
            r"assorbent\w* (?:\w+ ){0,2}ogni (?:mezz'?ora|ora|\d+ min\w*)",
            r"(?:benda|garza|asciugamano|medicazione|cerotto|fasciatura|maglietta) (?:\w+ ){0,3}(?:zupp[oa]|inzuppat[oa]|pien[oa]|intris[oa]) di sangue|(?:pozza|lago) di sangue",
            r"coltellata|accoltellat\w*|ferita (?:d'arma|profonda)|gli hanno sparato|(?:ha|ho|sta avendo) un'?emorragia",
            r"investit[oa] da (?:una|un) (?:auto|macchina|moto|camion|furgone)",
            r"sangu\w* dall'?orecchio|sangue (?:\w+ )?dall'?orecchio",
            r"(?:sangue dal naso|epistassi|naso (?:che )?sanguin\w*) (?:[\w']+ ){0,4}da (?:piu di |oltre )?(?:un'?ora|mezz'?ora|\w+ ore|\d+ ore|\w+ minuti|\d+ minuti)",
            r"(?:sangu\w*|(?:perde|perdendo|esce|uscendo|butta) (?:\w+ ){0,2}sangue) (?:dalla|dal) (?:testa|fronte)",
            r"(?:anticoagulant\w*|coumadin|sintrom|eparina|xarelto|eliquis) (?:[\w']+ ){0,4}(?:cadut\w*|battut\w* la testa)|(?:cadut\w*|battut\w* la testa) (?:[\w',]+ ){0,8}(?:anticoagulant\w*|coumadin|sintrom|eparina|xarelto|eliquis)",
            r"sanguina (?:\w+ ){0,3}da (?:un'?ora|mezz'?ora|piu di un'?ora|(?:\d+|due|tre) ore)|sanguina (?:\w+ ){0,2}senza fermarsi",
            r"esce (?:tanto|molto|un sacco di|parecchio) sangue|perd\w* (?:tanto|molto|un sacco di) sangue",
            r"(?:sangue|sangu\w*) dal naso (?:\w+ ){0,3}(?:da (?:piu di )?(?:un'?|\d+ |due )ora|anticoagul\w*)|naso (?:\w+ ){0,6}anticoagul\w*",
            r"diarrea nera|feci nere",r"sanguina (?:molto|tanto|tantissimo)", r"perd\w* (?:molto|tanto|"
                     r"tantissimo) sangue", r"emorragia", r"non smette di sanguinare",
                     r"(?:vomita\w*|tossisce|"
                     r"sputa) sangue", r"perde un sacco di sangue", r"cambio l\'?assorbente ogni"),
    },
    negation=r"non|mai|senza|ne|niente|nessun\w*",
    not_negation=r"non si riprende|(?:mai|non sono mai|non ho mai) (?:stat[oa]|avuto|sentito) (?:\w+ ){0,5}(?:cosi|tanto|simile)|non (?:so|sono sicur[oa])|non (?:riesco|riesce|riusciamo) a (?:respirare|parlare)|"
                 r"non (?:respira|risponde|reagisce|si sveglia|smette)|non voglio (?:piu )?vivere",
    mention=r"\baument\w* (?:il |la |i |le |lo )?(?:rischio|probabilita|pensieri|idee)\b|\bdifferenza (?:tra|fra)\b|\bun effetto collaterale\b|quanto velocemente|in quanto tempo|con che velocita|quando (?:\w+ ){0,4}(?:e|sono|diventa) (?:un'?|una |un )?(?:emergenza|pericolos\w*|grave|preoccupante)|e normale|paura di|(?:segno|segnale|sintomo) di|come funziona|per (?:riconoscere|capire se|individuare)|a chi ha|(?:un|il) bambino puo|"
            r"(?<![a-z] )perche|differenza|cosa (?:vuol dire|significa)|e vero che|"
            r"quant[oaie] (?:\w+ ){0,3}(?:e|sono|serve|servono)|che sintomi|"
            r"(?:puo|possono|potrebbe) (?:\w+ ){0,6}(?:causare|provocare|dare)|sintomi d|segni d|rischio d|"
            r"cos'e\b|cosa e\b|com'e\b|come (?:capire|riconoscere|si usa)|persone (?:con|che)|qualcuno (?:con|che)|"
            r"se qualcuno|se uno\b|se una persona|in caso di|"
            r"prevenire|(?<!prima )possibile|aumenta il rischio|(?<!non )si (?:puo|possono)|aumentare|quanto (?:puo|dura)|pericolos\w*|"
            r"dal caldo|(?:cosa|che) (?:succede|succederebbe|accade) se|e se ",
    past=r"\ba \d{1,2} anni\b|si e suicidat[oa]|si e tolt[oa] la vita|dal (?:mio|suo|tuo|loro) \w+|(?:l'?|la |il |lo )?\w+ scors[oa]\b|da piccol[oa]|l'?anno scorso|il mese scorso|(?:\w+ )?(?:anni|mesi|settimane) fa|nel (?:19|20)\d\d|da bambin[oa]|"
         r"da ragazz[oa]|la settimana scorsa|a (?:pasqua|natale)|al pranzo di|quando avevo|(?<!da )\bieri\b|"
         r"a (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
    now=r"adesso|(?<!stanco )(?<!stanca )(?<!affatico )subito|aiuto|urgente|(?:\w+ )?(?:minuti|ore|un'?ora) fa|stamattina|stasera|da mezz'?ora|da un'?ora",
    suicide_cues={
        "means": r"\b(?:corda|cappio|fucile|pistola|coltello|lamett[ae]|rasoio|pastiglie|pillole|compresse|pasticche|sonniferi|tutte le (?:sue |mie )?medicine|ponte|binari|ferrovia|cornicione|balcone|tetto|sassi nelle tasche|veleno per (?:topi|ratti))\b",
        "farewell": r"\b(?:addio per sempre|lettera d'?addio|per quando (?:sar[oò]|non ci sar[oò]) mort[oa]|quella definitiva)\b",
        "despair": r"\b(?:(?:presto )?non dovrete piu preoccuparvi per me|(?:presto|tra poco|fra poco) non (?:saro|saro') piu (?:un peso|un problema|un fardello)|non (?:saro) piu (?:un peso|un problema|un fardello) per nessuno|sono (?:solo |soltanto )?un peso|meglio senza di me|nessuno (?:mi rimpiangera|sentira la mia mancanza))\b",
        "giving": r"\b(?:ho )?(?:regalato|dato via) (?:tutte |tutti )?(?:le mie cose|la mia roba|(?:il |la )?(?:mio |mia )?(?:gatto|gatta|cane|chitarra))\b",
    },
    signs={
        "double": r"(?:preso|presa|dato|data) (?:\w+ ){0,2}due volte (?:\w+ ){0,4}(?:pastiglia|pillola|compressa|farmaco|medicina|dose|insulina)|doppia dose",
        "empty": r"(?:scatola|flacone|blister|confezione|boccetta)s? vuot[oa]",
        "drowsy": r"(?:molto )?rallentat[oa]|sonnolent[oa]|assonnat[oa]|intontit[oa]|non riesce a stare svegli[oa]",
        "racing": r"cuore (?:mi |gli |le )?(?:batte|va|martella) (?:\w+ )?(?:all'?impazzata|fortissimo|velocissimo|a mille|forte|veloce)|tachicardia",
        "sweating": r"sud(?:ato|ata|ando|ore freddo|ori freddi|o freddo)", "pallor": r"pallid\w*|grigi[oa]|bianc[oa] come|tutt[oa] bianc[oa]|bianchissim[oa]",
        "faint": r"vertigin\w*|mi gira la testa|svien\w*|sveni\w*|per svenire", "confusion": r"confus\w*|disorientat\w*|senza senso",
        "numbness": r"intorpidit\w*|formicol\w*|addormentat\w*",
        "weakness": r"debole|senza forze|non (?:riesce|riesco) (?:piu )?a (?:camminare|alzar\w*|muovere)|non (?:alza|muove) (?:il|la) (?:braccio|gamba|mano)",
        "pain": r"(?:brucia|bruciore) (?:\w+ )?(?:il|al|nel) petto|petto (?:mi |gli |le )?brucia|dolore (?:fortissimo|atroce|terribile|insopportabile)|"
                r"collo rigido|rigidita (?:al|del|nel) collo|nuca rigida", "vomiting": r"vomit\w*|nause\w*",
        "skin": r"bolle|orticaria|chiazze|eruzion\w* cutane\w*|macchie (?:sulla pelle|rosse|viola\w*)", "breath": r"fischi\w*|respira (?:veloce|male|strano)|affanno",
        "speech": r"non (?:riesce|riesco) a parlare|parla (?:male|strano)|parla come (?:se fosse |un |una )?(?:ubriac[oa]|sbronz[oa])", "swelling": r"gonfi\w*",
        "bleeding": r"(?<!del )(?<!il )sangu\w*", "fever": r"febbre (?:molto )?alta|40 di febbre",
        "shaking": r"trema\w*|convulsion\w*|scatti",
        "responds": r"non (?:risponde|reagisce)",
    },
    nearby={
        "heart": ((r"petto|torace|sterno", r"pression|dolor|male|fa male|oppress|peso|stringe|stretta|schiacc|morsa|fitta|preme"),
                  (r"cuore", r"dolor|stringe|schiacc|morsa|fitta"), (r"elefante|macigno|masso", r"petto|torace")),
        "stroke": ((r"viso|faccia|bocca|sorriso|labbr|palpebra", r"storta|storto|cadente|cade|cascat|cascant|paralizz|addormentat|"
                    r"intorpidit|pende|abbassat|piegat"),
                   (r"parla|parlare|parole|pronuncia|lingua", r"strano|strana|impastat|confus|biascic|incomprensib|"
                    r"farfugli|senza senso|non si capisce"),
                   (r"braccio|gamba|lato|mano|meta", r"paralizz|non si muove|non riesce a muovere|non lo muove|"
                    r"senza forza|inerte|molle")),
        "breathing": ((r"respir|aria|fiato", r"non riesc|fatica|difficolt|manca|mancanza|affann|soffoc|ansim|a stento|"
                       r"boccheggi"),
                      (r"labbr|viso|faccia|dita|unghie|bocca", r"blu|viola|cianot|grigi")),
        "poisoning": ((r"ingoiat|mangiat|bevut|preso|inghiott|ingerit",
                       r"solvente|acetone|acquaragia|smalto|candeggina|pila|pile|batteria|batterie|veleno|detersivo|antigelo|topicida|insetticida|varechina|"
                       r"soda caustica|solvente|sturalavandini|idraulico liquido|benzina|petrolio|olio per lampade|kerosene"),
                      (r"troppe|troppi|scatola intera|flacone intero|blister intero|" + COUNT + r"|tutta la scatola|intera scatola|tutto il flacone|intero flacone|tutto il blister|"
                       r"una manciata|un sacco di|venti|trenta|quaranta|cinquanta",
                       r"pillol|compress|pastiglie|pasticch|farmac|sonnifer|medicin|tachipirina|paracetamolo")),
        "suicide": ((r"voglio|vorrei|voglia di|penso a|pensando di|pensando a|sto per|pronto a|pronta a|ho deciso di",
                     r"morire|sparire|ammazzarmi|uccidermi|togliermi la vita|farla finita|non svegliarmi|"
                     r"non esistere|buttarmi|impiccarmi|tagliarmi|non esserci piu"),
                    (r"pillole|pastiglie|corda|lettera", r"pronte|pronta|preparat|mess[eio] da parte|addio|conservat")),
        "allergy": ((r"pomfi|orticaria|bolle", r"respir|fischi|gola|lingua|deglut"), (r"lingua|labbra|viso|faccia|bocca|palpebr|gola", r"gonfi|si gonfia|ingross|spess|enorm"),
                    (r"gola", r"si chiude|chiusa|chiudendo|stringe|stretta"),
                    (r"allergi(?!st)|arachid|noccioline|frutta secca|ape|vespa|puntura|crostacei|frutti di mare|penicillina",
                     r"respir|gola|epipen|adrenalina|svien")),
        "bleeding": ((r"incinta|gravidanza", r"sangu|sangue|perdit"), (r"sangu|sangue|emorrag", r"schizz|non si ferma|non smette|a fiotti|ovunque|dappertutto|zampill|pozza|"
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
    frame=r"(?:ha|ho|sta|sto|avendo|(?:credo|penso|temo) di (?:avere|stare avendo)|(?:questo|forse|sicuro|secondo me) e|sono|credo che sia|(?:e|sta|sono) in|con|colto da|colta da|preso|"
          r"venuto|venendo|forte|grave)",
    mention_anywhere=r"\b(?:scrivendo|scrivo|scrivere) (?:una |un |la mia |il mio )?(?:canzone|poesia|storia|romanzo|racconto|rap)\b|\bse (?:\w+ ){0,2}dovesse (?:mai )?(?:capitare|succedere|accadere)\b|\bqualora\b|^\W*nel caso (?:in cui|che)\b|tasso di suicidi\w*|rischio (?:di )?suicid\w*|\bfanfic\w*|\bsceneggiatura\b|\bil mio (?:racconto|romanzo|fumetto|videogioco|copione)\b|\bipoteticamente\b|\bmettiamo (?:che|caso)\b|\bper (?:il mio|un) (?:racconto|fumetto|romanzo)\b|\bse (?:\w+ ){0,4}un giorno\b|\bse mai\b|\b(?:nel|in un|nella|in una) (?:libro|film|fumetto|romanzo|videogioco|serie|fiction|soap|commedia)\b|\bil mio personaggio\b|\bnel \"|\bla mattina\b|\bogni mattina\b|\bdi mattina\b|(?:ecg|elettro|esame|esami|risultat)\w* (?:\w+ ){0,3}(?:normal|buon)\w*|(?:male|dolor\w*|fa male) (?:\w+ ){0,4}(?:\bquando (?:tossisco|tossisce|starnutisco|starnutisce|rido|ride|mi muovo|si muove|premo|preme|mi piego)\b)|(?:\bquando (?:tossisco|tossisce|starnutisco|starnutisce|rido|ride|mi muovo|si muove|premo|preme|mi piego)\b) (?:\w+ ){0,3}(?:male|dolor\w*|fa male)|(?:il mio|il nostro|il) (?:cane|gatto|cucciolo|gattino) (?:ha )?(?:ingoiato|mangiato|bevuto)|(?:e|sono) (?:gia|ora|adesso) a casa|(?:e|sono) tornat[oa] a casa|dimess\w*|supponiamo|immagina(?:te)? che|mettiamo che|(?:cos'?|cosa |quale )e (?:peggio|peggiore|piu grave|piu pericoloso)|\bpersonaggio\b|(?:mio|un|nel) romanzo\b|corso di primo soccorso|(?:nella|in una|nel|in un) (?:serie|film|romanzo|libro|telegiornale|tg|documentario)|(?:letto|visto|"
                     r"sentito) (?:\w+ ){0,4}(?:articolo|serie|film|notizia|telegiornale|tg|tv)|ho letto|"
                     r"per (?:un|una|il|la) (?:tesina|esame|corso|ricerca|compito)|si e ripres[ao]|"
                     r"sta (?:benone|bene adesso|bene ora)|(?:e|si e) passat[oa]|tutto (?:a posto|normale)|ora ha paura|"
                     r"succedere di nuovo|ricapitare|\bahah\w*|anamnesi|\blieve\b",
    unwell=r"(?:oh|no|dio)(?: no)+|non (?:sta|sto|stiamo|stanno) bene",
    habit=r"quando (?:\w+ ){0,2}(?:mangia|sale|corre|cammina|vede|tossisce|dorme)",
    news=r"di nuovo|adesso|ora|improvvisamente",
    someones=r"mi|mio|mia|miei|mie|lui|lei|io",
    first_person=r"mi|io|me",
    real=r"sta succedendo davvero|non e (?:una storia|uno scherzo|un gioco)|(?:adesso|ora) e (?:vero|reale|sul serio)",
    resolved=r"(?:ora|adesso) (?:sto|sta) bene|sto benissimo|si e ripres[oa]|guarit[oa]",
    believed=r"(?:pensavo|credevo|ho pensato|ho creduto|pensavamo|credevamo) che",
    background=r"\blieve\b",
    hypothesis_if=r"(?<!come )(?<!capire )(?<!so )(?<!sa )(?<!sapere )(?<!chiedo )se(?! (?:ne|lo|la|li|le)\b)(?! n')",
    hypothesis=r"\w+(?:rei|resti|rebbe|remmo|rebbero)|(?!(?:classe|tasse|masse|grasse|basse|casse|stesse|"
               r"interesse|promesse|messe|rimesse|scommesse)\b)\w{2,}(?:asse|esse|isse)\b|dovesse|dovessi|fosse|fossi|avesse|avessi|succedesse|capitasse|dicesse|trovassi|trovasse",
    document=r"(?:lettera|referto|relazione|piano|foglietto|bugiardino|pdf|ricetta|scheda|volantino) (?:[\w']+ ){0,5}(?:dice|riporta|scrive|menziona|c'e)\b|riassum\w*|riassunto|cita (?:il|la|le|i|lo)|tradu\w*|come si dice|(?:cerca|mostra|mostrami|elenca|spiega|spiegami|copia|leggi) (?:\w+ ){0,3}(?:sezione|parte|paragrafo|capitolo|pagina|frase|documenti|documento|opuscolo|file|pdf|testo|foglietto)|(?:sezione|parte|paragrafo|capitolo|pagina|passaggio|sezioni|parti) (?:sul|sulla|sullo|sui|sulle|su|di|del|della|riguardo)|(?:documento|opuscolo|file|pdf|foglietto|bugiardino|guida|testo|articolo|cartello|etichetta|titolo|giornale|canzone)\w* (?:\w+ ){0,2}(?:dice|dicono|parla|menziona)|cosa dice (?:il|la|lo|questo|questa) (?:\w+ ){0,2}(?:su|sul|sulla|sullo|di)|dove (?:parla|dice)|(?:sempre|spesso) dice",
    request=r"(?:cosa|che cosa|che) (?:dice|dicono|c'e scritto|riporta|consiglia)\b|^(?:guarda|guardami|cerca|cercami|"
            r"leggi|leggimi|controlla|controllami)\b|(?:puoi|potresti|mi puoi) (?:guardare|controllare|cercare|leggere|"
            r"vedere|dirmi|trovare)\b|(?:quale|che) pagina\b|dove (?:dice|sta|"
            r"c'e|e scritto|trovo)\b|c'e scritto\b",
    papers=r"foglietto(?: illustrativo)?|bugiardino|piano (?:terapeutico|assistenziale|individuale|di (?:cura|assistenza|crisi|sicurezza|emergenza|"
           r"trattamento)|dell'asma|del (?:diabete|csm))|lettera(?: di "
           r"dimissioni)?|documento|opuscolo|scheda|protocollo|referto|relazione|volantino|libretto|istruzioni|"
           r"foglio|pdf",
    speech=r"(?:(?:dice|diceva|detto|scritto|grida|urla|piange|mi ha scritto|scrive|ripete|sussurra)(?: che)?|e|sta|sono|sembra|diventa)",
    instruction=r"\bse (?:hai|avete|ha|si ha|senti|sente|si sente|noti|nota|compare|compaiono)\b|\bin caso di\b",
    imperative=r"\b(?:chiama|chiamate|chiamare|contatta|contattare|rivolgiti|rivolgersi|recati|recarsi)\b",
    texting={"nn": "non", "cmq": "comunque", "xke": "perche", "sn": "sono", "tt": "tutto", "x": "per", "qlc": "qualche", "xo": "pero"},
    emergency="**Potrebbe essere un'emergenza. Chiama subito il numero di emergenza locale: {numbers}.** Non aspettare "
              "una risposta dai documenti.",
    crisis="Se stai pensando al suicidio o a farti del male, chiama o scrivi subito a {line}. Non devi affrontarlo "
           "da solo.",
    read_with=("Letto insieme al tuo messaggio precedente.",
               "Letto insieme ai tuoi messaggi precedenti."),
    taken_back=r"\bfalso allarme\b|\ballarme falso\b|\bscherzavo\b|\bsto scherzando\b|\b(?:era|e) (?:(?:solo|un|"
            r"uno) )*(?:sogno|scherzo)\b|\bmessaggio sbagliato\b|\b(?:una scena|parte|una frase) (?:di|del|da) (?:un |"
            r"il |mio )?(?:romanzo|libro|film|copione)\b",
    in_care=r"\b(?:siamo|sono|sta|si trova) (?:gia |ora |adesso )?(?:al pronto soccorso|in ospedale|all'ospedale|"
            r"in rianimazione|in terapia intensiva)\b|\b(?:i sanitari|l'ambulanza|il 118|il 112) (?:e|"
            r"sono) (?:gia )?(?:arrivat\w*|qui)\b|\b(?:gli|le|mi) hanno (?:dato|messo|fatto) (?:\d+ )?punti\b|"
            r"\bsiamo arrivati (?:al pronto soccorso|in ospedale)\b|\be arrivata l'ambulanza\b|\b(?:il medico|"
            r"la dottoressa|il dottore|l'infermier[ae]|il farmacista|i medici) (?:ha detto|dice|"
            r"hanno detto) che (?:e solo|e soltanto|non e (?:niente|grave|il cuore)|non era (?:niente|grave))\b",
    settled="Capito. Se qualcosa peggiora, chiama il numero di emergenza locale. Fai una domanda sui tuoi "
             "documenti quando vuoi una risposta.",
    notice="Non è un consiglio medico: Verbatim cita soltanto documenti e non può valutare la tua situazione. "
           "Chiama ora.",
    usual_notice="Non è un consiglio medico: Verbatim cita soltanto i tuoi documenti parola per parola e non può "
                 "valutare la tua situazione. Chiedi a un medico o a un farmacista prima di agire in base a quanto "
                 "leggi qui.",
)
