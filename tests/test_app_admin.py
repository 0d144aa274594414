"""The Admin page: only with a password, refuses a wrong one, ingests an upload and rebuilds."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_small_corpus

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import IngestError
from assistant.ui.admin_page import password_matches, safe_name, save_uploads

APP = str(PROJECT_ROOT / "app.py")
PASSWORD = "correct horse battery staple"
UPLOAD = b"""Field trips

Every field trip must be approved by the school leader at least 4 weeks before the trip.
Families must receive a permission form in their home language.
"""


def _app(secrets: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=180)
    at.secrets.update(secrets or {})
    at.run()
    assert not at.exception, at.exception
    return at


def _pages(at) -> list[str]:  # type: ignore[no-untyped-def]
    # the page titles st.navigation registered (AppTest keeps them; there is no public getter)
    return [str(info.get("page_name")) for info in at._registered_pages.values()]


def _open(at, url_path: str):  # type: ignore[no-untyped-def]
    from streamlit.util import calc_hash

    # AppTest.switch_page() takes page files; our pages are functions, hashed by url path
    at._page_hash = calc_hash(url_path)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(tmp_path)
    assert not build_all(settings).failures
    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BPS_ASSISTANT_CACHE_DIR", str(settings.cache_path))
    monkeypatch.setenv("BPS_ASSISTANT_FEEDBACK_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("BPS_ASSISTANT_ADMIN_PASSWORD", raising=False)
    return settings


def test_passwords_are_compared_exactly_and_never_match_when_unset() -> None:
    assert password_matches(PASSWORD, PASSWORD)
    assert not password_matches(PASSWORD + " ", PASSWORD)
    assert not password_matches("", "")
    assert password_matches("mot de passe é", "mot de passe é")


def test_uploaded_names_stay_in_the_uploads_folder(tmp_path: Path) -> None:
    assert safe_name("../../etc/evil plan.PDF") == "evil_plan.PDF"
    assert safe_name("C:\\Users\\me\\circular.docx") == "circular.docx"
    with pytest.raises(IngestError, match="unsupported file type"):
        safe_name("script.sh")
    with pytest.raises(IngestError):
        safe_name(".md")
    saved = save_uploads(tmp_path / "up", [("../a.txt", b"one"), ("a.txt", b"two")])
    assert saved == [tmp_path / "up" / "a.txt"] * 2
    assert (tmp_path / "up" / "a.txt").read_bytes() == b"two"  # the newer version wins
    assert sorted(p.name for p in (tmp_path / "up").iterdir()) == ["a.txt"]


def test_no_password_means_no_admin_page(small: Settings) -> None:
    at = _app()
    assert _pages(at) == ["Ask", "Metrics", "Obligations", "Evaluation", "Sources"]


def test_a_password_from_secrets_adds_the_page_and_a_wrong_one_is_refused(small: Settings) -> None:
    at = _app({"admin_password": PASSWORD})
    assert _pages(at)[-1] == "Admin"
    _open(at, "admin")
    assert at.header[0].value == "Admin"
    assert not at.file_uploader  # nothing before signing in
    at.text_input(key="admin-password").input("guess")
    at.button[0].click().run()
    assert at.error[0].value == "That password is not right."
    assert not at.file_uploader


def test_an_upload_is_ingested_rebuilt_and_answered_from(
    small: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.indexing.layout import IndexLayout

    monkeypatch.setenv("BPS_ASSISTANT_ADMIN_PASSWORD", PASSWORD)
    at = _app()
    at.chat_input[0].set_value("Who approves field trips?").run()  # loads the first build
    before = IndexLayout(small.index_path).current_name()
    _open(at, "admin")
    at.text_input(key="admin-password").input(PASSWORD)  # typed, then submitted with the form
    at.button[0].click().run()
    assert not at.error
    at.file_uploader(key="admin-files").upload("field-trips.txt", UPLOAD, "text/plain").run()
    at.selectbox(key="admin-area").set_value("student-safety")
    at.button(key="admin-add").click().run()
    assert not at.exception and not at.error
    assert at.progress[0].value == 100
    assert at.success[0].value.startswith("The index is ready.")
    assert {m.label: m.value for m in at.metric}["Files"] == "3"
    assert IndexLayout(small.index_path).current_name() != before
    saved = small.index_path / "uploads" / "field-trips.txt"
    assert saved.read_bytes() == UPLOAD
    added = at.dataframe[-1].value.to_dict("records")
    assert added == [{"path": str(saved.resolve()), "plan": "circulars", "area": "student-safety",
                      "language": ""}]

    _open(at, "sources")
    at.selectbox(key="sources-plan").set_value("circulars").run()
    titles = at.dataframe[0].value["Title"].tolist()
    assert titles == ["Field-trips"]  # the text loader titles a file by its name
    assert "approved by the school leader at least 4 weeks" in " ".join(
        m.value for m in at.markdown
    )

    _open(at, "ask")  # the cached assistant was refreshed: the new passage is found
    at.chat_input[0].set_value("Who approves field trips?").run()
    assert not at.exception
    assert "at least 4 weeks before the trip" in " ".join(m.value for m in at.markdown)
    assert any(e.label.startswith("[1] Field-trips") for e in at.expander)
