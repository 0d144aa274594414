"""Conversations: follow-ups rewritten into standalone questions, tables then real chats."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pytest

from assistant.config import Settings
from assistant.conversation import Conversation, Rewrite
from assistant.types import Answer, Chunk, Citation, Hit

# (section id, area, plan, heading path) of each passage a previous answer cited
Cited = tuple[str, str, str, tuple[str, ...]]
BUS_TARGETS: Cited = ("sip.transportation.targets", "transportation", "sip",
                      ("Transportation", "Deadlines and targets"))
BUS_DEADLINES: Cited = ("sip.deadlines", "general", "sip", ("All deadlines in one place",))
EL_TARGETS: Cited = ("sip.english-learners.targets", "english-learners", "sip",
                     ("English learners", "Deadlines and targets"))
RESTRAINT: Cited = ("circulars.restraint", "student-safety", "circulars",
                    ("Physical restraint (SUP-19)",))


def answer(question: str, language: str, cited: Sequence[Cited]) -> Answer:
    """An answer citing these sections, with the retrieved chunks their headings come from."""
    citations, hits = [], []
    for n, (section, area, plan, headings) in enumerate(cited, start=1):
        citations.append(Citation(n=n, kind="passage", text="...", doc_id=plan, plan=plan,
                                  area=area, section=section, language=language))
        chunk = Chunk(chunk_id=f"{section}-{n}", text="...", doc_id=plan, title="Plan",
                      plan=plan, area=area, section=section, heading_path=("Plan", *headings),
                      language=language, path=f"{plan}.md", content_hash="h")
        hits.append(Hit(chunk, 1.0))
    return Answer(question=question, text="...", language=language, refused=not citations,
                  citations=tuple(citations), retrieved=tuple(hits))


def after(question: str, language: str, cited: Sequence[Cited]) -> Conversation:
    """A conversation whose one turn asked `question` and got an answer citing `cited`."""
    conversation = Conversation()
    rewrite = conversation.rewrite(question)
    conversation.add(question, rewrite, answer(question, language, cited))
    return conversation


BUS_EN = "What is the on-time target for school buses?"
BUS_ES = "¿Cuál es la meta de puntualidad de los autobuses?"
BUS_FR = "Quel est l'objectif de ponctualité des bus ?"
BUS_PT = "Qual é a meta de pontualidade dos ônibus?"
BUS_HT = "Ki objektif pou bis yo?"
BUS_ZH = "校车准点率的目标是多少？"
RESTRAINT_EN = "What must a school do after a physical restraint?"
EL_EN = "What is the target for English learners?"

# (previous question, its language, what its answer cited, follow-up, standalone question)
FOLLOW_UPS = [
    (BUS_EN, "en", [BUS_TARGETS], "and for English learners?",
     "What is the target for English learners?"),
    (BUS_EN, "en", [BUS_TARGETS], "what about transportation?",
     "What is the target for transportation?"),
    (BUS_EN, "en", [BUS_TARGETS], "when is that due?",
     "When is the on-time target for school buses due?"),
    (BUS_EN, "en", [BUS_TARGETS], "who checks that?",
     "Who checks the on-time target for school buses?"),
    (BUS_EN, "en", [BUS_TARGETS], "and the deadline?",
     "What is the deadline for the on-time target for school buses?"),
    (BUS_EN, "en", [BUS_TARGETS], "and in 2023?",
     "What is the on-time target for school buses in 2023?"),
    (BUS_EN, "en", [BUS_TARGETS], "who checks?",
     "Who checks for the on-time target for school buses?"),
    (RESTRAINT_EN, "en", [RESTRAINT], "who reviews that?",
     "Who reviews a physical restraint (SUP-19)?"),
    (BUS_ES, "es", [BUS_TARGETS], "¿y para los estudiantes de inglés?",
     "¿Cuál es la meta de los estudiantes de inglés?"),
    (BUS_ES, "es", [BUS_TARGETS], "¿y cuándo vence eso?",
     "¿Cuándo vence la meta de puntualidad de los autobuses?"),
    (BUS_ES, "es", [BUS_TARGETS], "¿cuál es la fecha límite de esa meta?",
     "¿Cuál es la fecha límite de la meta de puntualidad de los autobuses?"),
    (BUS_FR, "fr", [BUS_TARGETS], "et pour les élèves qui apprennent l'anglais ?",
     "Quel est l'objectif des élèves qui apprennent l'anglais ?"),
    (BUS_FR, "fr", [BUS_TARGETS], "qui vérifie cela ?",
     "Qui vérifie l'objectif de ponctualité des bus ?"),
    (BUS_FR, "fr", [BUS_TARGETS], "et l'échéance ?",
     "Quelle est l'échéance pour l'objectif de ponctualité des bus ?"),
    (BUS_PT, "pt", [BUS_TARGETS], "e para os aprendizes de inglês?",
     "Qual é a meta dos aprendizes de inglês?"),
    (BUS_PT, "pt", [BUS_TARGETS], "quem verifica isso?",
     "Quem verifica a meta de pontualidade dos ônibus?"),
    (BUS_PT, "pt", [BUS_TARGETS], "e o prazo?",
     "Qual é o prazo para a meta de pontualidade dos ônibus?"),
    (BUS_HT, "ht", [BUS_TARGETS], "e pou elèv k ap aprann angle yo?",
     "Ki objektif pou elèv k ap aprann angle yo?"),
    (BUS_HT, "ht", [BUS_TARGETS], "Kilè sa dwe fini?", "Kilè objektif pou bis yo dwe fini?"),
    (BUS_ZH, "zh", [BUS_TARGETS], "那英语学习者呢？", "英语学习者的目标是什么？"),
    (BUS_ZH, "zh", [BUS_TARGETS], "谁负责检查这个？", "谁负责检查校车准点率的目标？"),
    (BUS_ZH, "zh", [BUS_TARGETS], "什么时候截止？", "校车准点率的目标什么时候截止？"),
    # a follow-up in another language than the last question: asked about in its own words
    (EL_EN, "en", [EL_TARGETS], "et pour les transports ?",
     "Quel est l'objectif pour les transports ?"),
    (EL_EN, "en", [EL_TARGETS], "y para el transporte?", "¿Cuál es la meta para el transporte?"),
    (EL_EN, "en", [EL_TARGETS], "còn xe buýt thì sao?", "Mục tiêu cho xe buýt là gì?"),
    (EL_EN, "en", [EL_TARGETS], "وماذا عن النقل؟", "ما هو الهدف بالنسبة إلى النقل؟"),
    (EL_EN, "en", [EL_TARGETS], "ka warran gaadiidka?", "Waa maxay bartilmaameedka gaadiidka?"),
]


@pytest.mark.parametrize(("previous", "language", "cited", "typed", "expected"), FOLLOW_UPS,
                         ids=[f"{row[1]}:{row[3]}" for row in FOLLOW_UPS])
def test_a_follow_up_becomes_a_standalone_question(
    previous: str, language: str, cited: list[Cited], typed: str, expected: str
) -> None:
    rewrite = after(previous, language, cited).rewrite(typed)
    assert rewrite.rewritten
    assert rewrite.text == expected


@pytest.mark.parametrize(
    ("typed", "filters"),
    [
        ("when is that due?", {"plan": "sip", "area": "transportation"}),
        ("and for English learners?", {"area": "english-learners"}),  # a new area: plan unnamed
        ("Does that apply to English learners?", {"plan": "sip"}),  # two areas: no area filter
    ],
)
def test_a_follow_up_carries_the_plan_and_area_it_continues(
    typed: str, filters: dict[str, str]
) -> None:
    conversation = after(BUS_EN, "en", [BUS_TARGETS, BUS_DEADLINES])
    assert conversation.rewrite(typed).filters == filters


def test_one_cited_passage_does_not_pin_the_plan() -> None:
    rewrite = after(BUS_EN, "en", [BUS_TARGETS]).rewrite("when is that due?")
    assert rewrite.filters == {"area": "transportation"}


def test_a_plan_the_user_named_survives_a_change_of_area() -> None:
    question = "What did the Systemic Improvement Plan promise about school buses?"
    rewrite = after(question, "en", [BUS_TARGETS]).rewrite("and for English learners?")
    assert rewrite.text == "What did the Systemic Improvement Plan promise about English learners?"
    assert rewrite.filters == {"plan": "sip", "area": "english-learners"}


@pytest.mark.parametrize(
    "typed",
    [
        "What did the plan promise about bathrooms?",
        "What must a school do after a physical restraint?",
        "What is the rule that applies to buses?",
        "Is it true that the plan ended?",
        "and what did the plan promise about bathrooms?",
        "Thanks!",
    ],
)
def test_a_self_contained_question_is_left_alone(typed: str) -> None:
    rewrite = after(BUS_EN, "en", [BUS_TARGETS]).rewrite(typed)
    assert rewrite == Rewrite(typed, False)


def test_the_first_question_is_never_rewritten() -> None:
    assert Conversation().rewrite("and when is that due?") == Rewrite("and when is that due?",
                                                                       False)


def test_no_shipped_evaluation_question_is_taken_for_a_follow_up() -> None:
    """405 self-contained questions in ten languages, each asked after a question on buses."""
    from assistant.config import PROJECT_ROOT
    from assistant.evaluation.questions import load_sets, shipped_set_paths

    questions = [q for s in load_sets(shipped_set_paths(PROJECT_ROOT)) for q in s.questions]
    previous = answer(BUS_EN, "en", [BUS_TARGETS])
    rewritten = []
    for q in questions:
        conversation = Conversation()
        conversation.add(BUS_EN, conversation.rewrite(BUS_EN), previous)
        rewrite = conversation.rewrite(q.question, q.language)
        if rewrite.rewritten:
            rewritten.append((q.question, rewrite.text))
    assert len(questions) > 300
    assert rewritten == []


def test_a_follow_up_leans_on_the_turn_before_an_empty_one() -> None:
    conversation = after(BUS_EN, "en", [BUS_TARGETS])
    conversation.add("Thanks!", Rewrite("Thanks!", False), answer("Thanks!", "en", []))
    assert conversation.rewrite("when is that due?").text == (
        "When is the on-time target for school buses due?"
    )


def test_only_the_last_turns_are_kept() -> None:
    conversation = Conversation(max_turns=2)
    for q in (BUS_EN, RESTRAINT_EN, EL_EN):
        conversation.add(q, conversation.rewrite(q), answer(q, "en", [EL_TARGETS]))
    assert [t.typed for t in conversation.turns] == [RESTRAINT_EN, EL_EN]
    assert conversation.turns[-1].topic.area == "english-learners"


# --- real conversations through the assistant ---------------------------------------------

SIP_EN = """---
id: sip
title: "Test improvement plan"
plan: sip
language: en
as_of: "2025-11-01"
sources:
  S: {label: "Test source", url: "https://example.org/sip"}
---

# Test improvement plan {#sip.overview area=general}

This is an unofficial plain-language summary used by the conversation tests.

## Transportation {#sip.transportation area=transportation}

### Bus targets {#sip.transportation.targets area=transportation}

The on-time target for school buses is that 95% of buses arrive at school on time every month [S].

### Bus deadlines {#sip.transportation.deadlines area=transportation}

The on-time target for school buses is due by June 30, 2025, at the end of the plan [S].

### Who checks the buses {#sip.transportation.oversight area=transportation}

The state education department checks the monthly on-time reports of the school buses [S].

## English learners {#sip.english-learners area=english-learners}

### Targets for English learners {#sip.english-learners.targets area=english-learners}

The target for English learners is that every English learner receives the daily English as a second language lessons the law requires [S].

### Deadlines for English learners {#sip.english-learners.deadlines area=english-learners}

The district must meet the target for English learners by December 31, 2024 [S].
"""

SIP_ES = """---
id: sip
title: "Plan de mejora de prueba"
plan: sip
language: es
as_of: "2025-11-01"
sources:
  S: {label: "Fuente de prueba", url: "https://example.org/sip"}
---

# Plan de mejora de prueba {#sip.overview area=general}

Este es un resumen no oficial en lenguaje sencillo que usan las pruebas de conversación.

## Transporte {#sip.transportation area=transportation}

### Metas de los autobuses {#sip.transportation.targets area=transportation}

La meta de puntualidad de los autobuses escolares es que el 95% de los autobuses lleguen a tiempo a la escuela cada mes [S].

### Plazos de los autobuses {#sip.transportation.deadlines area=transportation}

La meta de puntualidad de los autobuses escolares vence el 30 de junio de 2025, al final del plan [S].

### Quién revisa los autobuses {#sip.transportation.oversight area=transportation}

El departamento de educación del estado revisa cada mes los informes de puntualidad de los autobuses escolares [S].

## Estudiantes aprendices de inglés {#sip.english-learners area=english-learners}

### Metas para los estudiantes de inglés {#sip.english-learners.targets area=english-learners}

La meta para los estudiantes de inglés es que cada estudiante aprendiz de inglés reciba las clases diarias de inglés como segunda lengua que exige la ley [S].

### Plazos para los estudiantes de inglés {#sip.english-learners.deadlines area=english-learners}

El distrito debe cumplir la meta para los estudiantes de inglés antes del 31 de diciembre de 2024 [S].
"""

CIRCULARS_EN = """---
id: circulars
title: "Test circulars"
plan: circulars
language: en
as_of: "2025-11-01"
sources:
  C: {label: "Test circular", url: "https://example.org/circulars"}
---

# What schools must do {#circulars.overview area=general}

This is an unofficial plain-language summary of test circulars.

## Physical restraint (SUP-19) {#circulars.restraint area=student-safety}

After a physical restraint, the principal must call the parent on the same day and send a written report within three school days [C].

## Reviews of physical restraint reports (SUP-19) {#circulars.restraint-review area=student-safety}

The Office of Safety Services reviews every physical restraint report within five school days of receiving it [C].

## Bullying (SSS-18) {#circulars.bullying area=student-safety}

The principal must investigate every report of bullying and tell both families the outcome within ten school days [C].
"""


@pytest.fixture(scope="module")
def chat_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Two plans, three areas, English and Spanish, indexed once for this module."""
    from assistant.indexing.pipeline import build_all

    root = tmp_path_factory.mktemp("conversation")
    for language, name, text in (("en", "sip", SIP_EN), ("es", "sip", SIP_ES),
                                 ("en", "circulars", CIRCULARS_EN)):
        folder = root / "corpus" / "documents" / language
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    settings = Settings(data_dir=root)
    report = build_all(settings)
    assert not report.failures, report.failures
    return settings


@pytest.fixture(scope="module")
def chat_assistant(chat_settings: Settings) -> Any:
    from assistant.chain import Assistant

    return Assistant.load(chat_settings)


# each step: what the user types, "Searching for" (None: searched as typed), a section cited
SCRIPTS = {
    "buses then English learners": [
        ("What is the on-time target for school buses?", None, "sip.transportation.targets"),
        ("When is that due?", "When is the on-time target for school buses due?",
         "sip.transportation.deadlines"),
        ("Who checks that?", "Who checks the on-time target for school buses?",
         "sip.transportation.oversight"),
        ("And for English learners?", "Who checks the target for English learners?",
         "sip.english-learners.targets"),
        ("when is that due?", "When is the target for English learners due?",
         "sip.english-learners.deadlines"),
    ],
    "a circular": [
        ("What must a school do after a physical restraint?", None, "circulars.restraint"),
        ("Who reviews that?", "Who reviews a physical restraint (SUP-19)?",
         "circulars.restraint-review"),
        ("What about bullying?", "Who reviews a bullying?", "circulars.bullying"),
    ],
    "in Spanish": [
        ("¿Cuál es la meta de puntualidad de los autobuses?", None, "sip.transportation.targets"),
        ("¿y para los estudiantes de inglés?", "¿Cuál es la meta de los estudiantes de inglés?",
         "sip.english-learners.targets"),
        ("¿y cuándo vence eso?", "¿Cuándo vence la meta de los estudiantes de inglés?",
         "sip.english-learners.deadlines"),
    ],
    "a new question": [
        ("What is the on-time target for school buses?", None, "sip.transportation.targets"),
        ("What must a school do after a physical restraint?", None, "circulars.restraint"),
    ],
}


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_a_scripted_conversation_searches_for_and_cites_the_right_sections(
    chat_assistant: Any, name: str
) -> None:
    conversation = Conversation()
    for typed, searching_for, section in SCRIPTS[name]:
        rewrite = conversation.rewrite(typed)
        assert rewrite.rewritten == (searching_for is not None), typed
        assert rewrite.text == (searching_for or typed)
        answer = chat_assistant.ask(rewrite.text, **rewrite.filters)
        conversation.add(typed, rewrite, answer)
        assert not answer.refused, typed
        assert section in [c.section for c in answer.citations], (typed, answer.citations)
        if "area" in rewrite.filters:
            assert {h.chunk.area for h in answer.retrieved} == {rewrite.filters["area"]}


def test_without_the_conversation_the_same_follow_ups_go_wrong(chat_assistant: Any) -> None:
    """Searched as typed, the last English step cites the buses' deadline, and the Spanish
    one finds nothing: the scripted conversations above get both right."""
    bare = chat_assistant.ask("when is that due?")
    assert "sip.english-learners.deadlines" not in [c.section for c in bare.citations]
    assert chat_assistant.ask("¿y cuándo vence eso?").refused


def test_the_chat_command_shows_what_it_searches_for(chat_settings: Settings) -> None:
    from click.testing import CliRunner

    from assistant.cli import cli

    typed = "What is the on-time target for school buses?\nWhen is that due?\n"
    result = CliRunner().invoke(cli, ["--data-dir", str(chat_settings.data_dir), "chat"],
                                input=typed)
    assert result.exit_code == 0, result.output
    assert "Searching for: When is the on-time target for school buses due?" in result.output
    assert "June 30, 2025" in result.output

    result = CliRunner().invoke(cli, ["--data-dir", str(chat_settings.data_dir), "chat", "--json"],
                                input=typed)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["searching_for"] for line in lines] == [
        None, "When is the on-time target for school buses due?"
    ]
    assert lines[1]["filters"] == {"plan": "sip", "area": "transportation"}
    assert "sip.transportation.deadlines" in [c["section"] for c in lines[1]["citations"]]


def test_searching_for_is_said_in_every_language() -> None:
    from assistant.conversation import searching_for
    from assistant.types import LANGUAGES

    shown = {searching_for("X?", code) for code in LANGUAGES}
    assert len(shown) == len(LANGUAGES)
    assert searching_for("X?", "en") == "Searching for: X?"
    assert searching_for("X?", "es") == "Buscando: X?"
    assert searching_for("X？", "zh") == "正在搜索：X？"


def test_any_text_after_any_turn_is_rewritten_without_error() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    conversations = [after(BUS_EN, "en", [BUS_TARGETS]), after(BUS_ZH, "zh", [BUS_TARGETS]),
                     after(RESTRAINT_EN, "en", [RESTRAINT]), after("Thanks!", "en", [])]

    @given(st.text(max_size=300), st.sampled_from([None, "en", "es", "kea", "ar", "zh"]))
    @settings(max_examples=300, deadline=None)
    def check(typed: str, language: str | None) -> None:
        for conversation in conversations:
            rewrite = conversation.rewrite(typed, language)
            assert rewrite.text == " ".join(typed.split()) or rewrite.rewritten
            if rewrite.rewritten:
                assert rewrite.text.strip()

    check()
