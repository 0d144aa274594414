"""Score one question: ask it as a user of the app would, then judge the answer."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.errors import AssistantError
from assistant.evaluation.facts import missing_facts
from assistant.evaluation.metrics import ndcg_at_k, precision, recall_at_k, reciprocal_rank
from assistant.evaluation.questions import EvalQuestion
from assistant.types import Answer, Chunk, Citation

log = logging.getLogger(__name__)

AskFn = Callable[..., Answer]  # ask(text, *, language, role, mode, k) -> Answer


@dataclass(frozen=True)
class QuestionResult:
    """One question's answer and how it scored."""

    question: EvalQuestion
    area: str
    mode: str
    k: int
    answer: Answer | None
    latency_ms: float
    relevant: tuple[bool, ...] = ()  # relevance of the retrieved chunks, best first
    total_relevant: int | None = None  # relevant chunks in the whole index, when known
    facts_missing: tuple[str, ...] = ()
    error: str = ""

    # --- per-question metrics (None: does not apply) ----------------------------------
    @property
    def answerable(self) -> bool:
        """Whether the question should be answered rather than refused."""
        return self.question.expected.answerable

    @property
    def refused(self) -> bool:
        """Whether the assistant refused (an error counts as a refusal)."""
        return self.answer is None or self.answer.refused

    @property
    def recall_at_k(self) -> float | None:
        """1.0 when a relevant chunk is in the top k (answerable questions only)."""
        return recall_at_k(self.relevant, self.k) if self.answerable else None

    @property
    def reciprocal_rank(self) -> float | None:
        """1 / rank of the first relevant chunk (answerable questions only)."""
        return reciprocal_rank(self.relevant[: self.k]) if self.answerable else None

    @property
    def ndcg_at_k(self) -> float | None:
        """Binary nDCG over the top k (answerable questions only)."""
        return ndcg_at_k(self.relevant, self.k, self.total_relevant) if self.answerable else None

    @property
    def fact_recall(self) -> float | None:
        """Share of expected facts the answer states."""
        facts = self.question.expected.facts
        if not self.answerable or not facts:
            return None
        return (len(facts) - len(self.facts_missing)) / len(facts)

    @property
    def citation_precision(self) -> float | None:
        """Share of the answer's citations that match an expected source or indicator."""
        citations = self.answer.citations if self.answer is not None else ()
        if not self.answerable or not citations:
            return None
        good = sum(1 for c in citations if citation_matches(c, self.question))
        return precision(good, len(citations))

    @property
    def indicator_cited(self) -> bool | None:
        """Whether the expected indicator is cited (`None` when none is expected)."""
        wanted = self.question.expected.indicator
        if not wanted or not self.answerable:
            return None
        citations = self.answer.citations if self.answer is not None else ()
        return any(c.kind == "metric" and c.indicator == wanted for c in citations)

    @property
    def refusal_correct(self) -> bool:
        """Whether the assistant refused exactly when it should."""
        return self.refused != self.answerable

    @property
    def answer_language(self) -> str:
        """The language the answer came back in."""
        return self.answer.language if self.answer is not None else ""

    @property
    def language_correct(self) -> bool:
        """Whether the answer is in the question's expected language."""
        return self.answer_language == self.question.language

    @property
    def failures(self) -> tuple[str, ...]:
        """Why the question failed, one short reason each; empty when it passed."""
        reasons: list[str] = []
        if self.error:
            reasons.append(f"error: {self.error}")
        if not self.refusal_correct:
            reasons.append(
                "refused an answerable question" if self.answerable
                else "answered a question it should refuse"
            )
        if self.answerable:
            if not self.recall_at_k:
                reasons.append(f"no relevant passage in the top {self.k}")
            if self.facts_missing:
                reasons.append("missing facts: " + ", ".join(self.facts_missing))
            if self.indicator_cited is False:
                reasons.append(f"indicator {self.question.expected.indicator} not cited")
        if not self.language_correct:
            reasons.append(
                f"answered in '{self.answer_language or '-'}', expected '{self.question.language}'"
            )
        return tuple(reasons)

    @property
    def passed(self) -> bool:
        """Refused when it should, else: relevant passage, all facts, indicator, language."""
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        """Serialise for the JSON report."""
        q, exp, answer = self.question, self.question.expected, self.answer
        citations = answer.citations if answer is not None else ()
        retrieved = answer.retrieved[: self.k] if answer is not None else ()
        return {
            "id": q.id,
            "set": q.set_name,
            "role": q.role,
            "area": self.area,
            "question": q.question,
            "expected_language": q.language,
            "expected": {
                "answerable": exp.answerable,
                "sources": [dict(s.keys) for s in exp.sources],
                "facts": list(exp.facts),
                "indicator": exp.indicator,
            },
            "passed": self.passed,
            "failures": list(self.failures),
            "answer": answer.text if answer is not None else "",
            "language": self.answer_language,
            "refused": self.refused,
            "notices": list(answer.notices) if answer is not None else [],
            "citations": [_citation_dict(c, q) for c in citations],
            "retrieved": [
                {"rank": rank, "section": h.chunk.section, "doc_id": h.chunk.doc_id,
                 "language": h.chunk.language, "relevant": rel}
                for rank, (h, rel) in enumerate(zip(retrieved, self.relevant, strict=False), 1)
            ],
            "recall_at_k": self.recall_at_k,
            "reciprocal_rank": self.reciprocal_rank,
            "ndcg_at_k": _round(self.ndcg_at_k),
            "fact_recall": _round(self.fact_recall),
            "facts_missing": list(self.facts_missing),
            "citation_precision": _round(self.citation_precision),
            "indicator_cited": self.indicator_cited,
            "latency_ms": round(self.latency_ms, 1),
            "error": self.error,
        }


def score_question(question: EvalQuestion, ask: AskFn, *, k: int = 5, mode: str = "hybrid",
                   corpus: Sequence[Mapping[str, Any]] | None = None) -> QuestionResult:
    """Ask one question as a user of the app would, and score the answer.

    `corpus` is the metadata of every chunk in the index (see `corpus_metadata`).
    """
    started = time.perf_counter()
    answer: Answer | None = None
    error = ""
    try:
        answer = ask(question.question, language=asked_language(question.language),
                     role=question.role, mode=mode, k=k)
    except AssistantError as exc:
        log.warning("question %s/%s could not be answered: %s", question.set_name, question.id, exc)
        error = str(exc)
    latency = (time.perf_counter() - started) * 1000.0
    expected = question.expected
    relevant: tuple[bool, ...] = ()
    missing: tuple[str, ...] = ()
    if answer is not None:
        relevant = tuple(expected.is_relevant(h.chunk.metadata()) for h in answer.retrieved[:k])
        if expected.answerable:
            missing = tuple(missing_facts(expected.facts, answer.text))
    elif expected.answerable:
        missing = expected.facts
    total = None
    if corpus is not None and expected.answerable:
        # the chain retrieves in one language; the ideal ranking can only use those passages
        languages = {h.chunk.language for h in answer.retrieved} if answer is not None else set()
        total = sum(1 for meta in corpus if (not languages or meta["language"] in languages)
                    and expected.is_relevant(meta))
    return QuestionResult(
        question=question, area=question_area(question, corpus), mode=mode, k=k, answer=answer,
        latency_ms=latency, relevant=relevant, total_relevant=total, facts_missing=missing,
        error=error,
    )


def asked_language(language: str) -> str | None:
    """The language option a user would send: none when it can be detected, else chosen.

    The app detects the question's language unless the user picks one; Cape Verdean
    Creole cannot be detected, so its speakers pick it.
    """
    from assistant.i18n.detect import DETECTABLE

    return None if language in DETECTABLE else language


def corpus_metadata(chunks: Sequence[Chunk]) -> list[dict[str, Any]]:
    """The metadata of every chunk, computed once per run."""
    return [c.metadata() for c in chunks]


def question_area(question: EvalQuestion, corpus: Sequence[Mapping[str, Any]] | None) -> str:
    """The question's area: from its sources, else the commonest among chunks of its first one."""
    if question.area or corpus is None or not question.expected.sources:
        return question.area or "unknown"
    first = question.expected.sources[0]
    areas = Counter(str(meta["area"]) for meta in corpus if first.matches(meta))
    return areas.most_common(1)[0][0] if areas else "unknown"


def citation_matches(citation: Citation, question: EvalQuestion) -> bool:
    """A metric citation matches the expected indicator; a passage, an expected source."""
    expected = question.expected
    if citation.kind == "metric" and expected.indicator:
        return citation.indicator == expected.indicator
    return expected.is_relevant(_citation_meta(citation))


def _citation_meta(c: Citation) -> Mapping[str, Any]:
    return {"plan": c.plan, "area": c.area, "section": c.section, "doc_id": c.doc_id,
            "language": c.language}


def _citation_dict(c: Citation, question: EvalQuestion) -> dict[str, Any]:
    out: dict[str, Any] = {"n": c.n, "kind": c.kind, "doc_id": c.doc_id, "section": c.section,
                           "area": c.area, "language": c.language,
                           "matches_expected": citation_matches(c, question)}
    if c.kind == "metric":
        out.update(indicator=c.indicator, value=c.value, as_of=c.as_of)
    return out


def _round(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None
