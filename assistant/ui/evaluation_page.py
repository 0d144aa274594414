"""The Evaluation page: run question sets through the assistant and read the report."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from assistant.evaluation.summary import BREAKDOWNS, LABELS, failing

if TYPE_CHECKING:
    from assistant.chain import Assistant

REPORT_KEY = "evaluation_report"
_HEADLINE = ("pass_rate", "recall_at_k", "mrr", "ndcg_at_k", "fact_recall", "citation_precision",
             "refusal_accuracy", "language_accuracy", "latency_ms_p50", "latency_ms_p95")
_CHARTED = ("pass_rate", "recall_at_k", "fact_recall", "refusal_accuracy", "language_accuracy")
_TAB_NAMES = {"by_language": "By language", "by_role": "By role", "by_area": "By area",
              "by_set": "By set"}


def render_evaluation_page(assistant_loader: Callable[[], Assistant]) -> None:
    """Choose or upload sets, run them with a progress bar, then show and offer the report."""
    import streamlit as st

    st.header("Evaluation")
    st.caption(
        "Check, before families see it, that the assistant finds the right passage, states "
        "the right number, answers in the right language and refuses what it does not know."
    )
    try:
        assistant = assistant_loader()
    except AssistantError as exc:
        st.error(str(exc))
        return
    sets = _choose_sets(assistant)
    k = int(st.number_input("Passages per question (k)", min_value=1, max_value=50,
                            value=int(assistant.settings.top_k)))
    baselines = st.checkbox("Also run BM25 alone and dense alone (takes three times as long)")
    if st.button("Run evaluation", type="primary"):
        if sets is None:
            pass  # the problem is already shown
        elif not sets:
            st.warning("Choose a shipped set or upload one first.")
        else:
            st.session_state[REPORT_KEY] = _run(assistant, sets, k, baselines)
    report = st.session_state.get(REPORT_KEY)
    if report is not None:
        render_report(report)
    render_feedback_drafts(assistant.settings)


def render_feedback_drafts(settings: Any) -> None:
    """Thumbs-down questions from the app, offered as a draft question set to review."""
    from datetime import date

    import streamlit as st

    from assistant.feedback.drafts import draft_question_set, draft_questions, draft_set_name
    from assistant.feedback.store import FeedbackStore

    with st.expander("Draft questions from thumbs-down feedback"):
        try:
            rows = FeedbackStore.for_settings(settings).thumbs_down()
        except AssistantError as exc:
            st.error(str(exc))
            return
        if not rows:
            st.caption("No answer has been rated thumbs-down yet.")
            return
        questions = draft_questions(rows)
        st.caption(
            f"{len(questions)} distinct questions were rated thumbs-down. The draft set lists "
            "them in the question-set format with every expected field marked REVIEW: it "
            "cannot be run until a reviewer fills them in."
        )
        st.dataframe(
            [{"question": q.question, "language": q.language, "role": q.role, "times": q.times,
              "wrong or missing source": q.wrong_source} for q in questions],
            hide_index=True,
        )
        st.download_button("Download draft question set (YAML)", draft_question_set(rows),
                           file_name=f"{draft_set_name(date.today())}.yaml",
                           mime="application/x-yaml")


def _choose_sets(assistant: Assistant) -> list[Any] | None:
    """The chosen shipped sets plus uploaded ones; None (after an error) when one is malformed."""
    import streamlit as st

    from assistant.evaluation.questions import (
        ensure_unique_names,
        load_set,
        parse_set,
        shipped_set_paths,
    )

    shipped = {p.name: p for p in shipped_set_paths(assistant.settings.data_dir)}
    chosen = st.multiselect("Shipped question sets", list(shipped), default=list(shipped))
    uploads = st.file_uploader("Or upload question sets (YAML)", type=["yaml", "yml"],
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


def _run(assistant: Assistant, sets: list[Any], k: int, baselines: bool) -> dict[str, Any]:
    import streamlit as st

    from assistant.evaluation.runner import evaluate_assistant

    bar = st.progress(0.0, text="Starting…")

    def tick(stage: str, done: int, total: int) -> None:
        bar.progress(done / total if total else 1.0, text=f"{stage}: {done} of {total} questions")

    report = evaluate_assistant(assistant, sets, k=k, baselines=baselines, progress=tick)
    bar.progress(1.0, text=f"Done: {report['summary']['questions']} questions")
    return report


def render_report(report: Mapping[str, Any]) -> None:
    """Summary figures, charts per group, the failing questions and the downloads."""
    import streamlit as st

    from assistant.evaluation.report_html import render_html
    from assistant.evaluation.report_text import fmt, summary_columns

    summary = report["summary"]
    st.subheader(f"Summary: {summary['passed']} of {summary['questions']} questions passed")
    columns = st.columns(5)
    for i, key in enumerate(_HEADLINE):
        columns[i % 5].metric(LABELS[key], fmt(summary.get(key)))
    if report.get("baselines"):
        st.caption("What hybrid retrieval adds over BM25 alone and dense alone:")
        import pandas as pd

        table = summary_columns(report)
        values = {mode: [s.get(k) for k in _HEADLINE] for mode, s in table.items()}
        st.dataframe(pd.DataFrame(values, index=[LABELS[k] for k in _HEADLINE]))
    for tab, name in zip(st.tabs([_TAB_NAMES[n] for n in BREAKDOWNS]), BREAKDOWNS, strict=True):
        with tab:
            _breakdown(report[name])
    fails = failing(report)
    st.subheader(f"Failing questions ({len(fails)})")
    for q in fails:
        with st.expander(f"[{q['set']}] {q['id']}: {q['question']}"):
            _failure(q)
    left, right = st.columns(2)
    left.download_button("Download JSON report",
                         json.dumps(report, ensure_ascii=False, indent=1),
                         file_name="evaluation.json", mime="application/json")
    right.download_button("Download HTML report", render_html(report),
                          file_name="evaluation.html", mime="text/html")


def _breakdown(groups: Mapping[str, Mapping[str, Any]]) -> None:
    import pandas as pd
    import streamlit as st

    frame = pd.DataFrame(
        {LABELS[k]: [groups[g].get(k) for g in groups] for k in _CHARTED}, index=list(groups)
    )
    st.bar_chart(frame, stack=False)
    counts = pd.DataFrame({"questions": [groups[g]["questions"] for g in groups]},
                          index=list(groups))
    st.dataframe(pd.concat([counts, frame], axis=1))


def _failure(q: Mapping[str, Any]) -> None:
    import streamlit as st

    from assistant.evaluation.report_text import expected_text

    st.markdown(f"**Expected** ({q['role']}, in `{q['expected_language']}`):")
    st.text(expected_text(q))
    state = "Refused" if q["refused"] else "Answered"
    st.markdown(f"**{state}** in `{q['language'] or '-'}`:")
    st.text(q["answer"] or "(no answer)")
    retrieved = ", ".join(r["section"] + (" ✓" if r["relevant"] else "") for r in q["retrieved"])
    st.caption(f"Retrieved: {retrieved or '-'}")
    st.error("; ".join(q["failures"]))
