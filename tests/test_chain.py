"""Answers over the shipped corpus: the right section, verbatim cited sentences, or a refusal."""

from __future__ import annotations

import re

import pytest

from assistant.chain import Assistant, EmptyQuestionError
from assistant.compose.grounding import numbers_in
from assistant.ingest.sentences import split_sentences, strip_source_label


def without_glosses(text: str, assistant: Assistant, language: str = "en") -> str:
    """Remove the acronym expansions the chain inserts at first use."""
    from assistant.i18n.glossary import glossary_entries

    assert assistant.glossary is not None
    for entry in glossary_entries(language, assistant.glossary):
        text = text.replace(f" ({entry.expansion})", "")
    return text


# question -> a section id that must be among the top 3 passages
RETRIEVAL_CASES = {
    "What did the Systemic Improvement Plan promise about school buses?": "sip.transportation",
    "What is the on-time target for school buses?": "sip.transportation",
    "How many bathrooms were finished by September 2023?": "sip.facilities",
    "Who did the independent review of BPS data?": "sip.data",
    "When was the Inclusive Education Plan announced?": "inclusive-education",
    "Why did members of the English Learners Task Force resign?": "inclusive-education",
    "Which languages have dual-language programs?": "multilingual-learners.programs",
    "What is the Paragraph 54 report?": "circulars.english-learners.reporting",
    "What must a school do after a student is physically restrained?": "circulars.restraint",
    "How long does a school have to investigate bullying?": "circulars.bullying",
    "What documentation is needed to withdraw a student?": "circulars.withdrawals",
    "How many minutes of ESL does a student at ELD level 1 need each day?": "circulars.english-learners.esl-minutes",
    "Who signed the Systemic Improvement Plan?": "sip.overview",
}

OUT_OF_SCOPE = [
    "What is the recipe for lasagna?",
    "Who won the Super Bowl in 2020?",
    "What is the weather in Paris tomorrow?",
    "How do I renew my driver's license?",
]


@pytest.mark.parametrize("question,section", RETRIEVAL_CASES.items())
def test_retrieval_finds_the_right_section(
    shipped_assistant: Assistant, question: str, section: str
) -> None:
    answer = shipped_assistant.ask(question)
    top = [h.chunk.section for h in answer.retrieved[:3]]
    assert any(s == section or s.startswith(section + ".") for s in top), top
    assert not answer.refused


@pytest.mark.parametrize("question", list(RETRIEVAL_CASES))
def test_every_cited_sentence_occurs_in_its_cited_passage(
    shipped_assistant: Assistant, question: str
) -> None:
    answer = shipped_assistant.ask(question)
    by_number = {c.n: c for c in answer.citations}
    claims = re.findall(r"\s*(.+?)\s?\[(\d+)\]", answer.text)
    assert claims, answer.text
    for claim, n in claims:
        cited = by_number[int(n)]
        claim = claim.lstrip(". ")  # a metric sentence ends "[n]." before the next claim
        if cited.kind == "passage":
            claim = without_glosses(claim, shipped_assistant)
            # the sentence is quoted whole, its closing source label moved to the citation
            sentences = split_sentences(cited.text)
            quoted = {strip_source_label(x, cited.quoted_sources)[0] for x in sentences}
            assert claim.strip() in quoted | set(sentences), (claim, cited.section)
            assert cited.title and cited.section and cited.path.endswith(".md")
        else:  # a metric sentence states numbers of its metrics row
            assert numbers_in(claim) <= numbers_in(cited.text), (claim, cited.text)


def test_the_bus_question_from_the_readme(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask(
        "What did the Systemic Improvement Plan promise about school buses?"
    )
    assert not answer.refused
    assert "bus" in answer.text.lower()
    assert all(c.area == "transportation" for c in answer.citations)
    assert len(answer.citations) >= 1


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_questions_are_refused_with_where_to_look(
    shipped_assistant: Assistant, question: str
) -> None:
    answer = shipped_assistant.ask(question)
    assert answer.refused, answer.text
    assert not answer.citations
    assert "https://www.bostonpublicschools.org" in answer.text


@pytest.mark.parametrize("question", ["", "   ", "?!", "\x00\x01"])
def test_empty_question_gets_a_clear_message(shipped_assistant: Assistant, question: str) -> None:
    with pytest.raises(EmptyQuestionError, match="Please type a question"):
        shipped_assistant.ask(question)


def test_very_long_question_is_truncated_with_a_notice(shipped_assistant: Assistant) -> None:
    question = "What is the on-time target for school buses? " + "please " * 2000
    answer = shipped_assistant.ask(question)
    assert any("only its first" in n for n in answer.notices)
    assert len(answer.question) <= shipped_assistant.settings.max_question_chars


def test_filters_restrict_the_passages(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("What must schools do?", plan="circulars", area="student-safety")
    assert answer.retrieved
    assert all(
        h.chunk.plan == "circulars" and h.chunk.area == "student-safety" for h in answer.retrieved
    )


def test_the_chain_is_a_langchain_runnable(shipped_assistant: Assistant) -> None:
    from langchain_core.runnables import Runnable

    from assistant.chain import Question

    assert isinstance(shipped_assistant.runnable, Runnable)
    answer = shipped_assistant.runnable.invoke(Question(text="What is the Paragraph 54 report?"))
    assert answer.citations[0].section.startswith("circulars.english-learners")


def test_langchain_retriever_returns_documents_with_metadata(shipped_assistant: Assistant) -> None:
    from assistant.retrieval.langchain_adapter import PlanRetriever

    retriever = PlanRetriever(hybrid=shipped_assistant.retriever, k=3, filters={"plan": "sip"})
    docs = retriever.invoke("school bus on-time target")
    assert len(docs) == 3
    assert all(d.metadata["plan"] == "sip" for d in docs)
    assert docs[0].metadata["section"].startswith("sip.transportation")


def test_a_principal_gets_a_cited_checklist_of_duties(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask(
        "What do I have to do when a student is physically restrained?", role="principal"
    )
    assert not answer.refused
    items = [line for line in answer.text.splitlines() if line.startswith("- [ ] ")]
    assert len(items) >= 2
    assert all(re.search(r"\[\d+\]$", line) for line in items)
    assert any("24 hours" in line for line in items)
    assert any(c.section == "circulars.restraint" for c in answer.citations)


def test_a_duty_question_the_plans_do_not_cover_is_refused_not_given_a_checklist(
    shipped_assistant: Assistant,
) -> None:
    # "procedure" is in stored duties (withdrawal procedures), fire drills are not
    answer = shipped_assistant.ask(
        "Which fire drill procedure must a school follow during a power outage?",
        role="principal",
    )
    assert answer.refused and "- [ ] " not in answer.text


def test_a_family_asking_the_same_gets_quoted_sentences(shipped_assistant: Assistant) -> None:
    answer = shipped_assistant.ask("What do I have to do when a student is physically restrained?")
    assert "- [ ] " not in answer.text
