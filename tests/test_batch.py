"""Batches on several processes (geomap.batch), with the real gazetteer."""

from __future__ import annotations

import threading

import geomap
from gazetteer import Gazetteer
from geomap.batch import CHUNK, CHUNKS_AHEAD, BatchDocument, places_in_batch


def _documents(seed_text: str) -> list[BatchDocument | None]:
    docs: list[BatchDocument | None] = []
    for k in range(2 * CHUNK * CHUNKS_AHEAD + 5):  # more than the chunks handed out at once
        if k % 17 == 3:
            docs.append(None)
        elif k % 31 == 0:
            docs.append(BatchDocument(seed_text))
        else:
            docs.append(BatchDocument(f"Aid {k} reached Aleppo and Idlib from Gaziantep."))
    text = "Fighting near Aleppo."
    docs.append(BatchDocument(text, spans=[(14, 20)]))
    return docs


def test_several_processes_give_what_one_gives_in_order(gaz: Gazetteer, seed_text: str) -> None:
    docs = _documents(seed_text)
    one = list(places_in_batch(docs, jobs=1, gazetteer=gaz))
    two = list(places_in_batch(iter(docs), jobs=2, gazetteer=gaz))
    assert two == one and len(two) == len(docs)
    assert [k for k, found in enumerate(two) if found is None] == [k for k, d in enumerate(docs) if d is None]
    assert [p.name for p in two[1] or []] == ["Aleppo", "Idlib", "Gaziantep"]
    assert two[-1] is not None and [(p.start, p.end) for p in two[-1]] == [(14, 20)]
    seed = two[0]
    assert seed is not None and seed == geomap.places(seed_text, gazetteer=gaz)


def test_a_process_that_runs_threads_starts_its_workers_safely(gaz: Gazetteer) -> None:
    """With another thread alive the workers are not forked from this process (a fork could copy a
    held lock), and the batch still comes back whole."""
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        docs = [BatchDocument(f"Talks {k} in Astana.") for k in range(20)]
        found = list(places_in_batch(docs, jobs=2, gazetteer=gaz))
    finally:
        release.set()
        other.join()
    assert [[p.name for p in f or []] for f in found] == [["Astana"]] * 20
