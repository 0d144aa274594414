"""Cape Verdean Creole, Kriolu kabuverdianu (kea): metric sentences, units, months, patterns."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} éra {value}",
    "where_school": " na {id}",
    "where_route": " na rota {id}",
    "where_state": " na stadu interu",
    "where_national": " na país interu",
    "met": ". Meta di planu é {target}. Entón meta kunpridu",
    "not_met": ". Meta di planu é {target}. Entón meta ka kunpridu",
    "lapsed": ". Meta di planu ({target}) dja ka sta ta aplika na kel data",
    "aim": ". Planu kre {target}, ma e ka ta da nenhun númeru",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Es é últimu númeru ki nu ten, di ten {age}",
    "undated": ". Fonti ka ta fla kuándu ki es númeru fui medidu",
    "disagree": ". Fontis ka ta konkorda: otu fonti ta da {values}",
    "disagree_plain": ". Fontis ka ta konkorda sobri es númeru",
    "and": " y ",
    "no_data": (
        "Nos tabelas di dadus inda ka ten un númeru pa {name}, pur isu nu ka pode fla kantu ki é."
    ),
    "no_metric": "Nos tabelas di dadus ka ten nenhun númeru ki ta responde es pergunta.",
    "date": "{day} di {month} di {year}",
    "month_year": "{month} di {year}",
    "sy": "anu skolar {years}",
    "fy": "anu fiskal {year}",
    "qy": "trimestri {q} di {year}",
    "class": "turma di {year}",
    "fall": "Outonu di {year}",
    "review": "avaliason di stadu di {year}",
    "planned": "{period} (planiadu)",
    "between": "entri {a} y {b}",
    "from_to": "di {a} ti {b}",
    "since": "dezdi {a}",
    "on_day": "Dia {date}",
    "in_period": "Na {period}",
    "lead_year": "Na {period}",
    "lead_class": "Pa {period}",
    "as_of": "ti {date}",
    "target_label": "meta: {target}",
    "note_label": "nota: {note}",
    "source_label": "fonti: {url}",
    "age_label": "idadi di númeru: {age}",
    "no_value": "sen dadus",
    "days": "{n} dia",
    "months": "{n} mês",
    "years": "{n} anu",
    "about": "más o menus {v}",
    "nearly": "kuazi {v}",
    "more than": "más di {v}",
    "at least": "pelu menus {v}",
    "less than": "menus di {v}",
    "million": "{v} milhon",
    "billion": "{v} mil milhon",
    "percent": "{v}%",
    "percent_per_year": "{v}% pa anu",
    "usd": "${v}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "Janeru",
    "Fevereru",
    "Marsu",
    "Abril",
    "Maiu",
    "Junhu",
    "Julhu",
    "Agostu",
    "Setenbru",
    "Otubru",
    "Novenbru",
    "Dizenbru",
)
UNIT_WORDS = {
    "schools": "skola",
    "students": "alunu",
    "reports": "rilatóriu",
    "drivers": "motorista",
    "projects": "projetu",
    "units": "aparelhu",
    "sensors": "sensor",
    "mandates": "obrigason",
    "stops": "paraji",
    "count": "",
}
METRIC_PATTERNS = (
    r"\bkantu\b",
    r"\bkantus\b",
    r"\b(persentaji|persentajen|porsentajen|porsentu|pursentu|taxa|media|total|numerus|"
    r"dadus sobri|statistika)\b",
    r"%",
    r"\b(na ora|na hora|atrazu|atrazadu|atrazadus|ta atraza)\b",
    r"\b(meta|metas|objetivu|objetivus)\b",
    r"\b(txiga meta|txiga na meta|kunpri|kunpridu|alkansa|alkansadu|atinji)\b",
    r"\b(progresu|midjora|midjoradu|sta midjor|pior|situason)\b",
    r"\b(gosi|oji|es anu|anu pasadu|inda|ultimu|ultimus)\b",
    r"\b(matrikula|matrikuladu|graduason|gradua|orsamentu|kustu|kusta|gastu|finansiamentu)\b",
    r"\b(renovadu|konpletadu|kontratadu|instaladu|aprovadu)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\bkuze ki (planu|pulitika|sirkular|dokumentu) ta fla\b",
    r"\b(kenha ki e|kenha e|kuze ki e|kuze ke|ki ki kre fla)\b",
    r"\bundi ki (n|mi) (pode|ta) (atxa|le)\b",
    r"\b(modi ki n|modi ki mi|manera ki n|kuma ki n)\b",
)
COUNT_PATTERN = r"\bkantus?\b"
TARGET_PATTERN = r"\b(meta|metas|objetivu|kunpri\w*|alkansa\w*|atinji)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(nasional|pais interu|na pais)\b",
    "state": r"\b(stadu interu|na stadu|massachusetts)\b",
}
STOP_WORDS = (
    "a al ku di da du na ne no nu el e es ki ka ta sta ten tinha fla fazi pa pamodi y o ma "
    "un uns kel kes se si nha bu mi n nos bo sés es-li kuze kal kantu kantus kuandu undi "
    "modi kenha gosi oji inda ultimu dja tanbe "
    "bps boston distritu planu publiku"
)
