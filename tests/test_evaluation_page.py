"""The Evaluation page, driven with streamlit.testing over a scripted assistant."""

from __future__ import annotations

from pathlib import Path

import pytest

SET = """\
name: mini
questions:
  - id: q-bus
    question: "What is the bus target?"
    language: en
    role: family
    expected:
      answerable: true
      sources: [{section: sip.transportation.targets, area: transportation}]
      facts: ["95"]
  - id: q-bus-es
    question: "¿Cuál es la meta de los autobuses?"
    language: es
    role: family
    expected:
      answerable: true
      sources: [{section: sip.transportation.targets, area: transportation}]
      facts: ["95"]
  - id: q-lasagna
    question: "What is the recipe for lasagna?"
    language: en
    role: staff
    expected: {answerable: false}
"""


def page_script(data_dir: str, broken_loader: bool = False, language: str = "en") -> None:
    """A Streamlit script: the Evaluation page over an assistant that answers in English."""
    from pathlib import Path
    from types import SimpleNamespace
    from typing import Any

    from assistant.config import Settings
    from assistant.errors import IndexMissingError
    from assistant.types import Answer, Chunk, Citation, Hit
    from assistant.ui.evaluation_page import render_evaluation_page

    targets = Chunk(chunk_id="t", text="The target is 95%.", doc_id="sip", title="SIP",
                    plan="sip", area="transportation", section="sip.transportation.targets",
                    heading_path=(), language="en", path="sip.md", content_hash="h")

    def ask(text: str, **options: Any) -> Answer:
        if "lasagna" in text:
            return Answer(question=text, text="I could not find this.", language="en",
                          refused=True, citations=())
        cited = Citation(n=1, kind="passage", text=targets.text, section=targets.section,
                         area=targets.area, plan="sip", doc_id="sip", language="en")
        return Answer(question=text, text="The target is 95%. [1]", language="en",
                      refused=False, citations=(cited,), retrieved=(Hit(targets, 1.0),))

    def loader() -> Any:
        if broken_loader:
            raise IndexMissingError("no index yet: run 'bps-assistant index'")
        return SimpleNamespace(settings=Settings(data_dir=Path(data_dir)), ask=ask,
                               retriever=SimpleNamespace(chunks=[targets], alignment={}),
                               composer=SimpleNamespace(name="scripted"))

    render_evaluation_page(loader, language)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    sets = tmp_path / "eval" / "sets"
    sets.mkdir(parents=True)
    (sets / "mini.yaml").write_text(SET, encoding="utf-8")
    return tmp_path


def test_running_the_shipped_sets_shows_summary_charts_failures_and_downloads(
    data_dir: Path,
) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(data_dir),), default_timeout=60).run()
    assert not at.exception
    assert at.header[0].value == "Evaluation"
    assert at.multiselect[0].value == ["mini.yaml"]
    at.button[0].click().run()
    assert not at.exception
    assert at.progress and at.progress[0].value == 100  # percent
    assert at.subheader[0].value == "Summary: 2 of 3 questions passed"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["recall@k"] == "1.000" and metrics["language accuracy"] == "0.667"
    assert [t.label for t in at.tabs] == ["By set", "By language", "By role", "By area"]
    assert at.subheader[1].value == "Failing questions (1)"
    failing = at.expander[0]
    assert failing.label == "[mini] q-bus-es: ¿Cuál es la meta de los autobuses?"
    assert "answered in 'en', expected 'es'" in failing.error[0].value
    assert len(at.get("download_button")) == 2


def test_an_uploaded_set_with_a_mistake_is_named_in_an_error(data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(data_dir),), default_timeout=60).run()
    bad = SET.replace("name: mini", "name: uploaded").replace("role: staff", "role: chef")
    at.file_uploader[0].upload("mine.yaml", bad.encode("utf-8")).run()
    at.button[0].click().run()
    assert not at.exception
    assert "mine.yaml: question q-lasagna: field 'role' is 'chef'" in at.error[0].value
    assert not at.subheader  # nothing was run


def test_an_uploaded_set_runs_alone_when_no_shipped_set_is_chosen(data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(data_dir),), default_timeout=60).run()
    at.multiselect[0].set_value([]).run()
    at.button[0].click().run()
    assert any("Choose a shipped set or upload one first." in w.value for w in at.warning)
    uploaded = SET.replace("name: mini", "name: uploaded").split("  - id: q-bus-es")[0]
    at.file_uploader[0].upload("mine.yaml", uploaded.encode("utf-8")).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.subheader[0].value == "Summary: 1 of 1 questions passed"


def test_an_assistant_that_cannot_load_shows_the_error(data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(data_dir), True), default_timeout=60).run()
    assert not at.exception
    assert "bps-assistant index" in at.error[0].value
    assert not at.button


def test_the_page_speaks_the_chosen_language_and_warns_of_an_old_index(data_dir: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(page_script, args=(str(data_dir), False, "es"),
                               default_timeout=60).run()
    assert not at.exception
    assert at.header[0].value == "Evaluación"
    # the scripted assistant has no index built from this data folder's corpus
    assert "Ejecute primero 'bps-assistant index'" in at.warning[0].value
    at.button[0].click().run()
    assert not at.exception
    assert at.subheader[0].value == "Resumen: 2 de 3 preguntas aprobadas"
    assert {m.label for m in at.metric} >= {"exhaustividad@k", "exactitud del idioma"}
    assert [t.label for t in at.tabs] == ["Por conjunto", "Por idioma", "Por rol", "Por área"]
    assert at.subheader[1].value == "Preguntas fallidas (1)"
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Descargar el informe JSON", "Descargar el informe HTML"]


def test_metric_names_on_the_page_match_the_report() -> None:
    from assistant.evaluation.summary import LABELS
    from assistant.ui.evaluation_page import label

    assert {key: label(key, "en") for key in LABELS} == LABELS
