"""Sources -> one SQLite file, atomically.

The build writes a private temporary file beside the target and renames it into place
only once it is complete, so an interrupted build never leaves a file a later run uses,
and two concurrent builds each produce a whole database (the last rename wins).
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import GazetteerBuildError
from .normalize import alias_shape, fold, saint_variant
from .schema import SCHEMA_VERSION, STAGES, Progress, data_fingerprint, package_versions
from .sources import NameKind, PlaceRecord
from .store import DIVISION_WORDS

if TYPE_CHECKING:
    from .sources.countries import Country

__all__ = ["SCHEMA_VERSION", "STAGES", "BuildReport", "Progress", "build"]

_KIND_RANK = {"primary": 0, "alternate": 1, "abbreviation": 2, "demonym": 3}
_BONUS = {
    "PCLI": 4.0,
    "CONT": 4.0,
    "RGN": 2.0,
    "PPLC": 1.5,
    "ADM1": 0.3,
    "PPLA": 0.5,
    "ADM2": -0.5,
    "AIRB": 0.5,
    "BLDG": 0.0,
    "OCN": 9.0,
    "SEA": 7.0,
    "GULF": 7.0,
    "STRT": 6.0,
    "CNL": 6.0,
    "LK": 6.0,
    "STM": 6.0,
    "CAPE": 5.0,
    "MT": 5.0,
    "VLC": 5.0,
    "BAY": 6.0,
    "PEN": 1.0,
}
_OWN_NAME_KINDS = frozenset({"primary", "alternate"})
SEAT_SHARE = 0.25
"""A seat that holds this share of its division's people takes the division's name alone."""
SEAT_MARGIN = 0.6
"""How far below its seat such a division ranks: more than the penalty of an alternate-name match,
since the seat often carries the shared name as an alternate ("New York City")."""
# Divisions' populations are sums over their places and overstate them against a city's.
_DIVISION_DISCOUNT = 0.7

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, feature_class TEXT NOT NULL, feature_code TEXT NOT NULL,
    country_code TEXT NOT NULL, admin1 TEXT, admin2 TEXT, population INTEGER NOT NULL,
    importance REAL NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id),
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL, names INTEGER NOT NULL DEFAULT 0);
CREATE TABLE names (norm TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (norm, place_id)) WITHOUT ROWID;
CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL, place_id INTEGER NOT NULL,
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL, outline BLOB);
CREATE VIRTUAL TABLE place_points USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE TABLE country_parts (code TEXT NOT NULL, part TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    PRIMARY KEY (code, part)) WITHOUT ROWID;
CREATE TABLE place_parts (place_id INTEGER NOT NULL, part TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, PRIMARY KEY (place_id, part)) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class BuildReport:
    path: Path
    places: int
    names: int
    seconds: float
    size_bytes: int


def _importance(record: PlaceRecord) -> float:
    if record.importance is not None:
        return record.importance
    base = math.log10(max(record.population, 0) + 10)
    if record.feature_code in {"ADM1", "ADM2"}:
        base -= _DIVISION_DISCOUNT
    return round(base + _BONUS.get(record.feature_code, 0.0), 4)


def _packaged_records(countries: list[Country], progress: Progress) -> Iterator[PlaceRecord]:
    from .sources.cities import city_records
    from .sources.divisions import division_records, load_membership

    progress("divisions")
    membership = load_membership()
    outlines = {c.code: c.outline for c in countries if c.outline is not None}
    arabic = frozenset(c.code for c in countries if "ar" in c.languages)
    divisions = list(
        _with_saints(
            _without_type_word(
                _without_article(_with_division_names(division_records(membership, outlines)), arabic)
            )
        )
    )
    divisions += _composite_areas(divisions)
    progress("places")
    capitals = {c.code: c.capital for c in countries if c.capital}
    # a division's own names (not its abbreviations or adjectives): "Kherson" of "Khersonska oblast"
    division_names: dict[tuple[str, str], frozenset[str]] = {
        (d.country_code, d.name): frozenset(fold(n) for n, kind in d.names if kind in _OWN_NAME_KINDS)
        for d in divisions
        if d.feature_code in {"ADM1", "ADM2"}
    }
    cities = list(city_records(membership, capitals, arabic, division_names))
    # A division that shares a name with a populated place inside it that holds a good part of
    # its people ranks just below that place: "Idlib" alone is the city, "Idlib Governorate" the
    # province, "New York" the city; but "Quebec" stays the province, whose capital is small.
    seats: dict[tuple[str, str], list[PlaceRecord]] = {}
    for city in cities:
        admins = {
            n
            for a in (city.admin1, city.admin2)
            if a is not None
            for n in division_names.get((city.country_code, a), {fold(a)})
        }
        for name, _ in city.names:
            key = fold(name)
            if key in admins:
                seats.setdefault((city.country_code, key), []).append(city)
    for division in divisions:
        names = {fold(n) for n, _ in division.names}
        inside = [
            c
            for n in names
            for c in seats.get((division.country_code, n), [])
            if division.name in (c.admin1, c.admin2)
            # a county's name is no key by itself: Monroe, Michigan is no seat of Iowa's Monroe County
            and (division.feature_code != "ADM2" or c.admin1 == division.admin1)
        ]
        seat = max(inside, key=lambda c: c.population, default=None)
        if seat is not None and seat.population >= SEAT_SHARE * division.population:
            division = replace(division, importance=round(_importance(seat) - SEAT_MARGIN, 4))
        if seat is not None and division.country_code in arabic:
            division = _with_the_seats_spellings(division, seat, names)
        yield division
    yield from cities


def _with_the_seats_spellings(division: PlaceRecord, seat: PlaceRecord, names: set[str]) -> PlaceRecord:
    """A division of an Arabic-speaking country with the seat's other romanisations of the name
    they share: "Hodeidah" is the city of Al Hudaydah and its governorate ("Hodeidah governorate").
    Only a spelling of the same words (not "Quebec City" of Quebec, nor a name that adds to it)."""
    from .sources.cities import without_article

    own = fold((without_article([division.name]) or [division.name])[0])
    spellings = tuple(
        (n, "alternate")
        for n, _ in seat.names
        if (key := fold(n)) not in names
        and alias_shape(key, fold(division.name)) == "variant"
        and len(key.split()) == len(own.split())
        and not key.startswith(own)
    )
    return replace(division, names=(*division.names, *spellings)) if spellings else division


def _composite_areas(divisions: Sequence[PlaceRecord]) -> list[PlaceRecord]:
    """Areas made of divisions (gazetteer/data/composite_areas.csv: "Berkshire" is six unitary
    authorities, "New England" six states): the mean of their parts' points, the union of their
    extents, their people."""
    from .sources.countries import read_data_csv

    by_name = {(d.country_code, d.name): d for d in divisions}
    states = {(d.country_code, d.name): d for d in divisions if d.feature_code == "ADM1"}
    out = []
    for row in read_data_csv("composite_areas.csv"):
        code = row.get("feature_code") or "ADMD"
        # a region is made of first-level divisions ("Washington" the state, not a county)
        pool = states if code == "RGN" else by_name
        parts = [pool.get((row["country_code"], name)) for name in row["parts"].split("|")]
        found = [p for p in parts if p is not None]
        if len(found) != len(parts):
            continue  # a part renamed in the source data: better no area than a wrong one
        boxes = [p.bbox for p in found if p.bbox is not None]
        out.append(
            PlaceRecord(
                key=f"composite:{row['country_code']}:{row['name']}",
                geonameid=None,
                name=row["name"],
                lat=round(sum(p.lat for p in found) / len(found), 5),
                lon=round(sum(p.lon for p in found) / len(found), 5),
                feature_class="L" if code == "RGN" else "A",
                feature_code=code,
                country_code=row["country_code"],
                admin1=row["admin1"] or None,
                admin2=None if code == "RGN" else row["name"],
                population=(people := sum(p.population for p in found)),
                # a region ranks as a division of its people would (not with a continent's bonus):
                # "West Coast" of a New Zealand story is still its region, not the United States'
                importance=round(math.log10(people + 10) - _DIVISION_DISCOUNT + _BONUS["ADM1"], 4)
                if code == "RGN"
                else None,
                names=(
                    (row["name"], "primary"),
                    *((a, "alternate") for a in row.get("aliases", "").split("|") if a),
                ),
                source="composite areas (gazetteer/data/composite_areas.csv) of GeoNames divisions",
                bbox=(
                    min(b[0] for b in boxes),
                    min(b[1] for b in boxes),
                    max(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                )
                if boxes
                else None,
            )
        )
    return out


def _with_english_names(records: Iterable[PlaceRecord]) -> Iterator[PlaceRecord]:
    """Places gain the English names of gazetteer/data/english_names.csv ("Cologne" of Köln) as names
    of their own: GeoNames gives a famous place many alternates, coincidences among them, and a
    name matched only as one of those counts for little."""
    from .sources.countries import read_data_csv

    wanted: dict[tuple[str, str, str], list[str]] = {}
    for row in read_data_csv("english_names.csv"):
        key = (row["country_code"], row["feature_class"], fold(row["place"]))
        wanted.setdefault(key, []).append(row["name"])
    for record in records:
        extra = wanted.get((record.country_code, record.feature_class, fold(record.name)))
        if extra and record.feature_code != "PCLI":
            record = replace(record, names=(*record.names, *((n, "primary") for n in extra)))
        yield record


def _with_saints(records: Iterable[PlaceRecord]) -> Iterator[PlaceRecord]:
    """A division's name with its division word and "Saint" also with "St." and the other way round,
    of the same kind: news writes "St. Tammany Parish" of GeoNames' Saint Tammany Parish. A
    country's short name too ("St. Lucia"), and a first-level division's of some size ("the parish
    of St. Elizabeth", "St. Kitts"), which GeoNames spells only in full; not a small one's (the
    parishes of Dominica or Guernsey: "St Patrick's", "St. Peter" are as a rule churches and
    saints), nor a lower division's ("St. Louis" stays the city, not Saint Louis County), nor a
    town's: GeoNames gives towns their "St." names already, and "St X" of a foreign "Saint-X" is as
    often no such town, nor is it of a region ("Saint-Louis", Senegal)."""
    for record in records:
        whole = record.feature_code == "PCLI" or (
            record.feature_code == "ADM1" and record.population >= SAINTED_DIVISION_POPULATION
        )
        extra = tuple(
            (variant, kind)
            for name, kind in record.names
            if ((whole and "-" not in name) or fold(name).rsplit(" ", 1)[-1] in DIVISION_WORDS)
            and (variant := saint_variant(fold(name))) is not None
        )
        yield replace(record, names=(*record.names, *extra)) if extra else record


SAINTED_DIVISION_POPULATION = 20_000
"""The people a first-level division needs for its short name to take the other spelling of "Saint"
(_with_saints): Jamaica's parishes (the smallest in GeoNames, Saint Mary, has 26,593), Saint Kitts,
Barbados' Saint Michael; not the parishes of Dominica, Grenada or the Channel Islands."""


def _without_article(divisions: Iterable[PlaceRecord], arabic: frozenset[str]) -> Iterator[PlaceRecord]:
    """Divisions of the `arabic` countries are also named without the Arabic article, as their
    towns are (sources.cities): "Qadisiyah" of "Al Qādisīyah", "Anbar" of "Al Anbār"."""
    from .sources.cities import without_article

    for division in divisions:
        if division.country_code in arabic and division.feature_code in {"ADM1", "ADM2"}:
            own = [n for n, kind in division.names if kind in _OWN_NAME_KINDS]
            known = {fold(n) for n, _ in division.names}
            extra = [n for n in dict.fromkeys(without_article(own)) if fold(n) not in known]
            if extra:
                division = replace(division, names=(*division.names, *((n, "alternate") for n in extra)))
        yield division


_TYPE_PREFIXES: dict[str, tuple[str, ...]] = {
    "ID": ("kabupaten ",),
    "TH": ("amphoe ",),
    "VN": ("huyen ",),
    "KH": ("srok ",),
    "IR": ("shahrestan-e ", "shahrestan e "),
    "PE": ("provincia de ", "provincia del "),
    "CL": ("provincia de ", "provincia del "),
}
"""The words of kind that lead GeoNames' names of second-level divisions in these countries, folded
("Kabupaten Karo", "Amphoe Mae Sai", "Huyện Bình Chánh", "Srŏk Thmâ Pôk", "Shahrestān-e Karaj",
"Provincia de Yungay"), which news leaves out ("the district of Karo", "Yungay province")."""
_TYPE_SUFFIXES: dict[str, tuple[str, ...]] = {"ID": (" regency",)}
"""The same after the name: GeoNames' "South Tapanuli Regency"."""


def _without_type_word(divisions: Iterable[PlaceRecord]) -> Iterator[PlaceRecord]:
    """Second-level divisions of the countries of _TYPE_PREFIXES are also named without their word
    of kind, as an alternate name: "Karo" of "Kabupaten Karo" (a GeoVirus story's "the district of
    Karo" was Karo, India), "Pangandaran" of "Kabupaten Pangandaran"."""
    for division in divisions:
        prefixes = _TYPE_PREFIXES.get(division.country_code, ())
        suffixes = _TYPE_SUFFIXES.get(division.country_code, ())
        if division.feature_code == "ADM2" and (prefixes or suffixes):
            known = {fold(n) for n, _ in division.names}
            extra = []
            for name, kind in division.names:
                if kind not in _OWN_NAME_KINDS:
                    continue
                folded = fold(name)
                words = name.split()
                bare = next((folded[len(p) :] for p in prefixes if folded.startswith(p)), None)
                if bare is not None:  # the name's last words, as it writes them
                    written = " ".join(words[len(words) - len(bare.split()) :])
                else:
                    bare = next((folded[: -len(x)] for x in suffixes if folded.endswith(x)), None)
                    written = " ".join(words[: len(bare.split())]) if bare is not None else ""
                if bare and len(bare) >= 3 and bare not in known and fold(written) == bare:
                    known.add(bare)
                    extra.append(written)
            if extra:
                division = replace(division, names=(*division.names, *((n, "alternate") for n in extra)))
        yield division


def _with_division_names(divisions: Iterable[PlaceRecord]) -> Iterator[PlaceRecord]:
    """First-level divisions gain the abbreviations of gazetteer/data/division_abbreviations.csv
    ("La."), the adjectives of gazetteer/data/division_demonyms.csv ("English") and the names of
    gazetteer/data/division_names.csv ("Newfoundland")."""
    from .sources.countries import read_data_csv

    wanted: dict[tuple[str, str], list[tuple[str, NameKind]]] = {}
    for row in read_data_csv("division_abbreviations.csv"):
        key = (row["country_code"], fold(row["division"]))
        wanted.setdefault(key, []).append((row["abbreviation"], "abbreviation"))
    for row in read_data_csv("division_demonyms.csv"):
        key = (row["country_code"], fold(row["division"]))
        wanted.setdefault(key, []).append((row["adjective"], "demonym"))
    for row in read_data_csv("division_names.csv"):
        key = (row["country_code"], fold(row["division"]))
        wanted.setdefault(key, []).append((row["name"], "alternate"))
    for division in divisions:
        if division.feature_code == "ADM1":
            extra = [a for n, _ in division.names for a in wanted.get((division.country_code, fold(n)), [])]
            if extra:
                division = replace(division, names=(*division.names, *dict.fromkeys(extra)))
        yield division


ABANDONED_AFTER_S = 15 * 60
"""A temporary build file untouched this long belongs to a build that was killed."""


def _remove_abandoned(path: Path) -> None:
    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*.building"):
        try:
            if now - leftover.stat().st_mtime > ABANDONED_AFTER_S:
                leftover.unlink()
        except OSError:
            pass  # another process removed it first


def build(path: Path, *, geonames_dir: Path | None = None, progress: Progress | None = None) -> BuildReport:
    """Build the gazetteer database at `path` from the packaged sources (or a GeoNames dump)."""
    from .sources.countries import load_countries

    report = progress or (lambda stage: None)
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".building", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        report("countries")
        countries = load_countries()
        if geonames_dir is not None:
            records: Iterable[PlaceRecord] = _dump_with_countries(geonames_dir, countries, report)
        else:
            records = _packaged_records(countries, report)
        records = _with_english_names(records)
        n_places, n_names = _write(tmp, countries, records, report)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildReport(
        path=path,
        places=n_places,
        names=n_names,
        seconds=time.perf_counter() - started,
        size_bytes=path.stat().st_size,
    )


def _dump_with_countries(folder: Path, countries: list[Country], progress: Progress) -> Iterator[PlaceRecord]:
    from .sources.geonames_dump import dump_records

    progress("places")
    if not folder.is_dir():
        raise GazetteerBuildError(f"{folder} is not a folder of GeoNames dump files")
    for record in _with_saints(dump_records(folder)):  # (names without a division word pass unchanged)
        if record.feature_code.startswith("PCL"):
            continue  # countries come from the country source, with outlines and demonyms
        yield record


def _write(
    tmp: Path, countries: list[Country], records: Iterable[PlaceRecord], progress: Progress
) -> tuple[int, int]:
    from shapely import wkb

    from .parts import outline_part_points
    from .sources.airports import airport_records
    from .sources.countries import country_records
    from .sources.curated import continent_records, curated_records

    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
        source_ids: dict[str, int] = {}
        seen_keys: set[str] = set()
        n_places = n_names = 0
        country_place: dict[str, int] = {}

        def insert(record: PlaceRecord) -> int:
            nonlocal n_places, n_names
            source_id = source_ids.setdefault(record.source, len(source_ids) + 1)
            bbox = record.bbox or (None, None, None, None)
            cur = conn.execute(
                "INSERT INTO places (geonameid, name, lat, lon, feature_class, feature_code,"
                " country_code, admin1, admin2, population, importance, source_id,"
                " min_lon, min_lat, max_lon, max_lat) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    record.geonameid,
                    record.name,
                    record.lat,
                    record.lon,
                    record.feature_class,
                    record.feature_code,
                    record.country_code,
                    record.admin1,
                    record.admin2,
                    record.population,
                    _importance(record),
                    source_id,
                    *bbox,
                ),
            )
            place_id = int(cur.lastrowid or 0)
            kinds: dict[str, int] = {}
            for name, kind in record.names:
                key = fold(name)
                if key:
                    rank = _KIND_RANK.get(kind, 1)
                    kinds[key] = min(rank, kinds.get(key, rank))
            conn.executemany("INSERT INTO names VALUES (?,?,?)", [(k, place_id, r) for k, r in kinds.items()])
            conn.execute(
                "INSERT INTO place_points VALUES (?,?,?,?,?)",
                (place_id, record.lat, record.lat, record.lon, record.lon),
            )
            if record.parts:
                conn.executemany(
                    "INSERT INTO place_parts VALUES (?,?,?,?)", [(place_id, *part) for part in record.parts]
                )
            n_places += 1
            n_names += len(kinds)
            return place_id

        for record in _with_saints(country_records(countries)):
            seen_keys.add(record.key)
            country_place[record.country_code] = insert(record)
        for record in records:
            if record.key in seen_keys:
                continue
            seen_keys.add(record.key)
            insert(record)
        progress("curated")
        for record in [*curated_records(), *continent_records(), *airport_records()]:
            if record.key in seen_keys:
                continue
            if (
                record.feature_code == "MILB"
                and conn.execute(
                    "SELECT 1 FROM names WHERE norm = ? LIMIT 1", (fold(record.name),)
                ).fetchone()
            ):
                continue  # a post that GeoNames has as a town ("Fort Knox", "Fort Hood" of Fort Cavazos)
            seen_keys.add(record.key)
            insert(record)
        for country in countries:
            outline = country.outline
            bounds = outline.bounds if outline is not None else (None, None, None, None)
            conn.execute(
                "INSERT INTO countries VALUES (?,?,?,?,?,?,?,?)",
                (
                    country.code,
                    country.name,
                    country_place[country.code],
                    *bounds,
                    wkb.dumps(outline) if outline is not None else None,
                ),
            )
            if outline is not None:
                conn.executemany(
                    "INSERT INTO country_parts VALUES (?,?,?,?)",
                    [(country.code, part, *point) for part, point in outline_part_points(outline).items()],
                )
        conn.executemany(
            "INSERT INTO sources (id, name) VALUES (?, ?)", [(i, name) for name, i in source_ids.items()]
        )
        progress("indexes")
        conn.execute("CREATE INDEX places_geonameid ON places(geonameid)")
        # how many names each place goes by: a sign of how widely it is known (Candidate.names)
        conn.execute("CREATE TEMP TABLE name_counts (place_id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
        conn.execute("INSERT INTO name_counts SELECT place_id, COUNT(*) FROM names GROUP BY place_id")
        conn.execute(
            "UPDATE places SET names = (SELECT n FROM name_counts WHERE name_counts.place_id = places.id)"
            " WHERE id IN (SELECT place_id FROM name_counts)"
        )
        conn.execute("DROP TABLE name_counts")
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "data_versions": package_versions(),
            "fingerprint": data_fingerprint(),
            "origin": "packaged"
            if not any(s.startswith("GeoNames dump") for s in source_ids)
            else "geonames-dump",
            "complete": "1",
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("ANALYZE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return n_places, n_names
