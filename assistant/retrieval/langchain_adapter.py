"""Our hybrid retriever as a LangChain `BaseRetriever`, for use in other LangChain chains."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.retrieval.retriever import HybridRetriever, Mode


class PlanRetriever(BaseRetriever):
    """Hybrid (dense + BM25) retrieval over the plan index, with metadata filters."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: HybridRetriever
    k: int = 5
    filters: dict[str, str] = Field(default_factory=dict)
    mode: Mode = "hybrid"

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        found = self.hybrid.retrieve(query, k=self.k, filters=self.filters, mode=self.mode)
        return [
            Document(
                page_content=hit.chunk.text,
                id=hit.chunk.chunk_id,
                metadata={**hit.chunk.metadata(), "score": hit.score, "ranks": dict(hit.ranks)},
            )
            for hit in found.hits
        ]
