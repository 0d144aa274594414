"""`bps-assistant ask` and `eval run` with a model server (a stub on 127.0.0.1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_small_corpus
from openai_stub import OpenAIStub, Script, quote_top_passage

from assistant.cli import cli
from assistant.config import Settings
from assistant.i18n.messages import message

pytestmark = pytest.mark.slow  # starts HTTP servers

KEY = "sk-test-secret-cli"
QUESTION = "What is the on-time target for school buses?"
GOOD = ("The plan's target is that 95% or more of school buses arrive on time every month [1]. "
        "Buses are wonderful.")
SMALL_SET = """\
name: tiny
questions:
  - id: bus-1
    question: "What is the on-time target for school buses?"
    language: en
    role: family
    expected:
      answerable: true
      sources: [{plan: sip, area: transportation}]
      facts: ["95"]
  - id: oos-1
    question: "What is the recipe for lasagna?"
    language: en
    role: family
    expected: {answerable: false}
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(tmp_path_factory.mktemp("generative-cli"))
    report = build_all(settings)
    assert not report.failures, report.failures
    return settings


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub([Script(content=GOOD)]) as server:
        yield server


def env(settings: Settings, stub: OpenAIStub, **more: str) -> dict[str, str]:
    return {
        "BPS_ASSISTANT_DATA_DIR": str(settings.data_dir),
        "BPS_ASSISTANT_CACHE_DIR": str(settings.cache_path),
        "BPS_ASSISTANT_LLM_URL": stub.url,
        "BPS_ASSISTANT_LLM_API_KEY": KEY,
        "BPS_ASSISTANT_COMPOSER": "",
        **more,
    }


def test_ask_shows_the_draft_on_stderr_and_the_checked_answer_on_stdout(
    settings: Settings, stub: OpenAIStub
) -> None:
    result = CliRunner().invoke(cli, ["ask", QUESTION], env=env(settings, stub))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "The plan's target is that 95% or more of school buses arrive on time every month [1]."
    )
    assert "wonderful" not in result.stdout  # uncited: dropped from the answer
    assert "\nSources:\n[1] Test plan summary - sip.transportation" in result.stdout
    assert "draft: " in result.stderr and "Buses are wonderful." in result.stderr
    assert f"note: {message('llm_trimmed', 'en')}" in result.stderr
    assert stub.requests[0].body["stream"] is True
    assert KEY not in result.output


def test_ask_json_prints_only_the_final_answer(settings: Settings, stub: OpenAIStub) -> None:
    result = CliRunner().invoke(cli, ["ask", QUESTION, "--json"], env=env(settings, stub))
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert "wonderful" not in answer["answer"] and answer["citations"][0]["n"] == 1
    assert "draft" not in result.stderr


def test_ask_composer_option_overrides_the_environment(
    settings: Settings, stub: OpenAIStub
) -> None:
    result = CliRunner().invoke(cli, ["ask", QUESTION, "--composer", "extractive"],
                                env=env(settings, stub))
    assert result.exit_code == 0, result.output
    assert stub.requests == [] and "draft" not in result.stderr
    # quoted verbatim, its source label moved to the citation line
    assert "on time every month. [1]" in result.stdout
    assert "source: Boston Herald, 2022-06-29" in result.stdout


def test_ask_with_a_failing_server_still_answers(settings: Settings) -> None:
    with OpenAIStub([Script(status=503)]) as failing:
        result = CliRunner().invoke(cli, ["ask", QUESTION], env=env(settings, failing))
    assert result.exit_code == 0, result.output
    assert "95% or more" in result.stdout
    assert f"note: {message('llm_unavailable', 'en')}" in result.stderr


def test_ask_with_an_unknown_composer_exits_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", QUESTION, "--composer", "magic"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "BPS_ASSISTANT_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "error: unknown composer 'magic'; choose one of: auto, extractive, openai-compatible"
    )


def test_eval_runs_a_set_with_either_composer_and_compares(
    settings: Settings, tmp_path: Path
) -> None:
    sets = tmp_path / "tiny.yaml"
    sets.write_text(SMALL_SET, encoding="utf-8")
    before, after = tmp_path / "extractive.json", tmp_path / "generative.json"
    runner = CliRunner()
    with OpenAIStub([Script(answer=quote_top_passage)]) as quoting:
        variables = env(settings, quoting)
        first = runner.invoke(cli, ["eval", "run", str(sets), "--composer", "extractive",
                                    "--json", str(before)], env=variables)
        second = runner.invoke(cli, ["eval", "run", str(sets), "--composer",
                                     "openai-compatible", "--json", str(after)], env=variables)
        asked = len(quoting.requests)
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert asked == 1  # the out-of-scope question never reached the model
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in (before, after)]
    assert [r["run"]["composer"] for r in reports] == ["extractive", "openai-compatible"]
    generated = {q["id"]: q for q in reports[1]["questions"]}
    assert generated["bus-1"]["passed"] and generated["oos-1"]["passed"]
    assert generated["bus-1"]["answer"].endswith("2022-06-29) [1].")  # the stub's sentence
    compared = runner.invoke(cli, ["eval", "compare", str(before), str(after)])
    assert compared.exit_code == 0, compared.output
    assert "Now failing (passed before): 0" in compared.stdout
