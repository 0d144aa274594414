"""Metric sentences and citation rows in the ten languages: wording, numbers, and grounding."""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from assistant.compose.citations import CitationList, metric_part
from assistant.compose.grounding import numbers_in
from assistant.config import PROJECT_ROOT
from assistant.metrics.languages import MONTHS, TEMPLATES, UNIT_WORDS
from assistant.metrics.periods import period_text, when
from assistant.metrics.sentences import (
    age_text,
    citation_text,
    format_value,
    metric_sentence,
    no_metric_sentence,
)
from assistant.metrics.store import build_metrics_db, open_readonly
from assistant.metrics.tool import MetricsTool
from assistant.metrics.values import chinese_numeral
from assistant.types import LANGUAGES, MetricResult

OTHERS = [code for code in LANGUAGES if code != "en"]
BUSES = "transportation.am_on_time_monthly"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sentences") / "metrics.duckdb"
    build_metrics_db(PROJECT_ROOT / "corpus" / "metrics", path)
    return path


@pytest.fixture(scope="module")
def tool(db_path: Path) -> Iterator[MetricsTool]:
    # every shipped figure is older than a year on this day, so every sentence says its age
    with MetricsTool(db_path, today=date(2026, 11, 23)) as t:
        yield t


def _scoped(db_path: Path) -> list[tuple[str, str, str | None]]:
    with open_readonly(db_path) as db:
        rows = db.query("SELECT DISTINCT indicator_id, scope, scope_id FROM observations").rows
    return sorted((str(i), str(s), str(sid) or None) for i, s, sid in rows)


def _end(language: str, n: int) -> str:
    return f"[{n}]。" if language == "zh" else f" [{n}]."


def test_every_language_has_every_wording() -> None:
    required = set(TEMPLATES["en"]) - {"conflict"}
    for code in LANGUAGES:
        assert required <= set(TEMPLATES[code]), (code, sorted(required - set(TEMPLATES[code])))
        assert len(MONTHS[code]) == 12 and set(UNIT_WORDS[code]) == set(UNIT_WORDS["en"])
        for key, text in TEMPLATES[code].items():
            names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
            assert names <= {
                "when",
                "name",
                "where",
                "value",
                "verb",
                "reach",
                "target",
                "n",
                "age",
                "note",
                "values",
                "id",
                "date",
                "period",
                "month",
                "day",
                "year",
                "years",
                "q",
                "a",
                "b",
                "v",
                "scale",
                "words",
                "word",
                "url",
            }, (code, key, names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_seeded_figure_is_grounded_in_its_row(
    tool: MetricsTool, db_path: Path, language: str
) -> None:
    """numbers_in(sentence) ⊆ numbers_in(cited row), for every indicator and scope."""
    for indicator, scope, scope_id in _scoped(db_path):
        result = tool.result(indicator, scope, scope_id, language)
        citations = CitationList()
        sentence = metric_part(result, citations, language, max_age_days=365)
        [cited] = citations.freeze()
        assert numbers_in(sentence) <= numbers_in(cited.text), (indicator, scope, sentence)
        row = citation_text(result, language, max_age_days=365)
        assert numbers_in(sentence) <= numbers_in(row), (indicator, sentence, row)
        assert sentence.endswith(_end(language, 1)), sentence
        fresh = metric_sentence(result, 2, language, max_age_days=None)
        assert numbers_in(fresh) <= numbers_in(citation_text(result, language))
        if language != "en":
            assert tool.indicator(indicator).name not in sentence


def test_values_keep_the_digits_of_the_row(tool: MetricsTool) -> None:
    for language in LANGUAGES:
        budget = tool.result("transportation.budget", language=language)
        assert "188" in metric_sentence(budget, 1, language)
        assert "188" in citation_text(budget, language)
        enrollment = tool.result("transportation.students_bused_daily", language=language)
        assert "22,000" in metric_sentence(enrollment, 1, language)


GOLDEN = {
    "en": "In June 2025, the share of morning buses arriving on time was 94%. The plan's "
    "target is 95% or better every month. The target was not met [3].",
    "es": "En junio de 2025, el porcentaje de autobuses de la mañana que llegan a tiempo fue "
    "de 94%. La meta del plan es 95% o más cada mes. No se cumplió la meta [3].",
    "ht": "An jen 2025, pousantaj bis maten ki rive alè te 94%. Objektif plan an se 95% oswa "
    "plis chak mwa. Yo pa t rive nan objektif la [3].",
    "kea": "Na Junhu di 2025, persentajen di bus di parmanhan ki ta txiga na óra éra 94%. Meta "
    "di planu é 95% o más tudu mês. Entón meta ka kunpridu [3].",
    "zh": "2025年6月，早上校车准时到达的比例为94%。计划的目标是每月95%或以上。因此没有达到目标[3]。",
    "vi": "Vào tháng 6 năm 2025, tỷ lệ xe buýt buổi sáng đến đúng giờ là 94%. Mục tiêu của kế "
    "hoạch là 95% trở lên mỗi tháng. Vì vậy mục tiêu chưa đạt [3].",
    "pt": "Em junho de 2025, a percentagem de ônibus da manhã que chegam no horário foi de 94%. "
    "A meta do plano é 95% ou mais todos os meses. Então a meta não foi cumprida [3].",
    "ar": "في يونيو 2025، كانت نسبة الحافلات الصباحية التي تصل في موعدها تبلغ 94%. هدف الخطة "
    "هو 95% أو أكثر كل شهر. لذلك لم يتحقق الهدف [3].",
    "so": "Juun 2025, boqolleyda basaska subaxa ee waqtigooda yimaada waxay ahayd 94%. "
    "Bartilmaameedka qorshuhu waa 95% ama ka badan bil kasta. Sidaas darteed bartilmaameedka "
    "lama gaarin [3].",
    "fr": "En juin 2025, la part des bus du matin qui arrivent à l'heure était de 94\xa0%. "
    "L'objectif du plan est 95 % ou plus chaque mois. L'objectif n'a donc pas été atteint [3].",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_bus_sentence_in_each_language(db_path: Path, language: str) -> None:
    with MetricsTool(db_path, today=date(2025, 8, 1)) as fresh_tool:
        result = fresh_tool.result(BUSES, language=language)
    assert metric_sentence(result, 3, language, max_age_days=365) == GOLDEN[language]


@pytest.mark.parametrize("language", OTHERS)
def test_stale_and_conflict_notes_come_before_the_marker(tool: MetricsTool, language: str) -> None:
    result = tool.result("transformation_schools.lowest_performing_2020", language=language)
    assert "Sources disagree" in result.note
    sentence = metric_sentence(result, 4, language, max_age_days=365)
    t = TEMPLATES[language]
    conflict = t["disagree"].format(values="34")
    stale = t["stale"].format(age=age_text(result.age_days or 0, language))
    assert conflict in sentence and stale in sentence
    assert sentence.index(conflict) < sentence.index(stale) < sentence.index("[4]")
    assert sentence.endswith(_end(language, 4))
    assert "Sources disagree" not in sentence  # the English note stays in the row


def test_a_disagreeing_amount_is_said_in_the_language(tool: MetricsTool) -> None:
    launch = tool.result("facilities.green_new_deal_launch_capital", language="es")
    assert "Las fuentes no coinciden: otra fuente da $650 millones." in metric_sentence(
        launch, 1, "es"
    )
    schools = tool.result("general.schools", language="vi")
    assert "Các nguồn không thống nhất: một nguồn khác đưa ra 109." in metric_sentence(
        schools, 1, "vi"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_data_and_no_metric_sentences_have_no_numbers(language: str) -> None:
    empty = MetricResult(
        indicator="x.y",
        name="NAME",
        area="general",
        unit="percent",
        direction="higher",
        value=None,
        period="",
        as_of="",
        target=None,
        target_text="",
        met=None,
        source_url="",
    )
    for text in (metric_sentence(empty, 5, language), no_metric_sentence(language)):
        assert not re.search(r"\d|\{|\}", text), text
    assert "NAME" in metric_sentence(empty, 5, language)
    assert "[5]" not in metric_sentence(empty, 5, language)


@pytest.mark.parametrize(
    ("language", "period", "expected"),
    [
        ("es", "2022-09-08", "El 8 de septiembre de 2022"),
        ("es", "between October 2021 and October 2022", "Entre octubre de 2021 y octubre de 2022"),
        ("es", "class of 2024", "Para la promoción de 2024"),
        ("ht", "2025-03", "An mas 2025"),
        ("ht", "SY2022-23", "Nan ane lekòl 2022-23 la"),
        ("kea", "fall 2022", "Na Outonu di 2022"),
        ("kea", "since September 2020", "Dezdi Setenbru di 2020"),
        ("zh", "2022-09-08", "2022年9月8日"),
        ("zh", "FY23", "2023财政年度"),
        ("zh", "from July 2022 to June 2025", "2022年7月至2025年6月"),
        ("vi", "2025-03", "Vào tháng 3 năm 2025"),
        ("vi", "2025-Q1", "Trong quý 1 năm 2025"),
        ("pt", "SY2022-23", "No ano letivo 2022-23"),
        ("pt", "2023 (planned)", "Em 2023 (previsto)"),
        ("ar", "2025-03", "في مارس 2025"),
        ("ar", "the 2022 state review", "في مراجعة الولاية لعام 2022"),
        ("so", "2022-09-08", "8 Sebtembar 2022"),
        ("so", "FY23", "Sanad-miisaaniyadeedkii 2023"),
        ("fr", "2022-09-08", "Le 8 septembre 2022"),
        ("fr", "fall 2021", "À l'automne 2021"),
    ],
)
def test_period_lead_ins(language: str, period: str, expected: str) -> None:
    assert when(period, language) == expected
    assert numbers_in(when(period, language)) <= numbers_in(period_text(period, language)) | {
        str(int(n)) for n in re.findall(r"\d+", period)
    }


@pytest.mark.parametrize(
    ("language", "value", "unit", "qualifier", "name", "expected"),
    [
        ("es", 188e6, "usd", "about", "", "unos $188 millones"),
        ("es", 2e9, "usd", "more than", "", "más de $2 mil millones"),
        ("ht", 10e6, "usd", "", "", "$10 milyon"),
        ("kea", 22000.0, "students", "about", "", "más o menus 22,000 alunu"),
        ("zh", 188e6, "usd", "about", "", "约$188 million（一亿八千八百万美元）"),
        ("zh", 6.0, "schools", "", "完成厕所翻修的学校数量", "6所"),
        ("zh", 30.0, "percent_per_year", "", "", "每年30%"),
        ("vi", 1.5e9, "usd", "", "", "1.5 tỷ đô la"),
        ("pt", 1.5e9, "usd", "", "", "1.5 bilhão de dólares"),
        ("pt", 10e6, "usd", "", "", "10 milhões de dólares"),
        ("ar", 10e6, "usd", "", "", "10 ملايين دولار"),
        ("ar", 33.0, "schools", "", "", "33 مدرسة"),
        ("ar", 6.0, "schools", "", "", "6 مدارس"),
        ("ar", 6.0, "schools", "", "عدد المدارس", "6"),
        ("so", 4000.0, "sensors", "more than", "", "in ka badan 4,000 dareeme"),
        ("fr", 94.0, "percent", "", "", "94\xa0%"),
        ("fr", 1.5e9, "usd", "about", "", "environ 1.5 milliard de dollars"),
    ],
)
def test_values_per_language(
    language: str, value: float, unit: str, qualifier: str, name: str, expected: str
) -> None:
    assert format_value(value, unit, qualifier, language, name) == expected


def test_chinese_numerals_for_money() -> None:
    cases = {10_000_000: "一千万", 605_000_000: "六亿零五百万", 1_500_000_000: "十五亿", 0: "零"}
    assert {n: chinese_numeral(n) for n in cases} == cases
    assert chinese_numeral(100_010) == "十万零一十"


@pytest.mark.parametrize(
    ("language", "days", "expected"),
    [
        ("es", 45, "45 días"),
        ("zh", 610, "20个月"),
        ("ar", 610, "20 شهرًا"),
        ("ar", 240, "7 أشهر"),
        ("ar", 800, "سنتين"),
        ("so", 1200, "3 sano"),
        ("fr", 45, "45 jours"),
    ],
)
def test_ages(language: str, days: int, expected: str) -> None:
    assert age_text(days, language) == expected


def test_scoped_sentences_say_where_in_the_language(tool: MetricsTool) -> None:
    national = tool.result(
        "special_education.substantially_separate_share", "national", language="fr"
    )
    text = metric_sentence(national, 1, "fr", max_age_days=None)
    assert "au niveau national était de 13\xa0%" in text and "objectif" not in text
    school = dataclasses.replace(
        tool.result(BUSES, language="zh"), scope="school", scope_id="Mather"
    )
    assert metric_sentence(school, 1, "zh", None).startswith("2025年6月，Mather的早上校车")
    assert "(Mather的)" in citation_text(school, "zh")
