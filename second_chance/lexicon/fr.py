"""French cues (vous and tu)."""

from __future__ import annotations

from . import Cue, Entry, Pattern, compile_entries

_M = {
    "YOUR": r"(?:votre|ta|vos|tes)",
    "APP": r"(?:candidature|dossier|profil|cv|postulation)",
    "PERSON": r"(?:candidat\w*|profils?|personnes?|candidatures?)",
    "JOBNOUN": r"(?:poste|offre|emploi|mission|recrutement|fonction|vacance|opportunité|position)",
}

_E: list[Entry] = [
    (
        Cue.REJECT,
        1.0,
        r"(?:ne (?:\w+ ){0,3}?pas|ne (?:\w+ ){0,3}?plus|pas en mesure de|impossible de|ne pouvons pas) (?:\w+ ){0,3}?"
        r"(?:donner|réserver|apporter) (?:une )?suite(?: favorable| positive)?|suite (?:favorable|positive) "
        r"(?:\w+ ){0,3}?(?:ne|pas)|(?:pas|aucune) (?:de )?suite favorable",
    ),
    (Cue.REJECT, 1.0, r"\bne (?:\w+ ){1,3}?(?:pas|plus) (?:de |une |aucune )?suite\b"),
    (
        Cue.REJECT,
        1.0,
        r"(?:pas|plus) (?:\w+ ){0,3}?(?:de |d')?retenir (?:votre|ta|vos|tes) (?:candidature|dossier|profil|candidatures)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:<<YOUR>> <<APP>>|vous|tu) (?:\w+ ){0,3}?(?:n'a|n'ont|n'avez|n'as|n'êtes|n'es|ne sera|ne seront|ne sont|n'est) "
        r"(?:\w+ )?(?:pas|plus) (?:été )?(?:retenue?s?|sélectionnée?s?|choisie?s?)|n'avons (?:\w+ )?pas (?:pu )?(?:retenir|"
        r"retenu|sélectionner|sélectionné) (?:<<YOUR>>|vous|ta|ton)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\b(?:qu'elle|qu'il|elle|celle-ci|celui-ci) (?:n'a|n'ont|ne sera|ne pourra) (?:pas|plus) (?:été |être )?(?:retenue?|"
        r"sélectionnée?)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:avons|ai|a|ont) (?:finalement |donc )?(?:décidé de |choisi de |préféré )?(?:retenir|retenu|privilégier|privilégié|"
        r"choisir|choisi|sélectionner|sélectionné|opté pour|orienté (?:notre choix )?vers|porté notre choix sur|"
        r"poursuivre avec|continuer avec|avancer avec) (?:un |une |d'autres |l'|les )?(?:autres? |\w+ )?"
        r"(?:<<PERSON>>|personne)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"(?:ne (?:\w+ ){0,2}?pas|de ne pas|ne plus|pas) (?:\w+ ){0,2}?(?:d'|de )?(?:poursuivre|continuer|avancer|"
        r"aller plus loin|donner suite)(?: \w+){0,3}? (?:avec (?:vous|toi|<<YOUR>> <<APP>>)|<<YOUR>> <<APP>>|le processus|"
        r"notre collaboration)",
    ),
    (Cue.REJECT, 1.0, r"réponse (?:négative|défavorable)|avis défavorable"),
    (
        Cue.REJECT,
        0.8,
        r"(?:profils?|candidats?|candidatures?) (?:\w+ ){0,4}?(?:correspond\w* (?:davantage|mieux|plus)|plus (?:proche|"
        r"adapté|en adéquation)|(?:davantage|mieux) (?:adapté|en adéquation))|profils? retenus?",
    ),
    (
        Cue.REJECT,
        0.6,
        r"(?:<<YOUR>> <<APP>>|votre parcours|ton parcours|votre expérience) ne (?:correspond|répond) (?:pas|plus)",
    ),
    # "votre profil ne correspond pas à ce qu'on recherche": said of the profile against this post, it decides.
    (
        Cue.REJECT,
        1.0,
        r"(?:profil|parcours|candidature|expérience) ne (?:correspond|répond) pas (?:à ce qu(?:e |')(?:on|nous) "
        r"recherch|au (?:poste|profil recherché)|à nos (?:attentes|besoins|critères))",
    ),
    (
        Cue.FILLED,
        0.9,
        r"<<JOBNOUN>>(?: [\w()'/-]+){0,6}? (?:a|est|était|ont|sont)(?: \w+)? (?:été )?(?:déjà |désormais |finalement |"
        r"entre-temps )?(?:pourvue?s?|comblée?s?)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"<<JOBNOUN>>(?: [\w()'/-]+){0,5}? (?:a été|est|sont|ont été) (?:\w+ )?(?:suspendue?s?|annulée?s?|gelée?s?|"
        r"mise?s? en (?:attente|pause|suspens|stand-by)|fermée?s?)|gel des recrutements|(?:recrutement|processus) "
        r"(?:\w+ ){0,4}?(?:suspendu|clôturé|annulé|gelé)",
    ),
    (Cue.HINT, 0.5, r"\bregret|au regret|avons le regret"),
    (Cue.HINT, 0.15, r"\bmalheureusement\b"),
    (
        Cue.HINT,
        0.3,
        r"(?:pleine |bonne )?réussite (?:dans|pour)|succès dans|bonne chance|(?:bonne|excellente) continuation",
    ),
    (
        Cue.HINT,
        0.3,
        r"(?:conserv|gard)\w* (?:\w+ ){0,3}?(?:cv|candidature|coordonnées|dossier|profil)|vivier|"
        r"(?:futures?|prochaines?) (?:opportunités|offres|postes)|opportunité (?:plus adaptée|ultérieure)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:proposer|proposons|propose|convier|convions|inviter|invitons|invite)[^.]{0,60}?(?:entretien|échange|"
        r"rencontre|visio|appel|étape)",
    ),
    (
        Cue.POSITIVE,
        0.9,
        r"(?:ravie?s?|heureux|heureuse|le plaisir) de (?:vous|t') ?(?:\w+ )?(?:inviter|annoncer|informer|proposer|convier)|"
        r"retenu toute notre attention|(?:avez|as) été (?:retenue?|sélectionnée?) pour",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"prochaine étape|étape suivante|(?:prochain|second|deuxième|dernier) (?:entretien|tour)",
    ),
    (
        Cue.POSITIVE,
        0.6,
        r"(?:vos|tes) disponibilités|créneau|(?:vous|te) conviendrait|(?:vous|te) convient",
    ),
    (
        Cue.OFFER,
        1.0,
        r"proposition (?:d'embauche|de contrat|d'emploi|salariale)|promesse d'embauche|(?:notre|une) offre (?:d'emploi|"
        r"ferme|formelle)|(?:vous|te) (?:faire|proposer) une offre",
    ),
    (Cue.OFFER, 0.6, r"félicitations|bienvenue dans (?:l'équipe|notre équipe)"),
    (
        Cue.ACK,
        0.9,
        r"(?:avons|avoir) (?:bien )?reçu (?:<<YOUR>>|ta|votre)|accus\w* (?:de )?réception|bonne réception",
    ),
    (
        Cue.ACK,
        0.7,
        r"(?:allons|va|vont|sera|seront) (?:\w+ )?(?:étudiée?s?|examinée?s?|étudier|examiner)|reviendr\w+ vers (?:vous|toi)",
    ),
    (
        Cue.ACK,
        0.9,
        r"(?:pas|ne pouvons pas) (?:\w+ ){0,3}?(?:répondre|revenir) (?:\w+ ){0,2}?(?:individuellement|de manière "
        r"(?:individuelle|personnalisée)|à chacun|à toutes les)|seul(?:e)?s? les (?:candidatures|profils|candidats) retenu",
    ),
    (
        Cue.RESCHEDULE,
        0.9,
        r"(?:reporter|décaler|reprogrammer|déplacer|annuler) (?:notre|votre|ton|l'|le )?(?:\w+ )?(?:entretien|rendez-vous|"
        r"échange|rencontre)|(?:entretien|rendez-vous) (?:\w+ ){0,2}?(?:reporté|décalé|annulé|déplacé)",
    ),
    (
        Cue.ASSESSMENT,
        0.6,
        r"\b(?:test technique|exercice technique|étude de cas|cas pratique|test en ligne)",
    ),
    (
        Cue.SURVEY,
        0.9,
        r"enquête|questionnaire|expérience candidat|satisfaction",
    ),
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:respect\w*|comprend\w*) (?:tout à fait |parfaitement |bien )?(?:votre|ta) (?:décision|choix)|"
        r"félicit\w* pour (?:votre|ton) nouveau (?:poste|emploi|job)|(?:avez|as) accepté une (?:autre )?offre",
    ),
    (
        Cue.WITHDRAWN,
        0.9,
        r"(?:candidature|dossier) (?:\w+ ){0,3}?retirée?|retrait de (?:votre|ta) candidature",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:merci|remercie|remercions)[^.]{0,80}(?:entretien|échange|rencontre|temps|visio|disponibilité)|"
        r"(?:suite à|après) (?:notre|votre|l'|ton|nos) (?:\w+ )?(?:entretien|échange|rencontre)",
    ),
    (
        Cue.INTERVIEWED,
        0.8,
        r"(?:notre|votre|ton|l\') ?(?:entretien|échange|rencontre|appel|visio) (?:du|de|avec|d\'hier|de la semaine)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bne (?:poursuivr|continuer|donner)\w* (?:pas|plus)\b(?: \w+){0,3}? (?:le processus|la procédure|votre candidature|ta candidature|avec vous|avec toi)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:retenu|choisi|part\w*|opté|privilégié|orient\w*|poursuiv\w*|continu\w*|avanc\w*|porté)(?: \w+){0,4}? (?:sur |avec |pour |vers )?(?:un autre|une autre|d\'autres|des) (?:\w+ )?(?:profils?|candidat\w*|candidatures?|personnes?)",
    ),
    (
        Cue.REJECT,
        1.0,
        r"\bclôtur\w* (?:votre|ta) candidature|(?:votre|ta) candidature (?:est|a été) (?:clôturée|close|classée)",
    ),
    (
        Cue.REJECT,
        0.9,
        r"(?:choix|décision) s\'est port\w* sur (?:un|une|d\'autres|des|le|la)",
    ),
    (
        Cue.ON_HOLD,
        0.5,
        r"gel des (?:embauches|recrutements)|mis(?:e)? sur la glace|(?:recrutement|processus|poste)(?: \w+){0,5}? (?:est |a été )?(?:suspendu|annulé|gelé|clôturé|interrompu)",
    ),
    (
        Cue.OUTREACH,
        0.9,
        r"à l\'époque|l\'an dernier|l\'année dernière|il y a (?:quelques|plusieurs) mois|nouveau poste|nouvelle opportunité|seriez-vous intéressée?|serais-tu intéressée?",
    ),
    (
        Cue.HEDGE,
        1.0,
        r"\b(?:si|s'il|à moins que|bien que|même si|au cas où|que (?:vous|votre) (?:soyez|candidature soit))\b",
    ),
    (
        Cue.HEDGE,
        2.0,
        r"ne signifie pas|aucun(?:e)? (?:impact|incidence)|ne remet pas en cause|(?:pourrez|pouvez|pourriez|pourra|"
        r"veuillez|devrez|devez|devrait) (?:\w+ )?considérer|considérer que|sans (?:nouvelles|réponse|retour) de (?:notre|nos)",
    ),
    # Conditions de délai ou de complétude ("les dossiers incomplets ne seront pas ...") : rien n'est décidé.
    (Cue.HEDGE, 1.0, r"hors délai|incomplets?\b|incomplètes?\b|reçu(?:e|s|es)? après|en retard"),
    (Cue.FILLED, 0.9, r"(?:nous avons|on a|avons) (?:\w+ )?(?:pourvu|comblé) (?:le |la |ce |cette )?<<JOBNOUN>>"),
    (
        Cue.FILLED,
        0.9,
        r"(?:combler|pourvoir|doter) (?:le|ce) <<JOBNOUN>> (?:à l'interne|en interne)|(?:le|ce) <<JOBNOUN>> "
        r"(?:\w+ ){0,3}?(?:comblé|pourvu) (?:à l'interne|en interne)",
    ),
    (Cue.HEDGE, 1.0, r"^sans\b"),
]

_CONTEXT: list[Entry] = [
    (Cue.JOB, 1.0, r"\bcandidat\w*"),
    (
        Cue.JOB,
        1.0,
        r"\b(?:poste|emploi|recrutement|offre d'emploi|fonction|mission|alternance|stage)\b",
    ),
    (Cue.JOB, 1.5, r"\bentretien"),
    (
        Cue.JOB,
        1.5,
        r"\b(?:ressources humaines|drh|chargée? de recrutement|talent acquisition|équipe rh)\b",
    ),
    (Cue.JOB, 1.0, r"\b(?:cv|lettre de motivation|curriculum)\b"),
    (Cue.JOB, 2.0, r"\((?:h/f|f/h|h/f/x|f/h/x)\)"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:prêt|crédit|demande de financement|hypothèque)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:logement|appartement|bail|dossier de location|propriétaire|visite du)\b",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:visa|titre de séjour|naturalisation)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:admission|inscription|parcoursup|programme de formation|place en master|master [12]\b|"
        r"étudiants|recours gracieux)",
    ),
    (Cue.NONJOB, 2.0, r"\b(?:subvention|bourse|aide financière)\b"),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:appel d'offres|fournisseurs?|prestataires?|marché public|devis|votre offre commerciale|consultation)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:votre article|conférence|comité de programme|relecteurs?|colloque)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:commande|remboursement|livraison|bénévol\w*|adhésion)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:année universitaire|commission pédagogique)\b",
    ),
    (
        Cue.NONJOB,
        2.0,
        r"\b(?:scolarité|ufr|places disponibles|nombre de places)\b",
    ),
]

PATTERNS: tuple[Pattern, ...] = compile_entries(_E + _CONTEXT, _M)
