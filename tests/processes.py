"""Real processes for tests: the `bps-assistant` CLI and a `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
CLI = str(BIN / "bps-assistant")
CHROMA = str(BIN / "chroma")
STARTUP_LIMIT_S = 90.0  # how long to wait for the server's first heartbeat before giving up


def cli_env(data_dir: Path, chroma_url: str = "", cache: Path | None = None) -> dict[str, str]:
    """The environment of a CLI process over `data_dir`, on a Chroma server when given one.

    Passage vectors are cached in `cache` (shared by the tests of a module: the small
    corpus is embedded once), else in `data_dir`/cache.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPS_ASSISTANT_")}
    env.update(
        BPS_ASSISTANT_DATA_DIR=str(data_dir),
        BPS_ASSISTANT_CACHE_DIR=str(cache or data_dir / "cache"),
        ANONYMIZED_TELEMETRY="False",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    if chroma_url:
        env["BPS_ASSISTANT_CHROMA_URL"] = chroma_url
    return env


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run `bps-assistant ARGS` to the end and capture its output."""
    return subprocess.run(
        [CLI, *args], env=env, capture_output=True, text=True, timeout=900, check=False
    )


def start_cli(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """Start `bps-assistant ARGS` without waiting for it."""
    return subprocess.Popen(
        [CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def ask_json(env: dict[str, str], question: str) -> dict[str, Any]:
    """`bps-assistant ask QUESTION --json`, parsed; fails the test with stderr otherwise."""
    done = run_cli(env, "ask", question, "--json")
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def cited_sections(answer: dict[str, Any]) -> list[tuple[str, str]]:
    """(doc id, section) of each passage citation, in order."""
    return [(c["doc_id"], c["section"]) for c in answer["citations"] if c["kind"] == "passage"]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextmanager
def chroma_server(data: Path) -> Iterator[str]:
    """Run `chroma run` on a free port with its data in `data`; yield its URL; stop it after."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = data.parent / f"{data.name}.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [CHROMA, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        try:
            _wait_for_heartbeat(url, proc, log_path)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_for_heartbeat(url: str, proc: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_LIMIT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited ({proc.returncode}): {log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"chroma run did not answer within {STARTUP_LIMIT_S:g} s: {log_path}")


def server_collections(url: str) -> set[str]:
    """Names of the collections on the server, asked over HTTP by this test process."""
    from assistant.retrieval.vectorstore import server_collections as names

    return set(names(url))
