"""geomap: the places a news text mentions, the events at them, and an offline map.

    >>> import geomap
    >>> doc = geomap.extract(text, published="2018-05-17")   # doctest: +SKIP
    >>> geomap.Map([doc]).html()                              # doctest: +SKIP

Pipeline: recognise (text -> Mention) -> resolve (Mention -> Place) -> events
(Place -> Event, Movement) -> Document -> render (Map: HTML page, fragment, PNG).
"""

from __future__ import annotations

from .errors import GeomapError, InputError, InputNotFound, OutputError, RenderError
from .model import Document, Event, EventPlace, Mention, Movement, Place, Quantity
from .pipeline import extract, places
from .render import Map

__all__ = [
    "Document",
    "Event",
    "EventPlace",
    "GeomapError",
    "InputError",
    "InputNotFound",
    "Map",
    "Mention",
    "Movement",
    "OutputError",
    "Place",
    "Quantity",
    "RenderError",
    "extract",
    "places",
]
__version__ = "0.1.0"
