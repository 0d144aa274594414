"""No number reaches a user unless a cited passage or metrics row contains it."""

from __future__ import annotations

import pytest

from assistant.compose.base import Composed, Evidence
from assistant.compose.citations import CitationList
from assistant.compose.grounding import normalise_number, numbers_in, ungrounded_numbers
from assistant.config import Settings


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("94", "94"),
        ("94.0", "94"),
        ("94,0", "94"),
        ("1,000", "1000"),
        ("1 000", "1000"),
        ("116,467,033", "116467033"),
        ("87.7", "87.7"),
        ("06", "6"),
        ("10,5", "10.5"),
    ],
)
def test_numbers_are_normalised_across_formats(raw: str, expected: str) -> None:
    assert normalise_number(raw) == expected


def test_citation_markers_are_not_numbers() -> None:
    assert numbers_in("The target is 95% [2] and 3,469 reports [12].") == {"95", "3469"}


def test_ungrounded_numbers_are_found() -> None:
    evidence = ["BPS reached 94% in March 2025 (Boston Herald, 2025-04)."]
    assert ungrounded_numbers("In March 2025 it was 94% [1].", evidence) == set()
    assert ungrounded_numbers("In March 2025 it was 97% [1].", evidence) == {"97"}


class LeakyComposer:
    """Cites a real passage but states a number the passage does not contain."""

    name = "leaky"

    def compose(self, evidence: Evidence) -> Composed:
        citations = CitationList()
        n = citations.cite_passage(evidence.hits[0].chunk)
        return Composed(
            text=f"The buses were 99.5% on time [{n}].", citations=citations.freeze(), refused=False
        )


def test_an_answer_that_leaks_an_uncited_number_is_withheld(small_settings: Settings) -> None:
    from assistant.chain import Assistant
    from assistant.indexing.builder import build_index

    build_index(small_settings)
    assistant = Assistant.load(small_settings)
    honest = assistant.ask("What is the target for buses arriving on time?")
    assert not honest.refused and "95%" in honest.text

    assistant.composer = LeakyComposer()
    answer = assistant.ask("What is the target for buses arriving on time?")
    assert answer.refused
    assert "99.5" not in answer.text
    assert any("not in its sources" in n for n in answer.notices)


def test_a_quoted_sentence_reads_plainly_and_its_citation_names_its_source(
    small_settings: Settings,
) -> None:
    from assistant.chain import Assistant
    from assistant.indexing.builder import build_index

    build_index(small_settings)
    answer = Assistant.load(small_settings).ask("What is the target for buses arriving on time?")
    assert "arrive on time every month. [1]" in answer.text
    assert "Boston Herald" not in answer.text
    cited = answer.citations[0]
    assert cited.quoted_sources == ("Boston Herald, 2022-06-29",)
    assert "(Boston Herald, 2022-06-29)" in cited.text  # the passage itself is unchanged
    assert cited.to_dict()["quoted_sources"] == ["Boston Herald, 2022-06-29"]
