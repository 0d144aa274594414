"""The feedback store: ratings in DuckDB, redacted, safe with many writers."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.feedback.questions import log_question, read_question_log
from assistant.feedback.store import COLUMNS, FeedbackError, FeedbackStore
from assistant.types import Answer, Citation

CITED = Citation(n=1, kind="passage", text="The target is 95%.", doc_id="sip", title="SIP",
                 plan="sip", area="transportation", section="sip.transportation.targets",
                 language="en", path="sip.md")


def an_answer(question: str = "What is the bus target?", **changes: object) -> Answer:
    fields: dict[str, object] = dict(question=question, text="The target is 95%. [1]",
                                     language="en", refused=False, citations=(CITED,))
    fields.update(changes)
    return Answer(**fields)  # type: ignore[arg-type]


def test_a_rating_is_stored_with_its_question_answer_and_citations(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "var" / "feedback.duckdb")
    assert store.rows() == []  # nothing yet, and no file made by reading
    assert not store.path.exists()
    store.record(an_answer(), rating="down", wrong_source=True, role="principal")
    store.record(an_answer("¿Y los autobuses?", language="es"), rating="up")
    rows = store.rows()
    assert [r["rating"] for r in rows] == ["down", "up"]
    first = rows[0]
    assert set(first) == set(COLUMNS)
    assert first["question"] == "What is the bus target?"
    assert first["answer"] == "The target is 95%. [1]"
    assert first["citations"] == [{
        "n": 1, "kind": "passage", "doc_id": "sip", "title": "SIP", "plan": "sip",
        "area": "transportation", "section": "sip.transportation.targets", "page": None,
        "path": "sip.md", "language": "en",
    }]
    assert (first["role"], first["wrong_source"], first["refused"]) == ("principal", True, False)
    assert first["time"][:2] == "20"
    assert rows[1]["language"] == "es"
    assert [r["question"] for r in store.thumbs_down()] == ["What is the bus target?"]


def test_nothing_personal_is_stored(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.duckdb")
    question = "I'm jo@example.org, 617-555-0123, my son 1234567 waits at the stop since 2023"
    store.record(an_answer(question, text="Write to bps@example.org"), rating="down")
    row = store.rows()[0]
    assert row["question"] == "I'm [email], [phone], my son [id] waits at the stop since 2023"
    assert row["answer"] == "Write to [email]"
    # no column could hold an IP address, a user, a session or a browser
    assert not {"ip", "user", "user_id", "session", "session_id", "agent"} & set(row)


def test_a_question_with_broken_unicode_is_still_stored(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.duckdb")
    store.record(an_answer("bus \ud800 late?"), rating="down")
    assert store.rows()[0]["question"] == "bus ? late?"


@pytest.mark.parametrize(("rating", "role", "problem"), [
    ("meh", "family", "unknown rating 'meh'"),
    ("up", "parent", "unknown role 'parent'"),
])
def test_a_bad_rating_or_role_is_refused_clearly(
    tmp_path: Path, rating: str, role: str, problem: str
) -> None:
    with pytest.raises(FeedbackError, match=problem):
        FeedbackStore(tmp_path / "f.duckdb").record(an_answer(), rating=rating, role=role)


def test_a_damaged_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "feedback.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    store = FeedbackStore(path)
    with pytest.raises(FeedbackError, match="move it aside"):
        store.record(an_answer(), rating="up")
    with pytest.raises(FeedbackError, match="move it aside"):
        store.rows()


def test_many_threads_write_at_once(tmp_path: Path) -> None:
    store_path = tmp_path / "feedback.duckdb"
    errors: list[BaseException] = []

    def rate(worker: int) -> None:
        store = FeedbackStore(store_path)  # each Streamlit session has its own store object
        try:
            for i in range(10):
                store.record(an_answer(f"question {worker}-{i}"), rating="up" if i % 2 else "down")
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=rate, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rows = FeedbackStore(store_path).rows()
    assert len(rows) == 60
    assert len({r["question"] for r in rows}) == 60
    assert len(FeedbackStore(store_path).thumbs_down()) == 30


WRITER = """
import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(message)s")
from assistant.feedback.store import FeedbackStore
from assistant.types import Answer
answer = Answer(question="from another process", text="ok", language="en", refused=False,
                citations=())
FeedbackStore(__import__("pathlib").Path(sys.argv[1])).record(answer, rating="up")
print("saved", flush=True)
"""


def test_a_writer_in_another_process_waits_for_the_file(tmp_path: Path) -> None:
    """An app process holding the file open makes another wait and retry, not fail."""
    import duckdb

    path = tmp_path / "feedback.duckdb"
    FeedbackStore(path).record(an_answer(), rating="down")
    holder = duckdb.connect(str(path))  # like a second app process in the middle of a write
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stderr is not None
        for line in writer.stderr:  # wait until it has met the lock at least once
            if "is busy; trying again" in line:
                break
        else:
            pytest.fail("the writer never met the lock")
    finally:
        holder.close()
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert "saved" in out
    assert [r["question"] for r in FeedbackStore(path).rows()] == [
        "What is the bus target?", "from another process"
    ]


def test_the_store_lives_in_the_var_folder(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert FeedbackStore.for_settings(settings).path == tmp_path / "var" / "feedback.duckdb"


def test_the_question_log_gets_one_redacted_line_per_question(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, feedback_dir=tmp_path / "logs")
    log_question(settings, an_answer("Is bus 12 late? Call 617-555-0123"), "family")
    log_question(settings, an_answer("¿Y mañana?", language="es", refused=True, citations=()),
                 "staff")
    lines = (tmp_path / "logs" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    logged = read_question_log(settings)
    assert logged[0]["question"] == "Is bus 12 late? Call [phone]"
    assert logged[0]["cited"] == ["sip.transportation.targets"]
    assert (logged[1]["question"], logged[1]["language"], logged[1]["role"],
            logged[1]["refused"]) == ("¿Y mañana?", "es", "staff", True)
    assert set(logged[0]) == {"time", "question", "language", "role", "refused", "cited"}
