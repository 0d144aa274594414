"""Haitian Creole (ht): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} te {value}",
    "where_school": " nan {id}",
    "where_route": " sou wout {id}",
    "where_state": " nan tout eta a",
    "where_national": " nan tout peyi a",
    "met": ". Objektif plan an se {target}. Yo te rive nan objektif la",
    "not_met": ". Objektif plan an se {target}. Yo pa t rive nan objektif la",
    "lapsed": ". Objektif plan an ({target}) pa t aplike ankò nan moman sa a",
    "aim": ". Plan an vle {target}, men li pa bay okenn chif",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Se dènye chif nou genyen. Li gen {age} depi li soti",
    "undated": ". Sous la pa di ki lè yo te mezire chif sa a",
    "disagree": ". Sous yo pa dakò: yon lòt sous bay {values}",
    "disagree_plain": ". Sous yo pa dakò sou chif sa a",
    "and": " ak ",
    "no_data": (
        "Tablo done nou yo poko gen yon chif pou {name}, kidonk nou pa ka di konbyen li ye."
    ),
    "no_metric": "Tablo done nou yo pa gen okenn chif ki reponn kesyon sa a.",
    "date": "{day} {month} {year}",
    "month_year": "{month} {year}",
    "sy": "ane lekòl {years} la",
    "fy": "ane fiskal {year} la",
    "qy": "trimès {q} nan ane {year} la",
    "class": "pwomosyon {year} la",
    "fall": "otòn {year}",
    "review": "revizyon eta a an {year}",
    "planned": "{period} (sa yo te planifye)",
    "between": "ant {a} ak {b}",
    "from_to": "depi {a} rive {b}",
    "since": "depi {a}",
    "on_day": "Nan dat {date}",
    "in_period": "Nan {period}",
    "lead_month_year": "An {period}",
    "lead_year": "An {period}",
    "lead_fall": "Nan {period}",
    "lead_class": "Pou {period}",
    "as_of": "jiska {date}",
    "target_label": "objektif: {target}",
    "note_label": "nòt: {note}",
    "source_label": "sous: {url}",
    "age_label": "laj chif la: {age}",
    "no_value": "pa gen done",
    "days": "{n} jou",
    "months": "{n} mwa",
    "years": "{n} an",
    "about": "anviwon {v}",
    "nearly": "prèske {v}",
    "more than": "plis pase {v}",
    "at least": "omwen {v}",
    "less than": "mwens pase {v}",
    "million": "{v} milyon",
    "billion": "{v} milya",
    "percent": "{v}%",
    "percent_per_year": "{v}% chak ane",
    "usd": "${v}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "janvye",
    "fevriye",
    "mas",
    "avril",
    "me",
    "jen",
    "jiyè",
    "out",
    "septanm",
    "oktòb",
    "novanm",
    "desanm",
)
UNIT_WORDS = {
    "schools": "lekòl",
    "students": "elèv",
    "reports": "rapò",
    "drivers": "chofè",
    "projects": "pwojè",
    "units": "aparèy",
    "sensors": "detektè",
    "mandates": "obligasyon",
    "stops": "arè",
    "count": "",
}
METRIC_PATTERNS = (
    r"\bkonbyen\b",
    r"\bki kantite\b",
    r"\b(pousantaj|pousan|to bis|ki to|an mwayen|total|chif|estatistik|done sou)\b",
    r"%",
    r"\b(rive (a le|ale)|a le|an reta|anreta|reta|retade)\b",
    r"\b(objektif|sib)\b",
    r"\b(atenn|reyalize|rive nan objektif)\b",
    r"\b(pwogre|amelyore|pi bon|pi mal|kote (sa|li|yo) ye|sitiyasyon)\b",
    r"\b(kounye a|kounya|jodi a|ane sa a|ane pase|toujou|denye)\b",
    r"\b(enskripsyon|enskri|gradyasyon|gradye|diplom|bidje|koute|depans|finansman)\b",
    r"\b(renove|konplete|anboche|enstale|apwouve)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\bkisa (plan|politik|sikile|dokiman) (an|la|sa a) di\b",
    r"\b(kiyes|kilès|kiles) (ki|ye)\b",
    r"\b(kisa|ki sa) .+ (ye|vle di)\b",
    r"\bki kote (m|mwen) (ka|kapab) (jwenn|li)\b",
    r"\b(kijan|kouman) (pou|mwen|m) \w+",
)
COUNT_PATTERN = r"\b(konbyen|ki kantite)\b"
TARGET_PATTERN = r"\b(objektif|sib|atenn|reyalize)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(nasyonal|tout peyi a|nan peyi a)\b",
    "state": r"\b(tout eta a|nan eta a|massachusetts)\b",
}
STOP_WORDS = (
    "a an ak e epi la le yo li mwen m ou nou sa se te ta ap pa pou nan sou ki kisa kote "
    "konbyen kijan kouman eske es gen genyen yon de ou oswa men tou deja jis "
    "kounye kounya jodi toujou denye "
    "bps boston distri plan"
)
