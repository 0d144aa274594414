"""Cape Verdean Creole (kea): follow-up markers, pronouns, question leads and topic words.

Best effort: written from the words our translated summaries use (see `en` for the names).
"""

from __future__ import annotations

MARKERS = ("i", "e", "i kuzé", "i kuzé ki", "i pa", "kuzé ki sta ku", "i sobri", "tanbé",
           "i tanbé", "mesmu kuza pa", "ma")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("pa", "sobri", "ku", "na", "di", "pamodi")
ARTICLES = ("o", "a", "un", "kes")
CONTRACTIONS: tuple[str, ...] = ()
PRONOUNS = ("kel-li", "kela", "kel", "isu", "es", "el", "kes-li")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {"es": ("planu", "prazu", "meta", "padron"),
                                          "el": ("ta", "sta", "tene")}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = "kuze kal kenha kantu ki undi modi pamodi e sta ta era"
LEADS = (
    r"kuze ki (planu|distritu|bps|skola|stadu)? ?(pormete|fla|dize|ta fla|ta exiji|muda) "
    r"(sobri|pa|di|na) ",
    r"kuze ki (kontise|kontese|pasa) (ku|na|pa) ",
    r"(kuze ki|kal ki|kenha ki|kal|kenha) (e|era|sta) ",
    r"(kantu|ki ora|kandu|undi|modi|pamodi) ",
    r"(kuze|kal|kenha) ",
)
TAILS = (r" (gosi|oji|atualmenti|es anu)$",)
FACETS = {
    "target": ("meta", "metas", "objetivu"),
    "deadline": ("prazu", "prazus", "data limiti", "kandu", "ki ora", "ki dia"),
    "responsible": ("kenha", "responsavel", "verifika", "kontrola"),
    "promise": ("pormete", "promesa", "kompromisu"),
    "status": ("kontise", "progresu", "txiga", "kunpri"),
    "count": ("kantu", "numeru", "persentajen", "taxa"),
}
TEMPLATES = {
    "target": "Kal ki é meta pa {topic}?",
    "deadline": "Kal ki é prazu pa {topic}?",
    "responsible": "Kenha ki é responsavel pa {topic}?",
    "promise": "Kuzé ki planu pormete sobri {topic}?",
    "status": "Kuzé ki kontise ku {topic}?",
    "count": "Kuzé ki é númerus di {topic}?",
    "general": "Kuzé ki planus ta fla sobri {topic}?",
}
CONNECTOR = "pa"
SUBJECT_FIRST = False
TIME_WORDS = ("gosi", "oji", "atualmenti", "anu pasadu", "es anu", "na", "dizdi", "antis",
              "dipos", "duranti", "anu skolar")
AREAS = {
    "transportation": ("transporti", "bus", "bus di skola", "motorista", "motoristas",
                       "na ora", "atrazu", "rota", "rotas", "paraji"),
    "english-learners": ("alunus ki sta ta prende ingles", "alunus ki ta prende ingles",
                         "prende ingles", "alunus multilingui", "esl", "slife", "bilingui"),
    "special-education": ("idukason spesial", "alunus ku difisiensia", "difisiensia", "iep",
                          "inkluzon", "idukason inkluziva"),
    "student-safety": ("siguransa", "siguransa di alunus", "kontenson fizika", "kontenson",
                       "bullying", "violensia"),
    "facilities": ("instalasons", "kasa di banhu", "banhu", "edifisius", "reparason",
                   "renovason"),
    "transformation-schools": ("skolas di transformason",),
    "data": ("dadus", "taxa di graduason", "auditoria"),
    "accountability": ("prestason di kontas", "responsabilidadi", "prezensa"),
}
AREA_LABELS = {
    "transportation": "bus di skola",
    "english-learners": "alunus ki sta ta prende inglês",
    "special-education": "idukason spesial",
    "student-safety": "siguransa di alunus",
    "facilities": "instalasons y kasa di banhu",
    "transformation-schools": "skolas di transformason",
    "data": "dadus",
    "accountability": "prestason di kontas",
}
PLANS = {
    "sip": ("planu di midjoramentu sistemiku", "sip"),
    "inclusive-education": ("planu di idukason inkluziva",),
    "multilingual-learners": ("planu strategiku pa alunus multilingui", "omme"),
    "circulars": ("sirkular", "sirkularis"),
}
