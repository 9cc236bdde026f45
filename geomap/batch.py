"""Many documents at once: `places` over a stream of documents, on several processor cores.

Each worker process opens the gazetteer file itself (an SQLite connection does not cross processes), and
results come back in input order. Documents are handed out a few chunks ahead of the results
written, so a batch of any size runs in bounded memory, as the one-process path does.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer import Gazetteer, open_gazetteer

from .model import Place
from .pipeline import places
from .recognise import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.pool import AsyncResult

__all__ = ["BatchDocument", "available_cores", "places_in_batch"]

CHUNK = 16
"""Documents sent to a worker in one message."""
CHUNKS_AHEAD = 4
"""Chunks handed out per worker before the oldest one's results are waited for: enough to keep
every worker busy, few enough to bound memory; results still come back in input order."""


@dataclass(frozen=True, slots=True)
class BatchDocument:
    """One document of a batch: its text and, to resolve given names only, their spans."""

    text: str
    spans: Sequence[tuple[int, int]] | None = None


def available_cores() -> int:
    """The processor cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context() -> BaseContext:
    """Fork where this process runs one thread (the command line): the quickest start. A forked
    copy of a process that runs threads (a notebook's, a browser driver's) may deadlock, so such a
    process starts its workers from a fork server (or afresh, where there is none). Imported here:
    one process needs none of it."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["geomap.batch"])
        return context
    return multiprocessing.get_context("spawn")


_worker: tuple[Gazetteer, float, str | None] | None = None
"""A worker process's gazetteer, threshold and NER model."""


def _start_worker(path: Path, threshold: float, ner: str | None) -> None:
    global _worker
    _worker = (Gazetteer(path), threshold, ner)


def _work_chunk(docs: list[BatchDocument | None]) -> list[list[Place] | None]:
    assert _worker is not None, "_start_worker runs first in each worker"
    gazetteer, threshold, ner = _worker
    return [
        None
        if doc is None
        else places(doc.text, gazetteer=gazetteer, spans=doc.spans, threshold=threshold, ner=ner)
        for doc in docs
    ]


def places_in_batch(
    documents: Iterable[BatchDocument | None],
    *,
    jobs: int = 0,
    gazetteer: Gazetteer | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    ner: str | None = None,
) -> Iterator[list[Place] | None]:
    """`places` of each document, in input order, on `jobs` worker processes (0: one per core;
    1: in this process). A None in `documents` (one that could not be read) stays a None.

    >>> docs = (BatchDocument(text) for text in texts)              # doctest: +SKIP
    >>> for found in places_in_batch(docs, jobs=4): ...            # doctest: +SKIP
    """
    gazetteer = gazetteer or open_gazetteer()
    jobs = jobs or available_cores()
    if jobs <= 1:
        for doc in documents:
            yield (
                None
                if doc is None
                else places(doc.text, gazetteer=gazetteer, spans=doc.spans, threshold=threshold, ner=ner)
            )
        return
    options = (gazetteer.path, threshold, ner)
    stream = iter(documents)
    with _context().Pool(jobs, initializer=_start_worker, initargs=options) as pool:
        pending: deque[AsyncResult[list[list[Place] | None]]] = deque()
        while chunk := list(itertools.islice(stream, CHUNK)):
            pending.append(pool.apply_async(_work_chunk, (chunk,)))
            if len(pending) >= jobs * CHUNKS_AHEAD:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
