"""Numbered citations: one number per passage or metrics row, in order of first use."""

from __future__ import annotations

from dataclasses import replace

from assistant.types import Chunk, Citation, MetricResult


class CitationList:
    """Hands out citation numbers and remembers what each points to."""

    def __init__(self) -> None:
        self._items: list[Citation] = []
        self._numbers: dict[str, int] = {}
        self._quoted: dict[int, dict[str, None]] = {}  # citation number -> labels, in order

    def cite_passage(self, chunk: Chunk) -> int:
        """Number of the citation for `chunk`, adding it on first use."""
        key = "passage:" + chunk.chunk_id
        if key not in self._numbers:
            n = len(self._items) + 1
            self._numbers[key] = n
            self._items.append(passage_citation(n, chunk))
        return self._numbers[key]

    def quote(self, chunk: Chunk, sentence: str) -> str:
        """`sentence` of `chunk`, cited: "... [n]", its source label moved to the citation.

        The passage names each sentence's sources in a closing parenthesis ("(WBUR, 2022)");
        the answer reads better without it, and the citation lists it instead.
        """
        from assistant.ingest.sentences import strip_source_label

        n = self.cite_passage(chunk)
        text, labels = strip_source_label(sentence, chunk.source_labels)
        self._quoted.setdefault(n, {}).update(dict.fromkeys(labels))
        return f"{text} [{n}]"

    def cite_metric(self, result: MetricResult, text: str) -> int:
        """Number of the citation for a metrics row, adding it on first use."""
        from assistant.metrics.sentences import metric_citation

        key = f"metric:{result.indicator}:{result.scope}:{result.scope_id}:{result.period}"
        if key not in self._numbers:
            n = len(self._items) + 1
            self._numbers[key] = n
            self._items.append(replace(metric_citation(result, n), text=text))
        return self._numbers[key]

    def freeze(self) -> tuple[Citation, ...]:
        """The citations in number order."""
        return tuple(
            replace(c, quoted_sources=tuple(self._quoted[c.n])) if self._quoted.get(c.n) else c
            for c in self._items
        )


def passage_citation(n: int, chunk: Chunk) -> Citation:
    """A passage citation carrying the chunk's location."""
    return Citation(
        n=n,
        kind="passage",
        text=chunk.text,
        doc_id=chunk.doc_id,
        title=chunk.title,
        plan=chunk.plan,
        area=chunk.area,
        section=chunk.section,
        page=chunk.page,
        path=chunk.path,
        language=chunk.language,
        source_urls=chunk.source_urls,
    )


def metric_part(
    result: MetricResult, citations: CitationList, language: str, max_age_days: int
) -> str:
    """The sentence stating a metrics row, with the row cited (its age included when old)."""
    from assistant.metrics.sentences import citation_text, metric_sentence

    row = citation_text(result, language, max_age_days)
    n = citations.cite_metric(result, row)
    return metric_sentence(result, n, language, max_age_days=max_age_days)
