"""The Obligation record: who must do what, by when, and the sentence it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.obligations.timing import Timing
from assistant.types import Citation

MODALITIES = ("must", "should", "must not")


@dataclass(frozen=True)
class Obligation:
    """One duty found in a document sentence."""

    obligation_id: str  # derives from document and sentence
    actor: str  # the one who must act, one of actors.ACTORS
    actor_text: str  # as the sentence names it ("The School Leader"); "" when implied
    action: str  # what must be done, from the sentence
    modality: str  # "must" (must, shall, required, will), "should", "must not"
    timing: Timing
    sentence: str  # verbatim, as it stands in the indexed passage
    doc_id: str
    title: str
    plan: str
    area: str
    section: str
    heading_path: tuple[str, ...] = ()
    page: int | None = None
    path: str = ""
    chunk_id: str = ""
    language: str = "en"
    actors: tuple[str, ...] = field(default=(), compare=False)  # every actor named, actor first

    def due(self, today: date) -> date | None:
        """The next date this falls due, if it has one."""
        return self.timing.next_due(today)

    def source(self) -> str:
        """Where it comes from: title, section heading and page."""
        heading = " > ".join(self.heading_path[1:]) or self.section
        page = f", page {self.page}" if self.page else ""
        return f"{self.title} — {heading}{page}"

    def citation(self, n: int) -> Citation:
        """The sentence as a numbered passage citation."""
        return Citation(
            n=n,
            kind="passage",
            text=self.sentence,
            doc_id=self.doc_id,
            title=self.title,
            plan=self.plan,
            area=self.area,
            section=self.section,
            page=self.page,
            path=self.path,
            language=self.language,
        )

    def to_dict(self, today: date | None = None) -> dict[str, Any]:
        """Serialise for JSON output; `due` is filled when `today` is given."""
        t = self.timing
        out: dict[str, Any] = {
            "id": self.obligation_id,
            "actor": self.actor,
            "actor_text": self.actor_text,
            "actors": list(self.actors or (self.actor,)),
            "action": self.action,
            "modality": self.modality,
            "timing": {
                "kind": t.kind,
                "text": t.text,
                "description": t.describe(),
                "year": t.year,
                "month": t.month,
                "day": t.day,
                "amount": t.amount,
                "unit": t.unit,
                "direction": t.direction,
                "anchor": t.anchor,
                "frequency": t.frequency,
                "interval": t.interval,
                "months": list(t.months),
            },
            "doc_id": self.doc_id,
            "title": self.title,
            "plan": self.plan,
            "area": self.area,
            "section": self.section,
            "heading_path": list(self.heading_path),
            "page": self.page,
            "path": self.path,
            "sentence": self.sentence,
        }
        if today is not None:
            due = self.due(today)
            out["due"] = due.isoformat() if due else None
        return out
