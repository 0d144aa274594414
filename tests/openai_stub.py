"""A tiny OpenAI chat-completions server on 127.0.0.1 that replays scripted answers.

It speaks the real protocol (POST /v1/chat/completions, JSON or `stream: true` SSE chunks
ending with `data: [DONE]`), records every request it receives, and can be slow, fail with
an HTTP status, or send a body that is not JSON. Used by tests/test_generative*.py; run it
by hand for a wiring check: `python tests/openai_stub.py --port 8765 --quote-top`.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Script:
    """One scripted reply."""

    content: str = ""
    status: int = 200  # an HTTP error status makes the server fail with a JSON error body
    delay_s: float = 0.0  # wait before sending anything
    chunk_delay_s: float = 0.0  # wait between streamed chunks
    malformed: bool = False  # 200 with a body that is not JSON (or SSE data that is not)
    answer: Callable[[dict[str, Any]], str] | None = None  # content computed from the request


@dataclass(frozen=True)
class Received:
    """A request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def prompt(self) -> str:
        """All message contents of the request, joined."""
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))


@dataclass
class OpenAIStub:
    """Serve scripted replies in order (the last one repeats) until stopped."""

    scripts: list[Script] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._served = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL to give an OpenAI client (ends in /v1)."""
        assert self._server is not None, "start the stub first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self, port: int = 0) -> OpenAIStub:
        """Listen on 127.0.0.1 (a free port unless given) in a background thread."""
        stub = self

        class Handler(_Handler):
            owner = stub

        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        server.daemon_threads = True
        server.block_on_close = False  # a handler still sleeping must not hold up stop()
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake sleeping handlers and close the socket."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next(self, received: Received) -> Script:
        with self._lock:
            self.requests.append(received)
            if not self.scripts:
                return Script(content="")
            script = self.scripts[min(self._served, len(self.scripts) - 1)]
            self._served += 1
            return script

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless stopped; True when stopped."""
        return seconds > 0 and self._stop.wait(seconds)


class _Handler(BaseHTTPRequestHandler):
    owner: OpenAIStub
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        return

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {}
        received = Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        script = self.owner._next(received)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, b'{"error": {"message": "not found"}}')
            return
        if self.owner._sleep(script.delay_s):
            return
        content = script.answer(body) if script.answer is not None else script.content
        try:
            if script.status != 200:
                error = {"error": {"message": "scripted failure", "type": "server_error"}}
                self._send(script.status, json.dumps(error).encode())
            elif body.get("stream"):
                self._stream(content, script)
            elif script.malformed:
                self._send(200, b"<html>this is not JSON")
            else:
                self._send(200, json.dumps(_completion(content, body)).encode())
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (its time limit): nothing to tell it

    def _send(self, status: int, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self, content: str, script: Script) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        for piece in _pieces(content):
            if self.owner._sleep(script.chunk_delay_s):
                return
            self._event(json.dumps(_chunk(piece, None)))
            self.wfile.flush()
        if script.malformed:
            self._event("{not json")
        self._event(json.dumps(_chunk("", "stop")))
        self._event("[DONE]")
        self.wfile.flush()

    def _event(self, data: str) -> None:
        self.wfile.write(f"data: {data}\n\n".encode())


def _pieces(content: str) -> list[str]:
    """Split content into word-sized deltas, as a model streams tokens."""
    return re.findall(r"\S+\s*|\s+", content) or [""]


def _completion(content: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": str(body.get("model", "stub")),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def _chunk(piece: str, finish: str | None) -> dict[str, Any]:
    delta = {"role": "assistant", "content": piece} if finish is None else {}
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "stub",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


_SOURCE = re.compile(r'<source id="1"[^>]*>\s*(.*?)\s*</source>', re.S)


def quote_top_passage(body: dict[str, Any]) -> str:
    """Answer like a very literal model: the first sentence of source [1], cited [1]."""
    prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
    found = _SOURCE.search(prompt)
    if found is None:
        return "NOT_IN_SOURCES"
    text = html.unescape(found.group(1))
    first = re.split(r"(?<=[.!?。！？])\s+", text.strip(), maxsplit=1)[0]
    return f"{first.rstrip()} [1]"


def main() -> None:
    """Serve until interrupted (for a wiring check of the evaluation runner)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--quote-top", action="store_true", help="quote source [1], cited")
    parser.add_argument("--content", default="NOT_IN_SOURCES", help="fixed reply otherwise")
    args = parser.parse_args()
    script = Script(answer=quote_top_passage) if args.quote_top else Script(content=args.content)
    stub = OpenAIStub([script]).start(args.port)
    print(f"serving {stub.url} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        stub.stop()


if __name__ == "__main__":
    main()
