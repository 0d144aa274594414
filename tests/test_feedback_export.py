"""`bps-assistant feedback export` and `feedback draft-set`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import cli
from assistant.config import Settings
from assistant.feedback.store import COLUMNS, FeedbackStore
from assistant.types import Answer, Citation

CITED = Citation(n=1, kind="passage", text="...", doc_id="sip", title="SIP", plan="sip",
                 area="transportation", section="sip.transportation.targets", language="en")


def rate(data_dir: Path) -> None:
    store = FeedbackStore.for_settings(Settings(data_dir=data_dir))
    store.record(Answer(question="What is the bus target, jo@example.org?", text="95%, [1]",
                        language="en", refused=False, citations=(CITED,)), rating="down",
                 wrong_source=True)
    store.record(Answer(question="¿Y los baños?", text="No sé.", language="es", refused=True,
                        citations=()), rating="up", role="staff")


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "feedback", *args])
    return result.exit_code, result.stdout, result.stderr


def test_export_csv_prints_every_rating_with_a_header(tmp_path: Path) -> None:
    rate(tmp_path)
    code, out, _ = run(tmp_path, "export", "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["question"] for r in rows] == ["What is the bus target, [email]?", "¿Y los baños?"]
    assert [(r["rating"], r["wrong_source"], r["role"]) for r in rows] == [
        ("down", "true", "family"), ("up", "false", "staff")]
    assert json.loads(rows[0]["citations"])[0]["section"] == "sip.transportation.targets"
    assert run(tmp_path, "export")[1] == out  # CSV is the default


def test_export_json_to_a_file(tmp_path: Path) -> None:
    rate(tmp_path)
    target = tmp_path / "out" / "feedback.json"
    target.parent.mkdir()
    code, out, err = run(tmp_path, "export", "--json", "-o", str(target))
    assert code == 0 and out == ""
    assert "exported 2 ratings" in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [d["language"] for d in data] == ["en", "es"]
    assert data[0]["citations"][0]["area"] == "transportation"


def test_export_says_plainly_when_there_is_no_feedback_yet(tmp_path: Path) -> None:
    code, out, err = run(tmp_path, "export", "--csv")
    assert code == 0 and out == ""
    assert "no feedback yet" in err
    assert not (tmp_path / "var").exists()


def test_csv_and_json_together_are_refused(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "export", "--csv", "--json")
    assert code == 2
    assert "choose one of --csv and --json" in err


def test_draft_set_turns_thumbs_down_into_yaml(tmp_path: Path) -> None:
    import yaml

    code, _, err = run(tmp_path, "draft-set")
    assert code == 0 and "nothing to draft" in err
    rate(tmp_path)
    code, out, _ = run(tmp_path, "draft-set")
    assert code == 0
    data = yaml.safe_load(out)
    assert [q["question"] for q in data["questions"]] == ["What is the bus target, [email]?"]
