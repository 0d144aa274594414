"""Arabic (ar): follow-up markers, pronouns, question leads and topic words (see `en`).

"And" is written onto the next word ("وماذا"), so markers include the joined forms, and the
first word of a new topic loses a joined "لل" ("للنقل" -> "النقل").
"""

from __future__ import annotations

MARKERS = ("وماذا عن", "ماذا عن", "وماذا بشأن", "ماذا بشأن", "وبالنسبة", "بالنسبة",
           "وبالنسبة إلى", "بالنسبة إلى", "و ماذا عن", "وكذلك", "وأيضا", "أيضا", "و")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("عن", "إلى", "الى", "في", "بشأن", "حول", "ل")
ARTICLES: tuple[str, ...] = ()
CONTRACTIONS: tuple[str, ...] = ()
ATTACHED = (("لل", "ال"),)
PRONOUNS = ("ذلك", "هذا", "هذه", "تلك", "ذاك")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS: dict[str, str] = {}
QUESTION_WORDS = "ما ماذا من متى أين كيف كم هل لماذا هو هي هم"
LEADS = (
    r"ماذا (وعدت|تقول|قالت|تطلب) (الخطه|المنطقه التعليميه|bps) (بشان|عن|حول|ب|في) ",
    r"ماذا حدث (ل|في|بشان|مع) ",
    r"(ما|من) (هو|هي|هم) ",
    r"كم (عدد )?",
    r"(متى|من|اين|كيف|لماذا|هل|ما|ماذا) ",
)
TAILS = (r" (الان|حاليا|اليوم|هذا العام)$",)
FACETS = {
    "target": ("هدف", "الهدف", "أهداف", "الأهداف"),
    "deadline": ("موعد", "الموعد النهائي", "متى", "مهلة"),
    "responsible": ("من", "المسؤول", "مسؤول", "يراقب", "يتحقق", "يراجع"),
    "promise": ("وعدت", "وعد", "التزام", "التزامات"),
    "status": ("حدث", "تقدم", "حالة", "تحقق"),
    "count": ("كم", "عدد", "نسبة"),
}
TEMPLATES = {
    "target": "ما هو الهدف بالنسبة إلى {topic}؟",
    "deadline": "ما هو الموعد النهائي بالنسبة إلى {topic}؟",
    "responsible": "من المسؤول عن {topic}؟",
    "promise": "ماذا وعدت الخطة بشأن {topic}؟",
    "status": "ماذا حدث بشأن {topic}؟",
    "count": "ما هي الأرقام بشأن {topic}؟",
    "general": "ماذا تقول الخطط عن {topic}؟",
}
CONNECTOR = "بشأن"
SUBJECT_FIRST = False
TIME_WORDS = ("الآن", "حاليا", "اليوم", "العام الماضي", "هذا العام", "العام المقبل", "في", "منذ",
              "قبل", "بعد", "خلال", "العام الدراسي")
AREAS = {
    "transportation": ("النقل", "النقل المدرسي", "الحافلات", "حافلات", "الحافلة",
                       "السائقين", "سائقي الحافلات", "في موعدها", "التأخير"),
    "english-learners": ("متعلمو اللغة الإنجليزية", "متعلمي اللغة الإنجليزية",
                         "الطلاب متعددو اللغات", "متعددي اللغات", "esl", "slife",
                         "ثنائي اللغة"),
    "special-education": ("التعليم الخاص", "الطلاب ذوي الإعاقة", "ذوي الإعاقة", "الإعاقة",
                          "iep", "الدمج", "التعليم الدامج"),
    "student-safety": ("سلامة الطلاب", "السلامة", "التقييد الجسدي", "التقييد", "التنمر",
                       "العنف"),
    "facilities": ("المباني المدرسية", "المباني", "دورات المياه", "الحمامات", "الإصلاحات",
                   "التجديد"),
    "transformation-schools": ("مدارس التحول",),
    "data": ("البيانات", "معدل التخرج", "التدقيق"),
    "accountability": ("المساءلة", "الحضور"),
}
AREA_LABELS = {
    "transportation": "الحافلات المدرسية",
    "english-learners": "متعلمي اللغة الإنجليزية",
    "special-education": "التعليم الخاص",
    "student-safety": "سلامة الطلاب",
    "facilities": "المباني المدرسية ودورات المياه",
    "transformation-schools": "مدارس التحول",
    "data": "البيانات",
    "accountability": "المساءلة",
}
PLANS = {
    "sip": ("خطة التحسين المنهجي", "sip"),
    "inclusive-education": ("خطة التعليم الدامج",),
    "multilingual-learners": ("الخطة الاستراتيجية للمتعلمين متعددي اللغات", "omme"),
    "circulars": ("التعميم", "التعاميم", "تعاميم المشرف العام"),
}
