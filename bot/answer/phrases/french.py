"""The emergency phrases, cues and messages of French."""

from bot.answer.phrases.language import Language, at_height


FRENCH = Language(
    code="fr",
    patterns={
        "heart": (
            r"poitrine (?:[\w',]+ ){0,6}bras gauche|bras gauche (?:[\w',]+ ){0,6}poitrine",
            r"(?:defibrillateur|pacemaker|stimulateur) (?:[\w']+ ){0,7}(?:choc|chocs|declench\w*)",
            r"(?:se )?(?:tient|tenait|tenant|agripp\w*|serre|serrait) (?:la|sa) poitrine",
            r"(?:se )?tient (?:le|son) bras gauche",
            r"coeur (?:\w+ ){0,2}(?:va|qui va|allait) (?:lacher|s'?arreter|exploser)",
            r"(?:coeur|pouls|montre) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",
            r"tomber dans les pommes",
            r"(?:mal|douleur) (?:\w+ ){0,6}(?:dans|a) la poitrine",r"(?:douleur|mal) (?:\w+ ){0,3}(?:a la|dans la|dans ma) poitrine",
                  r"serre (?:\w+ )?(?:dans|a) (?:la|ma) poitrine|"
                  r"poitrine (?:qui )?(?:se )?serre", r"douleur thoracique", r"crise cardiaque",
                  r"infarctus", r"arret cardiaque", r"(?:oppression|serrement|poids) (?:a la|dans la|"
                  r"sur la) poitrine", r"(?:barre|poids|etau) (?:\w+ ){0,2}(?:dans la|sur la|"
                  r"a la) poitrine", r"descend dans le bras"),
        "stroke": (
            r"parle (?:avec difficulte|difficilement)|(?:bras|jambe|main|cote) (?:droit|gauche|droite) (?:\w+ ){0,2}(?:faible|mou|molle|lourde?|engourdi\w*|paralyse\w*|inerte)",
            r"(?:mal de tete|migraine) (?:\w+ ){0,3}(?:brutal\w*|soudain\w*|d'un coup|de (?:ma|sa) vie)|pire mal de tete",
            r"(?:vois|voit) (?:plus|pas|rien) (?:d'un|de l'|avec un|d'un seul) ?(?:oeil|cote)",
            r"(?:arrive|peux|peut) (?:plus|pas) (?:a )?(?:lever|bouger|soulever) (?:le|la|son|sa|mon|ma) (?:bras|jambe|main)",
            r"bouche (?:\w+ )?croche",
            r"parle (?:drole|bizarre|tout croche)",
            r"(?:pire|plus fort) mal de tete de (?:ma|sa) vie",r"\bavc\b", r"accident vasculaire", r"visage (?:qui tombe|tombe|paralyse|deforme|de travers)",
                   r"bouche de travers", r"(?:n'?arrive|narrive) (?:plus|pas) a parler",
                   r"parle (?:mal|bizarrement|de travers)", r"(?:bras|jambe|cote) (?:engourdi|"
                   r"paralyse)", r"parler bizarre|bafouill\w*", r"bras (?:droit |"
                   r"gauche )?pend", r"vois double", r"tiens? (?:pas|plus) debout"),
        "breathing": (
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:(?:\w+')?arrive (?:pas|plus) a (?:finir|terminer) (?:une|sa|ma) phrase),? (?:[\w',]+ ){0,8}(?:respir\w*|souffle|air\b|asthme|bouffees|ventoline|inhalateur|siffl\w*)|(?:respir\w*|souffle|air\b|asthme|bouffees|ventoline|inhalateur|siffl\w*),? (?:[\w',]+ ){0,10}(?:(?:\w+')?arrive (?:pas|plus) a (?:finir|terminer) (?:une|sa|ma) phrase)",
            r"respire (?:a peine|tres mal|difficilement)",
            r"(?:il|elle|bebe|le bebe|(?:mon|ma) (?:grand |petit |petite )?\w+) (?:s'?)?etouff(?:e|ait)\b(?! (?:dans|de chaleur|sous|avec (?:ce|cette|son|sa)))",
            r"(?:est|devient|deviens) (?:tout |toute )?(?:bleu|bleue|violet|violette)\b",
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
            # a browser trial (2026-12-07): half a bottle or a box taken ("il a bu la moitié d'une bouteille de paracétamol")
            r"(?:a bu|a avale|a pris|a mange|s'est enfile|ai bu|ai avale|ai pris) (?:(?:presque|plus de|environ) )?(?:la moitie|une demi[- ]?) ?(?:d'une |de la |du |de l'|d'un )?(?:bouteille|flacon|boite|plaquette|tube|sirop)",
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"\b(?:mange|manges|mangee|mangees|cueilli|cueillis|cueillie|cueillies) (?:[\w',]+ ){0,4}(?:champignons?|colchique|laurier[- ]rose|muguet|belladone) (?:(?!(?:hier|toujours|souvent|chaque|chimio\w*)\b)[\w',]+ ){0,15}(?:vomi\w*|diarrhee|yeux jaunes|coeur (?:lent|ralenti))",
            r"(?:poele|chaudiere|chauffe[- ]eau|chauffage d'appoint|groupe electrogene|brasero) (?:[\w',]+ ){0,12}(?:(?:tous|toutes) (?:[\w']+ ){0,2}mal (?:au crane|a la tete)|s'?est evanouie?)",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:tous|toutes|toute la famille|tout le monde) (?:[\w']+ ){0,3}mal (?:au crane|a la tete) (?:[\w']+ ){0,6}?(?:depuis|apres|quand|a cause) (?:[\w']+ ){0,6}(?:poele|chaudiere|chauffe[- ]eau|chauffage|groupe electrogene|brasero)\b",
            # dev14 (2026-12-04)
            r"(?:un serpent|une vipere|un scorpion|un crotale) m'a (?:mordu|pique)|(?:mordu|piquee?) par (?:un serpent|une vipere|un scorpion)",
            r"(?:patch|patchs) (?:de |du |a la )?(?:fentanyl|nicotine|morphine) (?:\w+ ){0,3}(?:mache|suce|avale|leche)|(?:mache|suce|avale|leche) (?:\w+ ){0,4}patch",
            r"(?:bu|avale) (?:\w+ ){0,4}en entier|(?:bu|avale) (?:une bouteille|un flacon) entiere?",
            r"mange\w* (?:\w+ ){0,3}anti[- ]?limaces",
            r"(?:bu|avale) (?:\w+ ){0,3}gel hydroalcoolique",
            r"(?:odeur de gaz|(?:ca )?sent le gaz|fuite de gaz) (?:[\w',]+ ){0,12}(?:maux? de tete|vertige\w*|nause\w*|vomi\w*|somnolen\w*|malaise)|(?:maux? de tete|vertige\w*|nause\w*|vomi\w*|somnolen\w*|malaise) (?:[\w',]+ ){0,12}(?:odeur de gaz|(?:ca )?sent le gaz|fuite de gaz)",
            r"(?:pris|avale|melange|bu) (?:\w+ ){0,4}(?:(?:medicaments|cachets|comprimes|somniferes) (?:\w+ ){0,3}(?:avec|et) (?:\w+ ){0,2}(?:(?:de l'?)?alcool|vin|biere|vodka|whisky)|(?:(?:de l'?)?alcool|vin|biere|vodka|whisky) (?:\w+ ){0,3}(?:avec|et) (?:\w+ ){0,2}(?:medicaments|cachets|comprimes|somniferes))|(?:(?:medicaments|cachets|comprimes|somniferes) (?:\w+ ){0,3}(?:avec|et) (?:\w+ ){0,2}(?:(?:de l'?)?alcool|vin|biere|vodka|whisky)|(?:(?:de l'?)?alcool|vin|biere|vodka|whisky) (?:\w+ ){0,3}(?:avec|et) (?:\w+ ){0,2}(?:medicaments|cachets|comprimes|somniferes)) (?:\w+ ){0,3}(?:pris|avale|melange|bu)\b",
            r"(?:cachets|medicaments|comprimes|pilules|insuline) (?:\w+ ){0,3}(?:deux fois|en double)|double dose",
            r"avale (?:[\w']+ ){0,6}(?:bave|baver|haut le coeur|n'?arrive (?:pas|plus) a avaler)",
            r"(?:mordu|suce|leche) (?:une |la )?pile",
            r"(?:pris|avale|bu|gobe) (?:\w+ )?trop de (?:cachets|comprimes|medicaments|pilules|somniferes|doliprane|paracetamol|gelules)",
            r"(?:tout|toute) (?:le|la|sa|ma|son|mon) (?:flacon|boite|plaquette|bouteille|tube)",
            r"(?:une )?(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine) de (?:\w+ )?(?:cachets|comprimes|pilules|somniferes|gelules|medicaments|doliprane)",
            r"pastille de lave vaisselle|capsule de lessive",
            r"(?:\d+|deux|trois|quatre|cinq) fois (?:sa|la|ma) dose",
            r"voit (?:tout )?jaune",
            r"(?:melange|mix) (?:\w+ ){0,3}(?:javel|chlore|ammoniaque)",r"overdose|surdose",
                      r"(?:avale|pris) (?:toute la boite|tout le flacon|tous|toutes|plein de|beaucoup de)",
                      r"a (?:avale|mange|bu) (?:\w+ ){0,3}(?:comprimes|cachets|pilules|medicaments|pile|piles|"
                      r"javel|produit)", r"(?<!centre )(?<!centro de )intoxi\w*|empoisonn\w*", r"(?:bu|avale) (?:de l'?|de la |"
                      r"du )?(?:eau de )?javel", r"avale (?:une|toute la|la) boite", r"a bu du (?:deboucheur|"
                      r"white spirit|petrole|produit)", r"cachets avec (?:beaucoup d\'?|de l\'?)alcool"),
        "suicide": (
            # dev17 (2026-12-05): idioms of ending one's life, a ledge over a drop
            r"(?:me|se|te) (?:fous|fout|foutre) en l\'?air",
            r"(?:assise?|debout) sur (?:le|la) (?:rebord|rambarde|parapet|garde[- ]corps) (?:du|de la|d\'un|d\'une) (?:pont|balcon|toit|fenetre|immeuble|falaise)",
            # dev15 (2026-12-04)
            r"(?:demain|ce soir|cette nuit) je ne me reveillerai pas|je me supprime|j'ai de quoi (?:faire|en finir|mourir)|(?:ce qu'il faut|de quoi) (?:\w+ ){0,3}pour mourir|ma mort,? ce soir",
            r"le moteur tourne (?:\w+ ){0,4}garage|garage,? (?:\w+ ){0,4}le moteur tourne|(?:dans|avec) la corde (?:\w+ ){0,4}c'est ce soir",
            # dev14 (2026-12-04)
            r"(?:enjambe|passe par-dessus|passee? de l'autre cote de|de l'autre cote de) (?:la |le )?(?:rambarde|garde-corps|garde corps|balustrade|parapet|barriere)",
            r"ce soir (?:je le fais|je prends tout|je pars|je me tue|j'en finis|je me jette)|(?:je le fais|je prends tout|j'en finis) ce soir|je serai parti\w* ce soir",
            r"mes lettres sont ecrites|j'ai ecrit mes lettres d'adieu|j'ai fait mes adieux",
            r"(?:j'ai )?tout (?:prepare|ce qu'il faut) pour (?:partir|a soir|ce soir|cette nuit|en finir)",
            r"(?:tanne|tannee|fatigue|fatiguee|marre) de vivre(?! (?:avec|ici|la|dans|en|comme|seule?|sans))",
            r"(?:les|des) voix me (?:disent|demandent) de (?:sauter|me tuer|mourir|me jeter)",
            r"(?:pris|avale) des (?:medicaments|cachets|comprimes) pour mourir",
            r"garage (?:[\w',]+ ){0,6}moteur (?:allume|qui tourne|en marche)|moteur (?:allume|qui tourne|en marche) (?:[\w',]+ ){0,6}garage",
            r"(?:s'?ouvrir|m'?ouvrir|se couper|me couper|ouvrir) les veines",
            r"(?:(?:ne )?vois (?:plus |aucune )?(?:d'?)?issue|il n'?y a (?:plus )?(?:aucune |d'?)?issue)(?= *(?:$|[.,;:!?]|et\b|mais\b))",
            r"(?:vais|veux) (?:prendre|avaler) tous (?:mes|les) (?:cachets|medicaments|comprimes)",
            r"met\w* fin a (?:ses|mes|tes|leurs|vos) jours",
            r"(?:sauter|saute|se jeter|me jeter) (?:du|d'un|d'une|de la|par la|depuis le|depuis la) (?:haut du |haut de la )?(?:pont|toit|fenetre|balcon|falaise|immeuble|terrasse)",
            r"(?:se|me|te) tirer une balle",
            r"(?:foncer|me jeter|me crasher|m'?ecraser) (?:\w+ ){0,3}(?:mur|arbre|pont)|voiture (?:\w+ ){0,3}(?:contre|dans) (?:un|le) (?:mur|arbre)",
            r"(?:lettre|mot) d'?adieu",
            r"veux plus vivre|(?:vais|va) tout avaler",
            r"(?:me|se|te) jeter (?:sous|du|de la|d'un|d'une|par)",
            # dev19 (2026-12-06): someone saying they will jump or throw themselves off, as English and Spanish
            # had it, with a place to do it from (a reviewer: without it a skipped dose or a dive)
            at_height(
                r"(?:pont|toit|rebord|fenetre|balcon|falaise|immeuble|parapet|quai|rails|voies?|viaduc|vide|seine|riviere|"
                r"fleuve|terrasse|rambarde|train|rame|metro)",
                r"(?:dit|dire|disant|crie|criant|hurle|hurlant|repete|repetant|menace)\w* (?:\w+ ){0,2}qu'(?:il|elle) (?:va|veut|"
                r"allait|voulait) (?:sauter|se jeter)|menac\w* de (?:sauter|se jeter)"),
            r"(?:me|se|te) pendre|(?:ouvert|taillade|coupe|tranche)\w* les veines",
            r"mettre fin a (?:ses|mes|tes|leurs|vos) jours",
            r"me foutre en l'?air",
            r"j'?ai tout prevu",
            r"dire adieu",
            r"bord de la falaise",
            r"plus la force de continuer",
            r"plus jamais me reveiller",
            r"(?:corde|fusil) (?:\w+ ){0,3}(?:coffre|pret)",
            r"(?:pont|toit|falaise|rebord)\W+(?:[\w']+\W+){0,6}sauter",
            # dev24 (2026-12-07): the pills gathered ("j'ai ramassé toutes mes pilules pis j'vais toutes les prendre")
            r"(?:ramasse|accumule|stocke|mis de cote) (?:toutes |tous )?(?:mes |les |des )?(?:pilules|cachets|comprimes)",
            r"je pense a sauter",
            r"c'?est fini pour moi",
            r"(?:mis|mettre) mes affaires en ordre",
            r"merci pour tout(?:,)? prends soin de (?:toi|vous)",r"suicid\w*", r"me tuer", r"mettre fin a mes jours", r"en finir", r"envie de mourir",
                    r"veux mourir", r"me faire du mal", r"plus envie de vivre", r"veut mourir"),
        "allergy": (
            r"allergique\w*,? (?:(?!(?:pas|sans|jamais|ni|aucun\w*)\b)[\w',]+ ){0,10}(?:mange\w*|avale\w*|pris|par erreur|maintenant|vient de|pique\w*|donne)\b,? (?:(?!(?:pas|sans|jamais|ni|aucun\w*)\b)[\w',]+ ){0,10}(?:du mal a (?:avaler|respirer)|gorge|langue|levres|urticaire|plaques|n'?arrive (?:plus )?a (?:avaler|respirer)|siffl\w*|voix (?:rauque|cassee)|tousse\w*|gonfl\w*)",
            r"(?:mange) (?:[\w']+ ){0,6}(?:cacahuete|noix|arachide|crevette|fruits de mer|sesame|oeuf|kiwi)\w* (?:(?!(?:pas|sans|rien|jamais|ni)\b)[\w',]+ ){0,10}(?:plaques|urticaire|gonfl\w*|tousse|vomit\w*|gorge|langue|levres)",
            r"(?:urticaire|plaques) (?:\w+ ){0,2}(?:partout|sur tout le corps)",
            r"(?:pique|piqure|abeille|guepe|frelon|allergi|cacahuete|arachide|noix)\w* (?:[\w',]+ ){0,10}(?:du mal a avaler|n'?arrive (?:pas|plus) a avaler|peut (?:pas|plus) avaler|gorge (?:qui )?(?:gonfle|serre|enfle))",
            r"gonfl\w* (?:de )?partout|enfl\w* (?:de )?partout|tout (?:le corps )?gonfle",r"anaphyla\w*", r"choc allergique", r"reaction allergique (?:grave|severe|forte)",
                    r"(?:gorge|langue|levres|visage) (?:gonfle\w*|qui gonfle|qui se ferme|se ferme)",
                    r"gorge (?:serree|qui se serre)"),
        "unresponsive": (
            r"(?:ne )?(?:trouve|trouvons|sens|sentons|trouvent) (?:pas|plus) (?:son|leur) pouls|(?:n'?a|a) (?:pas|plus) de pouls",
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:crise d'?epilepsie|crise convulsive|convulsions?) (?:[\w',]+ ){0,7}(?:(?:ne |ca )?s'?arrete (?:pas|plus)|"
            r"dure depuis|depuis (?:plus de )?(?:\d+|cinq|six|sept|dix) min)",
            r"difficile a reveiller|n'?arrive (?:pas|plus) a (?:la |le |les )?reveiller",
            r"ne (?:repond|reagit) (?:presque |quasiment )?(?:plus|pas|rien)",
            r"(?:vient de |s'est )s'?(?:ecroul|effondr)\w*",
            r"(?:ne )?revient pas a (?:elle|lui|soi)|perdu connaissance|sans connaissance",
            r"crise (?:\w+ ){0,2}(?:sur le plancher|par terre|au sol)",
            r"(?:le|la|les) reveille (?:pas|plus)|(?:arrive|arrivons) (?:pas|plus) a (?:le|la|les) reveiller",
            r"yeux (?:sont )?revulses|(?:les )?yeux qui (?:se )?revulsent",
            r"(?:ne )?(?:repond|reagit|bouge) (?:pas|plus)\b",
            r"(?:se reveille|se reveil) pas",
            r"tout(?:e)? mou(?:le)?\b",r"inconscient\w*", r"ne (?:repond|reagit) (?:pas|plus)", r"ne se reveille pas",
                         r"evanoui\w*", r"convuls\w*", r"crise d'?epilepsie", r"s'?est effondre\w*", r"(?:j\'?arrive|"
                         r"arrive) pas a (?:le |la )?reveiller", r"bouge plus"),
        "bleeding": (
            # a browser trial's, Québec (2026-12-07): "mon chum saigne ben gros de la jambe pis ça arrête pas"
            r"saigne (?:ben |vraiment |tres |full )?gros",
            r"plante(?:e)? dans (?:ma|sa|la|son|mon|le) (?:jambe|bras|ventre|poitrine|cou|oeil|pied|main|cuisse|dos)",
            r"(?:serviette|tampon|protection)s? (?:\w+ ){0,2}(?:toutes les|chaque) (?:demi heure|heure|\d+ min\w*)",
            r"(?:pansement|compresse|serviette|bandage|t shirt) (?:\w+ ){0,3}(?:plein|imbibe|trempe|rempli)e?s? de sang|(?:mare|flaque) de sang",
            r"coup de couteau|poignarde\w*|blessure par balle|plaie profonde|sang partout",
            r"renverse\w* par (?:une|un|la|le) (?:voiture|bus|camion|moto|scooter)",
            r"saign\w* (?:de l'|des) ?oreilles?|sang (?:\w+ )?(?:de l'|des) ?oreilles?",
            r"(?:tombee?|cogne la tete|choc a la tete),? (?:[\w',]+ ){0,8}(?:anticoagulant\w*|previscan|xarelto|eliquis)|(?:anticoagulant\w*|previscan|xarelto|eliquis) (?:[\w',]+ ){0,6}(?:tombee?|cogne)",
            r"saign\w* du nez (?:\w+ ){0,3}(?:depuis (?:plus d'?)?(?:une|\d+|deux) heures?|anticoagul\w*)|nez (?:\w+ ){0,6}anticoagul\w*",
            r"(?:ca|sang) gicle",
            r"ouvert (?:le|les) poignets?",r"saigne (?:beaucoup|enormement|abondamment|sans arret)", r"hemorragie",
                     r"n'?arrete pas de saigner", r"(?:vomi\w*|crache|tousse) du sang", r"(?:enormes|"
                     r"gros) caillots", r"perds? (?:beaucoup de sang|des caillots)"),
    },
    negation=r"rien|pas|jamais|sans|aucune?|ni",
    not_negation=r"revient pas a (?:elle|lui|soi)|(?:le|la|les) reveille (?:pas|plus)|jamais (?:eu|ressenti|senti|vu) (?:\w+ ){0,5}(?:aussi|comme ca|pareil|si)\b|(?:arrive|peux|peut) (?:plus|pas) (?:a )?(?:lever|bouger|soulever)|sais pas|suis pas sur\w*|pas sur|(?:arrive|respire|repond|reagit|reveille) (?:pas|plus)|"
                 r"n'?arrete pas|pas a (?:respirer|parler)|plus envie",
    mention=r"\baugment\w* (?:le |la |les )?(?:risque|probabilite|idees|pensees)\b|\bdifference entre\b|\bun effet (?:secondaire|indesirable)\b|en combien de temps|a quelle vitesse|quand (?:\w+ ){0,4}(?:est|devient) (?:il |elle )?(?:une |un )?(?:urgence|dangereu\w*|grave|inquietant\w*)|est ce (?:que c'?est )?normal|peur (?:de|d'?)|c'?est normal|(?:signe|symptome) d|comment (?:ca )?(?:marche|fonctionne|se voit)|c'?est quoi|que faut il faire|"
            r"qu'?est ce que (?:ca|cela) (?:signifie|veut dire)|quand quelqu'?un|peut (?:il|elle|on)\b|"
            r"pour (?:detecter|reconnaitre|savoir si)|ca se voit comment|pourquoi|difference|ca veut dire|"
            r"que veut dire|c'?est vrai que|est ce vrai|combien (?:de \w+ )?(?:faut|pour|c'?est)|"
            r"(?:peut|peuvent|pourrait)(?: ils| elles| il| elle)? (?:\w+ ){0,6}(?:causer|provoquer|donner)|"
            r"symptomes d|signes d|risques? d|a quoi ressemble|(?<!vite )(?<!tot )possible|de chaleur|failli|"
            r"qu'?est ce (?:que c'?est|qu'?une?\b|que (?:les?|la)\b)|comment (?:savoir|reconnaitre)|personnes (?:qui|avec|atteintes)|quelqu'?un (?:qui|avec)|"
            r"si quelqu'?un|en cas d|prevenir|que se passe ?t ?il si|qu'?arrive ?t ?il si|et si ",
    past=r"(?<!depuis )(?<!jusqu'a )\ben (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-?end) dernier|s'?est suicide|s'?est donne la mort|(?:a|ont) mis fin a (?:ses|leurs) jours|l'?an(?:nee)? derni\w*|le mois dernier|il y a (?:\w+ )?(?:ans|annees|mois|semaines)|en (?:19|20)\d\d|"
         r"dans les annees|quand j'?avais|(?<!depuis )\bhier\b|"
         r"(?:quand j'?etais|etant) (?:enfant|petit|petite|jeune)|dans mon enfance|l'?(?:hiver|ete|automne) derni\w*|"
         r"le printemps dernier|la semaine derniere|(?<!\bil )(?<!\belle )(?<!\bqui )(?<!\bon )(?<!j'ai )\ba \d+ ans\b|(?:il )?y'? ?a (?:\w+ )?(?:ans|annees|mois|semaines)",
    now=r"maintenant|tout de suite|au secours|urgent|il y a (?:\w+ )?(?:minutes|heures|une heure)|ce (?:matin|soir)|"
        r"depuis (?:tout a l'?heure|une heure|ce matin)",
    suicide_cues={
        "means": r"\b(?:corde|fusil|pistolet|couteau|lames?|rasoirs?|cachets|comprimes|pilules|medicaments|somniferes|pont|falaises?|rails|voie ferree|rebord|rambarde|balcon|toit|fleuve|la loire|la seine|desherbant|mort aux rats)\b",
        "farewell": r"\b(?:adieu pour toujours|adieu a tous,? je|lettre d'?adieu|pour (?:apres|quand) je serai morte?)\b",
        "despair": r"\b(?:(?:bientot|d'?ici peu) je (?:ne )?(?:serai|vais) plus (?:etre )?(?:un fardeau|un poids|une charge|un probleme)|je (?:ne )?serai plus (?:un fardeau|un poids|une charge) pour personne|(?:bientot|d'?ici peu) je ne (?:serai|vais) plus (?:etre )?(?:un fardeau|un poids|une charge|un probleme)|je ne (?:serai|vais) plus (?:etre )?(?:un fardeau|un poids|une charge) (?:pour personne|tres longtemps|longtemps)|je suis (?:juste |qu'?)?un (?:poids|fardeau)|mieux sans moi|personne (?:ne )?me regrettera)\b",
        "giving": r"\b(?:j'?ai |je )?(?:donne|distribue|offert) (?:toutes )?mes (?:affaires|choses)|\b(?:donne|confie|place) mon (?:chat|chien)\b",
    },
    signs={
        "double": r"(?:pris|donne) (?:\w+ ){0,2}deux fois (?:\w+ ){0,4}(?:medicament|comprime|cachet|dose|traitement|insuline)|double dose",
        "empty": r"(?:boite|flacon|plaquette|tube)s? vides?",
        "drowsy": r"tres ralenti\w*|somnolent\w*|endormi\w* (?:sans arret|tout le temps)|n'?arrive pas a rester eveille",
        "racing": r"coeur (?:\w+ ){0,2}(?:bat (?:\w+ )?(?:vite|fort|la chamade)|s'?emballe|cogne)|tachycardie",
        "sweating": r"transpir\w*|sueurs?\b|en sueur|moite", "pallor": r"pale\b|tout gris|blanc comme|tout blanc|toute blanche",
        "faint": r"vertige\w*|etourdi\w*|malaise|tourner de l'?oeil|evanou\w*", "confusion": r"confus\w*|desoriente\w*",
        "numbness": r"engourdi\w*|fourmi\w*",
        "weakness": r"faible|plus de force|n'?arrive (?:pas|plus) a (?:marcher|bouger|se lever)",
        "pain": r"poitrine (?:me |le |lui )?brul\w*|brulure (?:dans|a) la poitrine|douleur (?:atroce|terrible|insupportable|tres forte)|tres mal|mal (?:a la|entre les) (?:machoire|"
                r"omoplates)|(?:nuque|cou) raide|raideur (?:de la nuque|du cou|dans la nuque)",
        "vomiting": r"vomi\w*|nause\w*|envie de vomir", "skin": r"plaques|urticaire|boutons partout|couvert\w* de (?:boutons|plaques)|eruption\w*|"
                r"taches (?:sur la peau|rouges|violettes|violacees)",
        "breath": r"siffl\w*|respire (?:vite|mal|fort|bizarrement)|essouffl\w*",
        "speech": r"n'?arrive (?:pas|plus) a parler|parle (?:mal|bizarrement)|parle comme (?:s'?il etait |si elle etait |un |une |quelqu'?un d'?)?(?:saoule?|soule?|ivre|bourree?)\b", "swelling": r"gonfl\w*|enfl\w*|gorge (?:qui |la |me |lui )?(?:gratte|pique)",
        "bleeding": r"saign\w*|(?<!de )(?<!le )(?<!don du )(?<!donne du )(?<!donner du )sang\b", "fever": r"fievre (?:tres )?(?:forte|elevee)|(?:forte|grosse) fievre|40 de fievre",
        "shaking": r"tremble\w*|convuls\w*|secousses", "responds": r"ne (?:repond|reagit) (?:pas|plus)",
    },
    nearby={
        "heart": ((r"poitrine|thora|sternum", r"mal|douleur|serre|serr|oppress|poids|ecras|comprim|pique|etau|barre|"
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
                       r"dissolvant|acetone|solvant|javel|pile|pill|pilule|batterie|poison|detergent|deboucheur|pour deboucher|destop|produit menager|lessive|antigel|mort aux rats|"
                       r"raticide|insecticide|white spirit|essence|chimique"),
                      (r"toute une (?:boite|plaquette|bouteille)|toute la boite|tout le flacon|toute la plaquette|une poignee|un tas|plein de|boite entiere|"
                       r"vingt|trente|quarante|cinquante",
                       r"comprim|cachet|pilule|medicament|gelule|somnif|doliprane|paracetamol")),
        "suicide": ((r"adieu", r"cachets|medicaments|pilules|corde|arme|pont|fusil"), (r"veux|voudrais|envie de|pense a|penser a|vais|prepare|pret a|prete a",
                     r"mourir|disparaitre|en finir|me tuer|me suicider|plus me reveiller|ne plus me reveiller|"
                     r"plus etre la|ne plus exister|me pendre|mettre fin"),
                    (r"cachets|medicaments|corde|lettre d'?adieu", r"prets|prepare|garde|stock|accumul")),
        "allergy": ((r"urticaire|plaques", r"respir|siffl|gorge|langue|avaler"), (r"langue|levres|visage|bouche|paupiere|gorge", r"gonfl|enfl|epaiss|enorme"),
                    (r"gorge", r"se ferme|ferme|serre|bouche"),
                    (r"allerg(?!ist|olog)|arachide|cacahuete|noix|abeille|guepe|piqure|fruits de mer|penicilline",
                     r"respire|respirer|gorge|epipen|adrenaline|malaise|evanoui")),
        "bleeding": ((r"enceinte|grossesse", r"saign|sang(?!\w)"), (r"saign|sang(?!\w)|hemorrag", r"arrete pas|s'?arrete pas|arrete plus|partout|flot|jet|gicle|pisse|"
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
    mention_anywhere=r"\b(?:j'?ecris|ecris|ecrire|ecrivant) (?:une |un |ma |mon )?(?:chanson|poeme|histoire|roman|nouvelle|slam|rap)\b|^\W*au cas ou (?:il|elle|je|j|on|mon|ma|mes|quelqu'?un)\b|risque suicidaire|taux de suicide|\bfanfic\w*|\bscenario\b|\bmon (?:histoire|roman|scenario|jeu|poeme|manga)\b|\bma (?:nouvelle|bd|chanson|piece)\b|club de lecture|\bla (?:vieille )?serie\b(?!,? (?:y|et|cuando|quand)\b)|\bhypothetiquement\b|\bimaginons\b|\bsi (?:\w+ ){0,4}(?:un jour|jamais)\b|\bdans (?:le|la|un|une|les|mon|ma) (?:jeu video|jeu|livre|roman|serie|film|piece|bd|manga|feuilleton)\b|\bmon (?:perso|personnage|heros)\b|\bdans \"|\ble matin\b|\bchaque matin\b|\btous les matins\b|(?:ecg|electro|examen|resultat|bilan|prise de sang)\w* (?:\w+ ){0,3}(?:normal|bon)\w*|(?:mal|douleur\w*|fait mal) (?:\w+ ){0,4}(?:\bquand (?:je|il|elle|on) (?:tousse|eternue|ris|rit|rigole|bouge|appuie|me penche|se penche)\b)|(?:\bquand (?:je|il|elle|on) (?:tousse|eternue|ris|rit|rigole|bouge|appuie|me penche|se penche)\b) (?:\w+ ){0,3}(?:mal|douleur\w*|fait mal)|^ ?(?:quand j\'?etais )?(?:enfant|petite?|toute? petite?|ado|adolescente?|bebe),|(?:mon|notre|le) (?:chien|chiot|chat|chaton) (?:a )?(?:avale|mange|bu)\b|comment (?:expliquer|dire|annoncer)|(?:est|sont|suis) (?:deja )?rentre\w*|sorti\w* de l'?hopital|supposons|imaginons|admettons|qu'?est ce qui est (?:pire|plus grave|plus dangereux)|lequel est (?:pire|plus grave)|\bpersonnage\b|(?:mon|un) roman\b|(?:cours|formation|stage) de (?:secourisme|premiers secours)|dans (?:la|une|un|le) (?:serie|film|roman|livre|reportage|emission)|(?:lu|vu|entendu) (?:\w+ ){0,4}"
                     r"(?:article|serie|film|reportage|journal|tele|infos)|grey'?s anatomy|pour (?:un|une|mon|ma) "
                     r"(?:expose|devoir|cours|travail|memoire)|s'?est (?:vite )?remise?(?! a )|va (?:tres )?bien maintenant|"
                     r"(?:ca a|c'?est|ca s'?est) passe|plus jamais depuis|tout (?:est )?normal|"
                     r"recommencer|se reproduire|\bmdr\b|\bptdr\b|antecedents|\bleger(?:e|es)?\b",
    unwell=r"(?:oh|non|mon dieu)(?: non)+|(?:va|vais|est|suis|sont|allons|vont) (?:pas|plus) bien",
    habit=r"quand (?:il|elle|je|j'|on) (?:en |le |la |l')?(?:mange|monte|court|marche|voit|tousse|rit|dort)",
    news=r"encore|maintenant|soudain",
    someones=r"mon|mes|son|sa|ses|elle|je",
    first_person=r"je|j'|moi|me",
    real=r"(?:c'est|maintenant c'est) (?:reel|pour de vrai)|pour de vrai|ce n'est pas (?:une histoire|un jeu|une blague)|ca arrive vraiment",
    resolved=r"(?:il|elle) (?:recupere|va bien)|je vais bien",
    believed=r"(?:je croyais|j'ai cru|je pensais|j'?pensais|j'?croyais|j'ai pense|on croyait|on a cru|nous pensions) qu(?:e\b|')",
    background=r"antecedents|\bleger(?:e|es)?\b",
    hypothesis_if=r"(?<!sais pas )(?<!sait pas )(?<!savoir )(?:si|s'?il|s'?ils)(?! (?:vous|te) pla)",
    hypothesis=r"(?!(?:portrait|extrait|retrait|trait|attrait|frais|vrais|dirait|parait)\b)\w+(?:rais|rait|raient)\b",
    document=r"(?:lettre|compte rendu|rapport|plan|notice|fiche|pdf|ordonnance|brochure) (?:[\w']+ ){0,5}(?:dit|indique|mentionne|ecrit)\b|resum\w*|cite (?:le|la|les|ce)|tradu\w*|comment (?:on )?dit|(?:cherche|montre|liste|explique|copie|lis) (?:\w+ ){0,3}(?:section|partie|paragraphe|chapitre|page|phrase|documents?|brochures?|fichiers?|pdf|texte|notice)|(?:section|partie|paragraphe|chapitre|page|passage)s? (?:sur|de|du|concernant)|(?:document|brochure|fichier|pdf|notice|guide|texte|article|affiche|etiquette|titre|journal|chanson|paroles)s? (?:\w+ ){0,2}(?:dit|disent|parle|mentionne|explique)|que dit (?:le|la|ce|cette) (?:\w+ ){0,2}(?:sur|de|du)|ou (?:le|la|ce) (?:\w+ ){0,2}parle|(?:toujours|souvent) dit",
    request=r"(?:que|qu'est-ce que|qu'est ce que|quoi) (?:dit|disent|indique|conseille)\b|dit quoi\b|y a quoi\b|(?:tu )?"
            r"^(?:tu )?(?:regarde|cherche|lis|verifie)s?\b|(?:tu peux|peux-tu|peux tu|pourrais-tu|tu pourrais) (?:me )?"
            r"(?:regarder|chercher|lire|verifier|dire|trouver)\b|quelle page\b|"
            r"ou (?:est|c'est|ca dit|ils disent)\b",
    papers=r"notice|fiches?|lettre de sortie|compte rendu|dossier|protocole|ordonnance|carnet|courrier|"
           r"depliant|plan(?! de travail)(?: d'\w+| de \w+)?|pdf",
    speech=r"(?:(?:dit|disait|crie|criait|hurle|pleure|m'?a ecrit|ecrit|repete|murmure|gemit)(?: que)?|est|suis|semble|a l'?air|devient)",
    instruction=r"\bsi vous (?:\w+ ){0,2}(?:avez|ressentez|remarquez|constatez|presentez|souffrez)\b|\ben cas d|\bface a (?:un|une)\b",
    imperative=r"\b(?:appelez|appeler|appelle|composez|composer|consultez|consulter|contactez|contacter|rendez vous)\b",
    texting={"pa": "pas", "jveux": "je veux", "jsuis": "je suis", "chui": "je suis", "jai": "j'ai", "jarrive": "j'arrive", "jpeux": "je peux", "jpp": "j'en peux plus", "tt": "tout", "bcp": "beaucoup", "tro": "trop", "ya": "il y a"},
    emergency="**Il peut s'agir d'une urgence. Appelez maintenant votre numéro d'urgence local : {numbers}.** "
              "N'attendez pas une réponse des documents.",
    crisis="Si vous pensez au suicide ou à vous faire du mal, appelez ou écrivez maintenant à {line}. Vous n'avez "
           "pas à affronter cela seul.",
    read_with=("Lu avec votre message précédent.",
               "Lu avec vos messages précédents."),
    taken_back=r"\bfausse alerte\b|\bje (?:rigole|plaisante|blague|deconne)\b|\bc'etait (?:(?:juste|qu'un|un|"
            r"une) )*(?:reve|blague)\b|\bmauvais (?:message|chat|numero)\b|\b(?:une scene|une partie|une phrase) (?:de|"
            r"d'un|du) (?:mon |un |le )?(?:roman|livre|film|scenario|piece)\b|\bpour (?:un|mon) (?:roman|livre|film|"
            r"scenario) que j'ecris\b",
    in_care=r"\b(?:on est|nous sommes|il est|elle est|je suis|ils sont) (?:deja |maintenant )?(?:aux |a l'|au |"
            r"a la )(?:urgences|hopital|reanimation|soins intensifs)\b|\b(?:les pompiers|le samu|l'ambulance|"
            r"les secours) (?:sont|est) (?:la|arrive\w*)\b|\b(?:a eu|on lui a fait) (?:\d+ )?points de suture\b|"
            r"\b(?:arrive\w*) (?:aux urgences|a l'hopital)\b|\b(?:le samu|les pompiers|l'ambulance|les secours) (?:l'a|"
            r"les a|nous a|l'ont|les ont|nous ont) (?:emmene\w*|pris\w*)\b|\b(?:le medecin|la medecin|l'infirmiere|"
            r"l'infirmier|le pharmacien|les pompiers|le samu) (?:a dit|dit|ont dit) que (?:c'est (?:juste|rien)|"
            r"c'etait (?:juste|rien)|ce n'est (?:pas grave|rien|pas le coeur)|ce n'etait (?:pas grave|rien))\b",
    settled="Compris. Si quelque chose s'aggrave, appelez votre numéro d'urgence local. Posez une question sur "
             "vos documents quand vous voulez une réponse.",
    notice="Ceci n'est pas un avis médical : Verbatim ne fait que citer des documents et ne peut pas évaluer votre "
           "situation. Appelez maintenant.",
    usual_notice="Ceci n'est pas un avis médical : Verbatim ne fait que citer vos documents mot pour mot et ne peut pas "
                 "évaluer votre situation. Demandez à un médecin ou à un pharmacien avant d'agir selon ce que vous "
                 "lisez ici.",
)
