"""Somali (so): metric sentences, unit words, month names, question patterns, stop words."""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    # {verb}: "wuxuu ahaa" or "waxay ahayd", agreeing with the name's first word (-ka/-ta ...)
    "value": "{when}, {name}{where} {verb} {value}",
    "verb_m": "wuxuu ahaa",
    "verb_f": "waxay ahayd",
    "where_school": " ee {id}",
    "where_route": " ee wadada {id}",
    "where_state": " ee gobolka oo dhan",
    "where_national": " ee dalka oo dhan",
    "met": ". Bartilmaameedka qorshuhu waa {target}. Sidaas darteed bartilmaameedka waa la gaaray",
    "not_met": (
        ". Bartilmaameedka qorshuhu waa {target}. Sidaas darteed bartilmaameedka lama gaarin"
    ),
    "lapsed": ". Bartilmaameedka qorshaha ({target}) markaas lama sii adeegsan",
    "aim": ". Qorshuhu wuxuu doonayaa {target}, laakiin ma bixiyo tiro",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". Kani waa tirada ugu dambeysay ee aan hayno, waxayna ka timid {age} ka hor",
    "undated": ". Ishu ma sheegin goorta tiradan la cabbiray",
    "disagree": ". Ilaha isku ma raacsana: il kale waxay bixisaa {values}",
    "disagree_plain": ". Ilaha isku ma raacsana tiradan",
    "and": " iyo ",
    "no_data": (
        "Shaxaha xogtayada weli ma laha tiro loogu talagalay {name}, "
        "sidaas darteed ma sheegi karno inta ay tahay."
    ),
    "no_metric": "Shaxaha xogtayada ma laha tiro ka jawaabta su'aashan.",
    "date": "{day} {month} {year}",
    "month_year": "{month} {year}",
    "sy": "sanad-dugsiyeedka {years}",
    "fy": "sanad-miisaaniyadeedka {year}",
    "qy": "rubuca {q} ee {year}",
    "class": "ardaydii qalin-jabisay {year}",
    "fall": "dayrtii {year}",
    "review": "dib-u-eegista gobolka ee {year}",
    "planned": "{period} (la qorsheeyay)",
    "between": "inta u dhexeysa {a} iyo {b}",
    "from_to": "laga bilaabo {a} ilaa {b}",
    "since": "tan iyo {a}",
    "on_day": "{date}",
    "in_period": "{period}",
    "lead_sy": "Sanad-dugsiyeedkii {years}",
    "lead_fy": "Sanad-miisaaniyadeedkii {year}",
    "lead_class": "Ardaydii qalin-jabisay {year}",
    "lead_fall": "Dayrtii {year}",
    "lead_year": "Sanadkii {year}",
    "as_of": "ilaa {date}",
    "target_label": "bartilmaameed: {target}",
    "note_label": "fiiro gaar ah: {note}",
    "source_label": "isha: {url}",
    "age_label": "da'da tirada: {age}",
    "no_value": "xog ma jirto",
    "days": "{n} maalmood",
    "months": "{n} bilood",
    "years": "{n} sano",
    "about": "qiyaastii {v}",
    "nearly": "ku dhowaad {v}",
    "more than": "in ka badan {v}",
    "at least": "ugu yaraan {v}",
    "less than": "in ka yar {v}",
    "million": "{v} milyan",
    "billion": "{v} bilyan",
    "percent": "{v}%",
    "percent_per_year": "{v}% sanadkii",
    "usd": "${v}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
FEMININE_NAME = r"^\S*(da|ta|dha|sha)\b"  # t-determiners (-da, -ta) are feminine
MONTHS = (
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "Maajo",
    "Juun",
    "Luulyo",
    "Agoosto",
    "Sebtembar",
    "Oktoobar",
    "Nofembar",
    "Desembar",
)
UNIT_WORDS = {
    "schools": "dugsi",
    "students": "arday",
    "reports": "warbixin",
    "drivers": "darawal",
    "projects": "mashruuc",
    "units": "qalab",
    "sensors": "dareeme",
    "mandates": "waajib",
    "stops": "joogsi",
    "count": "",
}
METRIC_PATTERNS = (
    r"\b(immisa|imisa|meeqa|intee le'eg|intee leeg)\b",
    r"\b(boqolkiiba|boqolley\w*|heerka|celcelis\w*|wadarta|tirada|tirakoob|xogta ku saabsan)\b",
    r"%",
    r"\b(waqti\w* (ku )?yimaad\w*|yimaad\w* waqti\w*|wakhti\w* (ku )?yimaad\w*|"
    r"waqtigii|waqtigooda|wakhtigooda|daah\w*|goor dambe)\b",
    r"\b(bartilmaameed\w*|hadaf\w*)\b",
    r"\b(gaar(ay|tay|een|ayaan)|gaadh(ay|tay|een)|la gaaray|lama gaarin)\b",
    r"\b(horumar|horumarka|xaalad\w*|ka fiicnaaday|soo hagaagay|ka xumaaday)\b",
    r"\b(hadda|haatan|maanta|sannadkan|sanadkan|sannadkii hore|sanadkii hore|weli|"
    r"ugu dambeeyay|ugu dambeysay)\b",
    r"\b(diiwaangelin\w*|diiwaan gashan|qalin[- ]?jabi\w*|miisaaniyad\w*|kharash\w*|"
    r"maalgelin\w*)\b",
    r"\b(la dayactiray|la dhammeeyay|la shaqaaleysiiyay|la rakibay|la ansixiyay)\b",
)
TEXT_ONLY_PATTERNS = (
    r"\b(maxay|muxuu) (qorshaha|qorshuhu|siyaasadda|dukumeentigu) "
    r"(sheegayaa|sheegaysaa|dhahayaa)\b",
    r"\b(waa kuma|waa ayo|maxay ka dhigan tahay|micnaheedu)\b",
    r"\b(xagee|halkee) (ka heli karaa|ka akhrin karaa)\b",
    r"\b(sidee (ayaan|baan|u) \w+|sideen u)\b",
)
COUNT_PATTERN = r"\b(immisa|imisa|meeqa|intee)\b"
TARGET_PATTERN = r"\b(bartilmaameed\w*|hadaf\w*|gaar(ay|tay|een)|gaadh(ay|tay))\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(dalka oo dhan|heer qaran|qaran)\b",
    "state": r"\b(gobolka oo dhan|heer gobol|massachusetts)\b",
}
STOP_WORDS = (
    "ma miyaa ayaa baa waa waxa waxay wuxuu ka ku u la iyo oo ee in ay uu aan ah ahaa ahayd "
    "yahay yihiin si sida hadda haatan maanta weli immisa imisa meeqa intee maxay muxuu "
    "goorma xagee sidee kuwa kan kani tan kaas taas "
    "bps boston dadweynaha degmada qorshaha"
)
