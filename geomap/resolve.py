"""Which real place each name is.

Each candidate of a mention is scored by:
- its prior: the gazetteer's importance (population and feature type) and how the name matched;
- the document: countries and first-level divisions it names (or whose places it names
  unambiguously), and distance to the places already resolved with confidence;
- cue words: "the city of", "province", and a qualifier after a comma ("Alexandria, La.");
- one sense per document: the same name in one document is one place.
Confidence is the softmax share of the winning candidate, times the recogniser's score.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from gazetteer import Candidate, Gazetteer, fold
from gazetteer.store import haversine_km

from .model import Mention, Place

__all__ = ["part_point", "resolve"]

W_PRIOR = 1.0
W_ALTERNATE = -1.0
W_COUNTRY = 2.5
W_ADMIN1 = 2.0
W_DISTANCE = 2.0
W_CUE = 2.0
W_QUALIFIER = 4.0
W_SEAT = 0.5
DISTANCE_SCALE_KM = 1500.0


def _country_of(candidates: Sequence[Candidate]) -> str | None:
    top = candidates[0]
    if top.feature_code == "PCLI" or top.match == "demonym":
        return top.country_code
    return None


def _context(mentions: Sequence[Mention]) -> tuple[dict[str, float], set[str], list[Candidate]]:
    """Countries (weighted by mentions), admin1 names, and anchors (unambiguous places)."""
    countries: dict[str, float] = defaultdict(float)
    admin1: set[str] = set()
    anchors: list[Candidate] = []
    for m in mentions:
        if not m.candidates:
            continue
        code = _country_of(m.candidates)
        if code:
            countries[code] += 1.0
        top = m.candidates[0]
        if top.feature_code in {"ADM1", "PCLI"} or top.feature_class == "A":
            admin1.add(fold(top.name))
            admin1.add(fold(m.text))
        unique_country = {c.country_code for c in m.candidates}
        if len(unique_country) == 1 and top.feature_code != "CONT":
            countries[top.country_code] += 0.5
            if top.feature_code not in {"PCLI"}:
                anchors.append(top)
    return countries, admin1, anchors


def _scores(m: Mention, countries: dict[str, float], admin1: set[str], anchors: list[Candidate]
            ) -> list[float]:
    q = m.qualifier
    out = []
    for c in m.candidates:
        s = W_PRIOR * c.importance
        if c.match == "alternate":
            s += W_ALTERNATE
        if c.country_code and c.country_code in countries and c.feature_code != "PCLI":
            s += W_COUNTRY * min(1.0, countries[c.country_code])
        if c.admin1 and fold(c.admin1) in admin1 and c.feature_code not in {"ADM1", "PCLI"}:
            s += W_ADMIN1
        if anchors and c.feature_code not in {"PCLI", "CONT"}:
            nearest = min(haversine_km(c.lat, c.lon, a.lat, a.lon) for a in anchors if a is not c)\
                if any(a is not c for a in anchors) else None
            if nearest is not None:
                s += W_DISTANCE * max(0.0, 1.0 - nearest / DISTANCE_SCALE_KM)
        if m.cue == "city" and c.feature_class == "P":
            s += W_CUE
        elif m.cue in {"province", "region", "county"} and c.feature_class == "A" and c.feature_code != "PCLI":
            s += W_CUE
        elif m.cue == "country" and c.feature_code == "PCLI":
            s += W_CUE
        if q is not None and q.place_id != c.place_id and c.country_code == q.country_code and (
            q.feature_code == "PCLI" or q.name in (c.admin1, c.admin2)
        ):
            s += W_QUALIFIER
        if c.feature_code in {"PPLA", "PPLC"}:
            s += W_SEAT
        out.append(s)
    return out


def resolve(mentions: Sequence[Mention]) -> list[Place]:
    """One Place per mention that has a candidate, in text order."""
    countries, admin1, anchors = _context(mentions)
    by_key: dict[tuple[int, ...], list[float]] = {}
    chosen: dict[tuple[int, ...], tuple[int, float]] = {}
    # one sense per document: pool the evidence of every mention of the same name
    for m in mentions:
        if not m.candidates:
            continue
        key = tuple(c.place_id for c in m.candidates)
        scores = _scores(m, countries, admin1, anchors)
        if key in by_key:
            by_key[key] = [max(a, b) for a, b in zip(by_key[key], scores, strict=True)]
        else:
            by_key[key] = scores
    for key, scores in by_key.items():
        best = max(range(len(scores)), key=scores.__getitem__)
        top = scores[best]
        total = sum(math.exp(s - top) for s in scores)
        chosen[key] = (best, 1.0 / total)
    places = []
    for m in mentions:
        if not m.candidates:
            continue
        index, share = chosen[tuple(c.place_id for c in m.candidates)]
        c = m.candidates[index]
        places.append(Place(mention=m.text, start=m.start, end=m.end, name=c.name, lat=c.lat, lon=c.lon,
                            geonameid=c.geonameid, feature_code=c.feature_code,
                            country_code=c.country_code, admin1=c.admin1,
                            confidence=round(share * m.score, 3), part=m.part))
    return places


def part_point(gazetteer: Gazetteer, place: Place) -> tuple[float, float]:
    """A point inside the named part ("north") of a place's extent, or the place's own point.

    For a country the extent is its Natural Earth outline; the part is the third of the
    outline's bounding box towards that direction, intersected with the outline, and the
    point is a representative point of that piece (always inside the country).
    """
    if not place.part:
        return place.lat, place.lon
    from shapely import box

    outline = gazetteer.outline(place.country_code) if place.feature_code == "PCLI" else None
    if outline is None:
        found = gazetteer.lookup(place.name)
        bbox = next((c.bbox for c in found if c.geonameid == place.geonameid and c.bbox), None)
        if bbox is None:
            return place.lat, place.lon
        outline = box(*bbox)
    minx, miny, maxx, maxy = outline.bounds
    w, h = (maxx - minx) / 3, (maxy - miny) / 3
    x0, y0, x1, y1 = minx, miny, maxx, maxy
    if "north" in place.part:
        y0 = maxy - h
    if "south" in place.part:
        y1 = miny + h
    if "east" in place.part:
        x0 = maxx - w
    if "west" in place.part:
        x1 = minx + w
    if place.part == "centre":
        x0, y0, x1, y1 = minx + w, miny + h, maxx - w, maxy - h
    piece = outline.intersection(box(x0, y0, x1, y1))
    if piece.is_empty:
        return place.lat, place.lon
    point = piece.representative_point()
    return point.y, point.x
