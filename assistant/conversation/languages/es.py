"""Spanish (es): follow-up markers, pronouns, question leads and topic words (see `en`)."""

from __future__ import annotations

MARKERS = ("y", "y que hay de", "que hay de", "y que pasa con", "que pasa con", "y que tal",
           "que tal", "y en cuanto a", "en cuanto a", "también", "y también", "lo mismo para",
           "y sobre", "pero y")
SUFFIXES: tuple[str, ...] = ()
PREPOSITIONS = ("para", "sobre", "con", "de", "en", "acerca de", "respecto a", "a")
ARTICLES = ("el", "la", "los", "las", "un", "una", "unos", "unas")
CONTRACTIONS = ("del", "al")
PRONOUNS = ("eso", "esto", "ello", "aquello")
CONDITIONAL: tuple[str, ...] = ()
PRONOUN_AFTER = ""
NOT_BEFORE: dict[str, tuple[str, ...]] = {}
DETERMINERS = {"ese": "el", "esa": "la", "esos": "los", "esas": "las", "este": "el",
               "esta": "la", "estos": "los", "estas": "las", "dicho": "el", "dicha": "la"}
QUESTION_WORDS = (
    "que cual cuales quien quienes cuando donde como cuanto cuanta cuantos cuantas por es son "
    "fue fueron era eran sera esta estan hay dime explicame cuentame"
)
LEADS = (
    r"que (prometio|promete|dice|dijo|exige|requiere|cambio|significa)( el plan| el distrito|"
    r" bps| la escuela| el estado| la ciudad)? (sobre|para|acerca de|de|con|en|respecto a) ",
    r"que (debe|deben|tiene que|tienen que) hacer (.{1,30} )?(despues de|cuando|si|con|para|"
    r"ante|en caso de) ",
    r"que (paso|pasa|ha pasado|ocurrio) (con|a|en|por) ",
    r"(dime|explicame|cuentame|hablame)( mas)? (sobre|de|acerca de) ",
    r"(cuantos|cuantas|cuanto|cuanta) ",
    r"(que|cual|cuales|quien|quienes|cuando|donde|como|por que) (es|son|fue|fueron|era|eran|"
    r"sera|esta|estan|hay|vence|vencen|termina) ",
    r"(quien|quienes) (es|son) (responsable|responsables) de ",
    r"(quien|quienes) (\w+) ",
    r"(que|cual|cuales|quien|quienes|cuando|donde|como) ",
)
TAILS = (r" (ahora|hoy|actualmente|este ano|todavia)$",)
FACETS = {
    "target": ("meta", "metas", "objetivo", "objetivos"),
    "deadline": ("fecha limite", "fechas limite", "plazo", "plazos", "vence", "vencen",
                 "cuando", "para cuando"),
    "responsible": ("quien", "quienes", "responsable", "responsables", "revisa", "supervisa",
                    "vigila", "controla", "encargado"),
    "promise": ("prometio", "promesa", "promesas", "compromiso", "compromisos", "prometieron"),
    "status": ("paso", "estado", "progreso", "avance", "cumplio", "logro", "alcanzo"),
    "count": ("cuantos", "cuantas", "cuanto", "numero", "numeros", "porcentaje", "cifras"),
}
TEMPLATES = {
    "target": "¿Cuál es la meta para {topic}?",
    "deadline": "¿Cuál es la fecha límite para {topic}?",
    "responsible": "¿Quién es responsable de {topic}?",
    "promise": "¿Qué prometió el plan sobre {topic}?",
    "status": "¿Qué pasó con {topic}?",
    "count": "¿Cuáles son las cifras de {topic}?",
    "general": "¿Qué dicen los planes sobre {topic}?",
}
CONNECTOR = "para"
SUBJECT_FIRST = False
TIME_WORDS = ("ahora", "hoy", "actualmente", "el ano pasado", "ano pasado", "este ano",
              "el proximo ano", "en", "desde", "antes", "despues", "durante", "el", "ano escolar",
              "otono", "primavera", "entonces")
AREAS = {
    "transportation": ("transporte", "autobus", "autobuses", "autobus escolar",
                       "autobuses escolares", "bus", "buses", "conductores", "choferes",
                       "puntualidad", "a tiempo", "rutas", "paradas"),
    "english-learners": ("estudiantes de ingles", "estudiantes aprendices de ingles",
                         "aprendices de ingles", "aprendices del idioma ingles",
                         "estudiantes que aprenden ingles", "estudiantes multilingues",
                         "ingles como segunda lengua", "esl", "slife", "bilingue", "bilingues",
                         "doble inmersion"),
    "special-education": ("educacion especial", "estudiantes con discapacidades",
                          "discapacidades", "discapacidad", "iep", "inclusion",
                          "educacion inclusiva"),
    "student-safety": ("seguridad", "seguridad de los estudiantes", "restriccion fisica",
                       "restriccion", "acoso", "acoso escolar", "violencia"),
    "facilities": ("instalaciones", "banos", "edificios", "edificio", "reparaciones",
                   "renovaciones", "fuentes de agua", "calefaccion"),
    "transformation-schools": ("escuelas de transformacion", "escuelas en transformacion"),
    "data": ("datos", "datos de graduacion", "tasa de graduacion", "auditoria", "auditorias",
             "bajas"),
    "accountability": ("rendicion de cuentas", "responsabilidad", "asistencia",
                       "sindicatura", "intervencion estatal"),
}
AREA_LABELS = {
    "transportation": "los autobuses escolares",
    "english-learners": "los estudiantes aprendices de inglés",
    "special-education": "la educación especial",
    "student-safety": "la seguridad de los estudiantes",
    "facilities": "las instalaciones y los baños",
    "transformation-schools": "las escuelas de transformación",
    "data": "los datos",
    "accountability": "la rendición de cuentas",
}
PLANS = {
    "sip": ("plan de mejora sistemica", "sip"),
    "inclusive-education": ("plan de educacion inclusiva",),
    "multilingual-learners": ("plan estrategico para estudiantes multilingues", "omme"),
    "circulars": ("circular", "circulares", "circulares del superintendente"),
}
