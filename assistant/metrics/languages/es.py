"""Spanish (es): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} fue de {value}",
    "where_school": " en {id}",
    "where_route": " en la ruta {id}",
    "where_state": " en todo el estado",
    "where_national": " a nivel nacional",
    "met": ". La meta del plan es {target}. Se cumplió la meta",
    "not_met": ". La meta del plan es {target}. No se cumplió la meta",
    "lapsed": ". La meta del plan ({target}) ya no se aplicaba en esa fecha",
    "aim": ". El plan se propone {target}, sin dar una cifra",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Es la cifra más reciente que tenemos. Es de hace {age}",
    "undated": ". La fuente no dice cuándo se midió esta cifra",
    "disagree": ". Las fuentes no coinciden: otra fuente da {values}",
    "disagree_plain": ". Las fuentes no coinciden sobre esta cifra",
    "and": " y ",
    "no_data": (
        "Nuestras tablas de datos todavía no tienen una cifra para {name}, "
        "así que no podemos decir cuál es."
    ),
    "no_metric": "Nuestras tablas de datos no tienen ninguna cifra que responda a esta pregunta.",
    "date": "{day} de {month} de {year}",
    "month_year": "{month} de {year}",
    "sy": "el año escolar {years}",
    "fy": "el año fiscal {year}",
    "qy": "el trimestre {q} de {year}",
    "class": "la promoción de {year}",
    "fall": "otoño de {year}",
    "review": "la revisión estatal de {year}",
    "planned": "{period} (previsto)",
    "between": "entre {a} y {b}",
    "from_to": "de {a} a {b}",
    "since": "desde {a}",
    "on_day": "El {date}",
    "in_period": "En {period}",
    "lead_class": "Para {period}",
    "as_of": "al {date}",
    "target_label": "meta: {target}",
    "note_label": "nota: {note}",
    "source_label": "fuente: {url}",
    "age_label": "antigüedad: {age}",
    "no_value": "sin datos",
    "days": "{n} días",
    "months": "{n} meses",
    "years": "{n} años",
    "about": "unos {v}",
    "nearly": "casi {v}",
    "more than": "más de {v}",
    "at least": "al menos {v}",
    "less than": "menos de {v}",
    "million": "{v} millones",
    "billion": "{v} mil millones",
    "percent": "{v}%",
    "percent_per_year": "{v}% al año",
    "usd": "${v}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
UNIT_WORDS = {
    "schools": "escuelas",
    "students": "estudiantes",
    "reports": "reportes",
    "drivers": "conductores",
    "projects": "proyectos",
    "units": "unidades",
    "sensors": "sensores",
    "mandates": "mandatos",
    "stops": "paradas",
    "count": "",
}
METRIC_PATTERNS = (
    r"\bcuant[oa]s?\b",
    r"\bcual(es)? (es|era|fue|son) (el|la|los|las) (numero|porcentaje|tasa|indice|proporcion|"
    r"total|cifra|presupuesto|costo|promedio|estado|situacion)\b",
    r"\b(porcentajes?|por ciento|proporcion|tasas?|indices?|promedio|media|total|cifras?|"
    r"numeros|estadisticas|datos sobre|tendencias?)\b",
    r"%",
    r"\b(a tiempo|a la hora|puntual(es|idad)?|tarde|retras(o|os|ad[oa]s?)|demoras?)\b",
    r"\b(metas?|objetivos?)\b",
    r"\b(alcanz\w*|cumpl\w*|logr\w*)\b",
    r"\b(progreso|avances?|estado actual|situacion|mejor(o|aron|ando|ado)?|peor|va bien)\b",
    r"\b(ahora|actualmente|hoy|este ano|el ano pasado|todavia|aun|ultim[oa]s?|reciente)\b",
    r"\b(matricula|inscrit[oa]s|graduacion|gradu(an|aron|ad[oa]s)|presupuesto|costo|cuesta|"
    r"gast\w*|financiamiento|fondos)\b",
    r"\b(renovad[oa]s|terminad[oa]s|completad[oa]s|contratad[oa]s|instalad[oa]s|"
    r"aprobad[oa]s)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\bque (dice|establece) (el|la|este|esta) (plan|politica|circular|documento)\b",
    r"\b(quien es|quienes son|que es|que son|que significa|definicion de)\b",
    r"\bdonde (puedo|se puede) (encontrar|leer|conseguir)\b",
    r"\bcomo (puedo|debo|se hace|hago|pido|solicito)\b",
)
COUNT_PATTERN = r"\bcuant[oa]s?\b"
TARGET_PATTERN = r"\b(metas?|objetivos?|alcanz\w*|cumpl\w*|logr\w*)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(nacional\w*|todo el pais|en el pais)\b",
    "state": r"\b(estatal|todo el estado|en el estado|massachusetts)\b",
}
STOP_WORDS = (
    "a al ante con de del desde el en entre es esta estan este esto fue fueron era eran ha han "
    "hay la las le les lo los mas mi mis muy no nos o para pero por que se ser si sin sobre su "
    "sus un una unos unas y ya yo cual cuales cuanto cuanta cuantos cuantas como cuando donde "
    "ahora hoy actualmente todavia aun ultimo ultima reciente hasta "
    "bps boston distrito plan publicas"
)
