"""The acronym glossary: every language covered, and answers explain each acronym once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.config import PROJECT_ROOT
from assistant.errors import IngestError
from assistant.i18n.glossary import (
    Glossary,
    expand_first_use,
    glossary_entries,
    load_glossary,
)
from assistant.types import LANGUAGES

SHIPPED = PROJECT_ROOT / "corpus" / "glossary.yaml"
# fmt: off
REQUIRED = [
    "IEP", "ELD", "ESL", "SEI", "SLIFE", "LRE", "PRS", "DESE", "BESE", "OMME", "SIP", "BPS",
    "EL", "ML", "SWD", "ELE", "HILT", "LATF", "ILT", "ACCESS", "OTP", "CGCS", "E&Y", "DOJ",
    "OCR", "MOU", "PD", "SIS", "ASL", "TBE", "GPS", "FY", "SY",
]
# fmt: on


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(SHIPPED)


def expand(text: str, language: str, glossary: Glossary) -> str:
    return expand_first_use(text, language, glossary)


# --- the shipped glossary ------------------------------------------------------------------


def test_every_required_acronym_is_in_the_glossary(glossary: Glossary) -> None:
    assert [a for a in REQUIRED if a not in glossary.expansions] == []


def test_every_acronym_has_an_expansion_in_all_ten_languages(glossary: Glossary) -> None:
    for acronym, by_language in glossary.expansions.items():
        assert set(by_language) == set(LANGUAGES), acronym
        assert all(text.strip() for text in by_language.values()), acronym


def test_expansions_follow_our_translated_documents(glossary: Glossary) -> None:
    assert glossary.expansion("SIP", "es") == "Plan de Mejora Sistémica"
    assert glossary.expansion("DESE", "zh") == "马萨诸塞州中小学教育厅"
    assert glossary.expansion("BPS", "ar") == "مدارس بوسطن العامة"
    # the Haitian Creole summaries keep the district's English name
    assert glossary.expansion("BPS", "ht") == "Boston Public Schools"


def test_an_unknown_language_falls_back_to_english(glossary: Glossary) -> None:
    assert glossary.expansion("IEP", "xx") == "Individualized Education Program"


def test_glossary_entries_lists_every_acronym_in_one_language(glossary: Glossary) -> None:
    entries = glossary_entries("vi", glossary)
    assert [e.acronym for e in entries] == sorted(glossary.expansions, key=str.casefold)
    assert {e.acronym: e.expansion for e in entries}["ASL"] == "Ngôn ngữ Ký hiệu Mỹ"


def test_load_glossary_is_cached_per_path() -> None:
    assert load_glossary(SHIPPED) is load_glossary(str(SHIPPED))


def test_a_glossary_missing_a_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yaml"
    path.write_text('IEP: {en: "Individualized Education Program", es: "Programa"}\n')
    with pytest.raises(IngestError, match=r"'IEP'.*missing.*'ht'"):
        load_glossary(path)


def test_a_missing_glossary_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="could not read the glossary"):
        load_glossary(tmp_path / "nope.yaml")


# --- first use -----------------------------------------------------------------------------


def test_only_the_first_use_gets_its_expansion(glossary: Glossary) -> None:
    text = "The SIP set targets. BPS said the SIP was working."
    assert expand(text, "en", glossary) == (
        "The SIP (Systemic Improvement Plan) set targets. "
        "BPS (Boston Public Schools) said the SIP was working."
    )


def test_spanish_answer_gets_spanish_expansions(glossary: Glossary) -> None:
    text = "Cada estudiante con un IEP tiene derecho al LRE. El IEP se revisa cada año."
    assert expand(text, "es", glossary) == (
        "Cada estudiante con un IEP (Programa de Educación Individualizada) tiene derecho al "
        "LRE (entorno menos restrictivo). El IEP se revisa cada año."
    )


def test_chinese_text_around_the_acronym_is_kept(glossary: Glossary) -> None:
    text = "根据通告CAO-05，BPS的每所学校都必须提供ESL课程。BPS必须遵守。"
    assert expand(text, "zh", glossary) == (
        "根据通告CAO-05，BPS (波士顿公立学校)的每所学校都必须提供"
        "ESL (英语作为第二语言)课程。BPS必须遵守。"
    )


def test_arabic_answer_gets_arabic_expansions(glossary: Glossary) -> None:
    text = "يجب على كل مدرسة في BPS أن تقدّم دروس ESL. وتراجع DESE ذلك."
    out = expand(text, "ar", glossary)
    assert out == (
        "يجب على كل مدرسة في BPS (مدارس بوسطن العامة) أن تقدّم دروس "
        "ESL (الإنجليزية كلغة ثانية). وتراجع "
        "DESE (إدارة التعليم الابتدائي والثانوي في ولاية ماساتشوستس) ذلك."
    )


def test_haitian_creole_and_somali(glossary: Glossary) -> None:
    assert expand("Pitit ou a gen yon IEP.", "ht", glossary) == (
        "Pitit ou a gen yon IEP (Pwogram Edikasyon Endividyalize)."
    )
    assert expand("Ardayga wuxuu leeyahay ILP.", "so", glossary) == (
        "Ardayga wuxuu leeyahay ILP (Qorshe Waxbarasho oo Shakhsi ah)."
    )


def test_a_possessive_keeps_its_acronym(glossary: Glossary) -> None:
    assert expand("The SIP's Transportation area", "en", glossary) == (
        "The SIP's (Systemic Improvement Plan) Transportation area"
    )


def test_acronyms_with_an_ampersand(glossary: Glossary) -> None:
    assert expand("The E&Y review found gaps.", "fr", glossary) == (
        "The E&Y (Ernst & Young) review found gaps."
    )


# --- what counts as a use ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bps and sip in lower case",  # case-sensitive
        "BPSX and XSIP and SIP2",  # not whole words
        "Under circular EL-07, with ESL-licensed teachers and GPS-tracked buses.",  # codes
        "Many ELs and MLs and IEPs.",  # plurals are other words
    ],
)
def test_non_uses_are_left_alone(text: str, glossary: Glossary) -> None:
    assert expand(text, "en", glossary) == text


def test_citation_markers_and_urls_are_left_intact(glossary: Glossary) -> None:
    text = (
        "Read the [BPS SIP page](https://www.bostonpublicschools.org/BPS/SIP) and "
        "https://doe.mass.edu/DESE/sip [1]. The source is [DESE-SIP; BPS-SIP] [2, 3]. "
        "Later DESE agreed [4]."
    )
    assert expand(text, "en", glossary) == (
        "Read the [BPS SIP page](https://www.bostonpublicschools.org/BPS/SIP) and "
        "https://doe.mass.edu/DESE/sip [1]. The source is [DESE-SIP; BPS-SIP] [2, 3]. "
        "Later DESE (Massachusetts Department of Elementary and Secondary Education) agreed [4]."
    )


# --- already explained ---------------------------------------------------------------------


def test_an_expansion_anywhere_in_the_text_explains_the_acronym(glossary: Glossary) -> None:
    text = "The SIP matters. It is the Systemic Improvement Plan."
    assert expand(text, "en", glossary) == text


def test_the_expansion_is_found_without_case_or_accents(glossary: Glossary) -> None:
    text = "BPS dice que las escuelas publicas de boston abren en septiembre."
    assert expand(text, "es", glossary) == text
    text = "BPS, tức là các trường cong lap Boston, mở cửa."
    assert expand(text, "vi", glossary) == text


def test_vietnamese_d_with_stroke_is_folded(glossary: Glossary) -> None:
    text = "DESE là Sở Giáo dục Tiểu học và Trung học Massachusetts."
    assert expand(text, "vi", glossary) == text
    text = "DESE là SỞ GIÁO DỤC TIỂU HỌC VÀ TRUNG HỌC MASSACHUSETTS."
    assert expand(text, "vi", glossary) == text


def test_an_acronym_in_parentheses_after_other_words_is_explained(glossary: Glossary) -> None:
    text = "The state education department (DESE) visited. DESE then reported."
    assert expand(text, "en", glossary) == text


def test_parentheses_with_the_english_name_or_full_width(glossary: Glossary) -> None:
    fr = "le ministère de la Justice américain (Department of Justice, DOJ) et le DOJ"
    assert expand(fr, "fr", glossary) == fr
    zh = "Council of the Great City Schools（某个理事会，CGCS）审查了BPS。CGCS发现了问题。"
    assert expand(zh, "zh", glossary) == (
        "Council of the Great City Schools（某个理事会，CGCS）审查了BPS (波士顿公立学校)。"
        "CGCS发现了问题。"
    )
    ar = "راجع مجلس ما (Council of the Great City Schools، CGCS) التعليم الخاص."
    assert expand(ar, "ar", glossary) == ar


def test_an_empty_glossary_changes_nothing() -> None:
    assert expand_first_use("BPS and DESE", "en", Glossary({})) == "BPS and DESE"


# --- nothing but insertions ----------------------------------------------------------------


def strip_glosses(output: str, original: str, language: str, glossary: Glossary) -> str:
    """Remove each ' (expansion)' that the function inserted."""
    for entry in glossary_entries(language, glossary):
        inserted = f" ({entry.expansion})"
        if inserted not in original:
            output = output.replace(inserted, "", 1)
    return output


TOKENS = [
    *REQUIRED,
    "SIP's",
    "EL-07",
    "ELs",
    "bps",
    "[1]",
    "[2, 3]",
    "[DESE-SIP]",
    "https://www.bostonpublicschools.org/BPS?x=SIP",
    "(DESE)",
    "（BPS）",
    "the",
    "plan",
    "école",
    "学校",
    "的",
    "مدرسة",
    "Tiếng",
    ".",
    ",",
    "(",
    ")",
    "\n",
    "Boston Public Schools",
    "Systemic Improvement Plan",
]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(TOKENS), max_size=40),
    separators=st.lists(st.sampled_from(["", " ", "  "]), min_size=40, max_size=40),
    language=st.sampled_from(LANGUAGES),
)
def test_only_insertions_happen(words: list[str], separators: list[str], language: str) -> None:
    glossary = load_glossary(SHIPPED)
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    out = expand_first_use(text, language, glossary)
    assert strip_glosses(out, text, language, glossary) == text
    # and each acronym is explained at most once
    for entry in glossary_entries(language, glossary):
        assert out.count(f" ({entry.expansion})") <= max(1, text.count(entry.expansion))


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_insertions_happen_on_our_documents(language: str, glossary: Glossary) -> None:
    for path in sorted((PROJECT_ROOT / "corpus" / "documents" / language).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        out = expand_first_use(text, language, glossary)
        assert strip_glosses(out, text, language, glossary) == text, path.name
