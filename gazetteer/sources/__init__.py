"""Data sources of the gazetteer: each module turns one packaged dataset into PlaceRecords.

Every source is read from files that a Python package ships; nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["NameKind", "PlaceRecord", "names_of"]

NameKind = str  # "primary" | "alternate" | "abbreviation" | "demonym"


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One place as a source gives it, before it is written to the database."""

    key: str
    """Unique across sources, e.g. "gn:169389", "adm:SY.12", "country:SY", "curated:eastern-ghouta"."""
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
    names: tuple[tuple[str, NameKind], ...]
    source: str
    bbox: tuple[float, float, float, float] | None = None
    importance: float | None = None
    """Set where a source knows better than population and feature type (see build)."""
    parts: tuple[tuple[str, float, float], ...] = ()
    """(part, lat, lon) of points inside the directional parts of the place's land ("north",
    gazetteer.parts), where the source knows its land: a state's "southern Florida" on the
    peninsula, not at the centre of its bounding box's southern third, out in the Gulf."""


def names_of(
    primary: str, alternates: Iterable[str], kind: NameKind = "alternate"
) -> tuple[tuple[str, NameKind], ...]:
    """The primary name first, then each distinct non-empty alternate."""
    seen = {primary}
    out: list[tuple[str, NameKind]] = [(primary, "primary")]
    for alt in alternates:
        alt = alt.strip()
        if alt and alt not in seen:
            seen.add(alt)
            out.append((alt, kind))
    return tuple(out)
