"""The library's front door: text in, typed values out. Each call is one pipeline run:
recognise -> resolve (-> events -> movements, in `extract`)."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer import Gazetteer, open_gazetteer

from .model import Place
from .recognise import mentions_for_spans, recognise
from .resolve import resolve

__all__ = ["places"]


def places(text: str, *, gazetteer: Gazetteer | None = None,
           spans: Sequence[tuple[int, int]] | None = None, threshold: float = 0.4) -> list[Place]:
    """The places `text` mentions, resolved, in text order.

    With `spans`, exactly those character spans are resolved (gold-span mode).

    >>> [p.name for p in places("Talks were held in Astana.")]   # doctest: +SKIP
    ['Astana']
    """
    gaz = gazetteer or open_gazetteer()
    if spans is not None:
        mentions = mentions_for_spans(text, spans, gazetteer=gaz)
    else:
        mentions = recognise(text, gazetteer=gaz, threshold=threshold)
    return resolve(mentions)
