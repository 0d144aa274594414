"""Cross-language consistency: does a question asked in another language cite what English cites?

A question set groups translations of one question by id: `<group>-<language>`, such as
`ml-07-es` for group `ml-07` asked in Spanish. For every group with an English question, each
other language is compared with English on what the answers cite, in language-independent
terms: a passage citation is its document and section (`sip#sip.facilities.status`), a
metric citation its indicator (`metric:transportation.am_on_time_monthly`).

- agreement: the Jaccard index |A ∩ E| / |A ∪ E| of the two sets of cited sections (1.0 when
  both answers cite nothing, i.e. both refused);
- consistent: both answers lead with the same section (the first cited passage, else the
  first citation), or both refused.

Both are reported per language and over all compared questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.evaluation.metrics import mean, share
from assistant.evaluation.questions import EvalQuestion
from assistant.evaluation.scoring import QuestionResult
from assistant.types import Answer, Citation

REFERENCE = "en"


@dataclass(frozen=True)
class Comparison:
    """One translated question compared with the English question of its group."""

    group: str
    language: str
    question_id: str
    cited: frozenset[str]
    reference: frozenset[str]
    top: str | None
    reference_top: str | None

    @property
    def agreement(self) -> float:
        """Jaccard index of the cited sections (1.0 when neither cites anything)."""
        union = self.cited | self.reference
        return len(self.cited & self.reference) / len(union) if union else 1.0

    @property
    def consistent(self) -> bool:
        """Whether both answers lead with the same section (or both refused)."""
        return self.top == self.reference_top

    def to_dict(self) -> dict[str, Any]:
        """Serialise for the JSON report."""
        return {
            "group": self.group,
            "language": self.language,
            "id": self.question_id,
            "agreement": round(self.agreement, 4),
            "consistent": self.consistent,
            "top": self.top,
            "reference_top": self.reference_top,
            "cited": sorted(self.cited),
            "reference": sorted(self.reference),
        }


def group_of(question: EvalQuestion) -> str | None:
    """The group id of a question whose id ends in `-<its language>`, else None."""
    suffix = f"-{question.language}"
    if question.id.endswith(suffix) and len(question.id) > len(suffix):
        return question.id[: -len(suffix)]
    return None


def citation_key(citation: Citation) -> str:
    """A citation in language-independent terms: document and section, or indicator."""
    if citation.kind == "metric":
        return f"metric:{citation.indicator}"
    return f"{citation.doc_id}#{citation.section}"


def cited_sections(answer: Answer | None) -> frozenset[str]:
    """The language-independent keys an answer cites (none for a refusal or an error)."""
    if answer is None or answer.refused:
        return frozenset()
    return frozenset(citation_key(c) for c in answer.citations)


def top_section(answer: Answer | None) -> str | None:
    """The section an answer leads with: its first cited passage, else its first citation."""
    if answer is None or answer.refused or not answer.citations:
        return None
    ordered = sorted(answer.citations, key=lambda c: c.n)
    passages = [c for c in ordered if c.kind == "passage"]
    return citation_key((passages or ordered)[0])


def compare(results: Iterable[QuestionResult], reference: str = REFERENCE) -> list[Comparison]:
    """Every translated question of a group that has a `reference`-language question."""
    groups: dict[tuple[str, str], dict[str, QuestionResult]] = {}
    for r in results:
        group = group_of(r.question)
        if group is not None:
            groups.setdefault((r.question.set_name, group), {})[r.question.language] = r
    out: list[Comparison] = []
    for (_set, group), members in sorted(groups.items()):
        ref = members.get(reference)
        if ref is None:
            continue
        for language, r in sorted(members.items()):
            if language == reference:
                continue
            out.append(Comparison(
                group=group, language=language, question_id=r.question.id,
                cited=cited_sections(r.answer), reference=cited_sections(ref.answer),
                top=top_section(r.answer), reference_top=top_section(ref.answer),
            ))
    return out


def summarise(comparisons: Sequence[Comparison]) -> dict[str, Any]:
    """Compared questions, mean agreement and share consistent."""
    agreement = mean(c.agreement for c in comparisons)
    consistent = share(c.consistent for c in comparisons)
    return {
        "compared": len(comparisons),
        "agreement": round(agreement, 4) if agreement is not None else None,
        "consistent": round(consistent, 4) if consistent is not None else None,
    }


def consistency_report(results: Sequence[QuestionResult],
                       reference: str = REFERENCE) -> dict[str, Any]:
    """The consistency part of the report: overall, per language, and every comparison."""
    comparisons = compare(results, reference)
    languages: dict[str, list[Comparison]] = {}
    for c in comparisons:
        languages.setdefault(c.language, []).append(c)
    return {
        "reference": reference,
        "groups": len({c.group for c in comparisons}),
        "overall": summarise(comparisons),
        "by_language": {lang: summarise(languages[lang]) for lang in sorted(languages)},
        "comparisons": [c.to_dict() for c in comparisons],
    }


def inconsistent(report: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The comparisons of a report whose answers lead with different sections."""
    section = report.get("consistency") or {}
    return [c for c in section.get("comparisons", []) if not c["consistent"]]
