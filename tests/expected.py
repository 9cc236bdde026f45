"""Checks a Document against an expected file (the format of seeds/*.expected.json)."""

from __future__ import annotations

from typing import Any

from gazetteer.store import haversine_km
from geomap import Document, Place


def _names(place: Place) -> set[str]:
    return {place.mention, place.name}


def _place_ok(place: Place, spec: dict[str, Any]) -> str | None:
    if "country_code" in spec and place.country_code != spec["country_code"]:
        return f"{spec['mention']}: country {place.country_code}, expected {spec['country_code']}"
    if spec.get("kind") == "country" and place.feature_code != "PCLI":
        return f"{spec['mention']}: {place.feature_code}, expected a country"
    if "lat" in spec:
        km = haversine_km(place.lat, place.lon, spec["lat"], spec["lon"])
        if km > spec["tolerance_km"]:
            return f"{spec['mention']}: {km:.0f} km from the expected point"
    if "min_lat" in spec and place.lat < spec["min_lat"]:
        return f"{spec['mention']}: latitude {place.lat:.2f} below {spec['min_lat']}"
    return None


def check(doc: Document, expected: dict[str, Any]) -> list[str]:
    """Every way `doc` falls short of `expected`; an empty list when it matches."""
    problems: list[str] = []
    for spec in expected.get("places", []):
        found = [p for p in doc.places if p.mention == spec["mention"]]
        if not found:
            problems.append(f"place not found: {spec['mention']}")
        problems += [m for p in found if (m := _place_ok(p, spec))]
    for spec in expected.get("optional_places", []):
        problems += [m for p in doc.places if p.mention == spec["mention"] and (m := _place_ok(p, spec))]
    for name in expected.get("not_places", []):
        if any(p.mention == name for p in doc.places):
            problems.append(f"not a place, but reported: {name}")
    for spec in expected.get("events", []):
        ok = [
            e
            for e in doc.events
            if e.category == spec["category"]
            and any(spec["place"] in _names(ep.place) for ep in e.places)
            and ("date" not in spec or (e.date or "").startswith(spec["date"]))
            and ("quantity" not in spec or (e.quantity is not None and e.quantity.value == spec["quantity"]))
        ]
        if not ok:
            problems.append(f"event not found: {spec}")
    for spec in expected.get("not_events", []):
        if any(
            e.category == spec["category"] and any(spec["place"] in _names(ep.place) for ep in e.places)
            for e in doc.events
        ):
            problems.append(f"event that should not be there: {spec}")
    for spec in expected.get("movements", []):
        moves = [
            m
            for m in doc.movements
            if m.category == spec["category"]
            and m.origin is not None
            and spec["origin"] in _names(m.origin)
            and m.destination is not None
            and spec["destination"] in _names(m.destination)
            and ("date" not in spec or (m.date or "").startswith(spec["date"]))
            and (
                "quantity_text" not in spec
                or (m.quantity is not None and m.quantity.text == spec["quantity_text"])
            )
            and (
                "lower_bound" not in spec
                or (m.quantity is not None and m.quantity.lower_bound == spec["lower_bound"])
            )
        ]
        if not moves:
            problems.append(f"movement not found: {spec}")
    for spec in expected.get("not_movements", []):
        # an end given as null must be missing; a name, that place
        def end_ok(place: Place | None, name: str | None) -> bool:
            return place is None if name is None else place is not None and name in _names(place)

        if any(
            m.category == spec["category"]
            and end_ok(m.origin, spec["origin"])
            and end_ok(m.destination, spec["destination"])
            for m in doc.movements
        ):
            problems.append(f"movement that should not be there: {spec}")
    return problems
