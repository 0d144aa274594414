"""Obligations as CSV, JSON and an iCalendar (RFC 5545) file of dated and recurring deadlines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from assistant.obligations.actors import ACTOR_LABELS
from assistant.obligations.model import Obligation

CSV_COLUMNS = (
    "actor", "action", "modality", "deadline", "timing_kind", "next_due", "title", "section",
    "page", "area", "doc_id", "sentence", "path", "id",
)
PRODID = "-//bps-assistant//obligations//EN"
_FREQ = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY", "yearly": "YEARLY"}


def to_rows(obligations: Sequence[Obligation], today: date) -> list[dict[str, str]]:
    """One flat row per obligation, as the CSV and the app's table show it."""
    rows: list[dict[str, str]] = []
    for ob in obligations:
        due = ob.due(today)
        rows.append({
            "actor": ACTOR_LABELS.get(ob.actor, ob.actor),
            "action": ob.action,
            "modality": ob.modality,
            "deadline": ob.timing.describe(),
            "timing_kind": ob.timing.kind,
            "next_due": due.isoformat() if due else "",
            "title": ob.title,
            "section": " > ".join(ob.heading_path[1:]) or ob.section,
            "page": "" if ob.page is None else str(ob.page),
            "area": ob.area,
            "doc_id": ob.doc_id,
            "sentence": ob.sentence,
            "path": ob.path,
            "id": ob.obligation_id,
        })
    return rows


def to_csv(obligations: Sequence[Obligation], today: date) -> str:
    """A CSV file with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(to_rows(obligations, today))
    return buffer.getvalue()


def to_json(obligations: Sequence[Obligation], today: date) -> str:
    """A JSON array, each item with its next due date."""
    return json.dumps([ob.to_dict(today) for ob in obligations], ensure_ascii=False, indent=1)


def schedule(ob: Obligation, today: date) -> tuple[date, str] | None:
    """(first date, RRULE or "") of an obligation's calendar event; None when it has no date.

    Relative deadlines hang on an event and yearly duties without a month have no day, so
    neither becomes a calendar event. Month-end deadlines recur on the month's last day.
    """
    t = ob.timing
    start = t.next_due(today)
    if start is None or t.kind not in ("absolute", "recurring"):
        return None
    if t.kind == "absolute":
        if t.year is not None:
            return start, ""
        month_end = "" if t.day else ";BYMONTHDAY=-1"
        return start, f"FREQ=YEARLY;BYMONTH={t.month}{month_end}"
    interval = f";INTERVAL={t.interval}" if t.interval > 1 else ""
    if t.months:
        months = ",".join(str(m) for m in sorted(t.months))
        return start, f"FREQ=YEARLY{interval};BYMONTH={months};BYMONTHDAY=-1"
    if t.frequency == "monthly":
        return start, f"FREQ=MONTHLY{interval};BYMONTHDAY=-1"
    return start, f"FREQ={_FREQ[t.frequency]}{interval}"


def to_ics(
    obligations: Sequence[Obligation], today: date, stamp: datetime | None = None
) -> str:
    """An iCalendar file: one all-day event per dated or recurring deadline.

    Each event's description holds the deadline, the source (title, section, page, file)
    and the verbatim sentence.
    """
    stamp = stamp or datetime.now(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:BPS obligations",
    ]
    for ob in obligations:
        planned = schedule(ob, today)
        if planned is None:
            continue
        start, rule = planned
        who = ACTOR_LABELS.get(ob.actor, ob.actor)
        description = "\n".join([
            f"Deadline: {ob.timing.describe()}",
            f"Who: {who}" + (f" ({ob.actor_text})" if ob.actor_text else ""),
            f"Source: {ob.source()}",
            f"“{ob.sentence}”",
            ob.path,
        ]).strip()
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ob.obligation_id}@bps-assistant",
            f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(start + timedelta(days=1)).strftime('%Y%m%d')}",
            *([f"RRULE:{rule}"] if rule else []),
            f"SUMMARY:{_text(f'{who}: {ob.action}')}",
            f"DESCRIPTION:{_text(description)}",
            f"CATEGORIES:{_text(ob.area)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
        .replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        budget = limit if not out else limit - 1  # continuation lines start with a space
        if size + width > budget:
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)
