"""The emergency phrases, cues and messages of Portuguese."""

from bot.answer.phrases.language import COUNT, Language, at_height


PORTUGUESE = Language(
    code="pt",
    patterns={
        "heart": (
            r"(?:no |do |o )?peito (?:[\w',]+ ){0,6}braco esquerdo|braco esquerdo (?:[\w',]+ ){0,6}peito",
            r"(?:desfibrilador|cardiodesfibrilador|marcapasso) (?:[\w']+ ){0,7}(?:choque\w*|disparou|disparando)",
            r"(?:segurando|segura|apertando|aperta|agarrando|agarra) o peito|com a mao no peito",
            r"(?:segurando|segura|segurou|apertando|aperta) o braco esquerdo",
            r"coracao (?:\w+ ){0,2}(?:vai parar|vai explodir|parando)",
            r"(?:coracao|pulso|relogio|batimentos) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",
            r"(?:mao|maos) no peito",
            r"peso no peito",
            r"(?:a ver|vendo) tudo (?:a )?escurecer",r"dor (?:forte |muito forte )?no peito", r"doi (?:o|meu|no) peito|"
                  r"peito (?:\w+ )?doi", r"aperto no peito", r"ataque cardiaco", r"infarto|enfarte",
                  r"(?:parada|paragem) cardiaca", r"queimacao no peito", r"(?:sobe|desce|vai) (?:pro|"
                  r"para o) (?:pescoco|braco)"),
        "stroke": (
            r"(?:boca|rosto|olho|cara)\w* (?:\w+ ){0,3}(?:cai(?:u|ram|ndo)|caid[oa]s?) (?:\w+ ){0,2}lado",
            r"(?:braco|perna|mao|lado) (?:direit[oa]|esquerd[oa]) (?:\w+ ){0,2}(?:frac[oa]|mole|dormente|paralisad[oa]|pesad[oa])",
            r"dor de cabeca (?:\w+ ){0,3}(?:subita|repentina|de repente|da (?:minha|sua) vida)|pior dor de cabeca",
            r"nao (?:enxergo|enxerga|vejo|ve|consigo ver|consegue ver) (?:mais |nada )?(?:de um|com um|por um|do|com o) (?:olho|lado)",
            r"cara descaida",
            r"deixou de perceber",
            r"dor de cabeca (?:absurda|horrivel|fortissima)",
            r"(?:nao )?(?:encontra|acha) as palavras",
            r"nao (?:consegue|consigo) levantar o braco",r"\bavc\b", r"derrame", r"(?:rosto|cara|boca) (?:caido|caida|torto|torta|paralisad[ao])",
                   r"fala (?:ficou )?(?:enrolada|estranha)", r"nao (?:consegue|consigo) (?:falar|mexer)",
                   r"(?:braco|perna|lado) (?:dormente|"
                   r"paralisad[ao])", r"pior (?:dor de cabeca )?da minha vida", r"vendo tudo (?:embacado|dobrado)"),
        "breathing": (
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:nao (?:consigo|consegue) (?:terminar|acabar|completar) (?:uma|a) frase),? (?:[\w',]+ ){0,8}(?:respir\w*|ar\b|asma|folego|bombinha|inalador|jatos|chiad\w*)|(?:respir\w*|ar\b|asma|folego|bombinha|inalador|jatos|chiad\w*),? (?:[\w',]+ ){0,10}(?:nao (?:consigo|consegue) (?:terminar|acabar|completar) (?:uma|a) frase)",
            r"\bn consig\w* (?:respirar|puxar o ar)",
            r"(?:estou|esta|to|ta|fiquei|ficou) sem ar",
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
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"\b(?:comi|comeu|comemos|comeram|comido|apanhou|apanhamos|apanhei|colheu|colhemos) (?:[\w',]+ ){0,4}(?:cogumelos|cicuta|espirradeira|dedaleira|beladona) (?:(?!(?:ontem|sempre|toda|quimio\w*)\b)[\w',]+ ){0,15}(?:vomit\w*|a vomitar|diarreia)",
            r"(?:esquentador|aquecedor|caldeira|fogareiro|braseira|gerador) (?:[\w',]+ ){0,12}(?:(?:todos|todas) (?:com )?(?:[\w']+ ){0,2}dor de cabeca|desmaiou)",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:todos|todas|a familia toda|toda a familia) (?:[\w']+ ){0,3}dor(?:es)? de cabeca (?:[\w']+ ){0,6}?(?:desde|depois|quando|por causa) (?:[\w']+ ){0,6}(?:esquentador|aquecedor|caldeira|fogareiro|braseira|gerador|salamandra|lareira)\b",
            # dev14 (2026-12-04)
            r"(?:picad[oa]|mordid[oa]) por (?:uma |um )?(?:jararaca|cobra|cascavel|escorpiao|serpente|aranha marrom|armadeira|vibora)|(?:jararaca|cobra|cascavel|escorpiao) (?:me |o |a )?(?:picou|mordeu)",
            r"(?:dei|deu|demos) (?:\w+ ){0,6}por engano (?:\w+ ){0,4}(?:filh[oa]|bebe|neto|neta|crianca)|(?:dei|deu|demos) (?:\w+ ){0,8}(?:pro|pra|para o|para a) (?:meu|minha) (?:filh[oa]|bebe|neto|neta) (?:\w+ ){0,3}por engano",
            r"(?:cheiro de gas|cheirando a gas|vazamento de gas) (?:[\w',]+ ){0,12}(?:dor de cabeca|tont\w*|enjo\w*|nause\w*|vomit\w*|sonolen\w*|desmai\w*)|(?:dor de cabeca|tont\w*|enjo\w*|nause\w*|vomit\w*|sonolen\w*|desmai\w*) (?:[\w',]+ ){0,12}(?:cheiro de gas|cheirando a gas|vazamento de gas)",
            r"(?:tomou|tomei|misturou|misturei|engoliu|engoli|bebeu|bebi) (?:\w+ ){0,4}(?:(?:remedios|comprimidos|calmantes|pilulas) (?:\w+ ){0,3}(?:com|e) (?:\w+ ){0,2}(?:alcool|bebida|cerveja|vinho|cachaca|vodka)|(?:alcool|bebida|cerveja|vinho|cachaca|vodka) (?:\w+ ){0,3}(?:com|e) (?:\w+ ){0,2}(?:remedios|comprimidos|calmantes|pilulas))|(?:(?:remedios|comprimidos|calmantes|pilulas) (?:\w+ ){0,3}(?:com|e) (?:\w+ ){0,2}(?:alcool|bebida|cerveja|vinho|cachaca|vodka)|(?:alcool|bebida|cerveja|vinho|cachaca|vodka) (?:\w+ ){0,3}(?:com|e) (?:\w+ ){0,2}(?:remedios|comprimidos|calmantes|pilulas)) (?:\w+ ){0,3}(?:tomou|tomei|misturou|misturei|engoliu|engoli|bebeu|bebi)\b",
            r"(?:remedios|comprimidos|medicamentos|insulina) (?:\w+ ){0,3}(?:duas vezes|em dobro|dobrad\w*)|dose (?:dupla|dobrada)",
            r"engoli\w* (?:[\w']+ ){0,6}(?:babando|baba|ansia|nao consegue engolir)",
            r"(?:mordeu|chupou|lambeu) (?:uma |a )?(?:bateria|pilha)",
            r"(?:vidro|frasco|cartela|caixa|garrafa) inteir[oa]|(?:o|a) (?:vidro|frasco|cartela|caixa) tod[oa]",
            r"veneno de rato|chumbinho",
            r"engoliu (?:\w+ ){0,3}(?:bateria|pilha|button battery|moeda)",r"overdose|superdosagem", r"tomei (?:todos|todas|muitos|muitas|a cartela|o frasco|a caixa)",
                      r"tom(?:ei|ou) (?:uns |umas )?(?:\d{2,}|vinte|trinta|quarenta|cinquenta) (?:comprimidos|pilulas|"
                      r"remedios|capsulas)",
                      r"(?:engoliu|tomou|comeu|bebeu) (?:\w+ ){0,3}(?:remedios|comprimidos|pilulas|pilhas|pilha|"
                      r"bateria|agua sanitaria|veneno|cloro)", r"(?<!centro de )(?<!centro de informacoes sobre )intoxica\w*|"
                      r"envenen\w*", r"cartela inteira", r"bebeu (?:\w+ ){0,2}(?:querosene|gasolina|soda|"
                      r"desentupidor)", r"(?:meio )?apagado"),
        "suicide": (
            # dev15 (2026-12-04)
            # dev19 (2026-12-06): someone saying they will jump or throw themselves off, as English and Spanish
            # had it, with a place to do it from (a reviewer: without it a skipped dose or a dive)
            at_height(
                r"(?:ponte|telhado|parapeito|varanda|janela|predio|viaduto|beira|trilhos|linha do trem|penhasco|rio|mar|"
                r"terraco|sacada|laje|caminhao|comboio|trem|metro)",
                r"(?:diz|disse|dizer|dizendo|grita|gritou|gritar|gritando|repete|ameaca\w*) (?:\w+ ){0,2}que (?:se atira|vai se "
                r"atirar|vai se jogar|se joga|vai pular)|ameac\w* (?:se )?(?:atirar|jogar|pular)"),
            r"eu me mato(?! de\b)|me mato hoje|nao vou sair (?:daqui )?vivo|vou atirar-me|vou me atirar|(?:tomo|vou tomar) tudo (?:hoje|agora|quando)|me furar com a faca",
            # dev14 (2026-12-04)
            r"(?:passei|pulei) (?:a|o) (?:vedacao|grade|parapeito|corrimao)|(?:passei|pulei) (?:por cima d[ao]|para o outro lado d[ao]) (?:grade|vedacao|parapeito|corrimao)",
            r"(?:hoje acaba|acaba hoje)(?= *(?:$|[.,;!?]))|hoje (?:a noite )?eu vou\s*$|tenho tudo preparado para (?:esta|hoje a) noite|vou tomar tudo agora",
            r"se eu (?:pular|me jogar) acaba tudo",
            r"(?:as )?vozes me (?:dizem|mandam) (?:para )?(?:pular|me matar|me jogar)",
            r"garagem (?:[\w',]+ ){0,6}motor ligado|motor ligado (?:[\w',]+ ){0,6}garagem",
            r"cortar (?:os|meus|seus) pulsos|cortar os pulsos",
            r"(?:nao vejo (?:outra |nenhuma )?saida|nao (?:tem|ha) (?:outra )?saida)(?= *(?:$|[.,;:!?]|e\b|mas\b))",
            r"vou tomar todos os (?:remedios|comprimidos)",
            r"acab\w* com (?:a )?(?:minha|sua|tua) (?:propria )?vida",
            r"(?:pular|saltar|me jogar|se jogar) (?:da|do|de uma|de um|pela) (?:ponte|telhado|predio|janela|sacada|varanda|laje)",
            r"(?:vai|vou|quer|quero) se matar|se matar com",
            r"(?:jogar|bater|lancar) o carro (?:\w+ )?(?:contra|de|no|na)",
            r"(?:me|se) jogar (?:da|de|do|na frente|embaixo|debaixo)",
            r"(?:me|se|te) enforcar|cort(?:ou|ei|aram|ar) (?:os|meus|seus) pulsos",
            r"acabo com (?:isto|tudo|isso)",
            r"farto de tudo",
            r"(?:nao quero|nao queria) mais acordar",
            r"separei (?:os )?(?:remedios|comprimidos)",
            r"despedindo|se despediu|mensagem de adeus",
            r"(?:ponte|telhado|predio|laje) (?:\w+ ){0,4}(?:pular|me jogar|saltar)",
            r"pensando em (?:pular|me jogar|saltar)",r"suicid\w*", r"me matar", r"tirar (?:a )?(?:minha |sua )?(?:propria )?vida", r"quero morrer",
                    r"nao quero (?:mais )?viver", r"nao quero mais estar aqui|nao quero estar mais aqui", r"acabar com tudo", r"me machucar", r"vai se jogar|"
                    r"vou me jogar", r"mensagem de despedida", r"nao aguento mais(?= *(?:$|[.,;:!?]|(?:viver|essa vida|esta vida|a vida|de verdade|mesmo|nada)\b|a dor *(?:$|[.!;])))", r"deixei as cartas"),
        "allergy": (
            r"alergic[oa]\w*,? (?:(?!(?:nao|nem|sem|nunca)\b)[\w',]+ ){0,10}(?:comeu|comi|tomou|tomei|sem saber|por engano|agora|acabou de|picou|deram)\b,? (?:(?!(?:nao|nem|sem|nunca)\b)[\w',]+ ){0,10}(?:(?:nao consegue|nao consigo|dificuldade (?:de|para)|dificil) (?:engolir|respirar)|garganta|lingua|labios?|voz (?:\w+ )?rouca|chiado|urticaria|manchas|tosse|tossindo|inch\w*)",
            r"(?:comeu|comi) (?:[\w']+ ){0,6}(?:amendoim|nozes|noz|castanha|camarao|frutos do mar|ovo|gergelim|kiwi)\w* (?:(?!(?:nao|nem|sem|nunca|nada)\b)[\w',]+ ){0,10}(?:placas|empolad\w*|inch\w*|tossindo|tosse|vomit\w*|garganta|lingua|labios)",
            r"(?:empolad\w*|urticaria|placas|vergoes) (?:\w+ ){0,2}(?:no corpo todo|pelo corpo todo|por todo o corpo|em todo o corpo)",
            r"(?:picad\w*|abelha|vespa|alergi\w*|amendoim|castanha) (?:[\w',]+ ){0,8}(?:nao (?:consigo|consegue) engolir|dificuldade (?:para|de) engolir)",
            r"inchad[oa] (?:inteir[oa]|tod[oa]|no corpo todo)|inchou (?:inteir[oa]|tod[oa]|o corpo todo)",r"anafila\w*", r"reacao alergica (?:grave|forte|seria)",
                    r"(?:garganta|lingua|labios|rosto) (?:\w+ )?(?:inchad[ao]s?|fechando|incha\w*)", r"(?:todo|"
                    r"toda) inchad[ao]", r"olho fechou"),
        "unresponsive": (
            r"(?:nao|ninguem) (?:consigo |conseguimos |consegue )?(?:sentir|encontrar|acho|achar|sinto) (?:o |nenhum )?(?:pulso|batimento) (?:dele|dela|do \w+|da \w+)|nao tem (?:mais )?pulso",
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:convulsao|convulsoes|crise epileptica|ataque epileptico) (?:[\w',]+ ){0,7}(?:nao (?:para|passa)|"
            r"(?:ja )?dura (?:mais de )?(?:\d+|cinco|seis|sete|dez) min|ha (?:mais de )?(?:\d+|cinco|seis|sete|dez) min)",
            r"dificil de acordar|nao consigo acordar",
            r"apagou (?:\w+ ){0,2}nao (?:volta|acorda|responde)|nao volta a si",
            r"olhos (?:estao )?revirad\w*|revirando os olhos",
            r"sem reagir",
            r"desacordad[oa]",
            r"(?:caido|caida) sem",r"inconsciente", r"nao (?:responde|reage|acorda)", r"desmai\w*", r"convuls\w*",
                         r"crise epileptica", r"desabou", r"nao (?:consigo|conseguimos) acordar"),
        "bleeding": (
            r"cravad[oa] n[ao] (?:perna|braco|peito|barriga|pescoco|olho|pe|mao|coxa|costas)",
            r"absorvente\w* (?:\w+ ){0,2}(?:a cada|toda) (?:meia hora|hora|\d+ min\w*)",
            r"(?:curativo|gaze|toalha|atadura|faixa|pano|camisa) (?:\w+ ){0,3}(?:encharcad[oa]|ensopad[oa]|chei[oa]) de sangue|poca de sangue",
            r"(?:saindo|sai|escorrendo|jorrando|perdendo|perde|esguichando) (?:\w+ )?muito sangue|sangrando muito|muito sangue (?:saindo|escorrendo)",
            r"facada|esfaquead\w*|baleado|levou um tiro|sangue por todo (?:lado|canto)",
            r"atropelad\w*",
            r"sangr\w* (?:pelo|do) ouvido|sangue (?:\w+ )?(?:pelo|do|saindo do) ouvido",
            r"(?:caiu|bateu a cabeca),? (?:[\w',]+ ){0,8}(?:anticoagulante\w*|varfarina|marevan|xarelto|eliquis)|(?:anticoagulante\w*|varfarina|marevan|xarelto|eliquis) (?:[\w',]+ ){0,6}(?:caiu|bateu)",
            r"perd\w* (?:muito|tanto) sangue",
            r"sangr\w* (?:pelo|do) nariz (?:\w+ ){0,3}(?:ha|faz) (?:mais de )?(?:uma|\d+|duas) horas?|nariz (?:\w+ ){0,6}anticoagul\w*",
            r"sangramento (?:muito |tao )?(?:forte|intenso|grande|abundante)",
            r"(?:sangrando|a sangrar) muito",
            r"(?:levou|tomou) uma facada",
            r"troquei \d+ absorventes",r"sangr(?:ando|a) muito", r"hemorragia", r"nao para de sangrar",
                     r"(?:vomitando|vomitei|tossindo|cuspindo) sangue", r"sangue (?:ta |esta )?jorrando"),
    },
    negation=r"nao|nunca|sem|nem|jamais",
    not_negation=r"nao volta|nunca (?:senti|tive|vi|sentiu|teve) (?:\w+ ){0,5}(?:tao|assim|igual)|sem ar\b|nao (?:sei|tenho certeza)|nao (?:consigo|consegue|conseguimos) (?:respirar|falar)|"
                 r"nao (?:esta respirando|responde|reage|acorda|para)|nao quero (?:mais )?(?:viver|acordar)",
    mention=r"\baument\w* (?:o |a |os |as )?(?:risco|chance|probabilidade|ideias|pensamentos?|ideacao)\b|\bdiferenca entre\b|\b(?:e|um) efeito (?:colateral|adverso)\b|quao rapido|em quanto tempo|com que rapidez|quando (?:\w+ ){0,4}(?:e|sao|fica|se torna) (?:uma |um )?(?:emergencia|perigos\w*|grave|preocupante)|como (?:saber|sei|perceber|reconhecer|identificar)\b|(?:sinal|sintoma|indicio) de|medo de|como funciona|para (?:detectar|reconhecer|saber se)|uma crianca pode|pode se|"
            r"(?<![a-z] )por ?que\b|diferenca|o que significa|quais (?:sao )?os sintomas|e verdade|"
            r"quant[oa]s? (?:\w+ ){0,3}(?:e|sao|precisa)|"
            r"(?:pode|podem|poderia) (?:\w+ ){0,6}(?:causar|provocar|dar)|sintomas de|sinais de|risco de|(?<![a-z] )o que e\b|"
            r"como (?:saber|e uma?|usar)|o que fazer|quando alguem|de calor|quase (?:tive|me deu)|pessoas (?:com|"
            r"que)|alguem (?:com|que)|(?<!como )se alguem|"
            r"em caso de|prevenir|(?<!rapido )(?<!logo )possivel|o que (?:acontece|aconteceria) se|e se ",
    past=r"(?<!desde )(?<!ate )\bem (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\b|\baos \d{1,2}(?: anos)?\b(?! ?(?:minutos|min|mins|horas|hs?|segundos|seg|dias|mg|ml|comprimidos)\b)|(?:segunda|terca|quarta|quinta|sexta)(?:[- ]feira)? passada|(?:sabado|domingo|fim de semana) passado|se suicidou|suicidou[ -]se|tirou a propria vida|quando (?:era )?(?:crianca|pequen[oa]|bebe|adolescente|jovem|menin[oa])\b|ano passado|mes passado|semana passada|ha (?:\w+ )?(?:anos|meses|semanas)|(?:anos|meses|semanas) atras|"
         r"em (?:19|20)\d\d|no carnaval|(?:no|na) (?:verao|inverno|natal|pascoa) passad[oa]|quando (?:eu )?tinha|"
         r"(?<!desde )\bontem\b|"
         r"quando (?:era|eu era)|ano retrasado|em crianca",
    now=r"agora|(?<!pronto-)(?<!pronto )socorro|urgente|(?:ha|faz) (?:\w+ )?(?:minutos|horas|uma hora)|esta (?:manha|noite)",
    suicide_cues={
        "means": r"\b(?:corda|forca|espingarda|pistola|revolver|faca|laminas?|gilete|comprimidos|remedios|pilulas|ponte|trilhos|linha do trem|parapeito|telhado|sacada|viaduto|chumbinho|veneno|arribas|arma)\b",
        "farewell": r"\b(?:adeus para sempre|carta de despedida|para quando eu (?:estiver|for) mort[oa])\b",
        "despair": r"\b(?:(?:logo|em breve) (?:eu )?nao (?:vou (?:mais )?ser|serei) (?:mais )?(?:um peso|um problema|um fardo|um estorvo)|(?:logo|em breve|daqui a pouco) (?:eu )?nao (?:vou ser|serei) (?:mais )?(?:um peso|um problema|um fardo|um estorvo)|nao (?:vou ser|serei) mais (?:um peso|um problema|um fardo) (?:pra|para) ninguem|sou (?:so )?um (?:peso|fardo)|melhor sem mim|ninguem (?:vai|ia) sentir (?:a minha )?falta)\b",
        "giving": r"\b(?:dei|doei|estou dando|to dando) (?:as |os |o |a )?(?:minhas|meus|meu|minha) (?:coisas|violao|gato|cachorro|cao|guitarra)\b",
    },
    signs={
        "double": r"(?:tomou|tomei|dei|deu|demos) (?:\w+ ){0,5}duas vezes|dose dupla",
        "empty": r"(?:caixa|frasco|cartela|vidro)s? vazi[oa]s?",
        "drowsy": r"muito lent[oa]|sonolent[oa]|grogue|nao consegue ficar acordad[oa]",
        "racing": r"coracao (?:\w+ ){0,2}(?:disparad\w*|disparou|acelerad\w*|a mil|batendo (?:\w+ )?(?:rapido|forte))|taquicardia",
        "sweating": r"suando|suor frio|suad[oa]", "pallor": r"palid\w*|branc[oa] como|cinza|(?:ta|esta|ficou|todo|toda) branc[oa]",
        "faint": r"tont\w*|desmai\w*|vou desmaiar", "confusion": r"confus\w*|desorientad\w*",
        "numbness": r"dormente|formigament\w*|adormecid\w*",
        "weakness": r"frac[oa]\b|sem forca|nao (?:consegue|consigo) (?:andar|levantar|mexer)",
        "pain": r"dor (?:muito )?(?:forte|intensa|horrivel)|peito (?:esta |ta )?(?:queima|queimando|ardendo|arde)|"
                r"pescoco (?:duro|rigido)|rigidez (?:no|do|de) pescoco|nuca rigida", "vomiting": r"vomit\w*|enjo\w*|nause\w*",
        "skin": r"placas|urticaria|manchas pelo corpo|manchas vermelhas|erupc\w*|manchas (?:na pele|roxas)",
        "breath": r"chiad\w*|chiando|respira\w* (?:rapido|estranho|mal)",
        "speech": r"nao (?:consegue|consigo) falar|fala (?:enrolada|estranha)|fala(?:ndo)? como (?:se estivesse |um |uma )?(?:bebad[oa]|embriagad[oa])",
        "swelling": r"inchad\w*|inchou|incharam",
        "bleeding": r"(?<!donar )sangr\w*|(?<!de )(?<!doar )(?<!doei )sangue", "fever": r"febre (?:muito )?alta|40 de febre",
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
                       r"removedor de esmalte|acetona|solvente|thinner|aguarras|agua sanitaria|sabao (?:de lavar|liquido|em capsula)|capsulas? de (?:sabao|lavar|detergente)|lava roupas?|desentupidor|cloro|pilha|bateria|veneno|detergente|soda|querosene|gasolina|raticida|"
                       r"chumbinho|inseticida|desinfetante|produto de limpeza|alvejante|lixivia"),
                      (COUNT + r"|demais|muitos|muitas|cartela|caixa inteira|frasco|um monte|punhado|vinte|trinta|quarenta|cinquenta",
                       r"comprimido|remedio|pilula|capsula|calmante|rivotril|paracetamol|dipirona")),
        "suicide": ((r"quero|queria|vontade de|penso em|pensando em|vou|planejando|pronto para|pronta para",
                     r"morrer|sumir|desaparecer|me matar|tirar minha vida|acabar com tudo|nao acordar|nao existir|"
                     r"nao estar aqui|me jogar|me enforcar|me cortar"),
                    (r"remedios|comprimidos|corda|carta", r"guardad|separad|junt|pront|despedida|adeus")),
        "allergy": ((r"placas|urticaria|vergoes|empolad", r"respir|chiand|chiado|garganta|lingua|engol"), (r"lingua|labio|rosto|boca|palpebra|garganta", r"enorme|inchad|inchou|inchando|incha|fechando|grossa"),
                    (r"garganta", r"fechando|fechou|fecha|trancando|apertando|apertad"),
                    (r"alergi(?!st)|amendoim|castanha|abelha|vespa|picada|camarao|frutos do mar|penicilina",
                     r"respirar|garganta|epipen|adrenalina|desmai")),
        "bleeding": ((r"gravida|gravidez", r"sangr|sangue"), (r"sangr|sangue|hemorrag", r"nao para|sem parar|jorr|esguich|demais|por todo lado|poca|encharc|"
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
    mention_anywhere=r"\b(?:escrevendo|escrevo|escrever) (?:uma |um |minha |meu )?(?:musica|cancao|poema|historia|livro|romance|conto|rap)\b|\bcaso (?:\w+ ){0,3}(?:um dia|algum dia|alguma vez)\b|\bno caso de (?:\w+ ){0,3}(?:um dia|algum dia)\b|taxa de suicidio|risco de suicid\w*|\bfanfic\w*|\broteiro\b|\bmeu (?:conto|livro|jogo|roteiro|poema)\b|\bminha (?:historia|novela|musica)\b|\bhipoteticamente\b|\bimagina (?:que|se)\b|\bse (?:\w+ ){0,4}(?:um dia|algum dia|alguma vez)\b|\b(?:na|no|num|numa) (?:novela|livro|filme|serie|jogo|conto|peca)\b|\bmeu personagem\b|\b(?:no|na) \"|(?<!hoje )\bde manha\b|\btoda manha\b|\btodas as manhas\b|(?:eletro|ecg|exame|resultado)\w* (?:\w+ ){0,3}(?:normal|bom)\b|(?:doi|dor\w*|incomoda) (?:\w+ ){0,4}(?:\bquando (?:eu )?(?:tusso|tosse|espirro|espirra|rio|ri|me mexo|se mexe|aperto|aperta|abaixo)\b)|(?:\bquando (?:eu )?(?:tusso|tosse|espirro|espirra|rio|ri|me mexo|se mexe|aperto|aperta|abaixo)\b) (?:\w+ ){0,3}(?:doi|dor\w*|incomoda)|(?:meu|nosso|o) (?:cachorro|cao|gato|gatinho|cachorrinho) (?:engoliu|comeu|bebeu)|como (?:explicar|contar|dizer)|(?:ja )?(?:esta|ta|estamos|estou) em casa|(?:teve|recebeu|deram) alta|suponha|supondo|imagina que|(?:o que|qual) e (?:pior|mais grave|mais perigoso)|\bpersonagem\b|(?:meu|um|no) (?:livro|romance)\b|curso de primeiros socorros|(?:na|numa|no|num) (?:serie|novela|filme|jornal|noticia|reportagem)|(?:vi|li|ouvi) (?:\w+ ){0,4}(?:serie|"
                     r"novela|filme|jornal|noticia|reportagem|artigo|tv)|\bli sobre|para (?:um|uma|o|a) (?:trabalho|"
                     r"prova|aula|faculdade)|se recuperou|ja esta bem|ja passou|hoje (?:to|estou|ta|esta) bem|deram normais|"
                     r"deu (?:tudo )?normal|"
                     r"acontecer de novo|voltar a acontecer|\bk{3,}\b|\brsrs\w*|historico|\bleve\b",
    unwell=r"(?:ai|oh|nao|meu deus)(?: nao)+|(?:nao|n) (?:ta|esta|estou|to|estamos|tao|estao) bem",
    habit=r"quando (?:\w+ ){0,2}(?:come|sobe|corre|anda|ve|tosse|dorme)",
    news=r"de novo|agora|de repente",
    someones=r"meu|minha|meus|minhas|seu|sua|ele|ela|eu",
    first_person=r"eu|mim|me",
    real=r"(?:agora )?e (?:real|de verdade)\b|ta acontecendo de verdade|nao e (?:historia|brincadeira)",
    resolved=r"recuperei|recuperou|(?:hoje|agora) (?:to|estou|esta) bem",
    believed=r"(?:achei|pensei|achava|pensava|achamos) que",
    background=r"historico|\bleve\b",
    hypothesis_if=r"(?<!como )se(?! pud\w*)(?! \w+(?:ou|iu)\b)",
    hypothesis=r"(?!(?:classe|interesse|travesse|nesse)\b)\w{2,}(?:asse|esse|isse)\b|tiver|for|estiver|fizer|disser|puder|souber|vier|houver|acontecer|tivesse|fosse|estivesse|fizesse|dissesse|pudesse|acontecesse",
    document=r"(?:carta|relatorio|laudo|plano|bula|folheto|pdf|receita|ficha|artigo) (?:\w+ ){0,5}(?:diz|fala|menciona|escreve)\b|resum\w*|cite (?:o|a|os|as)|traduz\w*|traduca\w*|como se diz|(?:procura|procure|mostra|mostre|lista|liste|explica|explique|copia|le) (?:\w+ ){0,3}(?:secao|parte|paragrafo|capitulo|pagina|frase|documentos?|folhetos?|arquivos?|pdf|texto|bula)|(?:secao|parte|paragrafo|capitulo|pagina|trecho)s? (?:sobre|de|do|da)|(?:documento|folheto|arquivo|pdf|bula|guia|texto|artigo|cartaz|rotulo|manchete|noticia|musica|letra)s? (?:\w+ ){0,2}(?:diz|dizem|fala|menciona)|o que (?:o|a|este|esta|esse|essa) (?:\w+ ){0,2}diz|onde (?:o|a) (?:\w+ ){0,2}(?:fala|diz)|(?:sempre|muitas vezes) diz",
    request=r"(?:o que|que) (?:diz|dizem|fala|falam|recomenda)\b|^(?:ve|veja|procura|procure|le|leia|olha|olhe|confere|"
            r"confira|checa)\b|(?<!nao )(?<!nem )(?<!mal )(?:pode|podes|consegue|consegues) (?:ver|procurar|olhar|ler|me dizer|dizer|checar)\b|"
            r"(?:qual|que) pagina\b|onde (?:diz|fala|esta|e que)\b|(?:ta|esta) (?:na|no) (?:bula|folheto|plano|papel)\b",
    papers=r"bula|folheto|plano(?! de saude)(?: de \w+| da \w+| do \w+)?|relatorio|laudo|cartilha|instrucoes|panfleto|prontuario|"
           r"papel(?: da \w+| do \w+)?|receita|carta(?: de alta)?|pdf",
    speech=r"(?:(?:diz|disse|dizia|grita|gritando|chora|me escreveu|escreveu|repete|sussurra)(?: que)?|esta|ta|estou|e|parece|ficou)",
    instruction=r"\bse (?:voce )?(?:tiver|sentir|notar|apresentar|sofrer)\b|\bem caso de\b|\bdiante de (?:um|uma)\b",
    imperative=r"\b(?:ligue|ligar|liga|procure|procurar|chame|chamar|contate|contatar|va ao|va a)\b",
    texting={"n": "nao", "qro": "quero", "mt": "muito", "mto": "muito", "vc": "voce", "q": "que", "pq": "porque", "hj": "hoje", "agr": "agora", "nd": "nada", "tb": "tambem"},
    emergency="**Isto pode ser uma emergência. Ligue agora para o número de emergência local: {numbers}.** "
              "Não espere por uma resposta dos documentos.",
    crisis="Se está pensando em suicídio ou em se machucar, ligue ou envie mensagem agora para {line}. Você não "
           "precisa enfrentar isso sozinho.",
    read_with=("Lido junto com a sua mensagem anterior.",
               "Lido junto com as suas mensagens anteriores."),
    taken_back=r"\bfalso alarme\b|\balarme falso\b|\b(?:tava|estava|to|estou) (?:so )?(?:brincando|a brincar|zoando)\b|"
            r"\b(?:era|foi) (?:(?:so|um|uma) )*(?:sonho|brincadeira|piada)\b|\bmensagem errada\b|\b(?:uma cena|parte|"
            r"uma frase) d[eo] (?:um |meu |o )?(?:romance|livro|filme|roteiro|novela)\b",
    in_care=r"\b(?:estamos|esta|ta|estou|to|estao) (?:ja |agora )?(?:no|na) (?:hospital|urgencia|pronto[- ]socorro|uti|"
            r"upa|emergencia)\b|\b(?:o samu|os paramedicos|a ambulancia|o inem|os bombeiros) (?:ja )?(?:chegou|"
            r"chegaram|esta aqui|estao aqui)\b|\b(?:levou|deram|deu) (?:\d+ )?pontos\b|\b(?:ja )?chegamos (?:no|ao|"
            r"na) (?:hospital|pronto[- ]socorro|upa|urgencia)\b|\b(?:o|a) (?:medic[oa]|enfermeir[oa]|"
            r"farmaceutic[oa]) (?:disse|falou) que (?:e so|so e|nao e (?:nada|grave|o coracao)|nao foi (?:nada|"
            r"grave))\b|\bja (?:chegou|chegaram) (?:a ambulancia|o samu|os paramedicos|o inem|os bombeiros)\b",
    settled="Entendido. Se algo piorar, ligue para o seu número local de emergência. Faça uma pergunta sobre os "
             "seus documentos quando quiser uma resposta.",
    notice="Não é aconselhamento médico: o Verbatim apenas cita documentos e não pode avaliar a sua situação. "
           "Ligue agora.",
    usual_notice="Não é aconselhamento médico: o Verbatim apenas cita os seus documentos palavra por palavra e não pode "
                 "avaliar a sua situação. Consulte um médico ou farmacêutico antes de agir com base no que lê aqui.",
)
