"""The Streamlit app, driven with streamlit.testing: ask, read the answer, open a citation."""

from __future__ import annotations

import pytest

from assistant.config import PROJECT_ROOT, Settings

APP = str(PROJECT_ROOT / "app.py")


@pytest.fixture
def app_env(shipped_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(shipped_settings.data_dir))
    return shipped_settings


def test_app_answers_with_numbered_expandable_citations(app_env: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert "unofficial" in at.main.info[0].value.lower()
    at.chat_input[0].set_value(
        "What did the Systemic Improvement Plan promise about school buses?"
    ).run()
    assert not at.exception
    answer = " ".join(m.value for m in at.markdown)
    assert "[1]" in answer and "bus" in answer.lower()
    labels = [e.label for e in at.expander]
    assert labels and labels[0].startswith("[1] ")
    assert any("sip.transportation" in label for label in labels), labels


def test_app_refuses_out_of_scope_and_keeps_history(app_env: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    at.chat_input[0].set_value("What is the Paragraph 54 report?").run()
    at.chat_input[0].set_value("What is the recipe for lasagna?").run()
    assert not at.exception
    texts = " ".join(m.value for m in at.markdown)
    assert "Paragraph 54" in texts  # the first answer is still shown
    assert "could not find this" in texts


@pytest.mark.slow
def test_a_starter_question_is_asked_in_the_interface_language_and_cited(
    app_env: Settings,
) -> None:
    from streamlit.testing.v1 import AppTest

    from assistant.ui.starters import STARTERS

    at = AppTest.from_file(APP, default_timeout=120).run()
    at.selectbox(key="language_choice").set_value("es").run()
    assert [b.label for b in at.button] == list(STARTERS["family"]["es"])
    at.button[0].click().run()
    assert not at.exception
    assert at.chat_message[0].markdown[0].value == STARTERS["family"]["es"][0]
    answer = at.chat_message[1].markdown[0].value
    assert "[1]" in answer and "autobuses" in answer
    assert at.expander[0].label.startswith("[1] ") and "sip.transportation" in at.expander[0].label
    assert not any(b.label == STARTERS["family"]["es"][1] for b in at.button)  # starters gone


@pytest.mark.slow
def test_a_principal_starter_gets_a_cited_checklist(app_env: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    at.selectbox(key="role_choice").set_value("principal").run()
    at.button[0].click().run()  # "What must I do after a student is physically restrained?"
    assert not at.exception
    answer = at.chat_message[1].markdown[0].value
    assert answer.startswith("Here is what the documents require")
    assert "- [ ] School leader / principal must: tell the parent or guardian" in answer
    assert all("circulars.restraint" in e.label for e in at.expander[:2])


def test_app_without_index_shows_how_to_build_it(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.error and "bps-assistant index" in at.error[0].value


def _metrics_script(db_path: str, language: str = "en") -> None:
    from pathlib import Path

    from assistant.ui.metrics_page import render_metrics_page

    render_metrics_page(Path(db_path), language)


def test_metrics_page_shows_latest_values_against_targets(shipped_settings: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    db = str(shipped_settings.index_path / "metrics.duckdb")
    at = AppTest.from_function(_metrics_script, args=(db,), default_timeout=60).run()
    assert not at.exception
    at.selectbox[0].set_value("transportation").run()
    assert not at.exception
    cards = {m.label: m.value for m in at.metric}
    assert cards["share of morning buses arriving on time"] == "94%"
    assert any("target not met" in str(m.delta) for m in at.metric)
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert at.get("download_button")


def test_metrics_page_speaks_the_families_language(shipped_settings: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    db = str(shipped_settings.index_path / "metrics.duckdb")
    at = AppTest.from_function(_metrics_script, args=(db, "es"), default_timeout=60).run()
    assert not at.exception
    assert at.header[0].value == "Indicadores"
    assert "Transporte" in at.selectbox[0].options
    at.selectbox[0].set_value("transportation").run()
    assert any("meta no cumplida" in str(m.delta) for m in at.metric)
    assert all(m.label != "share of morning buses arriving on time" for m in at.metric)
