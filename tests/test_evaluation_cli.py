"""`bps-assistant eval run|compare` as a user runs them: output, files, floors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import private_copy, write_small_corpus

from assistant.config import Settings

SMALL_SET = """\
name: small
description: questions over the two-document test corpus
questions:
  - id: bus-1
    question: "What is the on-time target for school buses?"
    language: en
    role: family
    expected:
      answerable: true
      sources: [{plan: sip, area: transportation}]
      facts: ["95"]
  - id: bath-1
    question: "How many bathrooms were finished by September 2023?"
    language: en
    role: staff
    expected:
      answerable: true
      sources: [{section: sip.facilities}]
      facts: ["6"]
  - id: slife-1
    question: "How large are literacy classes for SLIFE students?"
    language: en
    role: principal
    expected:
      answerable: true
      sources: [{doc_id: multilingual-learners}]
      facts: ["15"]
  - id: oos-1
    question: "What is the recipe for lasagna?"
    language: en
    role: family
    expected: {answerable: false}
"""


def run(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if data_dir is not None:
        env["BPS_ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True,
                          text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(tmp_path_factory.mktemp("eval-small"))
    report = build_all(settings)
    assert not report.failures, report.failures
    sets = settings.data_dir / "eval" / "sets"
    sets.mkdir(parents=True)
    (sets / "small.yaml").write_text(SMALL_SET, encoding="utf-8")
    return settings


def test_eval_run_writes_json_and_html_and_prints_the_summary(small_index: Settings,
                                                              tmp_path: Path) -> None:
    out_json, out_html = tmp_path / "r" / "report.json", tmp_path / "report.html"
    result = run("eval", "run", "--k", "3", "--json", str(out_json), "--html", str(out_html),
                 "--min", "refusal_accuracy=0.5", data_dir=small_index.data_dir)
    assert result.returncode == 0, result.stderr
    assert "Summary (k=3; sets: small)" in result.stdout
    assert "recall@k" in result.stdout and "By language" in result.stdout
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["summary"]["questions"] == 4
    assert data["run"]["k"] == 3 and data["run"]["sets"][0]["name"] == "small"
    assert {q["id"] for q in data["questions"]} == {"bus-1", "bath-1", "slife-1", "oos-1"}
    lasagna = next(q for q in data["questions"] if q["id"] == "oos-1")
    assert lasagna["refused"] and lasagna["passed"]
    assert all(len(q["retrieved"]) <= 3 for q in data["questions"])
    html = out_html.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert data["run"]["index_matches_corpus"] is True
    assert "older than the corpus" not in result.stdout + result.stderr + html


def test_eval_run_on_an_index_older_than_the_corpus_says_so(small_index: Settings,
                                                             tmp_path: Path) -> None:
    data_dir = private_copy(small_index.data_dir, tmp_path)
    doc = data_dir / "corpus" / "documents" / "en" / "sip.md"
    doc.write_text(doc.read_text(encoding="utf-8") + "\nA sentence added after the build.\n",
                   encoding="utf-8")
    out_json, out_html = tmp_path / "report.json", tmp_path / "report.html"
    result = run("eval", "run", "--json", str(out_json), "--html", str(out_html),
                 "--no-failures", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "warning: the index was older than the corpus" in result.stderr
    assert result.stdout.startswith("Note: the index was older than the corpus")
    assert json.loads(out_json.read_text(encoding="utf-8"))["run"]["index_matches_corpus"] is False
    assert "older than the corpus" in out_html.read_text(encoding="utf-8")


def test_eval_run_exits_non_zero_below_a_floor_and_baselines_add_columns(
    small_index: Settings, tmp_path: Path
) -> None:
    out_json = tmp_path / "report.json"
    sets = small_index.data_dir / "eval" / "sets" / "small.yaml"
    result = run("eval", "run", str(sets), "--baselines", "--json", str(out_json),
                 "--min", "recall_at_k=1.01", "--no-failures", data_dir=small_index.data_dir)
    assert result.returncode == 1
    assert "error: recall_at_k 1 is below the floor 1.01" in result.stderr
    header = next(line for line in result.stdout.splitlines() if "hybrid" in line)
    assert "bm25" in header and "dense" in header
    assert "Failing questions" not in result.stdout
    assert set(json.loads(out_json.read_text(encoding="utf-8"))["baselines"]) == {"bm25", "dense"}


def test_a_malformed_set_is_one_error_line_naming_file_question_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_SET.replace("role: staff", "role: janitor"), encoding="utf-8")
    result = run("eval", "run", str(bad), data_dir=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert line.startswith("error: ") and "bad.yaml: question bath-1: field 'role'" in line
    assert "\n" not in line


def test_an_unknown_floor_key_is_an_error(tmp_path: Path) -> None:
    result = run("eval", "run", "--min", "accuracy=0.9", data_dir=tmp_path)
    assert result.returncode == 1
    assert "error: --min 'accuracy=0.9': expected KEY=VALUE" in result.stderr


def test_eval_compare_prints_changes_and_can_fail_on_regression(tmp_path: Path) -> None:
    def report(passed: bool, recall: float) -> dict[str, object]:
        return {"summary": {"questions": 1, "recall_at_k": recall},
                "questions": [{"id": "q1", "set": "s", "question": "Buses?", "passed": passed,
                               "failures": [] if passed else ["missing facts: 95"]}]}

    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(report(True, 1.0)), encoding="utf-8")
    b.write_text(json.dumps(report(False, 0.8)), encoding="utf-8")
    result = run("eval", "compare", str(a), str(b))
    assert result.returncode == 0, result.stderr
    assert "Now failing (passed before): 1" in result.stdout
    assert "- [s] q1: Buses?" in result.stdout and "why: missing facts: 95" in result.stdout
    assert run("eval", "compare", str(a), str(b), "--fail-on-regression").returncode == 1
    assert run("eval", "compare", str(b), str(a), "--fail-on-regression").returncode == 0
    missing = run("eval", "compare", str(a), str(tmp_path / "nope.json"))
    assert missing.returncode == 1 and "nope.json: no such file" in missing.stderr
