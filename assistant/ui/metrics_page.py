"""The Metrics page: per area, each indicator's latest value against its target, and its series."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.types import AREAS

if TYPE_CHECKING:
    import pandas as pd

    from assistant.metrics.tool import MetricsTool


def series_frame(tool: MetricsTool, indicator_id: str) -> pd.DataFrame:
    """One row per observation of an indicator (district scope), oldest first."""
    import pandas as pd

    ind = tool.indicator(indicator_id)
    rows = [
        {
            "indicator": ind.id,
            "name": ind.name,
            "period": p.period,
            "date": p.period_end,
            "value": p.value,
            "unit": ind.unit,
            "target": ind.target,
            "note": p.note,
            "source": p.source_url,
        }
        for p in tool.series(indicator_id)
    ]
    frame = pd.DataFrame(rows)
    return frame.sort_values("date", na_position="first") if not frame.empty else frame


def chart(frame: pd.DataFrame, target: float | None) -> Any:
    """A line of the values with the target as a dashed rule; the source shows on hover."""
    import altair as alt

    dated = frame.dropna(subset=["date"])
    base = alt.Chart(dated).encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("value:Q", title=str(frame["unit"].iloc[0]) if not frame.empty else ""),
    )
    layers = base.mark_line(point=True).encode(tooltip=["period", "value", "note", "source"])
    if target is not None:
        rule = alt.Chart(dated.assign(target=target)).mark_rule(strokeDash=[6, 4], color="red")
        layers = layers + rule.encode(y="target:Q", tooltip=["target"])
    return layers.properties(height=220)


def render_metrics_page(db_path: Path, language: str = "en") -> None:
    """Cards per area with latest value vs target, a chart per indicator, CSV download."""
    import pandas as pd
    import streamlit as st

    from assistant.errors import MetricsError
    from assistant.i18n.messages import area_name, message
    from assistant.metrics.sentences import format_value
    from assistant.metrics.tool import MetricsTool

    st.header(message("page_metrics", language))
    st.caption(message("metrics_caption", language))
    try:
        tool = MetricsTool(db_path)
    except MetricsError as exc:
        st.error(str(exc))
        return
    areas = [a for a in AREAS if any(i.area == a for i in tool.catalog)]
    area = st.selectbox(
        message("area", language), areas, format_func=lambda a: area_name(a, language)
    )
    indicators = [i for i in tool.catalog if i.area == area]
    frames = []
    columns = st.columns(2)
    for n, ind in enumerate(indicators):
        result = tool.result(ind.id, language=language)
        with columns[n % 2]:
            value = (
                format_value(result.value, result.unit, result.qualifier)
                if result.value is not None
                else message("metrics_no_data", language)
            )
            target = result.target_text or (
                format_value(result.target, result.unit) if result.target is not None else ""
            )
            delta = None
            if result.met is not None:
                delta = message("metrics_met" if result.met else "metrics_not_met", language)
            st.metric(
                result.name,
                value,
                delta=delta,
                delta_color="normal" if result.met else "inverse",
                help=(
                    f"{result.period} · {message('metrics_target', language)}: "
                    f"{target or message('metrics_no_target', language)} · {result.source_url}"
                ),
            )
        frame = series_frame(tool, ind.id)
        frames.append(frame)
    st.subheader(message("metrics_series", language))
    for ind, frame in zip(indicators, frames, strict=True):
        if len(frame.dropna(subset=["date"])) >= 2:
            st.caption(tool.result(ind.id, language=language).name)
            st.altair_chart(chart(frame, ind.target), width="stretch")
    if frames:
        data = pd.concat(frames, ignore_index=True)
        st.dataframe(data, hide_index=True, width="stretch")
        st.download_button(
            message("metrics_download", language),
            data.to_csv(index=False),
            file_name=f"metrics-{area}.csv",
            mime="text/csv",
        )
    tool.close()
