"""Answer every question of some sets through the assistant's one code path -> report dict."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from assistant.evaluation.consistency import consistency_report
from assistant.evaluation.questions import QuestionSet
from assistant.evaluation.readability import readability_report
from assistant.evaluation.scoring import AskFn, QuestionResult, corpus_metadata, score_question
from assistant.evaluation.summary import build_report
from assistant.types import Chunk

if TYPE_CHECKING:
    from assistant.chain import Assistant

Progress = Callable[[str, int, int], None]
MODES = ("hybrid", "bm25", "dense")


def run_questions(
    sets: Sequence[QuestionSet],
    ask: AskFn,
    *,
    k: int = 5,
    mode: str = "hybrid",
    corpus: Sequence[Chunk] | None = None,
    progress: Progress | None = None,
) -> list[QuestionResult]:
    """Answer and score every question of `sets`, reporting (stage, done, total) progress.

    `corpus` (every chunk of the index) lets nDCG know how many relevant chunks the
    retrieval could have returned, and names the area of questions whose sources give none.
    """
    questions = [q for qs in sets for q in qs.questions]
    metadata = corpus_metadata(corpus) if corpus is not None else None
    stage = f"eval {mode}"
    results: list[QuestionResult] = []
    for done, question in enumerate(questions):
        if progress is not None:
            progress(stage, done, len(questions))
        results.append(score_question(question, ask, k=k, mode=mode, corpus=metadata))
    if progress is not None:
        progress(stage, len(questions), len(questions))
    return results


def evaluate(
    sets: Sequence[QuestionSet],
    ask: AskFn,
    *,
    k: int = 5,
    mode: str = "hybrid",
    baselines: bool = False,
    corpus: Sequence[Chunk] | None = None,
    progress: Progress | None = None,
    run: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Run the sets in `mode`, and with `baselines` also in each other single mode."""
    results = run_questions(sets, ask, k=k, mode=mode, corpus=corpus, progress=progress)
    others: dict[str, list[QuestionResult]] = {}
    if baselines:
        for other in (m for m in ("bm25", "dense") if m != mode):
            others[other] = run_questions(sets, ask, k=k, mode=other, corpus=corpus,
                                          progress=progress)
    report = build_report(results, sets, baselines=others, run=run)
    report["consistency"] = consistency_report(results)
    report["readability"] = readability_report(results)
    return report


def evaluate_assistant(
    assistant: Assistant,
    sets: Sequence[QuestionSet],
    *,
    k: int = 5,
    mode: str = "hybrid",
    baselines: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Evaluate a loaded assistant, recording which index and embedder answered."""
    from assistant.indexing.builder import is_stale

    settings = assistant.settings
    run = {
        "embedder": settings.embedder,
        "composer": getattr(assistant.composer, "name", ""),
        "index": str(settings.index_path),
        "index_matches_corpus": not is_stale(settings),
        # how well the embedder aligns each language with English; fusion weighs by it
        "alignment": {lang: round(v, 3) for lang, v in assistant.retriever.alignment.items()},
    }
    return evaluate(sets, assistant.ask, k=k, mode=mode, baselines=baselines,
                    corpus=assistant.retriever.chunks, progress=progress, run=run)
