"""Load our corpus Markdown: YAML front matter, headings with `{#id area=...}`, `[KEY]` sources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import IngestError
from assistant.types import AREAS, LANGUAGES, PLANS, Document, Section

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{([^}]*)\})?\s*$")
_SOURCE_REF = re.compile(
    r"\[([A-Z0-9][A-Za-z0-9:._/-]*(?:\s*;\s*[A-Z0-9][A-Za-z0-9:._/-]*)*)\](?!\()"
)
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


@dataclass(frozen=True)
class SourceRef:
    """A source declared in front matter."""

    key: str
    label: str
    url: str


def split_front_matter(raw: str, path: Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body) of a Markdown file."""
    if not raw.startswith("---"):
        return {}, raw
    end = raw.find("\n---", 3)
    if end < 0:
        raise IngestError(f"could not read '{path.name}': front matter is not closed with '---'")
    try:
        meta = yaml.safe_load(raw[3:end]) or {}
    except yaml.YAMLError as exc:
        raise IngestError(f"could not read '{path.name}': bad front matter ({exc})") from None
    if not isinstance(meta, dict):
        raise IngestError(f"could not read '{path.name}': front matter must be a mapping")
    return meta, raw[end + 4 :].lstrip("\n")


def _sources(meta: dict[str, Any], path: Path) -> dict[str, SourceRef]:
    declared = meta.get("sources") or {}
    if not isinstance(declared, dict):
        raise IngestError(f"could not read '{path.name}': 'sources' must map KEY to label and url")
    out: dict[str, SourceRef] = {}
    for key, value in declared.items():
        if isinstance(value, str):
            out[str(key)] = SourceRef(str(key), str(key), value)
        elif isinstance(value, dict) and "url" in value:
            out[str(key)] = SourceRef(str(key), str(value.get("label", key)), str(value["url"]))
        else:
            raise IngestError(f"could not read '{path.name}': source '{key}' needs a url")
    return out


def render_inline(
    text: str, sources: dict[str, SourceRef], path: Path
) -> tuple[str, list[str], list[str]]:
    """Turn `[KEY]` into `(label)` and Markdown links into their labels.

    Returns the text, the URLs it cites or links, and the labels of the sources it cites.
    """
    urls: list[str] = []
    cited: list[str] = []

    def ref(match: re.Match[str]) -> str:
        labels = []
        for key in (k.strip() for k in match.group(1).split(";")):
            if key not in sources:
                raise IngestError(
                    f"could not read '{path.name}': source key [{key}] is not declared"
                )
            labels.append(sources[key].label)
            urls.append(sources[key].url)
        cited.extend(labels)
        return "(" + "; ".join(labels) + ")"

    def link(match: re.Match[str]) -> str:
        urls.append(match.group(2))
        return f"{match.group(1)} ({match.group(2)})"

    text = _LINK.sub(link, text)
    text = _SOURCE_REF.sub(ref, text)
    text = _EMPHASIS.sub(r"\2", text)
    return text, urls, cited


def _attributes(raw: str | None) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for token in (raw or "").split():
        if token.startswith("#"):
            attrs["id"] = token[1:]
        elif "=" in token:
            key, _, value = token.partition("=")
            attrs[key] = value.strip("\"'")
    return attrs


def load_markdown(path: Path, **defaults: Any) -> Document:
    """Load a corpus Markdown file into a Document of sections."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise IngestError(f"could not read '{path.name}': not UTF-8 text") from None
    if not raw.strip():
        raise IngestError(f"could not read '{path.name}': the file is empty")
    meta, body = split_front_matter(raw, path)
    doc_id = str(meta.get("id") or defaults.get("doc_id") or path.stem)
    plan = str(meta.get("plan") or defaults.get("plan") or "circulars")
    language = str(meta.get("language") or defaults.get("language") or "en")
    default_area = str(defaults.get("area") or "general")
    if plan not in PLANS:
        raise IngestError(f"could not read '{path.name}': plan '{plan}' is not one of {PLANS}")
    if language not in LANGUAGES:
        raise IngestError(f"could not read '{path.name}': language '{language}' is not supported")
    sources = _sources(meta, path)

    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    current: dict[str, Any] | None = None
    lines: list[str] = []
    seen: set[str] = set()
    title = str(meta.get("title") or "")

    def flush() -> None:
        if current is None:
            return
        text, urls, labels = render_inline("\n".join(lines).strip(), sources, path)
        sections.append(
            Section(
                section=current["id"],
                heading_path=current["path"],
                area=current["area"],
                text=text,
                source_urls=tuple(dict.fromkeys(urls)),
                source_labels=tuple(dict.fromkeys(labels)),
            )
        )

    in_code = False
    for line in body.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        match = None if in_code else _HEADING.match(line)
        if not match:
            lines.append(line)
            continue
        flush()
        level, heading, attrs = len(match.group(1)), match.group(2), _attributes(match.group(3))
        heading = render_inline(heading, sources, path)[0]
        title = title or heading
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
        section_id = attrs.get("id") or f"{doc_id}.{_slug(heading)}"
        if section_id in seen:
            raise IngestError(f"could not read '{path.name}': section id '{section_id}' repeats")
        seen.add(section_id)
        area = attrs.get("area", default_area)
        if area not in AREAS:
            raise IngestError(f"could not read '{path.name}': area '{area}' of '{section_id}'")
        current = {"id": section_id, "area": area, "path": tuple(h for _, h in stack)}
        lines = []
    if current is None:  # no headings at all: one section
        current = {"id": f"{doc_id}.text", "area": default_area, "path": (title or doc_id,)}
    flush()
    return Document(
        doc_id=doc_id,
        title=title or doc_id,
        plan=plan,
        language=language,
        path=str(path),
        sections=tuple(sections),
        as_of=str(meta.get("as_of") or ""),
        sources=tuple((s.label, s.url) for s in sources.values()),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"
