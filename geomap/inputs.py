"""Reading untrusted input: files, standard input, JSONL batches. Every failure is an InputError
with a one-line message; nothing here writes anything."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .dates import parse_published
from .errors import InputError, InputNotFound

__all__ = ["MAX_BYTES", "BatchItem", "decode", "read_jsonl", "read_source"]

MAX_BYTES = 20_000_000
"""Largest single article accepted (20 MB); news articles are a few kB."""


@dataclass(frozen=True)
class BatchItem:
    """One line of a JSONL batch: a document, or the error that line produced."""

    id: str
    text: str | None = None
    published: str | None = None
    spans: tuple[tuple[int, int], ...] | None = None
    error: str | None = None


def decode(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> str:
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data) / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB "
            "limit for one article; split it, or use --jsonl for many documents"
        )
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text


def read_source(path: str, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file, or of standard input for '-'."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return decode(data, "standard input", max_bytes=max_bytes)
    p = Path(path)
    if not p.exists():
        raise InputNotFound(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{path}: {size / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB "
            "limit for one article; split it, or use --jsonl for many documents"
        )
    return decode(p.read_bytes(), path, max_bytes=max_bytes)


def read_jsonl(path: str) -> Iterator[BatchItem]:
    """Documents of a JSONL batch; a bad line becomes a BatchItem with an error, and the run goes on."""
    if path == "-":
        yield from _parse_lines(iter(sys.stdin.buffer))
        return
    p = Path(path)
    if not p.exists():
        raise InputNotFound(f"{path}: no such file")
    with p.open("rb") as handle:
        yield from _parse_lines(handle)


def _parse_lines(lines: Iterator[bytes] | BinaryIO) -> Iterator[BatchItem]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        fallback_id = f"line{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield BatchItem(id=fallback_id, error=f"line {number}: not valid UTF-8")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BatchItem(id=fallback_id, error=f"line {number}: malformed JSON ({exc.msg})")
            continue
        if not isinstance(doc, dict):
            yield BatchItem(id=fallback_id, error=f"line {number}: expected a JSON object")
            continue
        doc_id = str(doc.get("id", fallback_id))
        text = doc.get("text")
        if not isinstance(text, str):
            yield BatchItem(id=doc_id, error=f'line {number}: no "text" string')
            continue
        if not text.strip():
            yield BatchItem(id=doc_id, error=f'line {number}: "text" is empty')
            continue
        if len(text) > MAX_BYTES:
            yield BatchItem(id=doc_id, error=f"line {number}: text larger than {MAX_BYTES / 1e6:.0f} MB")
            continue
        spans = doc.get("spans")
        parsed: tuple[tuple[int, int], ...] | None = None
        if spans is not None:
            try:
                parsed = tuple((int(a), int(b)) for a, b in spans)
            except (TypeError, ValueError):
                yield BatchItem(id=doc_id, error=f'line {number}: "spans" must be [[start, end], ...]')
                continue
            problem = span_problem(text, parsed)
            if problem:
                yield BatchItem(id=doc_id, error=f"line {number}: {problem}")
                continue
        published = doc.get("published")
        if published_problem(published):
            yield BatchItem(id=doc_id, error=f'line {number}: "published" must be a date in YYYY-MM-DD form')
            continue
        yield BatchItem(id=doc_id, text=text, published=published, spans=parsed)


def published_problem(value: object) -> str | None:
    """What is wrong with a publication date, if anything (None is no date, and fine)."""
    if value is not None and (not isinstance(value, str) or parse_published(value) is None):
        return f"{value!r} is not a date in YYYY-MM-DD form"
    return None


def span_problem(text: str, spans: Iterable[tuple[int, int]]) -> str | None:
    """What is wrong with these character spans of `text` (one outside it, or empty), if anything."""
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            return f"span [{start}, {end}] is not one of this text: 0 <= start < end <= {len(text)}"
    return None
