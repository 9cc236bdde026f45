"""The gazetteer's errors, one root.

    GazetteerError (geopy.exc.GeopyError)
    ├── GazetteerNotBuilt (GazetteerError, FileNotFoundError)
    ├── GazetteerCorrupt (GazetteerError, ValueError)
    ├── GazetteerBuildError (GazetteerError, RuntimeError)
    └── GazetteerQueryError (geopy.exc.GeocoderQueryError)   bad query, like geopy's

Each subclass also inherits the built-in exception that means the same, so callers that
know nothing of geomap can still catch them.
"""

from __future__ import annotations

from geopy.exc import GeocoderQueryError, GeopyError

__all__ = [
    "GazetteerBuildError",
    "GazetteerCorrupt",
    "GazetteerError",
    "GazetteerNotBuilt",
    "GazetteerQueryError",
]


class GazetteerError(GeopyError):
    """Root of every error the gazetteer raises."""


class GazetteerNotBuilt(GazetteerError, FileNotFoundError):
    """No gazetteer database at the expected path; run `geomap gazetteer build`."""


class GazetteerCorrupt(GazetteerError, ValueError):
    """The database file exists but is unreadable or of another schema version."""


class GazetteerBuildError(GazetteerError, RuntimeError):
    """A build could not finish (a source is missing or malformed)."""


class GazetteerQueryError(GazetteerError, GeocoderQueryError):
    """The query itself is unusable (empty, not text, coordinates out of range)."""
