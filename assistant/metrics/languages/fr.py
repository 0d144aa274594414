"""French (fr): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

import re

NBSP = "\u00a0"  # French puts a non-breaking space before % and ;

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} était de {value}",
    "where_school": " à {id}",
    "where_route": " sur la ligne {id}",
    "where_state": " dans tout l'État",
    "where_national": " au niveau national",
    "met": ". L'objectif du plan est {target}. L'objectif a donc été atteint",
    "not_met": ". L'objectif du plan est {target}. L'objectif n'a donc pas été atteint",
    "lapsed": ". L'objectif du plan ({target}) ne s'appliquait plus à cette date",
    "aim": ". Le plan veut {target}, sans donner de chiffre",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". C'est le chiffre le plus récent dont nous disposons. Il remonte à {age}",
    "undated": ". La source ne dit pas quand ce chiffre a été mesuré",
    "disagree": f". Les sources ne sont pas d'accord{NBSP}: une autre source donne {{values}}",
    "disagree_plain": ". Les sources ne sont pas d'accord sur ce chiffre",
    "and": " et ",
    "no_data": (
        "Nos tableaux de données n'ont pas encore de chiffre pour {name}, "
        "donc nous ne pouvons pas dire ce qu'il est."
    ),
    "no_metric": "Nos tableaux de données n'ont aucun chiffre qui réponde à cette question.",
    "date": "{day} {month} {year}",
    "month_year": "{month} {year}",
    "sy": "l'année scolaire {years}",
    "fy": "l'exercice budgétaire {year}",
    "qy": "le trimestre {q} de {year}",
    "class": "la promotion {year}",
    "fall": "l'automne {year}",
    "review": "l'examen de l'État de {year}",
    "planned": "{period} (prévu)",
    "between": "entre {a} et {b}",
    "from_to": "de {a} à {b}",
    "since": "depuis {a}",
    "on_day": "Le {date}",
    "in_period": "En {period}",
    "lead_sy": "Pendant l'année scolaire {years}",
    "lead_fy": "Pendant l'exercice budgétaire {year}",
    "lead_qy": "Au trimestre {q} de {year}",
    "lead_class": "Pour la promotion {year}",
    "lead_fall": "À l'automne {year}",
    "lead_review": "Lors de l'examen de l'État de {year}",
    "as_of": "au {date}",
    "target_label": f"objectif{NBSP}: {{target}}",
    "note_label": f"note{NBSP}: {{note}}",
    "source_label": f"source{NBSP}: {{url}}",
    "age_label": f"ancienneté{NBSP}: {{age}}",
    "no_value": "pas de données",
    "days": "{n} jours",
    "months": "{n} mois",
    "years": "{n} ans",
    "about": "environ {v}",
    "nearly": "près de {v}",
    "more than": "plus de {v}",
    "at least": "au moins {v}",
    "less than": "moins de {v}",
    "million": "{v} millions de",
    "billion": "{v} milliards de",
    "million_one": "{v} million de",
    "billion_one": "{v} milliard de",
    "percent": f"{{v}}{NBSP}%",
    "percent_per_year": f"{{v}}{NBSP}% par an",
    "usd": "{v} dollars",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
UNIT_WORDS = {
    "schools": "écoles",
    "students": "élèves",
    "reports": "signalements",
    "drivers": "chauffeurs",
    "projects": "projets",
    "units": "appareils",
    "sensors": "capteurs",
    "mandates": "obligations",
    "stops": "arrêts",
    "count": "",
}
METRIC_PATTERNS = (
    r"\bcombien\b",
    r"\bquel(le)?s? (est|sont|etait|etaient) (le|la|les|l') ?(nombre|taux|part|pourcentage|"
    r"proportion|total|budget|cout|moyenne|situation|etat)\b",
    r"\bnombre d(e|es|')",
    r"\b(pourcentages?|pour cent|proportion|taux|ratio|moyenne|mediane|total|chiffres?|"
    r"statistiques|donnees sur|tendances?)\b",
    r"%",
    r"\b(a l'heure|ponctu\w*|en retard|retards?)\b",
    r"\b(objectifs?|cibles?|seuils?)\b",
    r"\b(atteint\w*|atteindre|atteign\w*|respecte\w*)\b",
    r"\b(progres|avancement|ou en est|ameliore(e|s|es|nt)?|s'ameliore\w*|mieux|pire)\b",
    r"\b(maintenant|actuellement|aujourd'hui|cette annee|l'annee derniere|toujours|"
    r"dernier|derniere|derniers|dernieres)\b",
    r"\b(inscriptions?|inscrits|effectifs?|diplome\w*|obtention du diplome|budget|couts?|"
    r"coute\w*|depens\w*|financement)\b",
    r"\b(renove\w*|embauche\w*|installe\w*|approuve\w*)\b",
    # "ont terminé" asks for progress, "se termine" (ends) does not
    r"\b(ont|a|sont|est|deja|ete) (ete )?(termine|acheve)\w*",
    r"\bquel(le)?s? (part|pourcentage|proportion|taux|nombre)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\bque dit (le|la|ce|cette) (plan|politique|circulaire|document)\b",
    r"\b(qui est|qui sont|qu'est-ce que|qu'est ce que|que signifie|que veut dire|definition de)\b",
    r"\bou (puis-je|peut-on|trouver|lire)\b",
    r"\bcomment (puis-je|faire pour|demander|dois-je|est-ce que je)\b",
)
COUNT_PATTERN = r"\b(combien|nombre d(e|es|'))"
TARGET_PATTERN = r"\b(objectifs?|cibles?|atteint\w*|atteindre|respecte\w*)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(national\w*|tout le pays|dans le pays|a l'echelle nationale)\b",
    "state": r"\b(tout l'etat|dans l'etat|de l'etat|massachusetts)\b",
}
STOP_WORDS = (
    "a au aux avec ce ces cette dans de des du elle en est et etait etaient eu il ils je la "
    "le les leur leurs l d qu lui ma mais me meme mes mon ne nous on ou par pas pour qu que "
    "qui sa se ses son sont sur ta te tes ton tu un une vos votre vous y ont ete combien quel "
    "quelle quels quelles comment quand maintenant actuellement aujourd hui toujours encore "
    "dernier derniere deja "
    "bps boston district plan publiques"
)


def polish(text: str) -> str:
    """Elide 'de' before a vowel the templates put there ('de environ' -> "d'environ")."""
    return re.sub(r"\bde (?=(?:environ|au|avril|août|octobre|un|une)\b)", "d'", text)
