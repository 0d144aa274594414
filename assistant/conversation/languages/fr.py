"""French (fr): follow-up markers, pronouns, question leads and topic words (see `en`)."""

from __future__ import annotations

MARKERS = ("et", "et qu'en est-il", "qu'en est-il", "et pour ce qui est", "et concernant",
           "et en ce qui concerne", "en ce qui concerne", "et du cote", "et cote", "aussi",
           "et aussi", "pareil pour", "meme question pour", "mais", "et quid")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("pour", "sur", "avec", "en", "de", "d'", "concernant", "au sujet de", "a propos de",
                "a", "du", "des")
ARTICLES = ("le", "la", "les", "l'", "un", "une")
CONTRACTIONS = ("du", "des", "au", "aux")
PRONOUNS = ("cela", "ça", "ca", "ceci")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS = {"ce": "le", "cet": "l'", "cette": "la", "ces": "les"}
QUESTION_WORDS = (
    "que qu' quel quelle quels quelles qui quand ou comment combien pourquoi est sont etait "
    "etaient est-ce qu'est-ce est-il sont-ils a-t-il dites expliquez-moi"
)
LEADS = (
    r"(qu'est-ce que|que|qu')( le plan| le district| bps| l'ecole| l'etat| la ville)? ?(a "
    r"promis|promet|dit|exige|prevoit|a prevu|a change)( le plan| le district| bps)? (pour|sur|"
    r"au sujet de|concernant|a propos de|de|en) ",
    r"qu'a (promis|dit|prevu) (le plan|le district|bps|l'etat) (pour|sur|au sujet de|"
    r"concernant|a propos de|de|en) ",
    r"que (doit|doivent) faire (.{1,30} )?(apres|quand|si|en cas de|pour|lors d'|lors de) ",
    r"(que s'est-il passe|qu'est-il arrive|qu'est-ce qui s'est passe) (pour|avec|a|au|aux) ",
    r"(parlez-moi|dites-moi|expliquez-moi)( plus)? (de|du|des|sur) ",
    r"combien (de |d')?",
    r"(quel|quelle|quels|quelles) (est|sont|etait|etaient|sera|seront) ",
    r"(qui|quand|ou|comment|pourquoi) (est|sont|a|ont|doit|doivent|etait)(-il|-elle|-ce)? ",
    r"qui est responsable (de|du|des) ",
    r"qui (\w+) ",
    r"(est-ce que|est-ce qu') ",
)
TAILS = (r" (maintenant|aujourd'hui|actuellement|cette annee|encore)$",)
FACETS = {
    "target": ("objectif", "objectifs", "cible", "but"),
    "deadline": ("echeance", "echeances", "date limite", "delai", "quand", "pour quand",
                 "calendrier"),
    "responsible": ("qui", "responsable", "verifie", "controle", "surveille", "supervise",
                    "charge"),
    "promise": ("promis", "promesse", "promesses", "engagement", "engagements"),
    "status": ("passe", "etat", "progres", "atteint", "realise", "fait"),
    "count": ("combien", "nombre", "pourcentage", "taux", "chiffres"),
}
TEMPLATES = {
    "target": "Quel est l'objectif pour {topic} ?",
    "deadline": "Quelle est l'échéance pour {topic} ?",
    "responsible": "Qui est responsable de {topic} ?",
    "promise": "Qu'a promis le plan pour {topic} ?",
    "status": "Que s'est-il passé pour {topic} ?",
    "count": "Quels sont les chiffres pour {topic} ?",
    "general": "Que disent les plans sur {topic} ?",
}
CONNECTOR = "pour"
SUBJECT_FIRST = False
TIME_WORDS = ("maintenant", "aujourd'hui", "actuellement", "l'an dernier", "l'annee derniere",
              "annee derniere", "cette annee", "l'annee prochaine", "en", "depuis", "avant",
              "apres", "pendant", "l'annee scolaire", "automne", "printemps", "alors")
AREAS = {
    "transportation": ("transport", "transports", "bus", "autobus", "bus scolaires",
                       "chauffeurs", "conducteurs", "ponctualite", "a l'heure", "trajets",
                       "arrets"),
    "english-learners": ("eleves qui apprennent l'anglais", "apprenants de l'anglais",
                         "apprenants d'anglais", "eleves apprenant l'anglais",
                         "eleves multilingues", "apprenants multilingues", "esl", "slife",
                         "bilingue", "bilingues", "eleves allophones"),
    "special-education": ("education specialisee", "eleves handicapes", "handicap",
                          "handicaps", "iep", "inclusion", "education inclusive"),
    "student-safety": ("securite", "securite des eleves", "contention physique", "contention",
                       "harcelement", "violence"),
    "facilities": ("batiments", "batiments scolaires", "toilettes", "sanitaires",
                   "installations", "reparations", "renovations", "fontaines", "chauffage"),
    "transformation-schools": ("ecoles en transformation", "ecoles de transformation"),
    "data": ("donnees", "donnees sur l'obtention du diplome", "taux d'obtention du diplome",
             "audit", "audits"),
    "accountability": ("responsabilite", "reddition de comptes", "assiduite",
                       "mise sous tutelle"),
}
AREA_LABELS = {
    "transportation": "les bus scolaires",
    "english-learners": "les élèves qui apprennent l'anglais",
    "special-education": "l'éducation spécialisée",
    "student-safety": "la sécurité des élèves",
    "facilities": "les bâtiments scolaires et les toilettes",
    "transformation-schools": "les écoles en transformation",
    "data": "les données",
    "accountability": "la responsabilité",
}
PLANS = {
    "sip": ("plan d'amelioration systemique", "sip"),
    "inclusive-education": ("plan d'education inclusive",),
    "multilingual-learners": ("plan strategique pour les eleves multilingues", "omme"),
    "circulars": ("circulaire", "circulaires", "circulaires du surintendant"),
}
