"""The default composer: quote the sentences that answer the question, verbatim, each cited."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.compose.base import Composed, Evidence
from assistant.compose.citations import CitationList, metric_part
from assistant.compose.relevance import relevance, threshold, topical_metrics
from assistant.i18n.messages import message, official_pages_text
from assistant.ingest.sentences import quotable_sentences, strip_source_label
from assistant.retrieval.keyword import index_terms
from assistant.types import Hit

PASSAGES_CONSIDERED = 4
MIN_SENTENCE_CHARS = 25
# how far below the best sentence another may score and still be quoted
SCORE_MARGIN = 0.045
# how far below the best the sentence right after a quoted one may score and still follow it
FOLLOW_MARGIN = 0.09


@dataclass(frozen=True)
class Candidate:
    score: float
    sentence: str
    hit: Hit
    order: int  # position in its passage, to keep reading order among equals


class ExtractiveComposer:
    """Picks answering sentences from the top passages; needs no language model."""

    name = "extractive"

    def compose(self, evidence: Evidence) -> Composed:
        """State the metrics rows, quote the best sentences, or refuse when nothing fits."""
        candidates = self.relevant_candidates(evidence)
        # a figure is only stated when the plans speak of the question too: the indicator
        # matcher alone would answer "What is the principal's phone number?" with a count
        metrics = topical_metrics(
            evidence.metrics,
            [c.hit.chunk for c in candidates],
            [h.chunk for h in evidence.hits],
        ) if candidates else ()
        limit = evidence.max_sentences - (1 if metrics else 0)
        picked = self._pick(candidates, limit)
        if not picked:
            return refusal(evidence.language)
        citations = CitationList()
        parts = [
            metric_part(result, citations, evidence.language, evidence.metrics_max_age_days)
            for result in metrics
        ]
        parts.extend(citations.quote(cand.hit.chunk, cand.sentence) for cand in picked)
        return Composed(text=" ".join(parts), citations=citations.freeze(), refused=False)

    def relevant_candidates(self, evidence: Evidence) -> list[Candidate]:
        """Scored sentences of the top passages that are relevant to the question."""
        query_terms = set(index_terms(evidence.question))
        out: list[Candidate] = []
        for rank, hit in enumerate(evidence.hits[:PASSAGES_CONSIDERED]):
            scored: list[Candidate] = []
            best_dense = 0.0
            labels = hit.chunk.source_labels
            for order, sentence in enumerate(quotable_sentences(hit.chunk.text)):
                if labels and not strip_source_label(sentence, labels)[1]:
                    continue  # our summaries source every fact: the rest is notice or lead-in
                vector = evidence.sentence_vector(sentence)
                if vector is None or len(sentence) < MIN_SENTENCE_CHARS:
                    continue
                dense = float(np.dot(vector, evidence.query_vector))
                best_dense = max(best_dense, dense)
                overlap = len(query_terms & set(index_terms(sentence))) / max(len(query_terms), 1)
                score = dense + 0.08 * overlap - 0.01 * rank
                scored.append(Candidate(score, sentence, hit, order))
            chunk_id = hit.chunk.chunk_id
            score = relevance(
                evidence.dense.get(chunk_id, 0.0), best_dense, evidence.coverage(chunk_id)
            )
            if score >= threshold(evidence.min_relevance, evidence.language):
                out.extend(scored)
        return out

    @staticmethod
    def _pick(candidates: list[Candidate], limit: int) -> list[Candidate]:
        """The best sentence and those close to it, each with its follow-on; no repeats.

        Our summaries use short sentences, so what answers a question often sits in the
        sentence after the one that matches it best ("BPS missed the deadline." "Supply
        chain problems ... caused the delay."): that next sentence of the same passage comes
        along when it scores within FOLLOW_MARGIN of the best.
        """
        if not candidates:
            return []
        by_place = {(c.hit.chunk.chunk_id, c.order): c for c in candidates}
        candidates = sorted(candidates, key=lambda c: -c.score)
        best = candidates[0].score
        chosen: list[Candidate] = []
        seen: set[str] = set()

        def take(cand: Candidate) -> None:
            if cand.sentence not in seen and len(chosen) < limit:
                seen.add(cand.sentence)
                chosen.append(cand)

        for cand in candidates:
            if len(chosen) >= limit or cand.score < best - SCORE_MARGIN:
                break
            take(cand)
            nxt = by_place.get((cand.hit.chunk.chunk_id, cand.order + 1))
            if nxt is not None and nxt.score >= best - FOLLOW_MARGIN:
                take(nxt)
        return chosen


def refusal(language: str) -> Composed:
    """Say plainly that nothing relevant was found, and where to look."""
    return Composed(
        text=message("refusal", language, pages=official_pages_text(language)),
        citations=(),
        refused=True,
    )
