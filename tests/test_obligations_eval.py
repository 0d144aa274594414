"""The gold obligations list and the extractor's precision and recall against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT
from assistant.obligations.actors import ACTORS
from assistant.obligations.evaluate import (
    GOLD_PATH,
    PRECISION_TARGET,
    RECALL_TARGET,
    EvalReport,
    evaluate,
    format_report,
    load_chunks,
    load_gold,
)

CIRCULARS = PROJECT_ROOT.parent / "shared" / "bps-circulars"
CORPUS = PROJECT_ROOT / "corpus" / "documents" / "en"
KINDS = {"absolute", "relative", "recurring", "none"}


def test_gold_list_is_well_formed() -> None:
    gold = load_gold(GOLD_PATH)
    assert len(gold) >= 60
    positives = [g for g in gold if g.obligation]
    negatives = [g for g in gold if not g.obligation]
    assert len(negatives) >= 20
    assert {g.actor for g in positives} <= set(ACTORS)
    assert {g.timing for g in positives} == KINDS  # every kind of timing is exercised
    assert len({(g.doc, g.text) for g in gold}) == len(gold)
    assert {g.source for g in gold} == {"corpus", "circulars-sample", "circulars-targeted",
                                        "circulars-dev", "circulars-heldout-1",
                                        "circulars-heldout-2"}
    assert sum(g.source == "circulars-dev" for g in gold) >= 100  # a fresh development sample


def _check(report: EvalReport, label: str) -> None:
    print(f"\n== obligations extraction on {label} ==\n{format_report(report)}")
    assert not report.missing, [m.text for m in report.missing]
    s = report.overall
    assert s.precision >= PRECISION_TARGET, format_report(report)
    assert s.recall >= RECALL_TARGET, format_report(report)
    assert s.strict_precision >= PRECISION_TARGET, format_report(report)
    assert s.strict_recall >= RECALL_TARGET, format_report(report)


def test_extraction_on_our_corpus() -> None:
    report = evaluate(load_gold(), load_chunks([CORPUS]))
    assert report.overall.positives >= 40
    _check(report, "the corpus")
    assert report.extracted_per_document["circulars"] >= 45


@pytest.mark.skipif(not any(CIRCULARS.glob("*.pdf")) if CIRCULARS.is_dir() else True,
                    reason=f"the real circulars are not here: {CIRCULARS} (shared test data)")
def test_extraction_on_the_real_circulars() -> None:
    report = evaluate(load_gold(), load_chunks([CORPUS, CIRCULARS]))
    assert report.overall.positives + report.overall.negatives >= 200
    _check(report, "the corpus and the real circulars")
    dev = report.by_split["dev"]
    assert dev.strict_precision >= PRECISION_TARGET and dev.strict_recall >= RECALL_TARGET
    heldout = report.by_split["held-out"]
    assert heldout.positives + heldout.negatives == len(
        [g for g in load_gold() if g.source == "circulars-heldout-2"]) == 60
    # 60 sentences drawn and labelled blind while the rules were improved, scored once
    # (2026-11-23, docs/benchmarks.md): detection 0.951 / 0.929, strict 0.854 / 0.833
    assert heldout.precision >= PRECISION_TARGET and heldout.recall >= RECALL_TARGET
    assert heldout.strict_precision >= PRECISION_TARGET
    assert heldout.strict_recall >= RECALL_TARGET
    per_doc = report.extracted_per_document
    assert len(per_doc) == len(list(CIRCULARS.glob("*.pdf"))) + 4
    restraint = "sup-19-de-escalation-and-physical-restraint-policy"
    assert per_doc[restraint] >= 80


def test_evaluation_command_prints_the_figures(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    from assistant.obligations.evaluate import main

    main(["--corpus", str(CORPUS)])
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("source")
    assert "corpus" in out and "extracted per document:" in out
    assert out.splitlines()[2].startswith("dev")


def test_evaluation_command_scores_one_split_on_request(
        capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.obligations.evaluate import main

    main(["--corpus", str(CORPUS), "--split", "held-out"])
    rows = capsys.readouterr().out.split("\n\n")[0].splitlines()
    assert rows[1].split()[:2] == ["all", "0"]  # the corpus holds no held-out sentence
