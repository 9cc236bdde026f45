"""geomap's errors, one root.

    GeomapError (Exception)
    ├── InputError (GeomapError, ValueError)        unreadable or unusable input text/JSON
    │   └── InputNotFound (InputError, FileNotFoundError)
    ├── OutputError (GeomapError, OSError)          the output could not be written
    ├── RenderError (GeomapError, RuntimeError)     a map or image could not be made
    └── NerUnavailable (GeomapError, RuntimeError)  spaCy NER asked for, spaCy or its model missing

Gazetteer failures are `gazetteer.GazetteerError` (rooted in geopy's `GeopyError`); the
CLI reports both kinds as one-line messages.
"""

from __future__ import annotations

__all__ = ["GeomapError", "InputError", "InputNotFound", "NerUnavailable", "OutputError", "RenderError"]


class GeomapError(Exception):
    """Root of every error geomap itself raises."""


class InputError(GeomapError, ValueError):
    """The input cannot be used: empty, binary, not UTF-8, too large, malformed JSON."""


class InputNotFound(InputError, FileNotFoundError):
    """An input path does not exist."""


class OutputError(GeomapError, OSError):
    """An output file could not be written."""


class RenderError(GeomapError, RuntimeError):
    """A map, report or image could not be produced."""


class NerUnavailable(GeomapError, RuntimeError):
    """spaCy NER was asked for, but spaCy or the model is not installed."""
