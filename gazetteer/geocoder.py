"""The offline gazetteer behind geopy's geocoder contract.

`Geocoder` can stand in for any geopy geocoder (`geocode`, `reverse`, returning None, a
`geopy.Location` with `raw`, or a list), so code written for Nominatim runs offline.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geopy.location import Location
from geopy.point import Point

from .errors import GazetteerQueryError
from .model import Candidate
from .store import Gazetteer, open_gazetteer

__all__ = ["Geocoder"]


def _address(gazetteer: Gazetteer, candidate: Candidate) -> str:
    parts = [candidate.name]
    for part in (candidate.admin2, candidate.admin1):
        if part and part not in parts:
            parts.append(part)
    if candidate.country_code and candidate.feature_code != "PCLI":
        parts.append(gazetteer.country_name(candidate.country_code))
    return ", ".join(parts)


def to_location(gazetteer: Gazetteer, candidate: Candidate) -> Location:
    return Location(_address(gazetteer, candidate), (candidate.lat, candidate.lon), candidate.to_dict())


class Geocoder:
    """geopy's geocoder contract over the offline gazetteer.

    >>> Geocoder().geocode("Idlib").raw["country_code"]   # doctest: +SKIP
    'SY'
    """

    def __init__(self, gazetteer: Gazetteer | Path | None = None, *, fuzzy: bool = False) -> None:
        self._gazetteer = gazetteer if isinstance(gazetteer, Gazetteer) else None
        self._path = gazetteer if isinstance(gazetteer, Path) else None
        self.fuzzy = fuzzy

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = open_gazetteer(self._path)
        return self._gazetteer

    def geocode(
        self,
        query: str | dict[str, str],
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
        timeout: float | None = None,
        **_ignored: Any,
    ) -> Location | list[Location] | None:
        """Locations for a place name, best first; None when nothing matches."""
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        if not isinstance(query, str) or not query.strip():
            raise GazetteerQueryError("geocode needs a non-empty place name")
        codes = [country_codes] if isinstance(country_codes, str) else country_codes
        name = query.split(",")[0] if "," in query else query
        candidates = self.gazetteer.lookup(name, country_codes=codes, fuzzy=self.fuzzy)
        if "," in query and candidates:
            qualifiers = [q.strip().casefold() for q in query.split(",")[1:] if q.strip()]
            candidates = sorted(
                candidates,
                key=lambda c: -sum(q in _address(self.gazetteer, c).casefold() for q in qualifiers),
            )
        if not candidates:
            return None
        locations = [to_location(self.gazetteer, c) for c in candidates[: limit or None]]
        return locations[0] if exactly_one else locations

    def reverse(
        self,
        query: Point | tuple[float, float] | str,
        *,
        exactly_one: bool = True,
        limit: int | None = None,
        timeout: float | None = None,
        **_ignored: Any,
    ) -> Location | list[Location] | None:
        """The populated place nearest to a point (with its country in `raw`)."""
        try:
            point = Point(query)
        except (ValueError, TypeError) as exc:
            raise GazetteerQueryError(f"not a point: {query!r}") from exc
        found = self.gazetteer.nearest(point.latitude, point.longitude, limit=limit or 1)
        if not found:
            return None
        country = self.gazetteer.country_at(point.latitude, point.longitude)
        locations = []
        for candidate, km in found:
            location = to_location(self.gazetteer, candidate)
            location.raw["distance_km"] = round(km, 3)
            location.raw["country"] = country.to_dict() if country else None
            locations.append(location)
        return locations[0] if exactly_one else locations
