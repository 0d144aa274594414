"""The Obligations page, driven with streamlit.testing over a small stored table."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.obligations.store import DB_NAME, build_obligations_db
from assistant.types import Chunk

TEXTS = {
    "sup-19": ("student-safety", "The school leader must tell the parent about a restraint by "
               "the end of the day. The school leader shall conduct a weekly review of restraint "
               "data."),
    "el-07": ("english-learners", "Each school must update its ELE data in Aspen in October, "
              "December and March. Teachers should leverage students' native-language skills."),
    "trn-01": ("transportation", "All requests for changes to bell times must be made in "
               "writing before the end of October."),
}


def page_script(db_path: str, language: str = "en") -> None:
    """A Streamlit script: the Obligations page on a fixed day."""
    from datetime import date
    from pathlib import Path

    from assistant.ui.obligations_page import render_obligations_page

    render_obligations_page(Path(db_path), today=date(2025, 9, 15), language=language)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    chunks = [
        Chunk(chunk_id=f"{doc}:en:{doc}.main:0", text=text, doc_id=doc,
              title=f"{doc.upper()}: circular", plan="circulars", area=area,
              section=f"{doc}.main", heading_path=(doc.upper(), "Main"), language="en",
              path=f"{doc}.pdf", content_hash=doc, page=2)
        for doc, (area, text) in TEXTS.items()
    ]
    path = tmp_path / DB_NAME
    assert build_obligations_db(chunks, path) == 5
    return path


def _app(db: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(db), language), default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def _rows(at) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    frame = at.dataframe[0].value
    return frame.to_dict("records")  # type: ignore[no-any-return]


def test_page_lists_every_obligation_with_its_source(db: Path) -> None:
    at = _app(db)
    assert at.header[0].value == "Obligations"
    rows = _rows(at)
    assert len(rows) == 5
    assert any(r["sentence"].startswith("The school leader must tell the parent") for r in rows)
    assert "5 of 5 obligations" in [c.value for c in at.caption]
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download calendar (ICS)"]
    assert at.markdown[-1].value.startswith("> ")  # the chosen duty's verbatim sentence


def test_filters_search_and_sort(db: Path) -> None:
    at = _app(db)
    at.selectbox(key="obligations-role").set_value("principal").run()
    assert {r["actor"] for r in _rows(at)} == {"School leader / principal", "School"}
    at.selectbox(key="obligations-area").set_value("student-safety").run()
    assert len(_rows(at)) == 2
    at.selectbox(key="obligations-role").set_value("all")
    at.selectbox(key="obligations-area").set_value("all")
    at.text_input(key="obligations-search").input("bell times").run()
    assert [r["title"] for r in _rows(at)] == ["TRN-01: circular"]
    at.text_input(key="obligations-search").input("").run()
    at.selectbox(key="obligations-sort").set_value("deadline").run()
    assert _rows(at)[0]["deadline"] == "every week"  # due 21 September: soonest
    at.number_input(key="obligations-due").set_value(30).run()
    assert [r["next_due"] for r in _rows(at)] == ["2025-09-21"]


def test_page_without_a_table_tells_to_index(tmp_path: Path) -> None:
    at = _app(tmp_path / DB_NAME)
    assert "bps-assistant index" in at.error[0].value


def test_the_page_speaks_arabic_and_says_the_duties_stay_in_english(db: Path) -> None:
    at = _app(db, "ar")
    assert at.header[0].value == "الالتزامات"
    captions = [c.value for c in at.caption]
    assert "5 من 5 التزامًا" in captions
    assert any("تظهر بالإنجليزية" in c for c in captions)
    role = at.selectbox(key="obligations-role")
    assert role.label == "الدور" and role.format_func("principal") == "مدير المدرسة أو قائدها"
    assert at.selectbox(key="obligations-area").format_func("student-safety") != "student-safety"
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["تنزيل CSV", "تنزيل التقويم (ICS)"]
    # the duties themselves are the English sentences they were found in
    assert any(r["sentence"].startswith("The school leader must tell the parent")
               for r in _rows(at))
