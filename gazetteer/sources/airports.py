"""Airports and air bases from the `airportsdata` package (IATA codes, official names, points), with
the short names news gives the major ones (gazetteer/data/airport_names.csv: "Heathrow", "Schiphol").

An airport is only found by a name that cannot be anything else: its official name ("London Heathrow
Airport"), which says it is an airport or air base, or a curated short name. Short names and the
airports that have them rank as a city of a few hundred thousand people (they are as well known);
other airports, reachable by their full names only, rank low.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import PlaceRecord, names_of
from .countries import read_data_csv

if TYPE_CHECKING:
    from airportsdata import Airport

__all__ = ["airport_records"]

SOURCE = "airportsdata (MIT; IATA airports), with gazetteer/data/airport_names.csv"
MAJOR_IMPORTANCE = 5.5
"""As a city of about 300,000 people: Heathrow, not Heathrow, Florida (5,000 people)."""
MINOR_IMPORTANCE = 4.0
_SUFFIXES = ("Airport", "International Airport")
"""How news completes a short name: "Dulles Airport", "Dulles International Airport"."""
_AIRPORT_WORDS = ("Airport", "International", "Airfield", "Aerodrome")
_BASE_WORDS = ("Air Base", "Air Force Base", "RAF ", "CFB ", "Air Station")


def _kind(name: str) -> str | None:
    if any(w in name for w in _BASE_WORDS):
        return "AIRB"
    if any(w in name for w in _AIRPORT_WORDS):
        return "AIRP"
    return None  # "Kabwum": a town's name; the town is in the gazetteer already


INSTALLATION_IMPORTANCE = 4.5
"""A military installation that an airfield serves ("Fort Benning"), as a town of about 30,000
people: tens of thousands of soldiers and their families live and train on such a post."""
_MILITARY = re.compile(r"\b(?:Army|Marine Corps|Mcas)\b", re.IGNORECASE)
"""The Army's and the Marines' airfields, which serve posts named "Fort" and "Camp" (a naval air
station's city is a city: "Fort Worth")."""
_INSTALLATION_IN_NAME = re.compile(r"\(((?:Fort|Camp) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\)")
_INSTALLATION_AS_CITY = re.compile(r"((?:Fort|Camp) [A-Z][\w'-]+)(?:\s*\(|/|$)")


def _installation(airport: Airport) -> str | None:
    """The military post a military airfield serves, as the data names it: in brackets after the
    airfield's name ("Lawson Army Air Field (Fort Benning) Airport"), or as its city, "Fort" or
    "Camp" and one word ("Marshall Army Air Field" of "Fort Riley (Junction City)"). News names the
    post, which GeoNames' populated places often lack."""
    name = airport["name"]
    if not _MILITARY.search(name):
        return None
    found = _INSTALLATION_IN_NAME.search(name) or _INSTALLATION_AS_CITY.match(airport["city"].strip())
    return found.group(1) if found else None


def _other_form(name: str) -> list[str]:
    """The name with or without "International", as news writes either: "Salgado Filho
    International Airport" of the "Salgado Filho Airport" the data has, "Kotoka Airport" too."""
    if name.endswith(" International Airport"):
        return [name.removesuffix(" International Airport") + " Airport"]
    if name.endswith(" Airport") and " International" not in name:
        return [name.removesuffix(" Airport") + " International Airport"]
    return []


def airport_records() -> Iterator[PlaceRecord]:
    import airportsdata

    short: dict[str, list[str]] = {}
    for row in read_data_csv("airport_names.csv"):
        names = [a for a in row["aliases"].split("|") if a]
        short[row["iata"]] = names + [
            f"{a} {suffix}" for a in names if not a.endswith("Airport") for suffix in _SUFFIXES
        ]
    for code, airport in airportsdata.load("IATA").items():
        if not airport["country"]:
            continue
        name = airport["name"].strip()
        post = _installation(airport)
        if post is not None:
            yield _at_airport(airport, f"installation:{post}", post, "MILB", [], INSTALLATION_IMPORTANCE)
        kind = _kind(name)
        if kind is None:
            continue
        aliases = short.get(code, [])
        importance = MAJOR_IMPORTANCE if aliases else MINOR_IMPORTANCE
        yield _at_airport(airport, f"airport:{code}", name, kind, [*aliases, *_other_form(name)], importance)


def _at_airport(
    airport: Airport, key: str, name: str, code: str, aliases: list[str], importance: float
) -> PlaceRecord:
    """A place at an airport's point: the airport itself, or the post its airfield serves."""
    return PlaceRecord(
        key=key,
        geonameid=None,
        name=name,
        lat=float(airport["lat"]),
        lon=float(airport["lon"]),
        feature_class="S",
        feature_code=code,
        country_code=airport["country"],
        admin1=airport["subd"] or None,
        admin2=None,
        population=0,
        names=names_of(name, aliases),
        source=SOURCE,
        importance=importance,
    )
