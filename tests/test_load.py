"""`bps-assistant load`: concurrent clients on one shared assistant, figures and exit code."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.chain import Assistant
from assistant.cli import cli
from assistant.config import Settings
from assistant.load.runner import (
    INCONSISTENT,
    STILL_RUNNING,
    load_questions,
    report_lines,
    run_load,
)
from assistant.retrieval.retriever import HybridRetriever
from assistant.types import Answer

PLAN_QUESTIONS = [
    "What is the on-time target for school buses?",
    "How many bathrooms were finished by September 2023?",
    "Which languages have dual-language programs?",
    "What is the recipe for lasagna?",
]
METRIC_QUESTIONS = ["What share of buses arrived on time?"]


@pytest.fixture
def indexed(small_settings: Settings) -> Settings:
    """The small corpus, indexed, with benchmark question files in its eval/ folder."""
    from assistant.indexing.pipeline import build_all

    report = build_all(small_settings)
    assert not report.failures, report.failures
    eval_dir = small_settings.data_dir / "eval"
    eval_dir.mkdir()
    (eval_dir / "bench_questions.txt").write_text("\n".join(PLAN_QUESTIONS) + "\n")
    (eval_dir / "bench_metric_questions.txt").write_text("\n".join(METRIC_QUESTIONS) + "\n")
    return small_settings


def load_cli(settings: Settings, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--data-dir", str(settings.data_dir), "load", *args], catch_exceptions=False
    )
    return result.exit_code, result.output


def test_a_short_run_reports_its_figures_and_exits_zero(indexed: Settings) -> None:
    code, out = load_cli(indexed, "--clients", "2", "--seconds", "2")
    assert code == 0, out
    requests = int(re.search(r"^requests: (\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    assert requests >= 2  # each client finished at least the request it started
    assert re.search(r"^throughput: \d+\.\d\d req/s$", out, re.M)
    assert re.search(r"^latency ms: p50 [\d.]+  p95 [\d.]+  p99 [\d.]+  max [\d.]+$", out, re.M)
    assert re.search(r"^stages ms p50/p95: prepare [\d.]+/[\d.]+, retrieve ", out, re.M)
    assert "errors: 0 (target 0)" in out
    assert "Traceback" not in out


def test_json_figures(indexed: Settings) -> None:
    code, out = load_cli(indexed, "--clients", "2", "--seconds", "1", "--json")
    assert code == 0, out
    data = json.loads(out[out.index("{") :])
    assert data["clients"] == 2 and data["errors"] == 0 and data["errors_by_type"] == {}
    assert data["requests"] >= 2 and data["throughput_rps"] > 0
    assert set(data["latency_ms"]) == {"p50", "p95", "p99", "max"}
    assert data["latency_ms"]["p50"] <= data["latency_ms"]["max"]


def test_the_shipped_question_files_are_mixed(indexed: Settings) -> None:
    questions = load_questions(indexed)
    assert sorted(questions) == sorted(PLAN_QUESTIONS + METRIC_QUESTIONS)


def test_a_questions_file_replaces_the_mix(indexed: Settings, tmp_path: Path) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("Who approves field trips?\n\n")
    assert load_questions(indexed, mine) == ["Who approves field trips?"]
    code, out = load_cli(indexed, "--clients", "1", "--seconds", "0.5", "--questions", str(mine))
    assert code == 0, out


def test_a_failing_retriever_is_counted_reported_and_exits_one(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: HybridRetriever, question: str, *args: object, **kw: object) -> None:
        raise RuntimeError("the vector store went away")

    monkeypatch.setattr(HybridRetriever, "retrieve", broken)
    code, out = load_cli(indexed, "--clients", "2", "--seconds", "1")
    assert code == 1
    failed = int(re.search(r"^errors: (\d+) \(target 0\)$", out, re.M).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"^requests: (\d+)", out, re.M).group(1))  # type: ignore[union-attr]
    assert failed == requests >= 2
    assert f"  RuntimeError: {failed} (first: the vector store went away)" in out
    assert "first traceback (RuntimeError" in out
    assert "in broken" in out and "raise RuntimeError" in out  # the real traceback


def test_some_failures_among_answers(indexed: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    assistant = Assistant.load(indexed)
    real = assistant.retriever.retrieve

    def flaky(question: str, *args: object, **kw: object) -> object:
        if "bathrooms" in question:
            raise ValueError("bad bathroom data")
        return real(question, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(assistant.retriever, "retrieve", flaky)
    report = run_load(assistant.ask, PLAN_QUESTIONS, clients=2, seconds=1.0)
    assert 0 < report.error_count < report.requests
    assert [e.name for e in report.errors] == ["ValueError"]
    assert report.errors[0].question == "How many bathrooms were finished by September 2023?"
    lines = report_lines(report)
    assert f"errors: {report.error_count} (target 0)" in lines
    assert report.refused >= 1  # the lasagna question was refused, not failed


def test_a_request_that_never_returns_is_an_error() -> None:
    release = threading.Event()

    def hangs(question: str) -> Answer:
        release.wait()
        raise AssertionError("released")

    try:
        report = run_load(hangs, ["anything?"], clients=2, seconds=0.1, grace_s=0.2)
    finally:
        release.set()
    assert report.error_count == 2
    assert report.errors[0].name == STILL_RUNNING
    assert "errors: 2 (target 0)" in report_lines(report)


def test_a_missing_questions_file_is_one_clear_line(indexed: Settings) -> None:
    result = CliRunner().invoke(
        cli, ["--data-dir", str(indexed.data_dir), "load", "--questions", "nope.txt"]
    )
    assert result.exit_code == 1
    assert "cannot read the questions in 'nope.txt'" in str(result.exception)


def test_a_question_answered_differently_under_load_is_an_error() -> None:
    calls = iter(range(1_000_000))

    def racy(question: str) -> Answer:  # what a race on shared state would look like
        text = "Buses must be on time [1]." if next(calls) % 2 else "Bathrooms [1]."
        return Answer(question=question, text=text, language="en", refused=False, citations=())

    report = run_load(racy, ["buses?"], clients=2, seconds=0.2)
    assert report.errors[0].name == INCONSISTENT
    assert report.errors[0].question == "buses?"
    assert any(line.startswith("  InconsistentAnswer: ") for line in report_lines(report))


def test_sessions_sharing_one_indicator_matcher_do_not_race() -> None:
    """Found while load testing: evicting the question-vector cache raised KeyError."""
    import sys

    import numpy as np

    from assistant.metrics.matching import IndicatorMatcher
    from assistant.metrics.series import Indicator

    class Ones:
        name, dim, min_relevance = "ones", 4, 0.5

        def embed_query(self, text: str) -> np.ndarray:
            return np.ones(4, dtype=np.float32)

        def embed_passages(self, texts: list[str]) -> np.ndarray:
            return np.ones((len(texts), 4), dtype=np.float32)

        def identity(self) -> str:
            return "ones"

    bus = Indicator(
        "transportation.on_time", "transportation", "Bus on-time rate", "percent", "higher",
        95.0, "95%", None, None, "Buses on time", "https://example.org", (), 1, None,
    )  # fmt: skip
    matcher = IndicatorMatcher([bus], Ones())  # type: ignore[arg-type]
    failures: list[BaseException] = []

    def session(k: int) -> None:
        for i in range(3000):  # far more distinct questions than the cache holds
            try:
                matcher.rank(f"bus on time in week {k}-{i}?", language="en")
            except Exception as exc:
                failures.append(exc)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=session, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
