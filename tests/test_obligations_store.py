"""The DuckDB table, filters, chat matching, CSV/JSON/ICS exports and the CLI command."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.config import Settings
from assistant.errors import IndexCorruptError, IndexMissingError
from assistant.obligations.chat import checklist_answer, is_obligation_question
from assistant.obligations.commands import obligations as obligations_command
from assistant.obligations.commands import parse_span
from assistant.obligations.export import to_csv, to_ics, to_json
from assistant.obligations.query import find_obligations, match_question
from assistant.obligations.store import (
    DB_NAME,
    build_obligations_db,
    open_obligations,
    source_signature,
    stored_signature,
)
from assistant.types import Chunk

TODAY = date(2025, 9, 15)

RESTRAINT = (
    "The school leader must tell the parent about a restraint verbally by the end of the day of "
    "the restraint. The school must report each restraint to DESE within 3 business days. "
    "The school leader shall conduct a weekly review of restraint data."
)
ENGLISH_LEARNERS = (
    "Each school must update its ELE data in Aspen in October, December and March. "
    "ILPs must be finalized by October 15, 2023. "
    "Teachers should leverage students' native-language literacy skills."
)
BUSES = (
    "All requests for changes to bell times must be made in writing to the chief operating "
    "officer before the end of October. Bus drivers must report every incident to the school "
    "leader on the same day. The Transportation Department will revise routes where necessary."
)


def chunk(doc: str, area: str, text: str, page: int | None = None) -> Chunk:
    return Chunk(chunk_id=f"{doc}:en:{doc}.main:0", text=text, doc_id=doc,
                 title=f"{doc.upper()}: a circular", plan="circulars", area=area,
                 section=f"{doc}.main", heading_path=(doc.upper(), "Main"), language="en",
                 path=f"{doc}.pdf", content_hash=f"hash-{doc}", page=page)


CHUNKS = [
    chunk("sup-19", "student-safety", RESTRAINT, page=13),
    chunk("el-07", "english-learners", ENGLISH_LEARNERS, page=12),
    chunk("trn-01", "transportation", BUSES, page=1),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "index" / DB_NAME
    assert build_obligations_db(CHUNKS, path) == 9
    return path


def test_build_swaps_the_table_in_and_reads_it_back(db: Path) -> None:
    found = open_obligations(db)
    assert len(found) == 9
    assert [o.doc_id for o in found][::3] == ["el-07", "sup-19", "trn-01"]  # document order
    first = found[3]
    assert (first.doc_id, first.actor, first.page, first.timing.kind) == (
        "sup-19", "school-leader", 13, "relative")
    assert first.sentence.startswith("The school leader must tell the parent")
    assert sorted(p.name for p in db.parent.iterdir()) == [DB_NAME]  # nothing left aside
    assert stored_signature(db) == source_signature(CHUNKS)
    # rebuilding replaces the table whole
    build_obligations_db(CHUNKS[:1], db)
    assert len(open_obligations(db)) == 3


def test_the_table_opens_read_only(db: Path) -> None:
    import duckdb

    from assistant.obligations.store import _connect

    with _connect(db) as conn, pytest.raises(duckdb.Error):
        conn.execute("DELETE FROM obligations")
    assert len(open_obligations(db)) == 9


def test_missing_or_damaged_table_errors_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="bps-assistant index"):
        open_obligations(tmp_path / DB_NAME)
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database")
    with pytest.raises(IndexCorruptError, match="rebuild"):
        open_obligations(broken)


def test_filters(db: Path) -> None:
    def docs(**kw: object) -> list[str]:
        return [o.doc_id + ":" + o.actor for o in find_obligations(db, today=TODAY, **kw)]

    assert docs(role="principal") == [
        "el-07:school", "el-07:school", "sup-19:school-leader", "sup-19:school",
        "sup-19:school-leader", "trn-01:school"]
    assert docs(role="teacher") == ["el-07:teacher"]
    assert docs(area="transportation") == ["trn-01:school", "trn-01:other", "trn-01:district"]
    assert docs(doc="el-07") == ["el-07:school", "el-07:school", "el-07:teacher"]
    assert docs(doc="trn") == ["trn-01:school", "trn-01:other", "trn-01:district"]
    assert docs(text="bell times") == ["trn-01:school"]
    # due within 30 days of 15 September: the weekly review only; 50 days adds October's
    assert docs(due_within_days=30) == ["sup-19:school-leader"]
    assert docs(due_within_days=50) == [
        "sup-19:school-leader", "el-07:school", "trn-01:school"]


def test_match_question_finds_the_restraint_duties(db: Path) -> None:
    found = match_question("What do I have to do when a student is restrained?",
                           open_obligations(db), limit=6)
    assert found and {o.doc_id for o in found} == {"sup-19"}
    assert match_question("lasagna recipe", open_obligations(db)) == []


def test_checklist_answer_cites_each_sentence(db: Path) -> None:
    question = "What must I do about restraint?"
    assert is_obligation_question(question)
    assert not is_obligation_question("How many buses arrived on time?")
    answer = checklist_answer(question, db, role="principal", today=TODAY)
    assert answer is not None and not answer.refused
    assert "- [ ] School leader / principal must: tell the parent" in answer.text
    assert "**by the end of the day of the restraint**" in answer.text
    assert "[1]" in answer.text
    first = answer.citations[0]
    assert (first.kind, first.doc_id, first.page) == ("passage", "sup-19", 13)
    assert first.text.startswith("The school leader must tell the parent")
    assert checklist_answer("What must I do about lasagna?", db) is None
    assert checklist_answer(question, db.parent / "missing.duckdb") is None


def test_csv_and_json_exports(db: Path) -> None:
    found = open_obligations(db)
    rows = list(csv.DictReader(io.StringIO(to_csv(found, TODAY))))
    assert len(rows) == 9
    row = next(r for r in rows if r["doc_id"] == "sup-19")
    assert row["deadline"] == "by the end of the day of the restraint"
    assert row["sentence"].startswith("The school leader must tell")
    assert (row["page"], row["actor"]) == ("13", "School leader / principal")
    items = json.loads(to_json(found, TODAY))
    weekly = next(i for i in items if i["timing"]["frequency"] == "weekly")
    assert weekly["due"] == "2025-09-21"
    assert weekly["actor"] == "school-leader"


# --- a small RFC 5545 reader -----------------------------------------------------------------
def read_ics(text: str) -> list[dict[str, str]]:
    """Unfold lines, check the calendar frame, return each VEVENT's properties (unescaped)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    raw = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in raw)
    lines: list[str] = []
    for line in raw:
        if line.startswith((" ", "\t")):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            value = (value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                     .replace("\\\\", "\\"))
            current[name] = value
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "SUMMARY"):
            assert required in event, (required, event)
    return events


def test_ics_export_parses_back(db: Path) -> None:
    from dateutil.rrule import rrulestr

    stamp = datetime(2025, 9, 15, 12, 0, tzinfo=UTC)
    events = read_ics(to_ics(open_obligations(db), TODAY, stamp=stamp))
    by_summary = {e["SUMMARY"]: e for e in events}
    # dated and recurring deadlines only: the relative ones hang on an event
    assert len(events) == 4
    assert len({e["UID"] for e in events}) == 4
    ilp = by_summary["School: ILPs must be finalized by October 15, 2023"]
    assert ilp["DTSTART;VALUE=DATE"] == "20231015" and "RRULE" not in ilp
    reporting = by_summary["School: update its ELE data in Aspen in October, December and March"]
    assert reporting["DTSTART;VALUE=DATE"] == "20251031"
    assert reporting["RRULE"] == "FREQ=YEARLY;BYMONTH=3,10,12;BYMONTHDAY=-1"
    rule = rrulestr(reporting["RRULE"], dtstart=datetime(2025, 10, 31))
    assert [d.date() for d in rule[:3]] == [date(2025, 10, 31), date(2025, 12, 31),
                                            date(2026, 3, 31)]
    weekly = by_summary["School leader / principal: conduct a weekly review of restraint data"]
    assert weekly["RRULE"] == "FREQ=WEEKLY"
    bell = next(e for s, e in by_summary.items() if "bell times" in s)
    assert bell["RRULE"] == "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=-1"
    assert "Source: TRN-01: a circular — Main, page 1" in bell["DESCRIPTION"]
    assert "All requests for changes to bell times must be made" in bell["DESCRIPTION"]
    assert ilp["DTSTAMP"] == "20250915T120000Z"


def test_parse_span() -> None:
    assert [parse_span(s) for s in ("30d", "2w", "1m", "45")] == [30, 14, 30, 45]


def test_cli_lists_filters_and_exports(db: Path, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(obligations_command, [*args, "--today", "2025-09-15"],
                               obj={"settings": settings})
        assert result.exit_code == 0, result.output
        return result.output

    table = run("--role", "principal", "--doc", "sup-19")
    assert "School leader / principal: tell the parent about a restraint" in table
    assert "source: SUP-19: a circular — Main, page 13" in table
    assert "3 obligations" in table  # the school leader's two and the school's one
    items = json.loads(run("--json", "--due-within", "30d"))
    assert [i["due"] for i in items] == ["2025-09-21"]
    assert len(run("--csv", "--area", "transportation").splitlines()) == 4
    out = tmp_path / "due.ics"
    run("--ics", "-o", str(out))
    assert len(read_ics(out.read_bytes().decode("utf-8"))) == 4


def test_cli_without_a_table_says_to_run_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(obligations_command, [],
                                obj={"settings": Settings(data_dir=tmp_path)})
    assert isinstance(result.exception, IndexMissingError)
    assert "run 'bps-assistant index'" in str(result.exception)


def test_update_obligations_follows_the_index(small_settings: Settings) -> None:
    from assistant.indexing.pipeline import build_all
    from assistant.obligations.indexing import obligations_path, update_obligations

    report = build_all(small_settings)  # the index build extracts the duties too
    assert not report.failures
    assert "obligations: 1 duties extracted" in report.notices  # "Bus drivers must report..."
    found = open_obligations(obligations_path(small_settings))
    assert [(o.doc_id, o.actor, o.plan) for o in found] == [("sip", "other", "sip")]
    assert update_obligations(small_settings) is None  # unchanged index: nothing to do
    mtime = os.stat(obligations_path(small_settings)).st_mtime_ns
    assert update_obligations(small_settings, force=True) == 1
    assert os.stat(obligations_path(small_settings)).st_mtime_ns >= mtime
