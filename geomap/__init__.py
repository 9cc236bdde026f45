"""geomap: the places a news text mentions, the events at them, and an offline map.

    >>> import geomap
    >>> doc = geomap.extract(text, published="2018-05-17")   # doctest: +SKIP
    >>> geomap.Map([doc]).html()                              # doctest: +SKIP

Pipeline: recognise (text -> Mention) -> resolve (Mention -> Place) -> events
(Place -> Event, Movement) -> Document -> render (Map: HTML page, fragment, PNG).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import recognise as _recognise
from .errors import GeomapError, InputError, InputNotFound, NerUnavailable, OutputError, RenderError
from .model import Document, Event, EventPlace, Mention, Movement, Place, Quantity
from .pipeline import extract, places

COMPILED = not _recognise.__file__.endswith(".py")
"""Whether the pipeline's hot modules run compiled by mypyc (`pip install .` builds them where a C
compiler is found; see setup.py) rather than as plain Python. Both answer alike."""

if TYPE_CHECKING:
    from .batch import BatchDocument, places_in_batch
    from .render import Map


def __getattr__(name: str) -> Any:
    # folium is imported only by those who draw maps: `geomap places` starts faster without it
    if name == "Map":
        from .render import Map

        return Map
    if name in {"BatchDocument", "places_in_batch"}:
        from . import batch

        return getattr(batch, name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


__all__ = [
    "COMPILED",
    "BatchDocument",
    "Document",
    "Event",
    "EventPlace",
    "GeomapError",
    "InputError",
    "InputNotFound",
    "Map",
    "Mention",
    "Movement",
    "NerUnavailable",
    "OutputError",
    "Place",
    "Quantity",
    "RenderError",
    "extract",
    "places",
    "places_in_batch",
]
__version__ = "0.1.0"
