"""The real app in headless Chromium: ask, read a cited answer, switch language, open Metrics.

Screenshots of every step are saved under test-artifacts/browser/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from browser_support import (
    ARTIFACTS,
    CHAT_INPUT,
    NAV_LINK,
    Screenshots,
    StreamlitServer,
    ask,
    choose,
    find_browser,
    fully_in_viewport,
    horizontal_overflow,
    make_driver,
    running_app,
    set_viewport,
    visible,
    wait_for,
    wait_until_idle,
)

from assistant.config import Settings
from assistant.i18n.detect import detect_language
from assistant.i18n.messages import LANGUAGE_NAMES, message

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

pytestmark = pytest.mark.slow

FIRST_ANSWER_S = 300  # the first question loads the embedding model in the server
ANSWER_S = 120
PAGE_S = 60
PHONE = (375, 812)


def family_question(settings: Settings, question_id: str) -> dict[str, Any]:
    """One question of the shipped families set, with its expected sources and facts."""
    data = yaml.safe_load((settings.data_dir / "eval" / "sets" / "families.yaml").read_text())
    return next(q for q in data["questions"] if q["id"] == question_id)


@pytest.fixture(scope="module")
def chromium() -> tuple[str, str]:
    """Chromium and chromedriver paths; skip with the reason when they are not installed."""
    found = find_browser()
    if isinstance(found, str):
        pytest.skip(found)
    return found


@pytest.fixture(scope="module")
def app(chromium: tuple[str, str], shipped_settings: Settings) -> Iterator[StreamlitServer]:
    """`streamlit run app.py` over the freshly built shipped index."""
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    with running_app(shipped_settings.data_dir, ARTIFACTS / "streamlit.log") as server:
        yield server


@pytest.fixture
def web(chromium: tuple[str, str]) -> Iterator[WebDriver]:
    """A fresh headless Chromium window, closed after the test."""
    driver = make_driver(*chromium)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_chat_input(web: WebDriver, language: str) -> None:
    """Wait for the chat input showing its placeholder in `language`."""
    placeholder = message("ask_placeholder", language)

    def shown(w: WebDriver) -> list[Any]:
        return [e for e in visible(w, CHAT_INPUT) if e.get_attribute("placeholder") == placeholder]

    wait_for(web, shown, PAGE_S, f"the chat input in {language!r}")


def metrics_link(web: WebDriver) -> Any:
    """The navigation link to the Metrics page."""

    def links(w: WebDriver) -> list[Any]:
        return [
            e for e in visible(w, NAV_LINK) if (e.get_attribute("href") or "").endswith("/metrics")
        ]

    return wait_for(web, links, PAGE_S, "the Metrics link in the navigation")[0]


def test_ask_cited_answer_switch_to_spanish_and_open_metrics(
    app: StreamlitServer, web: WebDriver, shipped_settings: Settings
) -> None:
    from selenium.webdriver.common.by import By

    shots = Screenshots(web, prefix="desktop")
    web.get(app.url)
    wait_for_chat_input(web, "en")
    shots.take("opened")

    english = family_question(shipped_settings, "fam-010")
    reply = ask(web, english["question"], FIRST_ANSWER_S)
    shots.take("english-answer")
    assert not reply.alerts, reply.alerts
    assert reply.labels and reply.labels[0].startswith("[1] "), reply
    expected = [s["section"] for s in english["expected"]["sources"]]
    assert any(section in label for label in reply.labels for section in expected), reply.labels
    assert all(fact in reply.body for fact in english["expected"]["facts"]), reply.body
    assert "[1]" in reply.body

    choose(web, message("answer_language", "en"), LANGUAGE_NAMES["es"])
    wait_for_chat_input(web, "es")  # the page itself now speaks Spanish
    shots.take("spanish-chosen")

    spanish = family_question(shipped_settings, "fam-es-003")
    reply = ask(web, spanish["question"], ANSWER_S)
    shots.take("spanish-answer")
    assert not reply.alerts, reply.alerts
    assert reply.labels and reply.labels[0].startswith("[1] "), reply
    assert detect_language(reply.body) == "es", reply.body
    expected = [s["section"] for s in spanish["expected"]["sources"]]
    assert any(section in label for label in reply.labels for section in expected), reply.labels
    assert all(fact in reply.body for fact in spanish["expected"]["facts"]), reply.body

    link = metrics_link(web)
    assert message("page_metrics", "es") in link.text  # the navigation follows the language
    link.click()
    cards = wait_for(web, lambda w: visible(w, "[data-testid='stMetric']"), PAGE_S, "a metric card")
    wait_until_idle(web, PAGE_S)
    shots.take("metrics")
    assert web.current_url.endswith("/metrics")
    assert visible(web, "[data-testid='stHeading']")
    label = cards[0].find_element(By.CSS_SELECTOR, "[data-testid='stMetricLabel']").text
    value = cards[0].find_element(By.CSS_SELECTOR, "[data-testid='stMetricValue']").text
    assert label.strip() and value.strip(), (label, value)


def test_phone_width_has_no_horizontal_scroll_and_keeps_the_chat_input(
    app: StreamlitServer, web: WebDriver, shipped_settings: Settings
) -> None:
    set_viewport(web, *PHONE)
    shots = Screenshots(web, prefix="phone")
    web.get(app.url)
    wait_for_chat_input(web, "en")
    assert web.execute_script("return window.innerWidth;") == PHONE[0]
    shots.take("opened")
    assert horizontal_overflow(web) == 0

    question = family_question(shipped_settings, "fam-010")["question"]
    reply = ask(web, question, FIRST_ANSWER_S)
    shots.take("answer")
    assert reply.labels and reply.labels[0].startswith("[1] "), reply
    assert horizontal_overflow(web) == 0  # long citation labels wrap instead of widening the page
    chat_input = visible(web, "[data-testid='stChatInput']")
    assert chat_input and fully_in_viewport(web, chat_input[0])

    web.get(f"{app.url}/metrics")
    wait_for(web, lambda w: visible(w, "[data-testid='stMetric']"), PAGE_S, "a metric card")
    wait_until_idle(web, PAGE_S)
    shots.take("metrics")
    assert horizontal_overflow(web) == 0
