"""The Ask page in the app, over a small indexed corpus: role, follow-ups, feedback, streaming."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_small_corpus

from assistant.config import PROJECT_ROOT, Settings

APP = str(PROJECT_ROOT / "app.py")
DUTY = "What must I do about bus incidents?"


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The two-document corpus, indexed once for this module (with its obligations table)."""
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(tmp_path_factory.mktemp("small"))
    report = build_all(settings)
    assert not report.failures, report.failures
    return settings


@pytest.fixture
def app_env(small_index: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Environment of the app: the small index, feedback in a fresh folder; returns it."""
    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(small_index.data_dir))
    monkeypatch.setenv("BPS_ASSISTANT_CACHE_DIR", str(small_index.cache_path))
    monkeypatch.setenv("BPS_ASSISTANT_FEEDBACK_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("BPS_ASSISTANT_ADMIN_PASSWORD", raising=False)
    return tmp_path / "var"


def _app():  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def _texts(at) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(m.value for m in at.markdown)


def test_the_role_picker_turns_a_duty_question_into_a_checklist_for_principals(
    app_env: Path,
) -> None:
    at = _app()
    assert at.selectbox(key="role_choice").value == "family"
    at.chat_input[0].set_value(DUTY).run()
    family = _texts(at)
    assert "Bus drivers must report every incident to the school leader" in family
    assert "- [ ]" not in family

    at = _app()
    at.selectbox(key="role_choice").set_value("principal").run()
    at.chat_input[0].set_value(DUTY).run()
    assert not at.exception
    principal = _texts(at)
    assert "Here is what the documents require" in principal
    assert "- [ ]" in principal and "**on the same day**" in principal
    assert at.expander[0].label.startswith("[1] Test plan summary — sip.transportation")


def test_controls_labels_and_notice_are_on_the_page_not_only_in_the_sidebar(app_env: Path) -> None:
    from streamlit.util import calc_hash

    at = _app()
    main = [s.label for s in at.main.selectbox]
    assert main == ["Answer language", "I am"]
    notice = at.main.info[0].value
    assert "unofficial" in notice
    assert "(https://www.bostonpublicschools.org/domain/3031)" in notice
    assert "(https://doe.mass.edu/sip)" in notice
    assert at.chat_input[0].placeholder.startswith("Ask a question")
    at.selectbox(key="language_choice").set_value("es").run()
    assert [s.label for s in at.main.selectbox] == ["Idioma de la respuesta", "Soy"]
    assert at.chat_input[0].placeholder.startswith("Haga una pregunta")
    assert "no oficiales" in at.main.info[0].value
    # the choice outlives a visit to another page (Streamlit drops unseen widgets' values)
    at._page_hash = calc_hash("sources")  # switch_page() takes files; our pages are functions
    at.run()
    assert at.header[0].value == "Fuentes"
    at._page_hash = calc_hash("ask")
    at.run()
    assert at.selectbox(key="language_choice").value == "es"
    at.selectbox(key="language_choice").set_value("ar").run()
    assert "direction: rtl" in at.markdown[0].value  # Arabic reads right to left


def test_a_follow_up_shows_what_was_searched_for(app_env: Path) -> None:
    at = _app()
    at.chat_input[0].set_value("What did the plan promise about school buses?").run()
    assert not any(c.value.startswith("Searching for") for c in at.caption)
    at.chat_input[0].set_value("and for bathrooms?").run()
    assert not at.exception
    searched = [c.value for c in at.caption if c.value.startswith("Searching for: ")]
    assert searched and "bathrooms" in searched[0] and searched[0] != "Searching for: and for bathrooms?"
    assert "renovate bathrooms at 15 schools" in _texts(at)
    # both exchanges stay on the page; a new conversation clears them
    assert len(at.chat_message) == 4
    at.button(key="new-conversation").click().run()
    assert len(at.chat_message) == 0
    at.chat_input[0].set_value("and for bathrooms?").run()
    assert not any(c.value.startswith("Searching for") for c in at.caption)  # nothing to follow


def test_feedback_buttons_store_one_row_per_answer(app_env: Path) -> None:
    from assistant.feedback.questions import FILE_NAME as LOG
    from assistant.feedback.store import FeedbackStore

    at = _app()
    at.selectbox(key="role_choice").set_value("principal").run()
    at.chat_input[0].set_value("What did the plan promise about school buses?").run()
    at.chat_input[0].set_value("Which languages have dual-language programs?").run()
    ups = [b.key for b in at.button if b.key and b.key.startswith("fb-up-")]
    sources = [b.key for b in at.button if b.key and b.key.startswith("fb-source-")]
    assert len(ups) == 2 and len(sources) == 2
    at.button(key=ups[0]).click().run()
    at.button(key=sources[1]).click().run()
    at.run()  # a rerun records nothing more
    assert not at.exception
    assert [c.value for c in at.caption].count("Thank you. Your rating was saved.") == 2
    assert not [b for b in at.button if b.key and b.key.startswith("fb-")]
    # rows of the same second come in random order
    rows = sorted(FeedbackStore(app_env / "feedback.duckdb").rows(), key=lambda r: r["rating"])
    assert [(r["rating"], r["wrong_source"], r["role"]) for r in rows] == [
        ("down", True, "principal"),
        ("up", False, "principal"),
    ]
    assert rows[1]["question"] == "What did the plan promise about school buses?"
    assert rows[0]["citations"][0]["section"] == "multilingual-learners.overview"
    logged = [json.loads(line) for line in (app_env / LOG).read_text().splitlines()]
    assert [(q["role"], q["cited"][0]) for q in logged] == [
        ("principal", "sip.transportation"),
        ("principal", "multilingual-learners.overview"),
    ]


def test_an_unwritable_feedback_folder_keeps_answers_and_says_the_rating_was_not_saved(
    app_env: Path,
) -> None:
    app_env.parent.mkdir(parents=True, exist_ok=True)
    app_env.write_text("not a folder")  # the feedback "folder" is a file
    at = _app()
    at.chat_input[0].set_value("What did the plan promise about school buses?").run()
    assert not at.exception
    assert "95% or more of school buses" in _texts(at)
    at.button(key=next(b.key for b in at.button if b.key and b.key.startswith("fb-down-"))).click()
    at.run()
    assert not at.exception
    assert at.warning[0].value == "Your rating could not be saved. Please try again later."
    assert any(b.key and b.key.startswith("fb-down-") for b in at.button)  # can try again


def stream_script(data_dir: str) -> None:
    """The Ask page over an assistant whose composer writes a draft before its answer."""
    from collections.abc import Iterator
    from pathlib import Path
    from types import SimpleNamespace

    from assistant.config import Settings
    from assistant.types import Answer, Citation
    from assistant.ui.ask_page import render_ask_page

    def stream(text: str, **options: object) -> Iterator[object]:
        yield "A draft "
        yield "being written"
        cited = Citation(n=1, kind="passage", text="The target is 95%.", title="SIP",
                         section="sip.transportation")
        yield Answer(question=text, text="The final answer. [1]", language="en",
                     refused=False, citations=(cited,))

    settings = Settings(data_dir=Path(data_dir), feedback_dir=Path(data_dir) / "var")
    render_ask_page(lambda: SimpleNamespace(settings=settings, stream=stream))  # type: ignore[arg-type, return-value]


def test_a_streamed_draft_is_replaced_by_the_checked_answer(tmp_path: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(stream_script, args=(str(tmp_path),), default_timeout=60).run()
    at.chat_input[0].set_value("What is the bus target?").run()
    assert not at.exception
    shown = _texts(at)
    assert "The final answer. [1]" in shown
    assert "draft" not in shown and "▌" not in shown
    assert at.expander[0].label == "[1] SIP — sip.transportation"
