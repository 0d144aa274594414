"""Indicator names in ten languages: the files, the checks, the store, and what the tool returns."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import MetricsError
from assistant.metrics.commands import metrics
from assistant.metrics.store import build_metrics_db, open_readonly
from assistant.metrics.tool import MetricsTool
from assistant.types import LANGUAGES

SHIPPED = PROJECT_ROOT / "corpus" / "metrics"
FIXTURES = Path(__file__).parent / "fixtures" / "metrics"
TODAY = date(2025, 4, 20)


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "metrics.duckdb"
    build_metrics_db(SHIPPED, path)
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The small test corpus with a Spanish translation file."""
    folder = tmp_path / "corpus" / "metrics"
    shutil.copytree(FIXTURES / "corpus", folder)
    (folder / "translations").mkdir()
    shutil.copy(FIXTURES / "translations" / "es.yaml", folder / "translations" / "es.yaml")
    return folder


@pytest.fixture
def tool(corpus: Path, tmp_path: Path) -> Iterator[MetricsTool]:
    build_metrics_db(corpus, tmp_path / "m.duckdb")
    with MetricsTool(tmp_path / "m.duckdb", today=TODAY) as t:
        yield t


def test_every_shipped_indicator_is_named_in_all_ten_languages(shipped_db: Path) -> None:
    declared = yaml.safe_load((SHIPPED / "indicators.yaml").read_text())["indicators"]
    with open_readonly(shipped_db) as db:
        rows = db.query(
            "SELECT language, count(*), count(DISTINCT name) FROM indicator_names "
            "GROUP BY language ORDER BY language"
        ).rows
        targets = db.query(
            "SELECT n.language, count(*) FROM indicator_names n JOIN indicators i "
            "ON i.id = n.indicator_id WHERE i.target_text <> '' AND n.target_text <> '' "
            "GROUP BY 1"
        ).rows
    assert sorted(r[0] for r in rows) == sorted(LANGUAGES)
    assert all(count == len(declared) and distinct == count for _, count, distinct in rows)
    with_target = sum(1 for d in declared if d.get("target_text"))
    assert dict(targets) == {code: with_target for code in LANGUAGES}


def test_translated_names_are_not_the_english_ones(shipped_db: Path) -> None:
    with MetricsTool(shipped_db, today=TODAY) as tool:
        for ind in tool.catalog:
            names = {code: tool.result(ind.id, language=code).name for code in LANGUAGES}
            english = [code for code, name in names.items() if name == ind.name]
            assert english == ["en"], f"{ind.id} is still English in {english}"


def test_the_tool_names_results_in_the_requested_language(tool: MetricsTool) -> None:
    english = tool.result("transportation.am_on_time_monthly")
    spanish = tool.result("transportation.am_on_time_monthly", language="es")
    assert english.name == "share of morning buses arriving on time"
    assert spanish.name == "el porcentaje de autobuses de la mañana que llegan a tiempo"
    assert spanish.target_text == "95% o más cada mes"
    assert (spanish.value, spanish.period, spanish.met) == (english.value, english.period, True)
    # a language without a file falls back to English words, never to nothing
    assert tool.result("transportation.am_on_time_monthly", language="ht").name == english.name
    [found] = tool.lookup("¿Llegan tarde los autobuses?", limit=1, language="es")
    assert found.name.startswith("el porcentaje de autobuses")
    assert tool.lookup("Are the buses late?", limit=1)[0].name == english.name


def test_a_name_without_its_target_falls_back_to_the_english_target(tool: MetricsTool) -> None:
    res = tool.result("general.enrollment", language="es")
    assert res.name == "el número de estudiantes inscritos en BPS"
    assert res.target_text == ""


def test_missing_languages_and_target_texts_are_warnings(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "translations" / "es.yaml"
    data = yaml.safe_load(path.read_text())
    del data["indicators"]["general.enrollment"]
    data["indicators"]["facilities.bathrooms_completed"].pop("target_text")
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    report = build_metrics_db(corpus, tmp_path / "m.duckdb")
    assert any("translations/fr.yaml is missing" in w for w in report.warnings)
    assert any(
        "es.yaml has no name for 1 indicator(s) (general.enrollment)" in w for w in report.warnings
    )
    assert any("'facilities.bathrooms_completed' has no target_text" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"language": "pt"}, "'language' must be 'es'"),
        ({"indicators": {"general.enrolment": "x"}}, "'general.enrolment' is not an indicator"),
        (
            {"indicators": {"general.enrollment": {"name": "los 50,000 estudiantes"}}},
            r"name has number\(s\) 50000 that the English",
        ),
        (
            {
                "indicators": {
                    "transportation.am_on_time_monthly": {"name": "x", "target_text": "96%"}
                }
            },
            r"target_text has number\(s\) 96",
        ),
        (
            {"indicators": {"general.enrollment": {"name": "x", "target_text": "todos"}}},
            "the indicator has none in English",
        ),
        ({"indicators": {"general.enrollment": {"nombre": "x"}}}, "unknown field"),
        ({"indicators": {"general.enrollment": {"name": ""}}}, "'name' is required"),
    ],
)
def test_bad_translation_files_are_refused(
    corpus: Path, tmp_path: Path, change: dict[str, object], expected: str
) -> None:
    path = corpus / "translations" / "es.yaml"
    data = {"language": "es", "indicators": {}, **change}
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(MetricsError, match=expected):
        build_metrics_db(corpus, tmp_path / "m.duckdb")


def test_months_may_become_numbers(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "translations" / "es.yaml"
    data = yaml.safe_load(path.read_text())
    data["indicators"]["facilities.bathrooms_completed"]["target_text"] = "15 escuelas para 2023-06"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert build_metrics_db(corpus, tmp_path / "m.duckdb").indicators == 5


def test_editing_a_translation_rebuilds_the_store(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    build_metrics_db(corpus, db)
    assert build_metrics_db(corpus, db).skipped
    path = corpus / "translations" / "es.yaml"
    path.write_text(path.read_text().replace("inscritos en BPS", "matriculados en BPS"))
    assert not build_metrics_db(corpus, db).skipped
    with MetricsTool(db, today=TODAY) as t:
        assert t.result("general.enrollment", language="es").name.endswith("matriculados en BPS")


def test_the_cli_lists_and_shows_in_a_language(corpus: Path) -> None:
    settings = Settings(data_dir=corpus.parent.parent, metrics_max_age_days=36500)
    listed = CliRunner().invoke(metrics, ["list", "--language", "es", "--json"], obj=settings)
    assert listed.exit_code == 0, listed.output
    names = {row["id"]: row["name"] for row in json.loads(listed.stdout)}
    assert names["facilities.bathrooms_completed"].startswith("el número de escuelas")
    shown = CliRunner().invoke(
        metrics, ["show", "transportation.am_on_time_monthly", "--language", "es"], obj=settings
    )
    assert shown.exit_code == 0, shown.output
    assert "target: 95% o más cada mes" in shown.output
    assert "En marzo de 2025, el porcentaje de autobuses" in shown.output
    bad = CliRunner().invoke(metrics, ["list", "--language", "de"], obj=settings)
    assert bad.exit_code == 2
