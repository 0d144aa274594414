"""Score the extractor against the labelled gold list: precision, recall, actor and timing."""

from __future__ import annotations

import argparse
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT
from assistant.errors import QuestionSetError
from assistant.obligations.extract import duty_pieces, extract_obligations
from assistant.obligations.model import Obligation
from assistant.types import Chunk

log = logging.getLogger(__name__)

GOLD_PATH = PROJECT_ROOT / "eval" / "obligations" / "gold.yaml"
PRECISION_TARGET = 0.85
RECALL_TARGET = 0.80
# sentences drawn and labelled after the rules were written, never used to change them; every
# other source is the development split the rules were tuned on
HELDOUT_SOURCE = "circulars-heldout-2"


@dataclass(frozen=True)
class GoldItem:
    """One labelled sentence: is it a duty, and if so whose and with what kind of timing."""

    doc: str
    text: str
    obligation: bool
    actor: str = ""
    timing: str = ""
    source: str = ""


@dataclass
class Score:
    """Counts and rates over a set of gold items.

    precision = duties found / everything found among the labelled sentences; recall = duties
    found / labelled duties. The strict figures count a found duty only when its actor and
    timing kind are right too.
    """

    positives: int = 0
    negatives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    actor_ok: int = 0
    timing_ok: int = 0
    strict_tp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.positives if self.positives else 1.0

    @property
    def strict_precision(self) -> float:
        return self.strict_tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def strict_recall(self) -> float:
        return self.strict_tp / self.positives if self.positives else 1.0

    @property
    def actor_accuracy(self) -> float:
        return self.actor_ok / self.tp if self.tp else 1.0

    @property
    def timing_accuracy(self) -> float:
        return self.timing_ok / self.tp if self.tp else 1.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded rates."""
        rates = ("precision", "recall", "strict_precision", "strict_recall", "actor_accuracy",
                 "timing_accuracy")
        return {**vars(self), **{r: round(getattr(self, r), 3) for r in rates}}


@dataclass
class Mismatch:
    """A gold item the extractor got wrong, and how."""

    item: GoldItem
    problem: str  # "missed", "false duty", "actor X", "timing X"
    found: Obligation | None = None


@dataclass
class EvalReport:
    """Scores overall and per gold source, with every mismatch and unmatched gold text."""

    overall: Score
    by_source: dict[str, Score]
    by_split: dict[str, Score]  # "dev" and "held-out"
    extracted_per_document: dict[str, int]
    mismatches: list[Mismatch] = field(default_factory=list)
    missing: list[GoldItem] = field(default_factory=list)  # text not found in its document


def load_gold(path: Path = GOLD_PATH) -> list[GoldItem]:
    """Read the gold list, checking every item's fields."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise QuestionSetError(f"cannot read the gold obligations '{path}': {exc}") from exc
    items: list[GoldItem] = []
    for i, raw in enumerate((data or {}).get("items") or []):
        if not isinstance(raw, dict) or not raw.get("doc") or not raw.get("text"):
            raise QuestionSetError(f"{path}: item {i + 1} needs a doc and a text")
        positive = bool(raw.get("obligation"))
        if positive and not (raw.get("actor") and raw.get("timing")):
            raise QuestionSetError(f"{path}: item {i + 1} is a duty without actor or timing")
        items.append(
            GoldItem(
                doc=str(raw["doc"]),
                text=str(raw["text"]),
                obligation=positive,
                actor=str(raw.get("actor") or ""),
                timing=str(raw.get("timing") or ""),
                source=str(raw.get("source") or ""),
            )
        )
    return items


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def evaluate(gold: Sequence[GoldItem], chunks: Iterable[Chunk]) -> EvalReport:
    """Extract from `chunks`, then score the gold items whose document is among them."""
    chunks = [c for c in chunks if c.language == "en"]
    found = extract_obligations(chunks)
    pieces: dict[str, list[str]] = {}
    for c in chunks:
        pieces.setdefault(c.doc_id, []).extend(_norm(p) for p in duty_pieces(c.text))
    by_doc: dict[str, list[Obligation]] = {}
    for ob in found:
        by_doc.setdefault(ob.doc_id, []).append(ob)
    report = EvalReport(
        overall=Score(),
        by_source={},
        by_split={},
        extracted_per_document=dict(sorted(Counter(ob.doc_id for ob in found).items())),
    )
    for item in gold:
        if item.doc not in pieces:
            continue  # the document is not in this run
        text = _norm(item.text)
        if not any(text in p or p in text for p in pieces[item.doc]):
            report.missing.append(item)
            continue
        hit = next(
            (ob for ob in by_doc.get(item.doc, []) if text in _norm(ob.sentence)
             or _norm(ob.sentence) in text),
            None,
        )
        split = "held-out" if item.source == HELDOUT_SOURCE else "dev"
        for score in (report.overall, report.by_source.setdefault(item.source, Score()),
                      report.by_split.setdefault(split, Score())):
            _count(score, item, hit, report.mismatches if score is report.overall else None)
    return report


def _count(score: Score, item: GoldItem, hit: Obligation | None,
           mismatches: list[Mismatch] | None) -> None:
    problems: list[str] = []
    if item.obligation:
        score.positives += 1
        if hit is None:
            score.fn += 1
            problems.append("missed")
        else:
            score.tp += 1
            actor_ok = hit.actor == item.actor
            timing_ok = hit.timing.kind == item.timing
            score.actor_ok += actor_ok
            score.timing_ok += timing_ok
            score.strict_tp += actor_ok and timing_ok
            if not actor_ok:
                problems.append(f"actor {hit.actor} (gold {item.actor})")
            if not timing_ok:
                problems.append(f"timing {hit.timing.kind} (gold {item.timing})")
    else:
        score.negatives += 1
        if hit is not None:
            score.fp += 1
            problems.append("false duty")
    if mismatches is not None and problems:
        mismatches.append(Mismatch(item, "; ".join(problems), hit))


def format_report(report: EvalReport) -> str:
    """The figures as plain text, then each mismatch."""
    lines = ["source               items  P      R      strict P  strict R  actor  timing"]
    rows = [("all", report.overall), *sorted(report.by_split.items()),
            *sorted(report.by_source.items())]
    for name, s in rows:
        lines.append(
            f"{name:<20} {s.positives + s.negatives:>5}  {s.precision:.3f}  {s.recall:.3f}  "
            f"{s.strict_precision:.3f}     {s.strict_recall:.3f}     {s.actor_accuracy:.3f}  "
            f"{s.timing_accuracy:.3f}"
        )
    lines.append("")
    lines.append("extracted per document:")
    lines.extend(f"  {doc:<80} {n:>4}" for doc, n in report.extracted_per_document.items())
    if report.missing:
        lines.append("")
        lines.append("gold texts not found in their document:")
        lines.extend(f"  {m.doc}: {m.text[:90]}" for m in report.missing)
    if report.mismatches:
        lines.append("")
        lines.append("mismatches:")
        lines.extend(f"  [{m.problem}] {m.item.doc[:12]}: {m.item.text[:110]}"
                     for m in report.mismatches)
    return "\n".join(lines)


def load_chunks(paths: Iterable[Path]) -> list[Chunk]:
    """Chunks of documents loaded straight from files, as the index would cut them."""
    import dataclasses

    from assistant.ingest.chunking import chunk_document
    from assistant.ingest.registry import iter_files, load_path

    chunks: list[Chunk] = []
    for path in iter_files(list(paths)):
        doc = load_path(path)
        chunks.extend(chunk_document(dataclasses.replace(doc, path=str(path))))
    return chunks


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m assistant.obligations.evaluate [--circulars DIR] [--split S]`: print the figures.

    `--split dev` scores (and lists the mismatches of) the development split only, so that tuning
    the rules never shows the held-out sentences' errors.
    """
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT / "corpus" / "documents" / "en")
    parser.add_argument("--circulars", type=Path, help="Folder of circular PDFs to include.")
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--split", choices=("all", "dev", "held-out"), default="all",
                        help="Score only this split of the gold list.")
    args = parser.parse_args(argv)
    paths = [args.corpus] + ([args.circulars] if args.circulars else [])
    gold = [g for g in load_gold(args.gold)
            if args.split == "all" or (g.source == HELDOUT_SOURCE) == (args.split == "held-out")]
    print(format_report(evaluate(gold, load_chunks(paths))))


if __name__ == "__main__":
    main()
