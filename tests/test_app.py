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
    assert "unofficial" in " ".join(c.value for c in at.caption).lower()
    at.chat_input[0].set_value(
        "What did the Systemic Improvement Plan promise about school buses?"
    ).run()
    assert not at.exception
    answer = " ".join(m.value for m in at.markdown)
    assert "[1]" in answer and "bus" in answer.lower()
    labels = [e.label for e in at.expander]
    assert labels and labels[0].startswith("[1] ") and "sip.transportation" in labels[0]


def test_app_refuses_out_of_scope_and_keeps_history(app_env: Settings) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    at.chat_input[0].set_value("What is the Paragraph 54 report?").run()
    at.chat_input[0].set_value("What is the recipe for lasagna?").run()
    assert not at.exception
    texts = " ".join(m.value for m in at.markdown)
    assert "Paragraph 54" in texts  # the first answer is still shown
    assert "could not find this" in texts


def test_app_without_index_shows_how_to_build_it(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.error and "bps-assistant index" in at.error[0].value


def _metrics_script(db_path: str) -> None:
    from pathlib import Path

    from assistant.ui.metrics_page import render_metrics_page

    render_metrics_page(Path(db_path))


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
