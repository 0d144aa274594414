"""Haitian Creole (ht): follow-up markers, pronouns, question leads and topic words (see `en`).

Haitian Creole puts the demonstrative after the noun ("plan sa a"), and a noun followed by
another is a possessive ("dat limit objektif la"), so replacing "sa" by the last topic reads
naturally.
"""

from __future__ import annotations

MARKERS = ("e", "epi", "e kisa sou", "kisa sou", "e kisa ki genyen pou", "e konsenan",
           "konsenan", "e ki sa pou", "men", "men pou", "tou", "e tou", "menm bagay pou",
           "ak", "e kote")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("pou", "sou", "ak", "nan", "konsenan", "de")
ARTICLES: tuple[str, ...] = ()
CONTRACTIONS: tuple[str, ...] = ()
PRONOUNS = ("sa", "sa a", "bagay sa", "bagay sa a")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
# "sa ki" is "what" ("sa ki te rive?"), not "that"
NOT_BEFORE: dict[str, tuple[str, ...]] = {"sa": ("ki", "k")}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = (
    "ki kisa kiyes kiles kile kijan kouman konbyen kote poukisa eske es se ye te ap pral"
)
LEADS = (
    r"(kisa|ki sa) (plan an|plan la|distri a|bps|lekol la|eta a)? ?(te )?(pwomet|di|mande|"
    r"egzije|chanje) (sou|pou|konsenan|nan) ",
    r"(kisa|ki sa) (lekol la|direkte a|yon lekol|lekol yo) (dwe|gen pou) fe (.{1,30} )?(apre|"
    r"le|si|pou) ",
    r"(kisa|ki sa) ki (te )?(rive|pase) (ak|pou|nan) ",
    r"(pale m|di m|eksplike m)( plis)? (de|sou|konsenan) ",
    r"konbyen ",
    r"(kisa|ki sa|kiyes|kiles|ki) (ki )?(se|ye) ",
    r"(ki moun ki|kiyes ki) (responsab) ",
    r"(ki moun ki|kiyes ki) (\w+) ",
    r"(kile|kijan|kouman|ki kote|poukisa|ki moun ki|kiyes ki) ",
    r"(ki|kisa) ",
)
TAILS = (r" (kounye a|kounya|jodi a|ane sa a|toujou)$",)
FACETS = {
    "target": ("objektif", "sib"),
    "deadline": ("dat limit", "delè", "dele", "kile", "ki le", "ki dat"),
    "responsible": ("ki moun", "kiyes", "responsab", "verifye", "kontwole", "siveye"),
    "promise": ("pwomet", "pwomes", "angajman"),
    "status": ("rive", "pase", "pwogre", "reyalize", "atenn"),
    "count": ("konbyen", "kantite", "pousantaj", "chif"),
}
TEMPLATES = {
    "target": "Ki objektif pou {topic}?",
    "deadline": "Ki dat limit pou {topic}?",
    "responsible": "Ki moun ki responsab {topic}?",
    "promise": "Kisa plan an te pwomèt sou {topic}?",
    "status": "Kisa ki te rive ak {topic}?",
    "count": "Ki chif yo pou {topic}?",
    "general": "Kisa plan yo di sou {topic}?",
}
CONNECTOR = "pou"
SUBJECT_FIRST = False
TIME_WORDS = ("kounye a", "kounya", "jodi a", "ane pase", "ane sa a", "ane pwochen", "an",
              "depi", "anvan", "apre", "pandan", "ane lekol", "oton", "prentan", "lane pase")
AREAS = {
    "transportation": ("transpo", "bis", "bis yo", "bis lekol", "chofe",
                       "an reta", "wout", "arè"),
    "english-learners": ("elev k ap aprann angle", "elev ki ap aprann angle",
                         "moun k ap aprann angle", "aprann angle", "elev ki pale plizye lang",
                         "esl", "slife", "bileng"),
    "special-education": ("edikasyon espesyal", "elev ki gen andikap", "andikap", "iep",
                          "enklizyon", "edikasyon enklizif"),
    "student-safety": ("sekirite", "sekirite elev", "kontrent fizik", "kontrent",
                       "entimidasyon", "vyolans"),
    "facilities": ("enstalasyon", "twalet", "bilding", "batiman", "reparasyon", "renovasyon",
                   "fontenn dlo", "chofaj"),
    "transformation-schools": ("lekol transfomasyon",),
    "data": ("done", "done sou gradyasyon", "to gradyasyon", "odit"),
    "accountability": ("responsablite", "prezans", "tit prezans"),
}
AREA_LABELS = {
    "transportation": "bis lekòl yo",
    "english-learners": "elèv k ap aprann angle yo",
    "special-education": "edikasyon espesyal",
    "student-safety": "sekirite elèv yo",
    "facilities": "bilding lekòl yo ak twalèt yo",
    "transformation-schools": "lekòl transfòmasyon yo",
    "data": "done yo",
    "accountability": "responsablite",
}
PLANS = {
    "sip": ("plan amelyorasyon sistemik", "sip"),
    "inclusive-education": ("plan edikasyon enklizif",),
    "multilingual-learners": ("plan estrategik pou elev ki pale plizye lang", "omme"),
    "circulars": ("sikile", "sikile yo", "sikile sirentandan an"),
}
