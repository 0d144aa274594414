"""Drive one shared assistant with concurrent clients, as Streamlit's session threads do."""

from __future__ import annotations

import random
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.bench import percentile
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.types import Answer

Ask = Callable[[str], Answer]
Progress = Callable[[float, int, int], None]  # (elapsed s, requests, errors)
QUESTION_FILES = ("bench_questions.txt", "bench_metric_questions.txt")
STILL_RUNNING = "StillRunning"  # the error name of a request that outlived the grace period
INCONSISTENT = "InconsistentAnswer"  # a question answered differently than the first time
_TICK_S = 0.5


@dataclass(frozen=True)
class ErrorKind:
    """All failures of one exception type, with the first one in full."""

    name: str
    count: int
    message: str
    question: str
    traceback: str


@dataclass(frozen=True)
class LoadReport:
    """What a load run measured; latencies cover every finished request, failed or not."""

    clients: int
    seconds: float
    elapsed_s: float
    requests: int
    refused: int
    latencies_ms: tuple[float, ...]
    errors: tuple[ErrorKind, ...] = ()
    load_s: float = 0.0
    stages_ms: dict[str, tuple[float, ...]] = field(default_factory=dict)  # Answer.timings_ms

    @property
    def error_count(self) -> int:
        """Failed requests of every kind."""
        return sum(e.count for e in self.errors)

    @property
    def throughput(self) -> float:
        """Finished requests per second of wall time."""
        return self.requests / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def first_failure(self) -> ErrorKind | None:
        """The most frequent error kind that has a traceback."""
        return next((e for e in self.errors if e.traceback), None)

    def latency(self, q: float) -> float:
        """The q-th percentile (0-100) of request latency in milliseconds."""
        return percentile(list(self.latencies_ms), q)

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data."""
        return {
            "clients": self.clients,
            "seconds": self.seconds,
            "elapsed_s": round(self.elapsed_s, 2),
            "load_s": round(self.load_s, 2),
            "requests": self.requests,
            "refused": self.refused,
            "throughput_rps": round(self.throughput, 2),
            "latency_ms": {
                "p50": round(self.latency(50), 1),
                "p95": round(self.latency(95), 1),
                "p99": round(self.latency(99), 1),
                "max": round(max(self.latencies_ms, default=0.0), 1),
            },
            "errors": self.error_count,
            "errors_by_type": {
                e.name: {"count": e.count, "first": e.message, "question": e.question}
                for e in self.errors
            },
            "first_traceback": self.first_failure.traceback if self.first_failure else "",
            "stages_ms": {
                stage: {
                    "p50": round(percentile(list(v), 50), 1),
                    "p95": round(percentile(list(v), 95), 1),
                }
                for stage, v in self.stages_ms.items()
            },
        }


def report_lines(report: LoadReport) -> list[str]:
    """The report as a user reads it, ending with the first traceback when something failed."""
    lines = [
        f"clients: {report.clients}, {report.seconds:g} s asked, {report.elapsed_s:.1f} s run"
        + (f" (assistant loaded in {report.load_s:.1f} s)" if report.load_s else ""),
        f"requests: {report.requests} ({report.refused} refused)",
        f"throughput: {report.throughput:.2f} req/s",
        f"latency ms: p50 {report.latency(50):.1f}  p95 {report.latency(95):.1f}  "
        f"p99 {report.latency(99):.1f}  max {max(report.latencies_ms, default=0.0):.1f}",
    ]
    if report.stages_ms:
        lines.append(
            "stages ms p50/p95: "
            + ", ".join(
                f"{stage} {percentile(list(v), 50):.1f}/{percentile(list(v), 95):.1f}"
                for stage, v in report.stages_ms.items()
            )
        )
    for e in report.errors:
        lines.append(f"  {e.name}: {e.count} (first: {e.message!s:.200})")
    lines.append(f"errors: {report.error_count} (target 0)")
    first = report.first_failure
    if first is not None:
        lines.append(f"first traceback ({first.name}, question {first.question!r:.120}):")
        lines.extend("  " + line for line in first.traceback.rstrip().splitlines())
    return lines


def load_questions(settings: Settings, path: Path | None = None) -> list[str]:
    """The questions to ask: `path`, or the shipped benchmark questions mixed together."""
    files = [path] if path is not None else [settings.data_dir / "eval" / n for n in QUESTION_FILES]
    out: list[str] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the questions in '{file}': {exc}") from None
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    if not out:
        raise ConfigError(f"no questions in {', '.join(str(f) for f in files)}")
    random.Random(7).shuffle(out)  # a fixed mix of plan and metric questions
    return out


@dataclass
class _Tally:
    """Counts shared by the client threads (under one lock) and read by the progress ticker."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    refused: int = 0
    running: int = 0
    latencies: list[float] = field(default_factory=list)
    stages: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[Any]] = field(default_factory=dict)  # name -> [count, first ...]
    first_answers: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    def answered(self, ms: float, question: str, answer: Answer) -> None:
        seen = _fingerprint(answer)
        with self.lock:
            self.requests += 1
            self.refused += bool(answer.refused)
            self.latencies.append(ms)
            for stage, value in answer.timings_ms.items():
                self.stages.setdefault(stage, []).append(value)
            first = self.first_answers.setdefault(question, seen)
            if first != seen:  # the chain is deterministic: a different answer is a race
                self._error(
                    INCONSISTENT,
                    f"answered {seen[0]!r:.80} after first answering {first[0]!r:.80}",
                    question,
                    "",
                )

    def failed(self, ms: float, question: str, exc: BaseException) -> None:
        trace = "".join(traceback.format_exception(exc))
        with self.lock:
            self.requests += 1
            self.latencies.append(ms)
            self._error(type(exc).__name__, str(exc), question, trace)

    def _error(self, name: str, message: str, question: str, trace: str) -> None:
        if name in self.errors:
            self.errors[name][0] += 1
        else:
            self.errors[name] = [1, message, question, trace]

    def error_count(self) -> int:
        with self.lock:
            return sum(e[0] for e in self.errors.values())


def _fingerprint(answer: Answer) -> tuple[Any, ...]:
    cited = tuple((c.kind, c.doc_id, c.section, c.indicator, c.text) for c in answer.citations)
    return (answer.text, answer.refused, answer.language, cited)


def run_load(
    ask: Ask,
    questions: Sequence[str],
    clients: int = 50,
    seconds: float = 60.0,
    progress: Progress | None = None,
    grace_s: float | None = None,
) -> LoadReport:
    """Let `clients` threads ask `questions` in a loop for `seconds`, then report.

    Each client starts at its own place in the list. A client finishes the request it is
    in when time is up; one still running `grace_s` later is counted as an error.
    """
    if clients < 1 or seconds <= 0 or not questions:
        raise ConfigError("a load run needs at least one client, one question and some time")
    tally = _Tally()
    started = time.perf_counter()
    deadline = started + seconds

    finished = threading.Event()
    remaining = [clients]

    def client(index: int) -> None:
        position = index * len(questions) // clients
        try:
            while time.perf_counter() < deadline:
                question = questions[position % len(questions)]
                position += 1
                _ask_once(ask, question, tally)
        finally:
            with tally.lock:
                remaining[0] -= 1
                if remaining[0] == 0:
                    finished.set()

    for i in range(clients):
        threading.Thread(target=client, args=(i,), name=f"load-client-{i}", daemon=True).start()
    give_up = deadline + (grace_s if grace_s is not None else max(30.0, seconds))
    while not finished.wait(_TICK_S) and time.perf_counter() < give_up:
        if progress is not None:
            progress(
                min(time.perf_counter() - started, seconds), tally.requests, tally.error_count()
            )
    elapsed = time.perf_counter() - started
    with tally.lock:
        stuck = tally.running
        if stuck:
            tally.errors[STILL_RUNNING] = [
                stuck,
                f"{stuck} request(s) still running {elapsed - seconds:.0f} s after the end",
                "",
                "",
            ]
        errors = tuple(
            ErrorKind(name, count, message, question, trace)
            for name, (count, message, question, trace) in tally.errors.items()
        )
        latencies = tuple(tally.latencies)
        stages = {stage: tuple(v) for stage, v in tally.stages.items()}
        requests, refused = tally.requests, tally.refused
    if progress is not None:
        progress(min(elapsed, seconds), requests, sum(e.count for e in errors))
    return LoadReport(
        clients=clients,
        seconds=seconds,
        elapsed_s=elapsed,
        requests=requests,
        refused=refused,
        latencies_ms=latencies,
        errors=tuple(sorted(errors, key=lambda e: -e.count)),
        stages_ms=stages,
    )


def _ask_once(ask: Ask, question: str, tally: _Tally) -> None:
    with tally.lock:
        tally.running += 1
    asked = time.perf_counter()
    try:
        answer = ask(question)
    except Exception as exc:  # every failure is counted and reported
        tally.failed(_ms(asked), question, exc)
    else:
        tally.answered(_ms(asked), question, answer)
    finally:
        with tally.lock:
            tally.running -= 1


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
