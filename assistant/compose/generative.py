"""The generative composer: a model on an OpenAI-compatible server writes, the checks decide.

It asks only when the extractive composer's relevance gate finds passages (so out-of-scope
questions refuse without a call), gives the model those passages and the metrics rows,
checks the reply (assistant.compose.enforce) and falls back to the extractive answer, with
a notice in the user's language, when the server fails or too little of the reply holds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import replace

from assistant.compose.base import Composed, Evidence
from assistant.compose.citations import CitationList
from assistant.compose.enforce import Checked, check_answer
from assistant.compose.extractive import ExtractiveComposer, refusal
from assistant.compose.prompt import Source, build_messages, number_sources
from assistant.compose.relevance import topical_metrics
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.i18n.messages import message
from assistant.llm.client import ChatClient, LLMUnavailableError
from assistant.types import Chunk

log = logging.getLogger(__name__)


class GenerativeComposer:
    """Has a model write the answer from the numbered sources; keeps what they back."""

    name = "openai-compatible"

    def __init__(self, client: ChatClient) -> None:
        self.client = client
        self._extractive = ExtractiveComposer()

    def __repr__(self) -> str:
        return f"GenerativeComposer({self.client!r})"

    def compose(self, evidence: Evidence) -> Composed:
        """The checked answer, from one non-streaming request."""
        final = refusal(evidence.language)
        for item in self._run(evidence, stream=False):
            if isinstance(item, Composed):
                final = item
        return final

    def stream(self, evidence: Evidence) -> Iterator[str | Composed]:
        """Text deltas while the model writes, then exactly one checked `Composed`."""
        yield from self._run(evidence, stream=True)

    def _run(self, evidence: Evidence, *, stream: bool) -> Iterator[str | Composed]:
        chunks = relevant_chunks(self._extractive, evidence)
        if not chunks:
            yield refusal(evidence.language)  # nothing relevant: the model is not asked
            return
        sources = self._sources(evidence, chunks)
        messages = build_messages(
            evidence.question, evidence.language, evidence.role, sources, evidence.max_sentences
        )
        try:
            if stream:
                parts: list[str] = []
                for delta in self.client.stream(messages):
                    parts.append(delta)
                    yield delta
                reply = "".join(parts)
            else:
                reply = self.client.complete(messages)
        except LLMUnavailableError as exc:
            log.warning("extractive answer instead: %s", exc)
            yield self._fallback(evidence, "llm_unavailable")
            return
        yield self._checked(evidence, check_answer(reply, sources))

    def _sources(self, evidence: Evidence, chunks: list[Chunk]) -> tuple[Source, ...]:
        from assistant.metrics.sentences import citation_text

        metrics = topical_metrics(evidence.metrics, chunks, [h.chunk for h in evidence.hits])
        rows = [
            (r, citation_text(r, evidence.language, evidence.metrics_max_age_days))
            for r in metrics
        ]
        return number_sources(rows, chunks)

    def _checked(self, evidence: Evidence, checked: Checked) -> Composed:
        """The answer the checks leave, a refusal, or the extractive answer."""
        if checked.refused:
            return refusal(evidence.language)
        if checked.dropped:
            log.info("dropped %d of %d generated sentences: %s", checked.dropped,
                     checked.kept + checked.dropped, "; ".join(sorted(set(checked.reasons))))
        if checked.kept == 0 or checked.kept < checked.dropped:
            log.warning("extractive answer instead: %d of %d generated sentences held",
                        checked.kept, checked.kept + checked.dropped)
            return self._fallback(evidence, "llm_unchecked")
        citations = CitationList()
        for source in checked.used:
            if source.chunk is not None:
                citations.cite_passage(source.chunk)
            elif source.metric is not None:
                citations.cite_metric(source.metric, source.text)
        notices = (message("llm_trimmed", evidence.language),) if checked.dropped else ()
        return Composed(checked.text, citations.freeze(), refused=False, notices=notices)

    def _fallback(self, evidence: Evidence, notice: str) -> Composed:
        composed = self._extractive.compose(evidence)
        return replace(
            composed, notices=(*composed.notices, message(notice, evidence.language))
        )


def relevant_chunks(gate: ExtractiveComposer, evidence: Evidence) -> list[Chunk]:
    """The passages the extractive composer would quote from, best first, once each.

    The same relevance gate as the extractive answer, so both composers refuse the same
    out-of-scope questions.
    """
    chunks: dict[str, Chunk] = {}
    for candidate in gate.relevant_candidates(evidence):
        chunks.setdefault(candidate.hit.chunk.chunk_id, candidate.hit.chunk)
    return list(chunks.values())


def openai_compatible(settings: Settings, environ: Mapping[str, str]) -> GenerativeComposer:
    """The generative composer for the server named in the settings."""
    if not settings.llm_url:
        raise ConfigError(
            "the openai-compatible composer needs a model server: set BPS_ASSISTANT_LLM_URL, "
            "e.g. http://localhost:11434/v1 for Ollama"
        )
    if settings.llm_timeout_s <= 0:
        raise ConfigError("BPS_ASSISTANT_LLM_TIMEOUT_S must be more than 0 seconds")
    client = ChatClient(
        settings.llm_url,
        settings.llm_model,
        timeout_s=settings.llm_timeout_s,
        key_env=settings.llm_api_key_env,
        environ=environ,
    )
    return GenerativeComposer(client)
