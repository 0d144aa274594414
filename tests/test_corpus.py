"""The shipped corpus keeps its contract: vocabularies, stable section ids, declared sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.ingest.markdown import load_markdown, split_front_matter
from assistant.types import AREAS, LANGUAGES, PLANS

DOCS = sorted((PROJECT_ROOT / "corpus" / "documents").rglob("*.md"))
ENGLISH = [p for p in DOCS if p.parent.name == "en"]


def test_the_four_english_documents_exist() -> None:
    assert {p.stem for p in ENGLISH} == {
        "sip",
        "inclusive-education",
        "multilingual-learners",
        "circulars",
    }


@pytest.mark.parametrize("path", DOCS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_front_matter_uses_the_shared_vocabularies(path: Path) -> None:
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"), path)
    for key in ("id", "title", "plan", "language", "as_of", "sources"):
        assert meta.get(key), f"{path.name}: front matter lacks '{key}'"
    assert meta["plan"] in PLANS
    assert meta["language"] in LANGUAGES
    assert meta["language"] == path.parent.name
    assert meta["id"] == path.stem
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["as_of"]))
    for key, source in meta["sources"].items():
        assert source["url"].startswith(("https://", "http://")), key


@pytest.mark.parametrize("path", DOCS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sections_have_stable_ids_and_areas(path: Path) -> None:
    doc = load_markdown(path)  # raises on undeclared sources or repeated ids
    ids = [s.section for s in doc.sections]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(doc.doc_id + ".") or i == doc.doc_id for i in ids), ids
    assert all(s.area in AREAS for s in doc.sections)
    assert all(re.fullmatch(r"[a-z0-9.-]+", i) for i in ids)


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.name)
def test_each_document_says_it_is_an_unofficial_summary_and_links_official_pages(
    path: Path,
) -> None:
    doc = load_markdown(path)
    opening = doc.sections[0].text.lower()
    assert "unofficial" in opening or "not the official" in opening
    assert "https://" in doc.sections[0].text


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.name)
def test_every_source_key_is_used_and_declared(path: Path) -> None:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"), path)
    used = {
        k.strip()
        for group in re.findall(r"\[([A-Z0-9][^\]\s(]*(?:\s*;\s*[^\]]+)*)\](?!\()", body)
        for k in group.split(";")
    }
    assert used <= set(meta["sources"]), used - set(meta["sources"])
    assert set(meta["sources"]) <= used, set(meta["sources"]) - used


def test_sip_has_a_section_for_every_area() -> None:
    doc = load_markdown(PROJECT_ROOT / "corpus" / "documents" / "en" / "sip.md")
    areas = {s.area for s in doc.sections}
    assert set(AREAS) <= areas
    ids = {s.section for s in doc.sections}
    assert {"sip.overview", "sip.timeline", "sip.outcome", "sip.transportation.targets"} <= ids


def _prose_words(path: Path) -> int:
    """Words a reader reads: the body without source keys, section ids and URLs."""
    _, body = split_front_matter(path.read_text(encoding="utf-8"), path)
    body = re.sub(r"\[[A-Z0-9][^\]]*\](?!\()", "", body)
    body = re.sub(r"\{#[^}]*\}|\(https?://[^)]*\)", "", body)
    return len(body.split())


def test_english_corpus_is_concise() -> None:
    words = sum(_prose_words(p) for p in ENGLISH)
    assert 5000 <= words <= 12500, words
