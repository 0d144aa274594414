"""Families in their own language: answers, citations and retrieval across the ten languages."""

from __future__ import annotations

import pytest

from assistant.chain import Assistant
from assistant.i18n.detect import detect_language
from assistant.types import LANGUAGES

# the same question in every language -> the section that answers it
BATHROOMS = {
    "en": "How many schools were supposed to get renovated bathrooms under the plan?",
    "es": "¿En cuántas escuelas se iban a renovar los baños según el plan?",
    "ht": "Nan konbyen lekòl plan an te di yo ta renove twalèt yo?",
    "kea": "Na kantu skola planu fla ma es ta renova kazas di banhu?",
    "zh": "根据计划，应该在多少所学校翻新卫生间？",
    "vi": "Theo kế hoạch, nhà vệ sinh ở bao nhiêu trường sẽ được cải tạo?",
    "pt": "Em quantas escolas o plano prometia reformar os banheiros?",
    "ar": "في كم مدرسة وعدت الخطة بتجديد دورات المياه؟",
    "so": "Imisa dugsi ayuu qorshuhu ballanqaaday in musqulahooda la dayactiro?",
    "fr": "Dans combien d'écoles le plan promettait-il de rénover les toilettes ?",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_question_in_each_language_is_answered_in_it_from_the_aligned_section(
    shipped_assistant: Assistant, language: str
) -> None:
    answer = shipped_assistant.ask(BATHROOMS[language], language=language)
    assert not answer.refused, answer.text
    assert answer.language == language
    assert "15" in answer.text
    assert answer.citations
    passages = [c for c in answer.citations if c.kind == "passage"]
    assert all(c.language == language for c in passages)
    assert any(
        c.section.startswith("sip.facilities") or c.indicator.startswith("facilities.")
        for c in answer.citations
    )


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "kea"])
def test_the_answer_language_is_detected_from_the_question(
    shipped_assistant: Assistant, language: str
) -> None:
    assert detect_language(BATHROOMS[language]) == language
    assert shipped_assistant.ask(BATHROOMS[language]).language == language


def test_an_english_question_can_be_answered_in_haitian_creole(
    shipped_assistant: Assistant,
) -> None:
    answer = shipped_assistant.ask(BATHROOMS["en"], language="ht")
    assert answer.language == "ht"
    assert all(c.language == "ht" for c in answer.citations if c.kind == "passage")


def test_translated_citations_carry_the_english_original(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask(BATHROOMS["es"], language="es")
    cited = next(c for c in answer.citations if c.kind == "passage")
    assert cited.original_language == "en"
    assert cited.original_text and cited.original_text != cited.text
    assert "15" in cited.original_text
    as_json = next(c for c in answer.to_dict()["citations"] if c["kind"] == "passage")
    assert as_json["original"]["language"] == "en"


def test_cape_verdean_creole_is_chosen_with_the_picker(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask(BATHROOMS["kea"], language="kea")
    assert answer.language == "kea"
    assert all(c.language == "kea" for c in answer.citations if c.kind == "passage")
