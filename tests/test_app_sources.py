"""The Sources page: documents by plan, area and language, sections in reading order."""

from __future__ import annotations

import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.types import Chunk
from assistant.ui.sources_page import documents, matching, sections

APP = str(PROJECT_ROOT / "app.py")


def chunk(doc: str, language: str, section: str, i: int, text: str, area: str = "general",
          plan: str = "sip") -> Chunk:
    return Chunk(chunk_id=f"{doc}:{language}:{section}:{i}", text=text, doc_id=doc,
                 title=f"{doc} ({language})", plan=plan, area=area, section=section,
                 heading_path=("Plan", section.split(".")[-1].title()), language=language,
                 path=f"corpus/documents/{language}/{doc}.md", content_hash="h",
                 source_urls=(f"https://example.org/{section}",))


CHUNKS = [
    chunk("sip", "en", "sip.buses", 1, "Second sentence. Third sentence.", "transportation"),
    chunk("sip", "en", "sip.buses", 0, "First sentence. Second sentence.", "transportation"),
    chunk("sip", "en", "sip.overview", 0, "What the plan is."),
    chunk("sip", "es", "sip.overview", 0, "Qué es el plan."),
    chunk("circulars", "en", "circulars.restraint", 0, "Tell the parent.", "student-safety",
          plan="circulars"),
]


def test_documents_are_listed_per_language_with_their_areas() -> None:
    docs = documents(CHUNKS)
    assert [(d.doc_id, d.language, d.sections) for d in docs] == [
        ("sip", "en", 2), ("sip", "es", 1), ("circulars", "en", 1)
    ]
    assert docs[0].areas == ("transportation", "general")
    assert [d.doc_id for d in matching(docs, language="es")] == ["sip"]
    assert [d.language for d in matching(docs, area="transportation")] == ["en"]
    assert [d.doc_id for d in matching(docs, plan="circulars")] == ["circulars"]
    assert matching(docs, plan="circulars", area="transportation") == []


def test_sections_follow_the_document_and_join_their_chunks_without_repeats() -> None:
    doc = documents(CHUNKS)[0]
    read = sections(CHUNKS, doc, order=("sip.overview", "sip.buses"))
    assert [s.section for s in read] == ["sip.overview", "sip.buses"]
    assert read[1].text == "First sentence. Second sentence. Third sentence."
    assert read[1].heading == "Plan › Buses"
    assert read[1].source_urls == ("https://example.org/sip.buses",)
    assert [s.section for s in sections(CHUNKS, doc)] == ["sip.buses", "sip.overview"]
    assert [s.section for s in sections(CHUNKS, doc, area="general")] == ["sip.overview"]


@pytest.mark.slow
def test_the_page_lists_the_shipped_documents_and_filters_by_language(
    shipped_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest
    from streamlit.util import calc_hash

    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(shipped_settings.data_dir))
    at = AppTest.from_file(APP, default_timeout=180).run()
    at._page_hash = calc_hash("sources")  # switch_page() takes files; our pages are functions
    at.run()
    assert not at.exception
    assert at.header[0].value == "Sources"
    english = at.dataframe[0].value
    assert english["Title"].tolist() == [  # in the order of the plans
        "The Systemic Improvement Plan (2022–2025): a plain-language summary",
        "The Inclusive Education Plan (2023): a plain-language summary",
        "The Strategic Plan for Multilingual Learners (OMME): a plain-language summary",
        "What schools must do: obligations in the Superintendent's Circulars "
        "(plain-language summary)",
    ]
    assert set(english["Language"]) == {"English"}
    at.selectbox(key="sources-language").set_value("").run()
    assert len(at.dataframe[0].value) == 40  # four documents in ten languages
    assert "Documents found: 40" in [c.value for c in at.caption]
    at.selectbox(key="sources-language").set_value("es").run()
    at.selectbox(key="sources-plan").set_value("sip").run()
    assert at.dataframe[0].value["Language"].tolist() == ["Español"]
    at.selectbox(key="sources-area").set_value("transportation").run()
    headings = at.selectbox(key="sources-section").options
    assert [h.split(" › ")[-1] for h in headings[:2]] == [  # in reading order
        "Lo que prometió el plan", "Fechas límite y metas"
    ]
    at.selectbox(key="sources-section").set_value(1).run()
    assert at.subheader[0].value.endswith("Fechas límite y metas")
    text = " ".join(m.value for m in at.markdown)
    assert "95%" in text and "https://" in text
    assert at.expander[0].label == "Where this document comes from"
