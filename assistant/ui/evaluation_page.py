"""The Evaluation page: run question sets through the assistant and read the report."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from assistant.evaluation.summary import BREAKDOWNS, failing
from assistant.i18n.messages import message

if TYPE_CHECKING:
    from assistant.chain import Assistant

REPORT_KEY = "evaluation_report"
_HEADLINE = ("pass_rate", "recall_at_k", "mrr", "ndcg_at_k", "fact_recall", "citation_precision",
             "refusal_accuracy", "language_accuracy", "latency_ms_p50", "latency_ms_p95")
_CHARTED = ("pass_rate", "recall_at_k", "fact_recall", "refusal_accuracy", "language_accuracy")


def label(key: str, language: str) -> str:
    """A report metric's name ("fact recall") in `language`."""
    return message(f"eval_metric_{key}", language)


def render_evaluation_page(assistant_loader: Callable[[], Assistant],
                           language: str = "en") -> None:
    """Choose or upload sets, run them with a progress bar, then show and offer the report.

    The page speaks `language`; the questions, answers and failure reasons are shown as the
    report holds them, and the downloaded reports are in English.
    """
    import streamlit as st

    from assistant.indexing.builder import is_stale

    st.header(message("page_evaluation", language))
    st.caption(message("eval_caption", language))
    try:
        assistant = assistant_loader()
    except AssistantError as exc:
        st.error(str(exc))
        return
    if is_stale(assistant.settings):
        st.warning(message("eval_stale", language))
    sets = _choose_sets(assistant, language)
    k = int(st.number_input(message("eval_k", language), min_value=1, max_value=50,
                            value=int(assistant.settings.top_k)))
    baselines = st.checkbox(message("eval_baselines", language))
    if st.button(message("eval_run", language), type="primary"):
        if sets is None:
            pass  # the problem is already shown
        elif not sets:
            st.warning(message("eval_no_sets", language))
        else:
            st.session_state[REPORT_KEY] = _run(assistant, sets, k, baselines, language)
    report = st.session_state.get(REPORT_KEY)
    if report is not None:
        render_report(report, language)
    render_feedback_drafts(assistant.settings, language)


def render_feedback_drafts(settings: Any, language: str = "en") -> None:
    """Thumbs-down questions from the app, offered as a draft question set to review."""
    from datetime import date

    import streamlit as st

    from assistant.feedback.drafts import draft_question_set, draft_questions, draft_set_name
    from assistant.feedback.store import FeedbackStore

    with st.expander(message("eval_drafts", language)):
        try:
            rows = FeedbackStore.for_settings(settings).thumbs_down()
        except AssistantError as exc:
            st.error(str(exc))
            return
        if not rows:
            st.caption(message("eval_no_thumbs_down", language))
            return
        questions = draft_questions(rows)
        st.caption(message("eval_drafts_caption", language, count=len(questions)))
        columns = ("question", "language", "role", "times", "wrong_source")
        st.dataframe(
            [{"question": q.question, "language": q.language, "role": q.role, "times": q.times,
              "wrong_source": q.wrong_source} for q in questions],
            hide_index=True,
            column_config={c: message(f"eval_draft_{c}", language) for c in columns},
        )
        st.download_button(message("eval_download_drafts", language), draft_question_set(rows),
                           file_name=f"{draft_set_name(date.today())}.yaml",
                           mime="application/x-yaml")


def _choose_sets(assistant: Assistant, language: str) -> list[Any] | None:
    """The chosen shipped sets plus uploaded ones; None (after an error) when one is malformed."""
    import streamlit as st

    from assistant.evaluation.questions import (
        ensure_unique_names,
        load_set,
        parse_set,
        shipped_set_paths,
    )

    shipped = {p.name: p for p in shipped_set_paths(assistant.settings.data_dir)}
    chosen = st.multiselect(message("eval_shipped", language), list(shipped),
                            default=list(shipped))
    uploads = st.file_uploader(message("eval_upload", language), type=["yaml", "yml"],
                               accept_multiple_files=True) or []
    try:
        sets = [load_set(shipped[name]) for name in chosen]
        for upload in uploads:
            sets.append(parse_set(upload.getvalue().decode("utf-8", errors="replace"),
                                  upload.name))
        ensure_unique_names(sets)
    except AssistantError as exc:
        st.error(str(exc))
        return None
    return sets


def _run(assistant: Assistant, sets: list[Any], k: int, baselines: bool,
         language: str) -> dict[str, Any]:
    import streamlit as st

    from assistant.evaluation.runner import evaluate_assistant

    bar = st.progress(0.0, text=message("stage_starting", language))

    def tick(stage: str, done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0,
                     text=message("eval_progress", language, stage=stage, done=done,
                                  total=total))

    report = evaluate_assistant(assistant, sets, k=k, baselines=baselines, progress=tick)
    bar.progress(1.0, text=message("eval_done", language,
                                   count=report["summary"]["questions"]))
    return report


def render_report(report: Mapping[str, Any], language: str = "en") -> None:
    """Summary figures, charts per group, the failing questions and the downloads."""
    import streamlit as st

    from assistant.evaluation.report_html import render_html
    from assistant.evaluation.report_text import fmt, summary_columns

    summary = report["summary"]
    st.subheader(message("eval_summary", language, passed=summary["passed"],
                         total=summary["questions"]))
    if report.get("run", {}).get("index_matches_corpus") is False:
        st.warning(message("eval_stale", language))
    columns = st.columns(5)
    for i, key in enumerate(_HEADLINE):
        columns[i % 5].metric(label(key, language), fmt(summary.get(key)))
    if report.get("baselines"):
        st.caption(message("eval_baselines_caption", language))
        import pandas as pd

        table = summary_columns(report)
        values = {mode: [s.get(k) for k in _HEADLINE] for mode, s in table.items()}
        st.dataframe(pd.DataFrame(values, index=[label(k, language) for k in _HEADLINE]))
    tabs = st.tabs([message(f"eval_tab_{n}", language) for n in BREAKDOWNS])
    for tab, name in zip(tabs, BREAKDOWNS, strict=True):
        with tab:
            _breakdown(report[name], language)
    fails = failing(report)
    st.subheader(message("eval_failing", language, count=len(fails)))
    for q in fails:
        with st.expander(f"[{q['set']}] {q['id']}: {q['question']}"):
            _failure(q, language)
    left, right = st.columns(2)
    left.download_button(message("eval_download_json", language),
                         json.dumps(report, ensure_ascii=False, indent=1),
                         file_name="evaluation.json", mime="application/json")
    right.download_button(message("eval_download_html", language), render_html(report),
                          file_name="evaluation.html", mime="text/html")


def _breakdown(groups: Mapping[str, Mapping[str, Any]], language: str) -> None:
    import pandas as pd
    import streamlit as st

    frame = pd.DataFrame(
        {label(k, language): [groups[g].get(k) for g in groups] for k in _CHARTED},
        index=list(groups),
    )
    st.bar_chart(frame, stack=False)
    counts = pd.DataFrame(
        {label("questions", language): [groups[g]["questions"] for g in groups]},
        index=list(groups),
    )
    st.dataframe(pd.concat([counts, frame], axis=1))


def _failure(q: Mapping[str, Any], language: str) -> None:
    import streamlit as st

    from assistant.evaluation.report_text import expected_text

    st.markdown(message("eval_expected", language, role=q["role"],
                        answer_language=q["expected_language"]))
    st.text(expected_text(q))
    state = "eval_refused" if q["refused"] else "eval_answered"
    st.markdown(message(state, language, answer_language=q["language"] or "-"))
    st.text(q["answer"] or message("eval_no_answer", language))
    retrieved = ", ".join(r["section"] + (" ✓" if r["relevant"] else "") for r in q["retrieved"])
    st.caption(message("eval_retrieved", language, sections=retrieved or "-"))
    st.error("; ".join(q["failures"]))
