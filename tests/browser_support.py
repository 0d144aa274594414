"""Helpers for the browser test: find Chromium, run the real Streamlit app, drive and photograph it."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.config import PROJECT_ROOT

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "browser"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMEDRIVER = "chromedriver"
INSTALL_HINT = "run `make browser` (apt-get install chromium chromium-driver)"


def find_browser() -> tuple[str, str] | str:
    """The paths of Chromium and chromedriver, or why they cannot be used."""
    browser = next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    driver = shutil.which(CHROMEDRIVER)
    missing = [name for name, path in (("chromium", browser), ("chromedriver", driver)) if not path]
    if browser is None or driver is None:
        return f"{' and '.join(missing)} not found on PATH; {INSTALL_HINT}"
    try:
        from selenium import webdriver  # noqa: F401
    except ImportError:
        return "selenium is not installed in the test environment (pip install -e '.[dev]')"
    return browser, driver


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def log_tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file, for failure messages."""
    if not path.exists():
        return "(no log)"
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


@dataclass
class StreamlitServer:
    """`streamlit run app.py` in its own process group, as a user would start it."""

    data_dir: Path
    log_path: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 120) -> None:
        """Start the server and wait until /_stcore/health answers ok."""
        env = dict(os.environ)
        env.update(
            BPS_ASSISTANT_DATA_DIR=str(self.data_dir),
            ANONYMIZED_TELEMETRY="False",
            CHROMA_TELEMETRY_IMPL="none",
            HF_HUB_OFFLINE="1",
            TRANSFORMERS_OFFLINE="1",
            TOKENIZERS_PARALLELISM="false",
        )
        command = [
            str(PROJECT_ROOT / ".venv" / "bin" / "streamlit"),
            "run",
            str(PROJECT_ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(self.port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",  # the checkout changes under us; a file change must not rerun the page
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed as one at teardown
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with code {self.process.returncode}:\n"
                    + log_tail(self.log_path)
                )
            if self.healthy():
                return
            time.sleep(0.5)
        raise RuntimeError(
            f"streamlit did not answer /_stcore/health within {timeout_s:.0f} s:\n"
            + log_tail(self.log_path)
        )

    def healthy(self) -> bool:
        """Whether /_stcore/health answers ok right now."""
        try:
            with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                return bool(resp.status == 200 and resp.read().strip() == b"ok")
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        """Terminate the whole process group; kill it if it lingers."""
        if self.process is None or self.process.poll() is not None:
            return
        pgid = os.getpgid(self.process.pid)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL)
            self.process.wait(timeout=15)


@contextlib.contextmanager
def running_app(data_dir: Path, log_path: Path) -> Iterator[StreamlitServer]:
    """A started Streamlit server over `data_dir`, stopped on exit."""
    server = StreamlitServer(data_dir=data_dir, log_path=log_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def make_driver(browser: str, driver: str, width: int = 1280, height: int = 900) -> WebDriver:
    """Headless Chromium through the system chromedriver (no Selenium Manager download)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in (
        "--headless=new",
        "--no-sandbox",  # tests run as root in a container
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--lang=en-US",
        f"--window-size={width},{height}",
    ):
        options.add_argument(arg)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    service = Service(executable_path=driver, log_output=str(ARTIFACTS / "chromedriver.log"))
    web = webdriver.Chrome(service=service, options=options)
    web.set_page_load_timeout(60)
    return web


def set_viewport(web: WebDriver, width: int, height: int) -> None:
    """Make the page's viewport exactly width x height CSS pixels, like a phone."""
    web.set_window_size(width, height)
    web.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 2, "mobile": True},
    )


@dataclass
class Screenshots:
    """Numbered PNG screenshots of each step, saved under test-artifacts/browser/."""

    web: WebDriver
    prefix: str
    folder: Path = ARTIFACTS
    count: int = 0

    def take(self, name: str) -> Path:
        """Save the viewport as <prefix>-<nn>-<name>.png."""
        self.count += 1
        path = self.folder / f"{self.prefix}-{self.count:02d}-{name}.png"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.web.save_screenshot(str(path))
        return path


def wait_for(
    web: WebDriver, condition: Callable[[WebDriver], Any], timeout_s: float, what: str
) -> Any:
    """Wait until `condition` returns something truthy; fail naming what did not appear."""
    from selenium.common.exceptions import (
        StaleElementReferenceException,
        TimeoutException,
        WebDriverException,
    )
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(
        web, timeout_s, poll_frequency=0.5, ignored_exceptions=[StaleElementReferenceException]
    )
    try:
        return wait.until(condition)
    except TimeoutException as exc:
        slug = "".join(c if c.isalnum() else "-" for c in what)[:40]
        stem = ARTIFACTS / f"timeout-{slug}"
        with contextlib.suppress(WebDriverException, OSError):
            web.save_screenshot(f"{stem}.png")
            stem.with_suffix(".html").write_text(web.page_source, encoding="utf-8")
        raise AssertionError(
            f"{what} did not appear within {timeout_s:.0f} s (see {stem}.png and .html)"
        ) from exc


def visible(web: WebDriver, css: str) -> list[WebElement]:
    """The displayed elements matching a CSS selector."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    found: list[WebElement] = []
    for element in web.find_elements(By.CSS_SELECTOR, css):
        with contextlib.suppress(StaleElementReferenceException):  # Streamlit re-rendered it
            if element.is_displayed():
                found.append(element)
    return found


# Streamlit 1.67 DOM: stable data-testid attributes
CHAT_INPUT = "[data-testid='stChatInputTextArea']"
CHAT_MESSAGE = "[data-testid='stChatMessage']"
NAV_LINK = "[data-testid='stSidebarNavLink']"
# (the "Running..." status widget is hidden by toolbarMode = "minimal", so it is no signal)
BUSY = "[data-testid='stSpinner'], [data-testid='stSkeleton']"

# one chat message as the user sees it, read in one go so a re-render cannot split the read:
# its text (outside spinners, expanders and buttons), citation labels, warnings and errors
READ_MESSAGE = """
const msg = arguments[0];
const testid = id => Array.from(msg.querySelectorAll(`[data-testid='${id}']`));
const outside = e => !e.closest(
    "[data-testid='stExpander'], [data-testid='stSpinner'], button, label");
return {
  body: testid("stMarkdownContainer").filter(outside).map(e => e.innerText).join("\\n"),
  labels: Array.from(msg.querySelectorAll(
      "[data-testid='stExpander'] summary [data-testid='stMarkdownContainer']"))
      .map(e => e.innerText.trim()),
  alerts: testid("stAlert").concat(testid("stException")).map(e => e.innerText),
  busy: testid("stSpinner").length > 0,
};
"""


@dataclass(frozen=True)
class Reply:
    """What the user sees of one answer: its text, citation labels and any warning or error."""

    body: str
    labels: tuple[str, ...]
    alerts: tuple[str, ...]
    busy: bool = False


def read_reply(web: WebDriver, element: WebElement) -> Reply:
    """Read one chat message as the user sees it."""
    seen = web.execute_script(READ_MESSAGE, element)
    return Reply(str(seen["body"]), tuple(seen["labels"]), tuple(seen["alerts"]), seen["busy"])


def ask(web: WebDriver, question: str, timeout_s: float) -> Reply:
    """Type a question, press Enter, wait until its cited answer (or a warning) stays put.

    The answer is then scrolled into view. An answer without citations is waited for until
    the timeout, which then fails with a screenshot and the page's HTML.
    """
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    before = len(web.find_elements(By.CSS_SELECTOR, CHAT_MESSAGE))
    box = wait_for(web, lambda w: visible(w, CHAT_INPUT), 60, "the chat input")[0]
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    last: list[Reply] = []

    def answered(w: WebDriver) -> Reply | None:
        messages = w.find_elements(By.CSS_SELECTOR, CHAT_MESSAGE)
        if len(messages) < before + 2:
            return None
        reply = read_reply(w, messages[-1])
        done = not reply.busy and (reply.labels or reply.alerts)
        settled = done and last and last[-1] == reply  # unchanged over one poll: fully drawn
        last.append(reply)
        return reply if settled else None

    reply: Reply = wait_for(web, answered, timeout_s, f"a cited answer to {question!r}")
    answer = web.find_elements(By.CSS_SELECTOR, CHAT_MESSAGE)[-1]
    web.execute_script("arguments[0].scrollIntoView({block: 'start'});", answer)  # read it
    return reply


def wait_until_idle(web: WebDriver, timeout_s: float) -> None:
    """Wait until nothing is loading and the page's content stops changing."""
    from selenium.webdriver.common.by import By

    last: list[str] = []

    def idle(w: WebDriver) -> bool:
        if w.find_elements(By.CSS_SELECTOR, BUSY):
            return False
        text = str(w.execute_script("return document.body.innerText;"))
        settled = bool(last) and last[-1] == text
        last.append(text)
        return settled

    wait_for(web, idle, timeout_s, "the page to settle")


def choose(web: WebDriver, label: str, option: str) -> None:
    """Open the selectbox whose label is `label` and click `option`."""
    box = wait_for(
        web,
        lambda w: visible(w, f"input[role='combobox'][aria-label='{label}']"),
        60,
        f"the selectbox {label!r}",
    )[0]
    box.click()
    choice = wait_for(
        web,
        lambda w: [e for e in visible(w, "[role='option']") if e.text.strip() == option],
        30,
        f"the option {option!r}",
    )[0]
    choice.click()


def horizontal_overflow(web: WebDriver) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when it fits)."""
    return int(
        web.execute_script(
            "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"
        )
    )


def fully_in_viewport(web: WebDriver, element: WebElement) -> bool:
    """Whether the element is displayed and lies wholly inside the viewport."""
    inside = web.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
        " && r.right <= window.innerWidth && r.bottom <= window.innerHeight;",
        element,
    )
    return bool(inside) and element.is_displayed()
