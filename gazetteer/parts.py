"""Directional parts of a place's extent: "northern Syria" is a point inside Syria's north.

The part is the third of the extent's bounds towards the direction (both thirds for "northeast",
the middle third both ways for "centre"). For a country, the extent is its outline (its mainland
where it has one, see `part_extent`); the piece of it inside that band and its representative
point (always inside the outline) are worked out once, when the gazetteer is built, so answering
needs no geometry library. A first-level division's parts are those of its land, the grid cells
of its country's outline nearest its places (gazetteer.sources.divisions), also worked out at build
time. For other areas, whose extent is a bounding box, the point is the centre of the part's box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["PARTS", "box_part_point", "outline_part_points", "part_box", "part_extent"]

PARTS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre")

Bounds = tuple[float, float, float, float]
"""min_lon, min_lat, max_lon, max_lat"""


def part_box(bounds: Bounds, part: str) -> Bounds:
    """The band of `bounds` that `part` names."""
    minx, miny, maxx, maxy = bounds
    w, h = (maxx - minx) / 3, (maxy - miny) / 3
    x0, y0, x1, y1 = minx, miny, maxx, maxy
    if "north" in part:
        y0 = maxy - h
    if "south" in part:
        y1 = miny + h
    if "east" in part:
        x0 = maxx - w
    if "west" in part:
        x1 = minx + w
    if part == "centre":
        x0, y0, x1, y1 = minx + w, miny + h, maxx - w, maxy - h
    return x0, y0, x1, y1


def box_part_point(bounds: Bounds, part: str) -> tuple[float, float]:
    """(lat, lon) of the centre of the part of a bounding box."""
    x0, y0, x1, y1 = part_box(bounds, part)
    return (y0 + y1) / 2, (x0 + x1) / 2


def part_extent(outline: BaseGeometry) -> tuple[BaseGeometry, bool]:
    """The geometry whose parts a country's directional parts are, and whether it was moved a turn
    east. A country's mainland, where one polygon holds 70% of it ("northern United States" is
    Montana, not Alaska); else its main islands, the polygons of a tenth of the largest's size or
    more ("northern New Zealand" is the North Island, not Tokelau). Across the antimeridian the
    western-hemisphere pieces are moved a turn east, so the extent is contiguous ("eastern Russia"
    is Chukotka, not the middle of the Atlantic)."""
    import math

    from shapely.affinity import translate
    from shapely.geometry import MultiPolygon
    from shapely.ops import unary_union

    if not isinstance(outline, MultiPolygon):
        return outline, False

    def size(g: BaseGeometry) -> float:  # area in square degrees, corrected for latitude
        return float(g.area) * math.cos(math.radians(g.centroid.y))

    pieces = list(outline.geoms)
    largest = max(size(g) for g in pieces)
    if largest >= 0.7 * sum(size(g) for g in pieces):
        return max(pieces, key=size), False
    main = [g for g in pieces if size(g) >= 0.1 * largest]
    extent = unary_union(main)
    if extent.bounds[2] - extent.bounds[0] > 180:
        moved = unary_union([translate(g, xoff=360) if g.centroid.x < 0 else g for g in main])
        if moved.bounds[2] - moved.bounds[0] < extent.bounds[2] - extent.bounds[0]:
            return moved, True
    return extent, False


def outline_part_points(outline: BaseGeometry) -> dict[str, tuple[float, float]]:
    """(lat, lon) of a point inside each part (see `part_extent`) of a country's outline; a part
    whose band misses the extent has none."""
    from shapely import box

    extent, moved = part_extent(outline)
    points: dict[str, tuple[float, float]] = {}
    for part in PARTS:
        piece = extent.intersection(box(*part_box(extent.bounds, part)))
        if piece.is_empty:
            continue
        point = piece.representative_point()
        points[part] = (point.y, point.x - 360 if moved and point.x > 180 else point.x)
    return points
