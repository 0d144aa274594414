"""A chat client for any OpenAI-compatible server, through LangChain's chat-model interface.

The API key is read from the environment mapping each time a request is made (local servers
need none, so a placeholder is sent then) and is never logged or shown in a repr.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from assistant.errors import AssistantError

log = logging.getLogger(__name__)

Messages = Sequence[tuple[str, str]]  # (role, content), role: "system" | "human"
# sent when no key is set: llama.cpp, Ollama and vLLM ignore it, the client insists on one
NO_KEY = "not-needed"
DEFAULT_MODEL = "local-model"


class LLMUnavailableError(AssistantError):
    """The model server failed, was too slow, or sent something that is not a chat reply."""


class ChatClient:
    """Sends chat messages to one OpenAI-compatible server within a time limit."""

    def __init__(
        self,
        url: str,
        model: str,
        *,
        timeout_s: float,
        key_env: str,
        environ: Mapping[str, str],
        temperature: float = 0.0,
    ) -> None:
        self.url = url
        self.model = model or DEFAULT_MODEL
        self.timeout_s = timeout_s
        self.key_env = key_env
        self._environ = environ  # kept, not copied: the key is looked up when used
        self.temperature = temperature

    def __repr__(self) -> str:
        return f"ChatClient(url={self.url!r}, model={self.model!r}, key from ${self.key_env})"

    def complete(self, messages: Messages) -> str:
        """The whole reply in one response."""
        model = self._model()
        try:
            reply = model.invoke(list(messages))
        except _server_failures() as exc:
            raise _unavailable(exc) from None
        return _text(reply.content)

    def stream(self, messages: Messages) -> Iterator[str]:
        """The reply as text deltas; raises when the time limit passes mid-stream."""
        model = self._model()
        deadline = time.monotonic() + self.timeout_s
        chunks = model.stream(list(messages))
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except _server_failures() as exc:
                raise _unavailable(exc) from None
            if time.monotonic() > deadline:
                chunks.close()
                raise LLMUnavailableError(
                    f"the model server took longer than {self.timeout_s:g}s to answer"
                )
            delta = _text(chunk.content)
            if delta:
                yield delta

    def _model(self) -> Any:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        key = self._environ.get(self.key_env, "") or NO_KEY
        return ChatOpenAI(
            model=self.model,
            base_url=self.url,
            api_key=SecretStr(key),
            timeout=self.timeout_s,
            max_retries=0,  # the time limit is for the whole answer, not per attempt
            temperature=self.temperature,
        )


def _server_failures() -> tuple[type[BaseException], ...]:
    """What the client library raises on a failing server or a reply that is not JSON chat.

    A garbled reply surfaces inside the library as ValueError (bad JSON, failed validation),
    TypeError (null fields) or LookupError (no choices); only the library call is guarded.
    """
    import openai

    return (openai.OpenAIError, ValueError, TypeError, LookupError)


def _unavailable(exc: BaseException) -> LLMUnavailableError:
    """An error naming the failure without echoing the server's text (it may quote the key)."""
    status = getattr(exc, "status_code", None)
    detail = f"HTTP {status}" if status else type(exc).__name__
    return LLMUnavailableError(f"the model server did not give a usable answer ({detail})")


def _text(content: Any) -> str:
    """The text of a message content (a string, or a list of parts for some servers)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in content
            if isinstance(part, str | dict)
        )
    return ""
