"""Somali (so): follow-up markers, pronouns, question leads and topic words (see `en`).

"Ka warran X?" is "what about X?".
"""

from __future__ import annotations

MARKERS = ("ka warran", "ka waran", "iyo ka warran", "iyo", "oo", "sidoo kale", "xagga",
           "iyo xagga", "haddaba")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("ku saabsan", "ee", "u", "ka", "ku")
ARTICLES: tuple[str, ...] = ()
CONTRACTIONS: tuple[str, ...] = ()
PRONOUNS = ("arrintaas", "arrintan", "waxaas", "taas", "kaas", "tan", "kan")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = "waa maxay maxaa muxuu goorma imisa immisa meeqa sidee yaa ayaa xagee ma"
LEADS = (
    r"maxay (qorshuhu|qorshaha|degmadu|bps|dugsigu) (ka )?(ballan ?qaaday|sheegay|sheegtay|"
    r"dalbaday) ",
    r"maxaa ku dhacay ",
    r"(waa maxay|maxay tahay|maxay yihiin|maxay ahayd|waa kuma|waa ayo) ",
    r"(goorma|imisa|immisa|meeqa|sidee|yaa|xagee) ",
)
TAILS = (r" (hadda|haatan|maanta|weli)$",)
FACETS = {
    "target": ("bartilmaameed", "bartilmaameedka", "hadaf", "yool"),
    "deadline": ("waqtiga kama dambaysta", "kama dambays", "goorma", "muddo"),
    "responsible": ("yaa", "kuma", "mas'uul", "hubiya", "la socda"),
    "promise": ("ballan", "ballanqaad", "ballan qaaday"),
    "status": ("dhacay", "horumar", "xaalad", "gaaray"),
    "count": ("imisa", "immisa", "meeqa", "tirada", "boqolkiiba"),
}
TEMPLATES = {
    "target": "Waa maxay bartilmaameedka {topic}?",
    "deadline": "Goorma ayuu yahay waqtiga kama dambaysta ah ee {topic}?",
    "responsible": "Yaa mas'uul ka ah {topic}?",
    "promise": "Maxay qorshuhu ka ballan qaaday {topic}?",
    "status": "Maxaa ku dhacay {topic}?",
    "count": "Waa maxay tirooyinka {topic}?",
    "general": "Maxay qorshayaashu ka sheegeen {topic}?",
}
CONNECTOR = "ku saabsan"
SUBJECT_FIRST = False
TIME_WORDS = ("hadda", "haatan", "maanta", "sannadkii hore", "sanadkii hore", "sannadkan",
              "sanadkan", "sannadka", "ka hor", "kadib", "inta lagu jiro")
AREAS = {
    "transportation": ("gaadiidka", "gaadiid", "baska", "basaska", "bas", "darawallada",
                       "waqtigooda"),
    "english-learners": ("ardayda ingiriisiga baranaysa", "ingiriisiga baranaysa",
                         "ardayda luqadaha badan", "esl", "slife", "laba luqadood"),
    "special-education": ("waxbarashada gaarka ah", "ardayda naafada ah", "naafo", "iep",
                          "isku darka"),
    "student-safety": ("badbaadada ardayda", "badbaadada", "amniga", "xakamaynta jirka",
                       "cagajugleyn", "rabshad"),
    "facilities": ("dhismayaasha", "musqulaha", "musqul", "dayactir"),
    "transformation-schools": ("dugsiyada isbeddelka",),
    "data": ("xogta", "heerka qalin jabinta", "hantidhowr"),
    "accountability": ("xisaab-celinta", "xisaab celin", "imaanshaha"),
}
AREA_LABELS = {
    "transportation": "basaska dugsiga",
    "english-learners": "ardayda Ingiriisiga baranaysa",
    "special-education": "waxbarashada gaarka ah",
    "student-safety": "badbaadada ardayda",
    "facilities": "dhismayaasha iyo musqulaha",
    "transformation-schools": "dugsiyada isbeddelka",
    "data": "xogta",
    "accountability": "xisaab-celinta",
}
PLANS = {
    "sip": ("qorshaha hagaajinta nidaamka", "sip"),
    "inclusive-education": ("qorshaha waxbarashada loo dhan yahay",),
    "multilingual-learners": ("qorshaha istaraatiijiga ee ardayda luqadaha badan", "omme"),
    "circulars": ("wareegto", "wareegtooyinka"),
}
