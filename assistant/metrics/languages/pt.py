"""Portuguese (pt): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} foi de {value}",
    "where_school": " na escola {id}",
    "where_route": " na rota {id}",
    "where_state": " em todo o estado",
    "where_national": " em todo o país",
    "met": ". A meta do plano é {target}. Então a meta foi cumprida",
    "not_met": ". A meta do plano é {target}. Então a meta não foi cumprida",
    "lapsed": ". A meta do plano ({target}) já não se aplicava nessa data",
    "aim": ". O plano quer {target}, mas sem dar um número",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Este é o número mais recente que temos, de {age} atrás",
    "undated": ". A fonte não diz quando este número foi medido",
    "disagree": ". As fontes não concordam: outra fonte dá {values}",
    "disagree_plain": ". As fontes não concordam sobre este número",
    "and": " e ",
    "no_data": (
        "As nossas tabelas de dados ainda não têm um número para {name}, "
        "por isso não podemos dizer qual é."
    ),
    "no_metric": "As nossas tabelas de dados não têm nenhum número que responda a esta pergunta.",
    "date": "{day} de {month} de {year}",
    "month_year": "{month} de {year}",
    "sy": "o ano letivo {years}",
    "fy": "o ano fiscal {year}",
    "qy": "o trimestre {q} de {year}",
    "class": "a turma de {year}",
    "fall": "o outono de {year}",
    "review": "a avaliação estadual de {year}",
    "planned": "{period} (previsto)",
    "between": "entre {a} e {b}",
    "from_to": "de {a} a {b}",
    "since": "desde {a}",
    "on_day": "Em {date}",
    "in_period": "Em {period}",
    "lead_sy": "No ano letivo {years}",
    "lead_fy": "No ano fiscal {year}",
    "lead_qy": "No trimestre {q} de {year}",
    "lead_class": "Para {period}",
    "lead_fall": "No outono de {year}",
    "lead_review": "Na avaliação estadual de {year}",
    "as_of": "até {date}",
    "target_label": "meta: {target}",
    "note_label": "nota: {note}",
    "source_label": "fonte: {url}",
    "age_label": "antiguidade: {age}",
    "no_value": "sem dados",
    "days": "{n} dias",
    "months": "{n} meses",
    "years": "{n} anos",
    "about": "cerca de {v}",
    "nearly": "quase {v}",
    "more than": "mais de {v}",
    "at least": "pelo menos {v}",
    "less than": "menos de {v}",
    "million": "{v} milhões de",
    "billion": "{v} bilhões de",
    "million_one": "{v} milhão de",
    "billion_one": "{v} bilhão de",
    "percent": "{v}%",
    "percent_per_year": "{v}% ao ano",
    "usd": "{v} dólares",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
UNIT_WORDS = {
    "schools": "escolas",
    "students": "alunos",
    "reports": "relatos",
    "drivers": "motoristas",
    "projects": "projetos",
    "units": "aparelhos",
    "sensors": "sensores",
    "mandates": "obrigações",
    "stops": "paradas",
    "count": "",
}
METRIC_PATTERNS = (
    r"\bquant[oa]s?\b",
    r"\bqual (e|era|foi) (o|a) (numero|percentagem|porcentagem|taxa|indice|proporcao|total|"
    r"orcamento|custo|media|situacao)\b",
    r"\b(porcentagem|percentagem|percentual|por cento|proporcao|taxas?|indices?|media|total|"
    r"numeros|estatisticas|dados sobre|tendencias?)\b",
    r"%",
    r"\b(na hora|no horario|a tempo|pontua(l|is|lidade)|atrasad[oa]s?|atrasos?)\b",
    r"\b(metas?|objetivos?)\b",
    r"\b(atingi\w*|alcanc\w*|cumpri\w*|bat(eu|eram) a meta)\b",
    r"\b(progresso|avancos?|situacao|melhor(ou|aram|ando|ado)?|pior(ou)?)\b",
    r"\b(agora|atualmente|hoje|este ano|ano passado|ainda|ultim[oa]s?)\b",
    r"\b(matricula\w*|matriculad[oa]s|formatura|graduacao|formad[oa]s|orcamento|custo|custa|"
    r"gast\w*|financiamento)\b",
    r"\b(reformad[oa]s|renovad[oa]s|concluid[oa]s|terminad[oa]s|contratad[oa]s|"
    r"instalad[oa]s|aprovad[oa]s)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\bo que (diz|estabelece) (o|a|este|esta) (plano|politica|circular|documento)\b",
    r"\b(quem e|quem sao|o que e|o que sao|o que significa|definicao de)\b",
    r"\bonde (posso|se pode|encontro) (encontrar|ler|obter)?\b",
    r"\bcomo (posso|devo|faco|fazer para|peco|solicito)\b",
)
COUNT_PATTERN = r"\bquant[oa]s?\b"
TARGET_PATTERN = r"\b(metas?|objetivos?|atingi\w*|alcanc\w*|cumpri\w*)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(nacional\w*|todo o pais|no pais)\b",
    "state": r"\b(estadual|todo o estado|no estado|massachusetts)\b",
}
STOP_WORDS = (
    "a ao aos as com como da das de do dos e em entre era eram esta estao este foi foram ha "
    "na nas no nos o os ou para pela pelo por qual quais quando que se sem sao ser seu sua "
    "um uma uns umas ja nao muito mais quanto quanta quantos quantas onde agora hoje "
    "atualmente ainda ultimo ultima recente ate "
    "bps boston distrito plano publicas"
)
