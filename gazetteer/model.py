"""The gazetteer's value types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["Candidate", "CountryInfo", "point_feature"]


def point_feature(lat: float, lon: float, properties: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Point Feature (coordinates in GeoJSON's lon, lat order)."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": (lon, lat)},
        "properties": properties,
    }


class Candidate(NamedTuple):
    """One real place that a name could denote, as stored in the gazetteer.

    Immutable and typed like the other values; a named tuple rather than a frozen dataclass
    because lookups build hundreds of thousands of them a second (three times cheaper to make).
    """

    place_id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str | None
    admin2: str | None
    population: int
    source: str
    importance: float
    match: str = "primary"
    """How the queried name matched: primary, alternate, abbreviation, demonym or fuzzy."""
    bbox: tuple[float, float, float, float] | None = None
    """(min_lon, min_lat, max_lon, max_lat) for areas (countries, divisions, regions)."""
    names: int = 0
    """How many names (folded) the sources give the place, its own and its alternates in many
    languages: a sign of how widely it is known (Davos 15, Cannes 23, Headingley in Manitoba 1)."""

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        return point_feature(self.lat, self.lon, self.to_dict())

    def holds(self, place: Candidate) -> bool:
        """Whether this country or division is the one `place` lies in, by the gazetteer's names."""
        if self.place_id == place.place_id or self.country_code != place.country_code:
            return False
        return self.feature_code == "PCLI" or self.name in (place.admin1, place.admin2)

    def to_dict(self) -> dict[str, Any]:
        """The contract's Place keys that apply to a gazetteer entry, plus provenance."""
        data = self._asdict()
        data.pop("place_id")
        data["bbox"] = list(self.bbox) if self.bbox else None
        return data


@dataclass(frozen=True, slots=True)
class CountryInfo:
    """A country as `reverse` reports it."""

    country_code: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "country_code": self.country_code}
