"""Wire the stages as one LangChain runnable: prepare -> retrieve -> compose -> ground."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.compose.base import (
    COMPOSERS,
    AnswerComposer,
    Composed,
    Evidence,
    StreamingComposer,
)
from assistant.compose.extractive import ExtractiveComposer, refusal
from assistant.compose.generative import openai_compatible
from assistant.compose.grounding import ungrounded_numbers
from assistant.config import Settings
from assistant.errors import AssistantError, ConfigError
from assistant.i18n.detect import detect_language
from assistant.i18n.messages import message
from assistant.ingest.sentences import join_overlapping
from assistant.retrieval.retriever import HybridRetriever, Mode, Retrieval
from assistant.types import LANGUAGES, Answer, Citation, Hit, MetricResult

if TYPE_CHECKING:
    from assistant.i18n.glossary import Glossary
    from assistant.metrics.tool import MetricsTool
    from assistant.retrieval.embedders import Embedder

log = logging.getLogger(__name__)

COMPOSERS.setdefault("extractive", lambda settings, environ: ExtractiveComposer())
COMPOSERS.setdefault("openai-compatible", openai_compatible)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class EmptyQuestionError(AssistantError):
    """The question has no words in it."""


@dataclass(frozen=True)
class Question:
    """A user's question with the options that shape its answer."""

    text: str
    language: str | None = None  # answer language; detected when None
    plan: str | None = None
    area: str | None = None
    role: str = "family"
    mode: Mode = "hybrid"
    k: int | None = None


@dataclass
class _State:
    question: Question
    text: str = ""
    language: str = "en"
    notices: list[str] = field(default_factory=list)
    retrieval: Retrieval | None = None
    metrics: tuple[MetricResult, ...] = ()
    metric_question: bool = False
    composed: Composed | None = None
    timings: dict[str, float] = field(default_factory=dict)


class Assistant:
    """The one code path that answers the app, the CLI and the evaluation runner."""

    def __init__(
        self,
        settings: Settings,
        retriever: HybridRetriever,
        sentence_vectors: dict[str, np.ndarray],
        composer: AnswerComposer,
        metrics: MetricsTool | None = None,
    ) -> None:
        self.settings = settings
        self.retriever = retriever
        self._sentences = sentence_vectors
        self.composer = composer
        self.metrics = metrics
        self.glossary = _glossary(settings)
        self._metrics_tool = metrics.as_langchain_tool() if metrics is not None else None
        self._min_relevance = (
            settings.min_relevance
            if settings.min_relevance is not None
            else retriever.embedder.min_relevance
        )
        self._runnable = self._build_runnable()

    @classmethod
    def load(
        cls,
        settings: Settings,
        composer: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> Assistant:
        """Open the serving index and build the chain.

        `composer` overrides `settings.composer`; `environ` is where a composer reads its
        API key when it calls its server (pass `os.environ` from the CLI or the app).
        """
        name = composer_name(settings, composer)
        from assistant.indexing.builder import embedder_spec
        from assistant.indexing.health import metrics_or_unavailable
        from assistant.indexing.layout import IndexLayout
        from assistant.indexing.stores import open_build_store
        from assistant.retrieval.embedders import get_embedder

        layout = IndexLayout(settings.index_path)
        build = layout.current_dir()
        manifest = layout.read_manifest(build)
        if manifest.embedder_name != embedder_spec(settings):
            raise ConfigError(
                f"the index was built with embedder '{manifest.embedder_name}' but the settings "
                f"ask for '{embedder_spec(settings)}'; run 'bps-assistant index' to rebuild"
            )
        embedder = get_embedder(settings.embedder, settings.embedder_model)
        store = open_build_store(settings, build, manifest, embedder)
        retriever = HybridRetriever(store, embedder, settings.candidates, settings.rrf_k)
        return cls(
            settings,
            retriever,
            store.sentence_vectors(),
            COMPOSERS[name](settings, environ if environ is not None else {}),
            metrics_or_unavailable(lambda: _metrics_tool(settings, embedder)),
        )

    # --- public ------------------------------------------------------------------------
    def ask(self, text: str, **options: Any) -> Answer:
        """Answer one question; options are the fields of `Question`."""
        answer: Answer = self._runnable.invoke(Question(text=text, **options))
        return answer

    def stream(self, text: str, **options: Any) -> Iterator[str | Answer]:
        """Text deltas of a draft while a model writes, then exactly one final `Answer`.

        The final answer is checked like `ask`'s and replaces the draft; a composer that
        does not write (the extractive one) yields only the answer. Errors `ask` would raise
        (an empty question, an unknown language) are raised at the first `next()`.
        """
        state = self._retrieve(self._prepare(Question(text=text, **options)))
        started = time.perf_counter()
        composed = self._checklist(state)
        if composed is None and isinstance(self.composer, StreamingComposer):
            for item in self.composer.stream(self._evidence(state)):
                if isinstance(item, str):
                    yield item
                else:
                    composed = item
        state.composed = composed or self.composer.compose(self._evidence(state))
        state.timings["compose"] = _ms(started)
        yield self._ground(state)

    @property
    def runnable(self) -> Any:
        """The chain as a LangChain runnable taking a `Question` and returning an `Answer`."""
        return self._runnable

    def sentence_vector(self, sentence: str) -> np.ndarray | None:
        """The stored vector of a corpus sentence."""
        from assistant.indexing.builder import sentence_key

        return self._sentences.get(sentence_key(sentence))

    # --- stages ------------------------------------------------------------------------
    def _build_runnable(self) -> Any:
        from langchain_core.runnables import RunnableLambda

        return (
            RunnableLambda(self._prepare, name="prepare")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._compose, name="compose")
            | RunnableLambda(self._ground, name="ground")
        )

    def _prepare(self, question: Question) -> _State:
        started = time.perf_counter()
        state = _State(question=question)
        text = unicodedata.normalize("NFC", _CONTROL.sub(" ", question.text or "")).strip()
        text = re.sub(r"\s+", " ", text)
        if not any(ch.isalnum() for ch in text):
            raise EmptyQuestionError(message("empty_question", question.language or "en"))
        limit = self.settings.max_question_chars
        language = question.language or detect_language(text)
        if language not in LANGUAGES:
            raise ConfigError(
                f"unknown language '{language}'; choose one of: {', '.join(LANGUAGES)}"
            )
        if len(text) > limit:
            text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
            state.notices.append(message("truncated", language, limit=limit))
        state.text, state.language = text, language
        state.timings["prepare"] = _ms(started)
        return state

    def _retrieve(self, state: _State) -> _State:
        started = time.perf_counter()
        q = state.question
        k = q.k or self.settings.top_k
        available = self.retriever.languages()
        # passages in the answer language, plus English: ingested documents exist only in
        # English, and e5 matches across languages; English hits of a translated section are
        # then swapped for the same section in the answer language
        languages = sorted({state.language, "en"} & available) or None
        filters: dict[str, str | list[str] | None] = {
            "plan": q.plan,
            "area": q.area,
            "language": languages,
        }
        found = self.retriever.retrieve(
            state.text,
            k=k * 3 if languages and len(languages) > 1 else k,
            filters=filters,
            mode=q.mode,
            align_to=state.language,
            language=state.language,
        )
        state.retrieval = replace(found, hits=self._align(found, state.language, k))
        state.timings["retrieve"] = _ms(started)
        if self._metrics_tool is not None:
            from assistant.metrics.routing import is_metric_question

            started = time.perf_counter()
            state.metric_question = is_metric_question(state.text, state.language)
            if state.metric_question:
                state.metrics = self._lookup_metrics(state.text, q.area, state.language)
            state.timings["metrics"] = _ms(started)
        return state

    def _lookup_metrics(
        self, text: str, area: str | None, language: str
    ) -> tuple[MetricResult, ...]:
        """Call the metrics tool as the LangChain tool it is; its artifact is the results."""
        if self._metrics_tool is None:
            return ()
        call = {
            "type": "tool_call",
            "id": "metrics",
            "name": self._metrics_tool.name,
            "args": {"question": text, "area": area, "language": language},
        }
        message = self._metrics_tool.invoke(call)
        return tuple(message.artifact or ())

    def _align(self, found: Retrieval, language: str, k: int) -> tuple[Hit, ...]:
        """Hits in the answer language where the section exists in it; k distinct chunks."""
        out: list[Hit] = []
        seen: set[str] = set()
        for hit in found.hits:
            chunk = self.retriever.aligned(hit.chunk, language, found.query_vector) or hit.chunk
            if chunk.chunk_id in seen:
                continue
            seen.add(chunk.chunk_id)
            if chunk is not hit.chunk:
                found.dense.setdefault(chunk.chunk_id, found.dense.get(hit.chunk.chunk_id, 0.0))
            out.append(replace(hit, chunk=chunk))
            if len(out) == k:
                break
        return tuple(out)

    def _with_originals(self, citations: tuple[Citation, ...]) -> tuple[Citation, ...]:
        """Attach the English text of the same section to passages in other languages."""
        out = []
        for c in citations:
            if c.kind == "passage" and c.language != "en":
                english = self.retriever.section_chunks(c.doc_id, c.section, "en")
                if english:
                    text = join_overlapping([e.text for e in english])
                    c = replace(c, original_text=text, original_language="en")
            out.append(c)
        return tuple(out)

    def _compose(self, state: _State) -> _State:
        started = time.perf_counter()
        state.composed = self._checklist(state) or self.composer.compose(self._evidence(state))
        state.timings["compose"] = _ms(started)
        return state

    def _evidence(self, state: _State) -> Evidence:
        assert state.retrieval is not None
        return Evidence(
            question=state.text,
            language=state.language,
            role=state.question.role,
            hits=state.retrieval.hits,
            query_vector=state.retrieval.query_vector,
            dense=state.retrieval.dense,
            sentence_vector=self.sentence_vector,
            coverage=lambda cid: self.retriever.coverage(state.text, cid),
            metrics=state.metrics,
            metric_question=state.metric_question,
            metrics_max_age_days=self.settings.metrics_max_age_days,
            max_sentences=self.settings.max_answer_sentences,
            min_relevance=self._min_relevance,
        )

    def _checklist(self, state: _State) -> Composed | None:
        """For a principal's or staff member's "what must I do" question: the duties, cited."""
        from assistant.obligations.chat import checklist_answer, is_obligation_question
        from assistant.obligations.indexing import obligations_path

        role = state.question.role
        if role not in ("principal", "staff") or state.language != "en":
            return None
        if not is_obligation_question(state.text):
            return None
        if not ExtractiveComposer().relevant_candidates(self._evidence(state)):
            # the plans do not speak of it: the composer refuses, as for any question (a
            # duty sharing one word with "fire drill procedure" is not an answer)
            return None
        found = checklist_answer(state.text, obligations_path(self.settings), role=role)
        if found is None:
            return None
        return Composed(text=found.text, citations=found.citations, refused=False)

    def _ground(self, state: _State) -> Answer:
        assert state.composed is not None and state.retrieval is not None
        composed = state.composed
        if not composed.refused:
            leaked = ungrounded_numbers(composed.text, (c.text for c in composed.citations))
            if leaked:
                log.warning("answer withheld: numbers %s not in its citations", sorted(leaked))
                composed = replace(
                    refusal(state.language), notices=(message("grounding_failed", state.language),)
                )
        if any(
            c.kind == "passage" and c.language != state.language for c in composed.citations
        ):
            state.notices.append(message("other_language", state.language))
        text = composed.text
        if not composed.refused and self.glossary is not None:
            from assistant.i18n.glossary import expand_first_use

            text = expand_first_use(text, state.language, self.glossary)
        return Answer(
            question=state.text,
            text=text,
            language=state.language,
            refused=composed.refused,
            citations=self._with_originals(composed.citations),
            retrieved=state.retrieval.hits,
            notices=tuple(state.notices) + composed.notices,
            timings_ms={**state.timings, "total": sum(state.timings.values())},
        )


def composer_name(settings: Settings, requested: str | None = None) -> str:
    """The registered composer to use: "auto" means generative when an LLM server is set."""
    name = requested or settings.composer
    if name == "auto":
        name = "openai-compatible" if settings.llm_url else "extractive"
    if name not in COMPOSERS:
        raise ConfigError(
            f"unknown composer '{name}'; choose one of: auto, {', '.join(COMPOSERS)}"
        )
    return name


def _metrics_tool(settings: Settings, embedder: Embedder) -> MetricsTool | None:
    """The metrics tool over index/metrics.duckdb, when it has been built."""
    from assistant.indexing.pipeline import METRICS_DB

    path = settings.index_path / METRICS_DB
    if not path.exists():
        log.warning("no metrics database at %s: answers will not include metrics", path)
        return None
    from assistant.metrics.tool import MetricsTool

    if settings.embedding_cache:  # indicator names are embedded once per language, ever
        from assistant.retrieval.embed_cache import CachedEmbedder

        embedder = CachedEmbedder(embedder, settings.cache_path / "embeddings")
    return MetricsTool(path, embedder=embedder, max_age_days=settings.metrics_max_age_days)


def _glossary(settings: Settings) -> Glossary | None:
    """The acronym glossary shipped in the corpus, if there is one."""
    path = settings.corpus_path / "glossary.yaml"
    if not path.exists():
        return None
    from assistant.i18n.glossary import load_glossary

    return load_glossary(path)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
