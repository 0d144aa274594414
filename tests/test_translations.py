"""Translations are aligned with the English summaries: same sections, same facts and figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.compose.grounding import numbers_in
from assistant.config import PROJECT_ROOT
from assistant.ingest.markdown import load_markdown, split_front_matter
from assistant.types import LANGUAGES

DOCUMENTS = PROJECT_ROOT / "corpus" / "documents"
ENGLISH = sorted((DOCUMENTS / "en").glob("*.md"))
TRANSLATED = sorted(p for p in DOCUMENTS.rglob("*.md") if p.parent.name != "en")
# month and weekday names become numbers in some languages ("2025年6月30日", "tháng 6")
CALENDAR_NUMBERS = {str(n) for n in range(1, 13)}


def _pairs() -> list[tuple[Path, Path]]:
    return [(DOCUMENTS / "en" / p.name, p) for p in TRANSLATED]


@pytest.mark.parametrize("english,translated", _pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_translation_has_the_same_sections_and_metadata(english: Path, translated: Path) -> None:
    source, target = load_markdown(english), load_markdown(translated)
    assert target.language == translated.parent.name
    assert target.doc_id == source.doc_id and target.plan == source.plan
    assert [s.section for s in target.sections] == [s.section for s in source.sections]
    assert [s.area for s in target.sections] == [s.area for s in source.sections]
    meta_en, _ = split_front_matter(english.read_text(encoding="utf-8"), english)
    meta_tr, _ = split_front_matter(translated.read_text(encoding="utf-8"), translated)
    assert {k: v["url"] for k, v in meta_tr["sources"].items()} == {
        k: v["url"] for k, v in meta_en["sources"].items()
    }


@pytest.mark.parametrize("english,translated", _pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_translation_keeps_every_number_and_date(english: Path, translated: Path) -> None:
    source, target = load_markdown(english), load_markdown(translated)
    for s_en, s_tr in zip(source.sections, target.sections, strict=True):
        en, tr = numbers_in(s_en.text), numbers_in(s_tr.text)
        missing = en - tr
        extra = tr - en - CALENDAR_NUMBERS
        assert not missing, f"{s_tr.section}: numbers missing in translation: {sorted(missing)}"
        assert not extra, f"{s_tr.section}: numbers not in the English section: {sorted(extra)}"


@pytest.mark.parametrize("english,translated", _pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_translation_cites_the_same_sources_per_section(english: Path, translated: Path) -> None:
    source, target = load_markdown(english), load_markdown(translated)
    for s_en, s_tr in zip(source.sections, target.sections, strict=True):
        # the same sources; a translation may split or join sentences, so not the same count
        assert set(s_tr.source_urls) == set(s_en.source_urls), s_tr.section


@pytest.mark.parametrize("translated", TRANSLATED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_translation_says_it_is_our_translation_of_our_summary(translated: Path) -> None:
    meta, _body = split_front_matter(translated.read_text(encoding="utf-8"), translated)
    assert meta.get("translation_of") == "en"
    assert meta.get("translation_notice"), "front matter needs a translation_notice in the language"
    first_section = load_markdown(translated).sections[0].text
    assert str(meta["translation_notice"]).strip()[:20] in first_section


def test_every_language_has_every_document_once_translations_exist() -> None:
    languages = {p.parent.name for p in TRANSLATED}
    assert languages <= set(LANGUAGES)
    for language in languages:
        names = {p.name for p in (DOCUMENTS / language).glob("*.md")}
        assert names == {p.name for p in ENGLISH}, f"{language}: {sorted(names)}"


def test_no_untranslated_english_paragraphs_remain() -> None:
    english_sentences = {
        s
        for p in ENGLISH
        for sec in load_markdown(p).sections
        for s in re.split(r"(?<=[.!?])\s+", sec.text)
        if len(s) > 80
    }
    for path in TRANSLATED:
        for sec in load_markdown(path).sections:
            for sentence in re.split(r"(?<=[.!?。؟])\s+", sec.text):
                assert sentence not in english_sentences, f"{path}: {sentence[:60]}"
