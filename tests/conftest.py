"""Shared fixtures: small corpora in tmp_path and one index of the shipped corpus per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.config import PROJECT_ROOT, Settings

SHARED = PROJECT_ROOT.parent / "shared"
CIRCULARS = SHARED / "bps-circulars"

SMALL_DOC = """---
id: sip
title: "Test plan summary"
plan: sip
language: en
as_of: "2025-11-01"
sources:
  HERALD:
    label: "Boston Herald, 2022-06-29"
    url: https://example.org/herald
  GLOBE:
    label: "Boston Globe, 2023-09-17"
    url: https://example.org/globe
---

# Test plan {#sip.overview area=general}

This is an unofficial plain-language summary used by the tests.

## Buses {#sip.transportation area=transportation}

The plan's target is that 95% or more of school buses arrive on time every month [HERALD].
Bus drivers must report every incident to the school leader on the same day [HERALD].

## Bathrooms {#sip.facilities area=facilities}

The district promised to renovate bathrooms at 15 schools by June 2023 [GLOBE].
By September 2023 the bathrooms at only 6 schools were finished [GLOBE].
"""

SECOND_DOC = """---
id: multilingual-learners
title: "Test plan for multilingual learners"
plan: multilingual-learners
language: en
sources:
  ELL:
    label: "BPS ELL page"
    url: https://example.org/ell
---

# Multilingual learners {#multilingual-learners.overview area=english-learners}

Students with Limited or Interrupted Formal Education (SLIFE) get literacy classes of at most 15 students [ELL].
Dual-language programs are offered in Spanish, Haitian Creole and Vietnamese [ELL].
"""


def write_small_corpus(root: Path) -> Settings:
    """A two-document corpus under `root`, with settings pointing at it."""
    docs = root / "corpus" / "documents" / "en"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "sip.md").write_text(SMALL_DOC, encoding="utf-8")
    (docs / "multilingual-learners.md").write_text(SECOND_DOC, encoding="utf-8")
    return Settings(data_dir=root, cache_dir=root / "cache")


def build_small_with_metrics(root: Path) -> Path:
    """The small corpus plus the shipped metrics tables, indexed under `root`."""
    from assistant.indexing.pipeline import build_all

    settings = write_small_corpus(root)
    shutil.copytree(PROJECT_ROOT / "corpus" / "metrics", settings.corpus_path / "metrics")
    report = build_all(settings)
    assert not report.failures, report.failures
    return root


def private_copy(built: Path, tmp_path: Path) -> Path:
    """A private copy of a built data folder, free to damage or rebuild."""
    target = tmp_path / "data"
    shutil.copytree(built, target)
    return target


@pytest.fixture
def small_settings(tmp_path: Path) -> Settings:
    """Settings over a fresh small corpus in tmp_path (not yet indexed)."""
    return write_small_corpus(tmp_path)


@pytest.fixture(scope="session")
def shipped_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The shipped corpus, indexed once per test session into a scratch folder."""
    from assistant.indexing.pipeline import build_all

    root = tmp_path_factory.mktemp("shipped")
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    shutil.copytree(PROJECT_ROOT / "eval", root / "eval", ignore=shutil.ignore_patterns("reports"))
    settings = Settings(data_dir=root)
    report = build_all(settings)
    assert not report.failures, report.failures
    yield settings


@pytest.fixture(scope="session")
def shipped_assistant(shipped_settings: Settings):  # type: ignore[no-untyped-def]
    """The assistant over the shipped corpus, loaded once."""
    from assistant.chain import Assistant

    return Assistant.load(shipped_settings)
