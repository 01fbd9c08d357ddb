"""The emergency phrases, cues and messages of Spanish."""

from bot.answer.phrases.language import Language

# "Ya no puedo / aguanto más" of a symptom or a chore worn out ("con esta tos", "el picor", "y necesito dormir"),
# not of a life: such a message is no farewell. Not "y me tomo un...": "y me tomo un bote de pastillas" (a reviewer's).
_WORN_OUT = (r"(?! (?:con |de )?(?:(?:la|el|esta|este|estos|estas|mi|mis|tanta|tanto|tantos|tantas|los|las) )?"
             r"(?:tos|dolor\w*|picor\w*|comezon|fiebre|mocos|congestion|alergia|piernas|insomnio|calor|frio|ruido|trabajo|examenes|estudios?|gripe|resfriado|migra\w*|jaqueca|ardor|acidez|nauseas?|espalda|cabeza|rodillas?|muelas?|barriga|tripa|estomago|regla|contracciones|vomitos?|diarrea|mareos?|cansancio)\b)"
             r"(?! y necesito (?:dormir|descansar)\b)")


SPANISH = Language(
    code="es",
    patterns={
        "heart": (
            r"pecho (?:[\w',]+ ){0,6}brazo izquierdo|brazo izquierdo (?:[\w',]+ ){0,6}pecho",
            r"(?:desfibrilador|marcapasos) (?:[\w']+ ){0,7}(?:descarga\w*|disparo|disparado|choque)",
            r"(?:agarr|sujet|tom|toc)\w* (?:el|su) brazo izquierdo",
            r"corazon (?:\w+ ){0,2}(?:se (?:me |le )?va a parar|va a explotar|se (?:me |le )?para)",
            r"pecho (?:\w+ ){0,5}brazo izquierdo (?:\w+ )?(?:dormido|adormecido|entumecido|que (?:me |le )?duele)",
            r"(?:corazon (?:me |le )?(?:late|va|palpita)|palpitaciones|taquicardia) (?:[\w']+ ){0,8}desmay\w*",
            r"(?:agarr|sujet|apret)\w* (?:el|su|mi) pecho",
            r"(?:pulso|corazon|reloj|pulsaciones) (?:\w+ ){0,4}(?:1[6-9]\d|2\d\d)\b",r"dolor (?:fuerte |muy fuerte |intenso )?(?:de|en el) pecho", r"(?:me|le) duele (?:mucho )?el pecho",
                  r"(?:brazo|lado) (?:izquierdo )?(?:dormido|adormecido|"
                  r"entumecido) (?:\w+ ){0,4}pecho", r"(?:opresion|presion) en el pecho",
                  r"infarto", r"ataque (?:al corazon|cardiaco)", r"paro cardiaco", r"(?:me |"
                  r"le )?aprieta el pecho", r"(?:presion|opresion|dolor) (?:\w+ ){0,2}en el pecho"),
        "stroke": (
            r"(?:brazo|pierna|mano|lado) (?:derech[oa]|izquierd[oa]) (?:\w+ ){0,2}(?:debil|flojo|floja|dormid[oa]|paralizad[oa]|pesad[oa])",
            r"(?:dolor de cabeza|jaqueca|cefalea) (?:\w+ ){0,3}(?:repentino|de repente|subito|(?:el )?peor de (?:mi|su) vida)|(?:el )?peor dolor de cabeza",
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
            # Too short of breath to finish a sentence: a sign of a severe asthma attack.
            r"(?:(?:no (?:puedo|puede|consigo|consigue)|sin poder) (?:terminar|acabar) (?:una|la|las) frases?),? (?:[\w',]+ ){0,8}(?:respir\w*|aire\b|asma|ahog\w*|puffs?|inhalador|ventolin|silb\w*)|(?:respir\w*|aire\b|asma|ahog\w*|puffs?|inhalador|ventolin|silb\w*),? (?:[\w',]+ ){0,10}(?:(?:no (?:puedo|puede|consigo|consigue)|sin poder) (?:terminar|acabar) (?:una|la|las) frases?)",
            r"(?:puffs?|inhalador|ventolin|salbutamol|disparos)\w* (?:[\w',]+ ){0,8}(?:sigo|sigue) sin poder (?:hablar|respirar)",
            r"(?:inhalador|ventolin|salbutamol|bomba|puff|spray) (?:\w+ ){0,2}no (?:le |me )?(?:funciona|hace nada|sirve|ayuda)",
            r"(?:esta|se puso|se esta poniendo|se pone) (?:todo |toda )?(?:morad[oa]|azul)",
            r"se queda sin aire|(?:me|se) quedo sin aire|sin poder respirar",
            r"se pone morad[oa]",r"no (?:puedo|puede|podemos) respirar", r"me ahogo|se (?:esta )?ahogando|se ahoga",
                      r"(?:falta de aire|dificultad para respirar|me falta el aire)", r"(?:ya )?no respira",
                      r"labios (?:\w+ ){0,2}(?:azules|morados)", r"atragant\w*", r"(?:se le |se )?hunden las costillas",
                      r"respira (?:muy )?(?:rapido|raro|mal)", r"(?:me|le) cuesta (?:mucho )?respirar"),
        "poisoning": (
            # a browser trial (2026-12-07): half a bottle or a box taken ("mi hijo se tomó media botella de paracetamol")
            r"(?:se tomo|se ha tomado|tomo|ha tomado|bebio|se bebio|se ha bebido|ha bebido|se trago|se ha tragado|trago) (?:(?:como|casi|mas de) )?(?:media|medio|la mitad de (?:la|el|una|un)) (?:botella|frasco|bote|caja|blister|jarabe|tableta|tubo)",
            # dev17 (2026-12-05): foraged mushrooms or plants eaten then sickness, a heater then headaches all round or
            # a collapse, a toddler who got hold of tablets (German); never a habit ("always", "every time")
            r"\b(?:comi|comio|comimos|comieron|comido|recogio|recogimos|recogido|cogimos|cogio) (?:[\w',]+ ){0,4}(?:hongos|setas|colchico|adelfa|belladona) (?:(?!(?:ayer|siempre|cada|menudo|quimio\w*)\b)[\w',]+ ){0,15}(?:vomit\w*|diarrea)",
            r"(?:calentador|estufa|caldera|brasero|calefon|generador) (?:[\w',]+ ){0,12}(?:(?:todos|todas) (?:con )?(?:[\w']+ ){0,2}dolor de cabeza|se (?:ha )?desmayad[oa]|se desmayo)",
            # dev19, dev20 (2026-12-06): the headaches all round told first, the heater after
            r"(?:todos|todas|toda la familia) (?:[\w']+ ){0,3}dolor de cabeza (?:[\w']+ ){0,6}?(?:desde|despues de|cuando|por la|por el) (?:[\w']+ ){0,6}(?:calentador|estufa|caldera|brasero|calefon|generador|chimenea)\b",
            # dev14 (2026-12-04)
            r"(?:me|le|nos|lo|la) (?:pico|mordio) (?:un|una) (?:alacran|escorpion|vibora|serpiente|cascabel|coralillo|arana viuda negra)",
            r"(?:comio|comieron|tomaron|tomo|bebio|bebieron|mastico|se comio) (?:[\w',]+ ){0,6}(?:semillas de ricino|ricino|toloache|adelfa|cicuta|dedalera|belladona)",
            r"(?:tomo|tomaron|bebio|bebieron|trago|se tomo) (?:\w+ ){0,4}(?:thinner|tiner|gasolina|anticongelante|cloro|lejia)",
            r"(?:me tome|se tomo|tomo|se trago|me trague) (?:como |unas? |mas de |casi )?(?:veinte|treinta|cuarenta|cincuenta) (?:\w+ ){0,1}(?:paracetamoles|pastillas|tabletas|comprimidos|pildoras|ibuprofenos)",
            r"(?:olor a gas|huele a gas|fuga de gas) (?:[\w',]+ ){0,12}(?:dolor de cabeza|mare\w*|nause\w*|vomit\w*|somnolient\w*|desmay\w*)|(?:dolor de cabeza|mare\w*|nause\w*|vomit\w*|somnolient\w*|desmay\w*) (?:[\w',]+ ){0,12}(?:olor a gas|huele a gas|fuga de gas)",
            r"(?:tomo|tome|tomado|mezclo|mezcle|trago|trague|bebio|bebi) (?:\w+ ){0,4}(?:(?:pastillas|pastiyas|medicamentos|pastillas para dormir) (?:\w+ ){0,3}(?:con|y) (?:\w+ ){0,2}(?:alcohol|vino|cerveza|vodka|ron|tequila)|(?:alcohol|vino|cerveza|vodka|ron|tequila) (?:\w+ ){0,3}(?:con|y) (?:\w+ ){0,2}(?:pastillas|pastiyas|medicamentos|pastillas para dormir))|(?:(?:pastillas|pastiyas|medicamentos|pastillas para dormir) (?:\w+ ){0,3}(?:con|y) (?:\w+ ){0,2}(?:alcohol|vino|cerveza|vodka|ron|tequila)|(?:alcohol|vino|cerveza|vodka|ron|tequila) (?:\w+ ){0,3}(?:con|y) (?:\w+ ){0,2}(?:pastillas|pastiyas|medicamentos|pastillas para dormir)) (?:\w+ ){0,3}(?:tomo|tome|tomado|mezclo|mezcle|trago|trague|bebio|bebi)\b",
            r"(?:el|la|todo el|toda la) (?:jarabe|frasco|caja|botella|blister)(?: de (?:la |el )?\w+)? (?:entero|entera|completo|completa)",
            r"(?:pasti(?:ll|y)as|pildoras|medicinas|medicamentos|insulina) (?:\w+ ){0,3}(?:dos veces|doble)|doble dosis",
            r"(?:trag|comi)\w* (?:[\w']+ ){0,6}(?:babea\w*|arcadas|no puede tragar)",
            r"(?:mordi\w*|chup\w*|lami\w*) (?:una |la )?pila",
            r"(?:ha|he|han|has|se ha|me he) tomado (?:todas|todos|toda|todo|el \w+ entero|la \w+ entera|el frasco|la caja|el bote)|(?:frasco|bote|jarabe|blister|caja|botella|tableta) (?:enter[oa]|complet[oa])",
            r"(?:una )?(?:decena|quincena|veintena|treintena|cuarentena) de (?:\w+ )?(?:pasti(?:ll|y)as|pildoras|comprimidos|capsulas|somniferos)",
            # A count taken ("se ha tomado 20 pastillas", "tomaron muchas pastillas"); not "tomo", which is also "I take".
            r"(?:tomado|tomaron|tomaste|se tomo|tragado|tragaron|se trago|comido|comieron|se comio) (?:\w+ ){0,2}"
            r"(?:[1-9]\d+|muchas|muchos|veinte|treinta|cuarenta|cincuenta) (?:\w+ ){0,2}(?:pasti(?:ll|y)as|pildoras|"
            r"comprimidos|capsulas|paracetamol|ibuprofeno|somniferos|calmantes)",
            r"(?:una caja|un frasco|un blister) enter[ao]",
            r"mezcl(?:e|o|ando) (?:\w+ ){0,2}(?:lejia|cloro|amoniaco|salfuman)",r"sobredosis", r"(?:me )?tome (?:todas|todos|muchas|muchos|un frasco|la caja|toda la caja)",
                      r"(?:me |se )?tom[eo] (?:unas |unos )?(?:\d{2,}|veinte|treinta|cuarenta|"
                      r"cincuenta) (?:pasti(?:ll|y)as|pildoras|"
                      r"comprimidos|capsulas)",
                      r"se (?:trago|comio|tomo|bebio) (?:\w+ ){0,3}(?:pasti(?:ll|y)as|pildoras|comprimidos|pilas|pila|"
                      r"lejia|cloro|veneno|medicinas|medicamentos)", r"intoxicad\w*|envenenad\w*", r"(?:me |"
                      r"se )?tom[eo] (?:como |unas |unos )?(?:\d{2,}|veinte|treinta) (?:pasti(?:ll|y)as|pildoras|"
                      r"comprimidos)", r"(?:mezclo|mezcle) (?:\w+ ){0,2}(?:cloro|lejia|amoniaco)"),
        "suicide": (
            # dev15 (2026-12-04)
            r"(?:esta noche|hoy|manana) me lo tomo|me lo tomo (?:todo|esta noche)|me tiro (?:del|de la|al) (?:acantilado|rio|puente|mar|vias|vacio)|me voy a tirar al (?:rio|mar|vacio)",
            r"amenazando con (?:colgarse|matarse|tirarse|suicidarse|cortarse)|que termine de una vez",
            # dev14 (2026-12-04)
            r"(?:me pase|me subi|salte|brinque|pasarme) (?:al otro lado de|por encima de) (?:la |el )?(?:mampara|barandal|baranda|barandilla|reja|valla|muro|malla)",
            r"(?:esta noche|hoy|ahorita),? (?:lo hago|me lo tomo todo|me las tomo todas|me tomo todas|acabo con todo|me mato)|(?:lo hago|me lo tomo todo|me las tomo todas|acabo con todo) (?:\w+ ){0,2}(?:esta noche|hoy|ahorita)",
            r"(?:manana|despues de (?:esta noche|hoy)) ya no (?:voy a estar|estare)|ya no (?:voy a estar|estare) (?:aqui|aca|manana)",
            r"(?:perdonenme|perdoname|perdon por todo|lo siento por todo),? (?:\w+ ){0,3}cuid(?:en|a)\b|no me busquen(?= *(?:$|[.,;!?]|nunca|mas))",
            r"decidi que (?:hoy )?(?:es|sera) (?:el|mi) ultimo",
            r"nadie me (?:va a )?extra(?:nar|nara)",
            r"(?:las )?voces me (?:dicen|piden) que (?:salte|me mate|me tire)",
            r"tirar(?:me|se)? (?:a|en|bajo|delante de) (?:las vias|el tren|un tren|un camion)",
            r"garaje (?:[\w',]+ ){0,6}motor (?:encendido|en marcha|prendido)|motor (?:encendido|en marcha|prendido) (?:[\w',]+ ){0,6}garaje",
            r"cortar(?:se|me)? las venas|(?:se|me) (?:va|voy) a cortar las venas",
            r"encerr\w* (?:\w+ ){0,4}con (?:una|un) (?:cuchilla|navaja|cuchillo|pistola|cuerda|soga)",
            r"(?:no (?:le )?veo (?:ninguna |otra )?salida|no hay (?:otra )?salida)(?= *(?:$|[.,;:!?]|a nada\b|y\b|pero\b))",
            r"no (?:quiero seguir|aguanto mas),?(?: [\w',]+){0,8} (?:preparado|listo|planeado)",
            r"(?:voy a|me voy a) tomar(?:me)? (?:todas|todo|toda la caja|el frasco)",
            r"quit\w* la vida",
            r"(?:tirar\w*|saltar|aventar\w*|lanzar\w*) (?:\w+ )?(?:del|de la|de un|de una|desde el|desde la|desde un|por la) (?:puente|azotea|techo|ventana|balcon|edificio|terraza)",
            r"(?:puente|azotea|techo|balcon|edificio|cornisa) (?:[\w']+ ){0,6}(?:me voy a tirar|voy a saltar|me tiro|salto)\b",
            r"estrell\w* (?:el |mi |su )?(?:coche|carro|auto) (?:contra|por)|(?:coche|carro|auto) contra (?:un|el) (?:muro|arbol|camion)",
            r"se (?:quiere|va a) (?:tirar|matar|ahorcar|colgar)|quiere (?:tirarse|matarse|suicidarse|ahorcarse)|ahorcarme|(?:me|se|te) (?:corto|corte|ha cortado|cortaste) (?:las venas|las munecas)",
            r"(?:hoy|esta noche|manana|ya) me mato\b|me mato (?:hoy|esta noche|ya)\b",
            # Wanting not to go on, or to be here no more (probes49, 2026-12-05).
            r"no quiero seguir viviendo|ya no quiero estar aqui|no quiero estar aqui nunca mas",
            r"(?:azotea|puente|balcon|cornisa|tejado|techo|barandilla|baranda) (?:[\w',]+ ){0,6}no quiero seguir(?= *(?:$|[.,;!?]|y\b))",
            r"para no (?:volver a )?despertar",
            r"me acabo de tomar (?:todas|todo|un frasco|una caja)",
            r"quitar(?:me)? la vida",
            r"(?:tirarme|aventarme|lanzarme|saltar)(?: de| del| por)?",
            r"(?:azotea|puente|techo|cornisa) (?:\w+ ){0,5}(?:tirarme|aventarme|saltar|lanzarme)",
            r"(?:despidiendose|se despidio)(?![^.]*\b(?:jubila\w*|vacaciones|mudanza|se muda|nuevo trabajo)\b)|me mando (?:\w+ ){0,2}despedida",
            r"(?:ya )?no va a estar mas",
            r"lo tengo todo (?:pensado|planeado)",
            r"ya no puedo mas" + _WORN_OUT,
            r"no quiero (?:despertar|amanecer)",r"suicid\w*", r"matarme", r"quitarme la vida", r"no quiero (?:seguir )?vivir",
                    r"quiero morir(?:me)?", r"acabar con (?:mi vida|todo)", r"hacerme dano", r"me quiero matar|"
                    r"me voy a matar", r"(?:me las|las) (?:voy a )?tom(?:o|ar) todas", r"(?:se va|"
                    r"me voy) a tirar (?:del|de un|por la)", r"mensaje de despedida", r"ya no aguanto mas" + _WORN_OUT),
        "allergy": (
            r"alergic[oa]\w*,? (?:(?!(?:no|ni|sin|nunca)\b)[\w',]+ ){0,10}(?:comi\w*|tom\w*|sin querer|por error|ahora|acaba de|pico|dieron)\b,? (?:(?!(?:no|ni|sin|nunca)\b)[\w',]+ ){0,10}(?:(?:me cuesta|le cuesta|no puede|no puedo|dificultad para) (?:tragar|respirar)|garganta|lengua|labios?|ronchas|voz ronca|silb\w*|tos\w*|hinch\w*)",
            r"(?:comio|comi|ha comido|comiendo) (?:[\w']+ ){0,6}(?:mani|cacahuete|nuez|nueces|marisco|camaron|gamba|huevo|sesamo|kiwi)\w* (?:(?!(?:no|nunca|sin|ni|nada)\b)[\w',]+ ){0,10}(?:ronchas|hinch\w*|tose|tos|silb\w*|vomit\w*|garganta|lengua|labios)",
            r"(?:ronchas|urticaria|habones) (?:\w+ ){0,2}(?:por todo el cuerpo|por todas partes|en todo el cuerpo)",
            r"(?:pic\w*|abeja|avispa|allergi\w*|alergi\w*|mani|cacahuate\w*|nueces) (?:[\w',]+ ){0,8}(?:(?:me|le) cuesta tragar|no (?:puedo|puede) tragar|dificultad para tragar)",
            r"hinchad[oa] (?:por todo el cuerpo|enter[oa]|tod[oa])|se (?:le |me )?hincho todo el cuerpo",
            r"lengua (?:gorda|enorme)",
            r"se (?:le|me) va la voz|voz ronca",
            r"pica(?:r)? la garganta",r"anafila\w*", r"reaccion alergica (?:grave|fuerte|severa)",
                    r"(?:se me|se le) (?:cierra|hincha) la garganta",
                    r"(?:garganta|lengua|labios|cara) (?:cerrada|hinchad[ao]s?)",
                    r"(?:esta |se esta )?cerrando la garganta", r"se (?:me|le) hincha (?:la cara|la lengua|"
                    r"los labios)", r"se (?:me|le) hincho (?:la lengua|la cara|la garganta|"
                    r"los labios)", r"(?:casi )?no (?:puedo|puede) tragar"),
        "unresponsive": (
            r"no (?:le|te) (?:encuentro|encontramos|siento|sentimos|noto|notamos|encuentran?) (?:el |ningun )?pulso",
            # A seizure that goes on (five minutes or more is an emergency in every first-aid guide).
            r"(?:convulsion|convulsiones|ataque epileptico|crisis epileptica) (?:[\w',]+ ){0,7}(?:no (?:para|se "
            r"(?:detiene|para|pasa|le pasa))|(?:ya )?dura (?:mas de )?(?:\d+|cinco|seis|siete|diez) min|lleva (?:ya )?(?:mas de )?"
            r"(?:\d+|cinco|seis|siete|diez) min)",
            r"no (?:vuelve|volvia|ha vuelto) en si|no recupera (?:el )?(?:conocimiento|sentido)|perdio (?:el )?(?:conocimiento|sentido)",
            r"ojos (?:en blanco|volteados)",
            r"sin despertar",
            r"no se mueve",
            r"no se si respira",r"inconsciente", r"no (?:responde|reacciona)", r"no (?:se )?despierta", r"se desmayo",
                         r"convulsi\w*", r"ataque epileptico", r"se desplomo", r"no (?:puedo|podemos|consigo|conseguimos|logro|logramos) despertar"),
        "bleeding": (
            r"clavad[oa] en (?:la|el|mi|su) (?:pierna|brazo|pecho|barriga|vientre|estomago|cuello|ojo|pie|mano|muslo|espalda)",
            r"(?:compresa|toalla|tampon)\w* (?:\w+ ){0,2}cada (?:media hora|hora|\d+ min\w*)",
            r"(?:venda|vendaje|gasa|toalla|aposito|camiseta) (?:\w+ ){0,3}(?:empapad[oa]|llen[oa]) de sangre|charco de sangre",
            r"sangre por (?:todos lados|todo el piso|todas partes)|punalada|apunalad\w*|herida de (?:cuchillo|bala)|balead[oa]|le dispararon",
            r"atropell\w*",
            r"sangr\w* (?:por|de) (?:el|la) oido|sangre (?:\w+ )?(?:del|por el) oido",
            r"(?:se cayo|se pego en la cabeza|golpe en la cabeza|se golpeo la cabeza),? (?:[\w',]+ ){0,8}(?:anticoagulant\w*|sintrom|warfarina|xarelto|eliquis)|(?:anticoagulant\w*|sintrom|warfarina|xarelto|eliquis) (?:[\w',]+ ){0,6}(?:se cayo|se pego|golpe)",
            r"sangrado (?:muy |tan )?(?:fuerte|abundante|intenso|grave)",
            r"(?:sangr\w* (?:\w+ )?(?:por|de) la nariz|hemorragia nasal) (?:\w+ ){0,3}(?:hace (?:mas de )?(?:una|\d+|dos) horas?|desde hace)|nariz (?:\w+ ){0,6}anticoagul\w*",
            r"(?:sale|salia|brota) a chorros",
            r"me corte (?:la|las) (?:muneca|munecas|venas)",r"sangr(?:a|o|ando) (?:mucho|muchisimo|sin parar)", r"no (?:para|deja) de sangrar", r"hemorragia",
                     r"(?:vomitando|vomito|tosiendo|escupiendo) sangre", r"mucha sangre"),
    },
    negation=r"no|nunca|sin|ni|jamas|nada de|ningun\w*",
    not_negation=r"nunca (?:he sentido|senti|habia sentido|tuve|habia tenido) (?:\w+ ){0,5}(?:tan|asi|igual)|no se (?:si|que|como|cuanto|donde|por que|lo que|bien)\b|no estoy segur[oa]|no (?:puedo|puede|podemos) respirar|no (?:responde|reacciona|"
                 r"despierta|para|deja)|no quiero (?:seguir )?vivir|no quiero despertar",
    mention=r"\baumenta\w* (?:el |la |los |las )?(?:riesgo|probabilidad|posibilidad|ideas|pensamientos)\b|\bun efecto (?:secundario|adverso)\b|en cuanto tiempo|que tan rapido|cuan rapido|con que rapidez|cuando (?:\w+ ){0,4}(?:es|son|se vuelve|se considera) (?:una |un )?(?:peligros\w*|grave|emergencia|urgencia|preocupante)|es normal|miedo (?:a|de)|si a alguien|a alguien le|(?:senal|signo|sintoma|indicio) de|como funciona|para (?:detectar|reconocer|saber si|prevenir)|a algunas personas|puede un nin[oa]|"
            r"(?:un|una|los|las) nin[oa]s? (?:\w+ )?pueden?|(?<![a-z] )por que|que diferencia|diferencia entre|que significa|"
            r"cuant[oa]s? (?:\w+ ){0,3}(?:es|son|se necesita)|es (?:verdad|cierto)|que (?:senales|sintomas)|"
            r"(?:puede|pueden|podria) (?:\w+ ){0,6}(?:causar|provocar|dar)|sintomas de|senales de|riesgo de|"
            r"(?<![a-z] )que es\b|como (?:saber|se sabe|se usa)|personas (?:con|que)|alguien (?:con|que)|si alguien|en caso de|"
            r"prevenir|"
            r"es posible|(?<!no )se puede\b|de calor|casi me (?:da|dio)|que (?:pasa|pasaria|ocurre|sucede) si|y si ",
    past=r"(?<!desde )(?<!hasta )\ben (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b|\ba los \d{1,2}(?: anos)?\b(?! ?(?:minutos|min|mins|horas|hs?|segundos|seg|dias|mg|ml|pastillas)\b)|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|finde) pasado|se suicido\b|se quito la vida|(?:de|del) (?:19|20)\d\d\b(?! ?(?:mg|g|ml|mcg|ui)\b)|d?el (?:ano|mes|verano|invierno|otono) pasado|la (?:semana|primavera|navidad) pasada|"
         r"hace (?:\w+ )?(?:anos|meses|semanas)|en (?:19|20)\d\d|de nin[oa]|de pequen[oa]|de chic[oa]|cuando era|"
         r"cuando tenia|(?<!desde )ayer\b",
    now=r"ahora mismo|ahorita|ayuda|urgente|hace (?:\w+ )?(?:minutos|horas|una hora)|esta (?:manana|noche)",
    suicide_cues={
        "means": r"\b(?:cuerda|soga|escopeta|pistola|cuchillo|navaja|cuchillas?|pastillas|pildoras|medicamentos|somniferos|puente|las vias|tren|cornisa|balcon|azotea|acantilado|veneno|terraza del edificio)\b",
        "farewell": r"\b(?:adios para siempre|carta de despedida|para cuando (?:este|ya no este) muert[oa])\b",
        "despair": r"\b(?:(?:pronto )?dejare de ser (?:una carga|un problema|un estorbo)|(?:pronto )?no (?:tendran|tendras) que preocuparse? (?:mas )?por mi|(?:pronto|ya) no (?:voy a ser|sere) (?:mas )?(?:una carga|un problema|un estorbo)|no (?:voy a ser|sere) (?:mas )?(?:una carga|un problema|un estorbo) (?:para nadie|por mucho tiempo|mucho tiempo mas)|soy (?:solo )?(?:una carga|un estorbo)|mejor sin mi|nadie (?:me va a extranar|me extranaria))\b",
        "giving": r"\b(?:regale|regalo|regalado|regalando|di|he dado|doy) (?:todas |todos )?(?:mis cosas|mis pertenencias|mi (?:gato|perro|guitarra))\b",
    },
    signs={
        "double": r"(?:tom[oe]|tomado|dado|di|dio|dimos) (?:\w+ ){0,2}dos veces (?:\w+ ){0,4}(?:pastilla|medicina|medicamento|dosis|remedio|insulina)|(?:pastilla|medicina|medicamento|dosis|remedio|insulina)s? (?:\w+ ){0,4}dos veces|doble dosis",
        "empty": r"(?:caja|frasco|blister|tableta|bote)s? vaci[oa]s?",
        "drowsy": r"muy lent[oa]|adormilad[oa]|somnolient[oa]|muy dormid[oa]|no se mantiene despiert[oa]",
        "racing": r"(?:corazon|pulso) (?:me |le )?(?:late|va|bombea) (?:\w+ )?(?:rapidisimo|muy rapido|muy fuerte|a mil|super rapido|fortisimo|como loco)|taquicardia|corazon (?:\w+ )?desbocado",
        "sweating": r"sud(?:ando|or frio|oroso|ada|ado)", "pallor": r"palid\w*|gris\b",
        "faint": r"mare\w*|desmay\w*|me voy a desmayar", "confusion": r"confundid\w*|desorientad\w*|no sabe donde|sin sentido|no tiene sentido",
        "numbness": r"dormid\w*|adormecid\w*|hormigue\w*|entumecid\w*",
        "weakness": r"debil\w*|floj[ao]\b|no (?:puede|puedo) (?:levantar|caminar|mover|pararse)",
        "pain": r"(?:arde|quema|ardor en) (?:\w+ )?el pecho|pecho (?:me |le )?(?:arde|quema)|dolor (?:muy )?(?:fuerte|intenso|horrible|terrible)|duele (?:el|la) (?:pecho|mandibula|brazo|espalda)|me duele (?:mucho|muchisimo)|"
                r"cuello (?:rigido|tieso)|rigidez (?:de|del|en el) cuello|nuca rigida",
        "vomiting": r"vomit\w*|nause\w*|ganas de vomitar", "skin": r"ronchas|urticaria|sarpullido|manchas rojas|erupcion\w*|manchas (?:en la piel|moradas|violaceas)",
        "breath": r"silb\w*|respira (?:raro|rapido|mal)|jadea\w*",
        "speech": r"no (?:puede|puedo) hablar|habla raro|arrastra las palabras|habla como (?:si estuviera |un |una )?(?:borrach[oa]|ebri[oa]|tomad[oa])",
        "swelling": r"hinchad\w*|se (?:me|le) hincha",
        "bleeding": r"(?<!donar )sangr\w*|(?<!de )(?<!la )(?<!donar )(?<!done )(?<!done )sangre", "fever": r"fiebre (?:muy )?alta|40 de fiebre",
        "shaking": r"temblando|convulsion\w*|sacudidas", "responds": r"no (?:responde|reacciona)",
    },
    nearby={
        "heart": ((r"pecho|torax", r"dol|duel|aprie|apret|presion|opresion|oprim|peso|punzad|estruj|clav|revient|pincha"),
                  (r"corazon", r"duel|dolor|aprie|estruj"), (r"elefante|piedra|losa", r"pecho")),
        "stroke": ((r"cara|boca|rostro|sonrisa|labio|parpado|ojo", r"torcid|caid|dormid|adormecid|se (?:le |me )?cae|colgad|chuec|"
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
        "poisoning": ((r"trag|tom[oe]|tomad|comi|bebi|ingiri", r"quitaesmalte|acetona|disolvente|aguarras|lejia|cloro|pila|bateria|veneno|detergente|raticida|"
                       r"insecticida|anticongelante|quimic|limpiador|lavadora|lavavajillas|lavaplatos|suavizante|desinfectante|gasolina|lavandina|salfuman|desatascador|soda caustica|"
                       r"amoniaco|matarratas"),
                      (r"demasiad[ao]s|frasco entero|caja entera|blister entero|todo el frasco|toda la caja|un punado|un monton|"
                       r"medio frasco|todo el blister|todas las pasti(?:ll|y)as",
                       r"pastill|pildor|comprimid|capsul|medicament|somnifer|pastis"),
                      (r"se (?:comio|trago)|ha (?:comido|tragado)|(?:comio|trago)",
                       r"pastill|pildor|comprimid|capsul|medicament|medicin|vitamina|gomit|somnifer")),
        "suicide": ((r"quiero|quisiera|ganas de|pienso en|pensando en|voy a|planeando|deseo|prefiero",
                     r"morir(?!\w)|morirme|matarme|desaparecer|quitarme la vida|acabar con todo|acabar con mi vida|"
                     r"no despertar|dejar de existir|no estar aqui|no existir|estar muert|tirarme|colgarme|cortarme"),
                    (r"pasti(?:ll|y)as|cuchilla|cuerda|soga|pistola", r"listas|preparad|guardad|juntad|acumulad"),
                    (r"despedi|adios|carta", r"para siempre|ultima vez|ultimo mensaje|de despedida")),
        "allergy": ((r"ronchas|urticaria|habones", r"respir|silb|garganta|lengua|desmay|trag"), (r"garganta|lengua|labio|boca|cara|parpado", r"hinch|cerrand|se (?:me |le )?cierra|cerrad|se (?:me |le )?cerro"),
                    (r"alerg(?!olog|ist)|cacahuete|mani|nuez|abeja|avispa|picadura|marisco|penicilina",
                     r"no (?:puede|puedo) respirar|garganta|lengua|epipen|adrenalina|silb|desmay")),
        "bleeding": ((r"embarazada|embarazo", r"sangr"), (r"sangr|hemorrag", r"no (?:para|deja|se detiene|se corta|se para)|chorro|borbotones|a mares|empap|"
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
    mention_anywhere=r"\b(?:escribiendo|escribo|escribir) (?:una |un |mi )?(?:cancion|poema|cuento|historia|novela|obra|rap)\b|\b(?:en|de) la peli\b|^\W*en caso de que\b|\bpor si (?:\w+ ){0,3}(?:algun dia|alguna vez)\b|tasa de suicidio|riesgo (?:de )?suicid\w*|\bfanfic\w*|\bguion\b|\bmi (?:cuento|historia|comic|cancion|poema|obra)\b|obra de teatro|\bhipoteticamente\b|\bpregunta (?:rara|hipotetica)\b|\b(?:la|una) serie\b(?!,? (?:y|cuando)\b)|\bsi (?:\w+ ){0,4}(?:algun dia|alguna vez)\b|\ben (?:el|la|un|una|mi) (?:libro|telenovela|novela|serie|pelicula|obra|cuento|comic|videojuego)\b|\bmi (?:personaje|protagonista)\b|\ben \"|(?<!hoy )\bpor las? mananas?\b|\bcada manana\b|\btodas las mananas\b|(?:electro|ecg|prueba|analisis|resultado)\w* (?:\w+ ){0,3}(?:normal|bien)\b|(?:duele\w*|dolor\w*|molest\w*) (?:\w+ ){0,4}(?:\b(?:al|cuando) (?:toser|toso|tose|estornud\w*|reir\w*|rio|me rio|mover\w*|me muevo|apret\w*|agach\w*)\b)|(?:\b(?:al|cuando) (?:toser|toso|tose|estornud\w*|reir\w*|rio|me rio|mover\w*|me muevo|apret\w*|agach\w*)\b) (?:\w+ ){0,3}(?:duele\w*|dolor\w*|molest\w*)|(?:escribiendo|escribo|leyendo|leo) (?:\w+ ){0,2}(?:cuento|relato|historia|novela|guion)|\bcuento\b|desde (?:su|mi|el) (?:ictus|infarto|derrame|avc)\b|\ba veces\b|cuando (?:esta|estoy) cansad[oa]|(?:mi|nuestro|el) (?:perro|perrito|gato|gatito|mascota) (?:se )?(?:trago|comio|bebio)|ya (?:esta|estamos|estoy) en casa|(?:le|me|nos) dieron (?:el )?alta|resulto ser (?:solo |nada)|supongamos|suponiendo|imagina(?:te)? que|(?:que|cual) es peor|(?:que|cual) es mas peligroso|\bpersonaje\b|(?:mi|una|la) novela\b|(?:clase|curso|taller) de primeros auxilios|(?:en|de) (?:la|una) (?:serie|pelicula|novela|noticia|tele)\b|(?:vi|lei|escuche|vimos) (?:\w+ ){0,4}(?:serie|"
                     r"pelicula|noticia|articulo|tele|libro)\b|para (?:un|una|el|la) (?:trabajo|tarea|clase|examen|"
                     r"facu|universidad)|se recupero|ya esta bien|ya (?:se le |se me )?paso|todo normal|salio (?:todo )?bien|"
                     r"se (?:la|lo) sacamos|"
                     r"volver a (?:pasar|dar)|(?:puede|podria) volver|\bjaja\w*|antecedentes|historial|\bleve\b",
    unwell=r"(?:ay|oh|no|dios)(?: no)+|no (?:esta|estoy|estamos|estan|anda|ando) bien",
    habit=r"cuando (?:\w+ ){0,2}(?:come|sube|baja|corre|camina|ve|tose|duerme)",
    news=r"de nuevo|otra vez|ahora|de repente",
    someones=r"mi|su|sus|yo",
    first_person=r"yo|mi|me",
    real=r"(?:ahora )?es (?:de verdad|real)\b|esta pasando de verdad|no es (?:un cuento|una historia|broma|un simulacro)",
    resolved=r"ya (?:me recupere|se recupero|estoy bien|esta bien)|(?:hoy|ahora) estoy bien|me recupere",
    believed=r"(?:pense|crei|creia|pensaba|creimos|pensamos) que",
    background=r"antecedentes|historial|\bleve\b",
    hypothesis_if=r"(?<!como )(?<!se )(?<!sabe )(?<!saber )si(?![,.!?])(?! ya\b)",
    hypothesis=r"(?!(?:clara|camara|cuchara|mascara|tiara|cualquiera|quienquiera|fiera)\b)(?:\w{2,}(?:ara|aran)|"
               r"\w+(?:iera|ieran))\b|"
               r"deberia(?:mos|n|s)?|podria(?:mos|n|s)?|seria(?:n)?|haria(?:mos|n|s)?|tendria(?:mos|n|s)?|habria|pasaria|necesitaria|convendria|alcanzaria|bastaria|llamaria|iria|diria|sabria|funcionaria|serviria",
    document=r"(?:informe|carta|folleto|plan|reporte|nota|notas|pdf|manual|prospecto|receta|hoja) (?:\w+ ){0,6}(?:dice|decia|pone|escribio|menciona)\b|resum\w*|cita (?:lo|el|la|las|los)|traduc\w*|como se dice|(?:busca|muestra|muestrame|lista|explica|explicame|copia|lee) (?:\w+ ){0,3}(?:seccion|parte|parrafo|capitulo|pagina|frase|documentos?|folletos?|archivos?|pdf|texto)|(?:seccion|parte|parrafo|capitulo|pagina|apartado)s? (?:sobre|de|del|acerca)|(?:documento|folleto|archivo|pdf|prospecto|guia|texto|articulo|cartel|etiqueta|titular|noticia|cancion|letra)s? (?:\w+ ){0,2}(?:dice|dicen|habla|menciona|pone)|que dice (?:el|la|este|esta) (?:\w+ ){0,2}(?:sobre|de)|donde (?:habla|dice|menciona)|(?:siempre|a menudo) dice",
    request=r"(?:que|lo que) (?:dice|pone|recomienda|indica)\b|(?:donde|en que parte) (?:pone|dice|esta|viene|sale)\b|"
            r"^(?:mira|mirame|busca|buscame|revisa|lee|leeme|checa|fijate)\b|(?:puedes|podes|podrias|me puedes) (?:mirar|"
            r"buscar|revisar|leer|ver|decirme|checar|fijarte)\b|(?:que|cual) pagina\b|(?:dice|pone|sale|viene) (?:algo )?"
            r"en (?:el|la|los|las|su|sus|mi|mis|tu)\b",
    papers=r"prospectos?|folletos?|informes?|hoja(?: de \w+)?|documentos?|guias?|fichas?|protocolos?|papeles|"
           r"instrucciones|plan(?: de \w+)?|pdf",
    speech=r"(?:(?:dice|dijo|dicho|escrito|decia|grita|gritando|gritaba|llora|me escribio|escribio|repite|susurra)(?: que)?|esta|estoy|es|parece|se puso|sigue)",
    instruction=r"\bsi (?:usted |tu |uno )?(?:tiene|tienes|siente|sientes|nota|notas|presenta|presentas|sufre|sufres)\b|\ben caso de\b|\bante (?:un|una|cualquier)\b",
    imperative=r"\b(?:llame|llama|llamar|acuda|acude|acudir|busque|busca ayuda|marque|marca|contacte|contacta)\b",
    texting={"q": "que", "k": "que", "xq": "porque", "pq": "porque", "musho": "mucho", "mxo": "mucho", "kiero": "quiero", "kero": "quiero", "bn": "bien", "pexo": "pecho", "toy": "estoy", "pa": "para", "tmb": "tambien", "tb": "tambien"},
    emergency="**Esto puede ser una emergencia. Llame ahora a su número local de emergencias: {numbers}.** No espere "
              "una respuesta de los documentos.",
    crisis="Si está pensando en el suicidio o en hacerse daño, llame o escriba ahora a {line}. No tiene que "
           "enfrentarlo solo.",
    read_with=("Leído junto con su mensaje anterior.",
               "Leído junto con sus mensajes anteriores."),
    taken_back=r"\bfalsa alarma\b|\balarma falsa\b|\b(?:estaba|estoy|era) (?:de )?(?:bromeando|broma|cachondeo|joda)\b|"
            r"\bera (?:(?:solo|una|un) )*(?:broma|sueno)\b|\b(?:mensaje|chat) equivocado\b|\b(?:una escena|parte|"
            r"una frase) de (?:una|la|mi) (?:novela|historia|pelicula|obra|serie)\b|\bme equivoque de (?:chat|mensaje|"
            r"conversacion|persona)\b",
    in_care=r"\b(?:estamos|esta|estoy|estan) (?:ya |ahora )?en (?:el |la )?(?:hospital|urgencias|uci|emergencias)\b|"
            r"\b(?:los paramedicos|la ambulancia|el medico) (?:ya )?(?:esta|estan) aqui\b|\b(?:le|me) (?:pusieron|"
            r"dieron|cosieron) (?:\d+ )?puntos\b|\b(?:los paramedicos|la ambulancia|el 112|el 911) (?:ya )?(?:llego|"
            r"llegaron|se lo llevo|se la llevo|se lo llevaron|se la llevaron)\b|\b(?:llegamos|ya estamos) (?:al|en el|"
            r"a) (?:hospital|urgencias)\b|\b(?:el|la) (?:medic[oa]|enfermer[oa]|doctor|doctora|"
            r"farmaceutic[oa]) (?:dijo|dice|ha dicho) que (?:es solo|solo es|era solo|no es (?:nada|grave|el corazon)|"
            r"no era (?:nada|grave))\b|\bya (?:llego|llegaron|esta aqui|estan aqui) (?:la ambulancia|los paramedicos|"
            r"el medico|el 112|el 911)\b",
    settled="Entendido. Si algo empeora, llame a su número local de emergencias. Haga una pregunta sobre sus "
             "documentos cuando quiera una respuesta.",
    notice="Esto no es un consejo médico: Verbatim solo cita documentos y no puede juzgar su situación. Llame "
           "ahora.",
    usual_notice="Esto no es un consejo médico: Verbatim solo cita sus documentos palabra por palabra y no puede "
                 "juzgar su situación. Consulte a un médico o farmacéutico antes de actuar según lo que lea aquí.",
)
