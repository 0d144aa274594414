"""Arbitrary input to `ask` and `bps-assistant ask`: a cited answer, a refusal or one clear error.

Property-based (hypothesis, derandomized so every run tries the same examples): arbitrary
unicode, control characters, NULs, bidirectional marks, zero-width joiners, emoji, combining
marks, 100k+ character questions, punctuation or digits only, mixed scripts, and junk
languages, plans, areas, roles and k. One small index serves the whole module.
"""

from __future__ import annotations

import re
import string
import sys
from typing import Any
from unittest.mock import patch

import pytest
from click.testing import CliRunner
from conftest import write_small_corpus
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from assistant.chain import Assistant
from assistant.cli import main
from assistant.errors import AssistantError
from assistant.types import AREAS, LANGUAGES, PLANS, Answer

SPECIALS = [
    "\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\t", "\r\n", "\u00a0", "\u2028",
    "\u2029", "\u3000", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b",
    "\u202e", "\u2066", "\u2067", "\u2069", "\u061c", "\ufeff", "\ufffd", "\u0301", "\u0336",
    "\u064b", "\u20dd", "\U0001f68c", "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001d51f\U0001d532\U0001d530", "\U000e0041",
]  # fmt: skip
WORDS = [
    "bus", "buses", "on time", "target", "bathrooms", "2023", "95%", "SLIFE", "IEP", "Paragraph 54",
    "autobús", "otobis", "ônibus", "xe buýt", "公交车准时", "الحافلات", "baska", "bis", "ESL",
    "What", "did", "the", "plan", "promise", "?", "Ignore previous instructions",
]  # fmt: skip
REAL_QUESTIONS = [
    "What is the on-time target for school buses?",
    "How many bathrooms were finished by September 2023?",
    "Which languages have dual-language programs?",
    "¿Cuál es la meta de puntualidad de los autobuses escolares?",
    "Who must bus drivers report incidents to?",
]
ODD_LANGUAGES = ["EN", "en-US", "zh-Hans", "pt_BR", "xx", "", " ", "english", "\x00", "kea "]

mixed = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SPECIALS), st.text(max_size=4)),
    max_size=25,
).map(" ".join)
odd_chars = st.text(
    alphabet=st.characters(categories=["Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp", "So", "Sk"]),
    max_size=40,
)


def _insert(question: str, noise: list[tuple[int, str]]) -> str:
    for position, mark in noise:
        at = position % (len(question) + 1)
        question = question[:at] + mark + question[at:]
    return question


noisy = st.builds(  # answerable questions with marks inside them, to reach the composer
    _insert,
    st.sampled_from(REAL_QUESTIONS),
    st.lists(st.tuples(st.integers(0, 80), st.sampled_from(SPECIALS)), max_size=6),
)
huge = st.builds(
    lambda unit, words: (unit + " " + words) * (100_000 // (len(unit) + len(words) + 1) + 1),
    st.text(min_size=1, max_size=12),
    st.sampled_from(["", *WORDS]),
)
questions = st.one_of(
    noisy,
    st.text(),  # arbitrary unicode (hypothesis leaves out lone surrogates)
    mixed,
    odd_chars,
    st.text(alphabet=string.punctuation + "¿¡«»“”—…・。，、؟", min_size=1, max_size=30),
    st.text(alphabet=string.digits + " .,%", min_size=1, max_size=30),
    huge,
)
languages = st.one_of(
    st.none(),
    st.none(),
    st.sampled_from(LANGUAGES),
    st.sampled_from(ODD_LANGUAGES),
    st.text(max_size=8),
)
plans = st.one_of(st.none(), st.none(), st.sampled_from(PLANS), st.text(max_size=12))
areas = st.one_of(st.none(), st.none(), st.sampled_from(AREAS), st.text(max_size=12))
roles = st.one_of(st.sampled_from(["family", "principal", "staff"]), st.text(max_size=12))
ks = st.one_of(
    st.none(), st.none(), st.integers(-1000, 1000), st.sampled_from([0, 1, 50, 51, 10**9])
)
modest = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)


@pytest.fixture(scope="module")
def small_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """One assistant over the two-document corpus, shared by every example."""
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(tmp_path_factory.mktemp("bad-input"))
    assert not build_all(settings).failures
    return Assistant.load(settings)


def note(outcome: str) -> None:
    """Count outcomes for `pytest --hypothesis-show-statistics`."""
    if currently_in_test_context():
        event(outcome)


def check_answer_or_clear_error(assistant: Assistant, text: str, **options: Any) -> None:
    """What a user may get: an answer citing what it says, a refusal, or one plain message."""
    try:
        answer = assistant.ask(text, **options)
    except AssistantError as exc:
        note(f"error: {type(exc).__name__}")
        message = str(exc)
        assert message.strip(), "an error without a message"
        assert "Traceback" not in message
        return
    assert isinstance(answer, Answer)
    assert answer.language in LANGUAGES
    assert len(answer.question) <= assistant.settings.max_question_chars
    note("refused" if answer.refused else "answered")
    if answer.refused:
        assert not answer.citations
        assert "https://www.bostonpublicschools.org" in answer.text
    else:
        assert answer.citations, answer.text
        cited = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
        assert cited and cited <= {c.n for c in answer.citations}, answer.text


@modest
@given(text=questions, language=languages)
def test_any_question_in_any_language(
    small_assistant: Assistant, text: str, language: str | None
) -> None:
    check_answer_or_clear_error(small_assistant, text, language=language)


@modest
@given(text=st.one_of(noisy, mixed), plan=plans, area=areas, role=roles, k=ks)
def test_any_filters_role_and_k(
    small_assistant: Assistant,
    text: str,
    plan: str | None,
    area: str | None,
    role: str,
    k: int | None,
) -> None:
    check_answer_or_clear_error(small_assistant, text, plan=plan, area=area, role=role, k=k)


@pytest.mark.parametrize(
    "text",
    [
        "\x00" * 100_000,
        "\u200d" * 150_000,
        "\U0001f68c" * 120_000,
        "a\u0301" * 60_000,
        "What is the target for school buses? " * 4_000,
        "公交车准时" * 30_000,
        "\u202eWhat is the target for school buses?\u202c",
        "!?" * 60_000,
        "1" * 100_000,
    ],
    ids=["nuls", "zwj", "emoji", "combining", "repeated", "cjk", "rtl-override", "punct", "digits"],
)
def test_pathological_questions(small_assistant: Assistant, text: str) -> None:
    check_answer_or_clear_error(small_assistant, text)


def test_a_readable_question_wrapped_in_control_characters_is_answered(
    small_assistant: Assistant,
) -> None:
    answer = small_assistant.ask(
        "\x00\u200f\u202eWhat is the\x07 target for school\u200d buses?\x1b"
    )
    assert not answer.refused
    assert "95%" in answer.text and answer.citations[0].section == "sip.transportation"


# --- the command line -----------------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run `bps-assistant ...` in-process through `main()`, as the installed script does."""
    with (
        CliRunner().isolation() as (out, err, _),
        patch.object(sys, "argv", ["bps-assistant", *args]),
    ):
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def check_cli(code: int, out: str, err: str) -> None:
    """Exit 0 with an answer, 1 with one `error:` line, or 2 with click's usage error."""
    assert "Traceback" not in out + err
    note(f"exit {code}")
    if code == 0:
        assert out.strip()
    elif code == 1:
        assert err.count("\n") == 1 and err.startswith("error: "), err
    else:
        assert code == 2, (code, err)  # click's convention for a bad option, as test_cli checks
        errors = [line for line in err.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 1 and err.startswith("Usage: "), err


VALID_OPTIONS = {
    "--lang": LANGUAGES,
    "--plan": PLANS,
    "--area": AREAS,
    "--role": ("family", "principal", "staff"),
    "--k": ("1", "5", "50"),
}
option = st.sampled_from(sorted(VALID_OPTIONS)).flatmap(
    lambda name: st.tuples(
        st.just(name),
        st.one_of(
            st.sampled_from(VALID_OPTIONS[name]),
            st.sampled_from(VALID_OPTIONS[name]),
            st.text(max_size=10),
            st.integers(-5, 60).map(str),
        ),
    )
)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(
    question=questions,
    options=st.lists(option, max_size=2),
    as_json=st.booleans(),
)
def test_cli_ask_with_anything(
    small_assistant: Assistant, question: str, options: list[tuple[str, str]], as_json: bool
) -> None:
    args = ["--data-dir", str(small_assistant.settings.data_dir), "ask", question]
    for name, value in options:
        args += [name, value]
    if as_json:
        args.append("--json")
    # the module's assistant answers, rather than loading the index once per example
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Assistant, "load", classmethod(lambda cls, *a, **kw: small_assistant))
        check_cli(*run_cli(*args))


def test_cli_ask_with_control_characters_loads_and_answers(small_assistant: Assistant) -> None:
    code, out, err = run_cli(
        "--data-dir",
        str(small_assistant.settings.data_dir),
        "ask",
        "\x00\u202eWhat is the target for \u200dschool buses?\x1b",
    )
    assert code == 0, err
    assert "95%" in out and "Sources:" in out


def test_cli_ask_with_nothing_but_marks_is_one_line(small_assistant: Assistant) -> None:
    code, _, err = run_cli(
        "--data-dir", str(small_assistant.settings.data_dir), "ask", "\u200f\u200d\x00\U0001f68c?!"
    )
    assert code == 1
    assert (
        err
        == "error: Please type a question, for example: What did the plan promise about school buses?\n"
    )
