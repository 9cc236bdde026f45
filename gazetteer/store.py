"""Read-only queries over a built gazetteer: lookup by name, by id, reverse, stats."""

from __future__ import annotations

import math
import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GazetteerCorrupt, GazetteerNotBuilt, GazetteerQueryError
from .model import Candidate, CountryInfo
from .normalize import (
    alias_shape,
    arabic_article_variants,
    fold,
    has_umlaut,
    spelled_out,
    with_final_h,
    with_single_ayin_vowel,
    without_umlaut_digraphs,
)
from .parts import box_part_point
from .paths import default_db_path
from .schema import SCHEMA_VERSION, Progress, data_fingerprint

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry
    from shapely.prepared import PreparedGeometry

__all__ = ["Gazetteer", "Stats", "haversine_km", "is_coincidence", "open_gazetteer"]

_MATCH = ("primary", "alternate", "abbreviation", "demonym")
# Words that name the kind of a division: "Latakia province", "Donetsk region", "Hall County".
DIVISION_WORDS = frozenset(
    {
        "province",
        "governorate",
        "region",
        "state",
        "oblast",
        "district",
        "county",
        "co",  # "Plymouth Co.", as US newspapers abbreviate it
        "prefecture",
        "parish",
        "department",
        "municipality",
        "territory",
        "emirate",
        "canton",
        "voivodeship",
        "krai",
        "republic",
        "lga",  # a Nigerian local government area: "Guma LGA"
        "regency",  # an Indonesian kabupaten: "Cianjur regency"
    }
)
_COLUMNS = (
    "p.id, p.geonameid, p.name, p.lat, p.lon, p.feature_class, p.feature_code,"
    " p.country_code, p.admin1, p.admin2, p.population, s.name, p.importance,"
    " p.min_lon, p.min_lat, p.max_lon, p.max_lat, p.names"
)
ALTERNATE_PENALTY = 0.3
"""How far down a place goes, in importance, when the name is only one of its alternate names."""
_LOOKUP_SQL = (
    f"SELECT {_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place_id"
    " JOIN sources s ON s.id = p.source_id WHERE n.norm = ?"
    f" ORDER BY p.importance - (n.kind = 1) * {ALTERNATE_PENALTY} DESC, p.id"
)
_LONGER_SQL = "SELECT 1 FROM names WHERE norm >= ? AND norm < ? LIMIT 1"
"""Names that extend a key by a space and more: "!" is the character after " "."""
_MEMO_SIZE = 200_000
MMAP_BYTES = 1 << 30
"""SQLite reads the file through a memory map of up to this size (the whole gazetteer, ~70 MB):
a first lookup of a name then costs no read call. Safe because the file is never written in place
(a build renames a new file over it, and an open map keeps the old one). A first pass over both
dev corpora: median 581 docs/s against 546 without, eight alternating runs of a compiled install."""
EARTH_RADIUS_KM = 6371.0088


COINCIDENCE_PENALTY = 1.5
"""How far down a place goes, in importance, when the name was matched only through an alternate
name unrelated to the place's own (alias_shape "other") while some place has it as its own name:
GeoNames gives Pune the alternate name "Puno" and Bellflower, California "Somerset", yet "Puno"
is a city in Peru and "Somerset" a county of England."""


def is_coincidence(key: str, candidate: Candidate) -> bool:
    """Whether the folded name `key` matched this place only through an alternate name unrelated
    to the place's own ("puno" of Pune, "somerset" of Bellflower): alias_shape "other"."""
    return candidate.match == "alternate" and alias_shape(key, fold(candidate.name)) == "other"


def _namesakes_first(key: str, found: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates in lookup() order: coincidences (is_coincidence) below the places of that
    very name, unless far more notable."""
    if len(found) < 2 or found[0].match != "alternate" or not any(c.match == "primary" for c in found):
        return found

    def rank(c: Candidate) -> float:
        alias = c.match == "alternate"
        return -(c.importance - ALTERNATE_PENALTY * alias - COINCIDENCE_PENALTY * is_coincidence(key, c))

    return tuple(sorted(found, key=rank))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Stats:
    path: Path
    size_bytes: int
    meta: dict[str, str]
    by_source: list[tuple[str, int]]
    by_feature: list[tuple[str, int]]
    names: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "size_bytes": self.size_bytes,
            "meta": self.meta,
            "by_source": dict(self.by_source),
            "by_feature_code": dict(self.by_feature),
            "names": self.names,
        }


def _candidate(row: tuple[Any, ...], match: str = "primary") -> Candidate:
    # the first 13 columns are Candidate's first 13 fields, in order (see _COLUMNS)
    bbox = None if row[13] is None else (row[13], row[14], row[15], row[16])
    return Candidate._make((*row[:13], match, bbox, row[17]))


class Gazetteer:
    """A built gazetteer database, opened read-only.

    >>> gaz = open_gazetteer()              # doctest: +SKIP
    >>> gaz.lookup("Idlib")[0].country_code  # doctest: +SKIP
    'SY'
    """

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GazetteerNotBuilt(f"no gazetteer at {path}; run `geomap gazetteer build`")
        self.path = path
        try:
            # immutable: the file is never written in place (builds rename a new file over it)
            self._conn = sqlite3.connect(
                f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerCorrupt(f"the gazetteer at {path} is unreadable ({exc})") from exc
        self.meta: dict[str, str] = meta
        if meta.get("schema_version") != str(SCHEMA_VERSION) or meta.get("complete") != "1":
            self._conn.close()
            raise GazetteerCorrupt(
                f"the gazetteer at {path} has schema {meta.get('schema_version')!r}, "
                f"this geomap needs {SCHEMA_VERSION}"
            )
        self._outlines: dict[str, PreparedGeometry] = {}
        self._outline_geoms: dict[str, BaseGeometry] = {}
        self._country_names: dict[str, str] | None = None
        self._capitals: dict[str, Candidate | None] = {}
        # The file never changes under an open connection, so answers can be memoised.
        self._memo: dict[str, tuple[Candidate, ...]] = {}
        self._longer: dict[str, bool] = {}
        self._parts: dict[tuple[int, str], tuple[float, float] | None] = {}

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerCorrupt(
                f"the gazetteer at {self.path} is damaged ({exc}); run `geomap gazetteer build`"
            ) from exc

    # -- by name -----------------------------------------------------------------
    def lookup(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        feature_classes: Iterable[str] | None = None,
        limit: int | None = None,
        fuzzy: bool = False,
    ) -> list[Candidate]:
        """Every place this name could be, best first (by importance).

        The name is folded (case, diacritics, punctuation, apostrophes); a trailing division
        word ("Idlib Governorate", "Donetsk region") falls back to the divisions named by
        the rest, and a leading "the" is dropped when the whole name is not found.
        """
        if not isinstance(name, str):
            raise GazetteerQueryError(f"a place name must be text, not {type(name).__name__}")
        key = fold(name)
        if not key:
            return []
        candidates = list(_namesakes_first(key, self.lookup_folded(key)))
        if not candidates:
            words = key.split()
            if len(words) > 1 and words[-1] in DIVISION_WORDS:
                rest = self.lookup_folded(" ".join(words[:-1]))
                candidates = [c for c in rest if c.feature_class == "A" or c.feature_code == "RGN"]
                if words[-1] == "state":
                    # a state is a first-level division wherever a country has states: "Columbia
                    # State" and "Boise State" are colleges, no county of Columbia or of Boise
                    candidates = [c for c in candidates if c.feature_code == "ADM1"]
            elif len(words) > 1 and words[0] == "the":
                candidates = list(self.lookup_folded(" ".join(words[1:])))
            elif (spelled := with_final_h(key) or spelled_out(key)) is not None:
                candidates = list(self.lookup_folded(spelled))
            if not candidates:
                candidates = list(self.respelled(key)[1])
        if not candidates and fuzzy:
            candidates = self.fuzzy_lookup(key)
        return self._filter(candidates, country_codes, feature_classes, limit)

    def lookup_folded(self, key: str) -> tuple[Candidate, ...]:
        """Candidates for an already folded name, best first; no fallbacks (memoised)."""
        found = self._memo.get(key)
        if found is None:
            found = tuple(_candidate(row, _MATCH[row[18]]) for row in self._query(_LOOKUP_SQL, (key,)))
            self._remember({key: found})
        return found

    def respelled(self, key: str) -> tuple[str, tuple[Candidate, ...]]:
        """For a folded name the gazetteer does not have, the spelling it has the name by and the
        places of it: a German umlaut written as two letters ("baden wuerttemberg", only places whose
        own name has an umlaut), then an Arabic article spelt as it sounds or not ("jisr al
        shughur" is Jisr ash Shughur), then an ayin's doubled vowel single ("tal rifaat" is Tall
        Rif'at); `key` and none where none finds a place."""
        if (plain := without_umlaut_digraphs(key)) is not None:
            found = tuple(c for c in self.lookup_folded(plain) if has_umlaut(c.name))
            if found:
                return plain, found
        for spelled in arabic_article_variants(key):
            if found := self.lookup_folded(spelled):
                return spelled, found
        if (single := with_single_ayin_vowel(key)) is not None and (found := self.lookup_folded(single)):
            return single, found  # "Tal Rifaat" is Tall Rif'at
        return key, ()

    def has_longer(self, key: str) -> bool:
        """Whether some name is the folded `key` followed by more words ("new" -> "new york"), so a
        caller growing a name word by word knows when to stop asking (memoised)."""
        found = self._longer.get(key)
        if found is None:
            found = bool(self._query(_LONGER_SQL, (key + " ", key + "!")))
            if len(self._longer) > _MEMO_SIZE:
                self._longer.clear()
            self._longer[key] = found
        return found

    def _remember(self, found: dict[str, tuple[Candidate, ...]]) -> None:
        if len(self._memo) > _MEMO_SIZE:
            self._memo.clear()  # bounded: a long batch run should not grow without limit
        self._memo.update(found)

    def fuzzy_lookup(self, key: str, *, score_cutoff: float = 88.0) -> list[Candidate]:
        """Candidates whose name is a close misspelling of `key` (rapidfuzz ratio)."""
        from rapidfuzz import fuzz, process

        if len(key) < 4:
            return []
        pool = [
            r[0]
            for r in self._query(
                "SELECT DISTINCT norm FROM names WHERE norm >= ? AND norm < ?", (key[:2], key[:2] + "\uffff")
            )
        ]
        best = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=5)
        out: list[Candidate] = []
        for norm, _score, _ in best:
            out += [_replace_match(c, "fuzzy") for c in self.lookup_folded(norm)]
        out.sort(key=lambda c: -c.importance)
        return out

    @staticmethod
    def _filter(
        candidates: list[Candidate],
        country_codes: Iterable[str] | None,
        feature_classes: Iterable[str] | None,
        limit: int | None,
    ) -> list[Candidate]:
        if country_codes:
            wanted = {c.upper() for c in country_codes}
            candidates = [c for c in candidates if c.country_code in wanted]
        if feature_classes:
            classes = set(feature_classes)
            candidates = [c for c in candidates if c.feature_class in classes]
        return candidates[:limit] if limit else candidates

    def by_geonameid(self, geonameid: int) -> Candidate | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p JOIN sources s ON s.id = p.source_id"
            " WHERE p.geonameid = ? ORDER BY p.importance DESC LIMIT 1",
            (geonameid,),
        )
        return _candidate(rows[0]) if rows else None

    def country(self, code: str) -> Candidate | None:
        rows = self._query(
            f"SELECT {_COLUMNS} FROM countries c JOIN places p ON p.id = c.place_id"
            " JOIN sources s ON s.id = p.source_id WHERE c.code = ?",
            (code.upper(),),
        )
        return _candidate(rows[0]) if rows else None

    def capital(self, code: str) -> Candidate | None:
        """The country's capital: its most important place with GeoNames' feature code PPLC (None
        where the data has none: Kazakhstan's Astana is a PPLA there). Memoised: the places table
        has no index by country, so a first question scans it (about 10 ms)."""
        code = code.upper()
        if code not in self._capitals:
            rows = self._query(
                f"SELECT {_COLUMNS} FROM places p JOIN sources s ON s.id = p.source_id"
                " WHERE p.country_code = ? AND p.feature_code = 'PPLC' ORDER BY p.importance DESC LIMIT 1",
                (code,),
            )
            self._capitals[code] = _candidate(rows[0]) if rows else None
        return self._capitals[code]

    def country_name(self, code: str) -> str:
        if self._country_names is None:
            self._country_names = dict(self._query("SELECT code, name FROM countries"))
        return self._country_names.get(code.upper(), code)

    # -- by point ------------------------------------------------------------------
    def nearest(
        self, lat: float, lon: float, *, feature_classes: Iterable[str] = ("P",), limit: int = 1
    ) -> list[tuple[Candidate, float]]:
        """The places nearest to a point, with their distance in km."""
        _check_point(lat, lon)
        classes = tuple(feature_classes)
        radius = 0.1
        while radius <= 32:
            marks = ",".join("?" * len(classes))
            rows = self._query(
                f"SELECT {_COLUMNS} FROM place_points r JOIN places p ON p.id = r.id"
                " JOIN sources s ON s.id = p.source_id"
                " WHERE r.min_lat >= ? AND r.max_lat <= ? AND r.min_lon >= ? AND r.max_lon <= ?"
                + (f" AND p.feature_class IN ({marks})" if classes else ""),
                (lat - radius, lat + radius, lon - radius, lon + radius, *classes),
            )
            if len(rows) >= limit:
                found = sorted(
                    ((_candidate(r), haversine_km(lat, lon, r[3], r[4])) for r in rows),
                    key=lambda pair: pair[1],
                )
                if found[limit - 1][1] <= radius * 111 * math.cos(math.radians(min(abs(lat), 80))):
                    return found[:limit]
            radius *= 2
        return []

    def country_at(self, lat: float, lon: float) -> CountryInfo | None:
        """The country whose Natural Earth outline contains the point, else the nearest within ~25 km."""
        _check_point(lat, lon)
        rows = self._query(
            "SELECT code, name FROM countries WHERE min_lon <= ? AND max_lon >= ?"
            " AND min_lat <= ? AND max_lat >= ?",
            (lon + 0.25, lon - 0.25, lat + 0.25, lat - 0.25),
        )
        from shapely import Point

        point = Point(lon, lat)
        best: tuple[float, str, str] | None = None
        for code, name in rows:
            if self.outline(code) is None:
                continue
            if self._outlines[code].contains(point):
                return CountryInfo(country_code=code, name=name)
            distance = self._outline_geoms[code].distance(point)
            if distance < 0.25 and (best is None or distance < best[0]):
                best = (distance, code, name)
        return CountryInfo(country_code=best[1], name=best[2]) if best else None

    def part_point(self, candidate: Candidate, part: str) -> tuple[float, float] | None:
        """(lat, lon) of a point inside the named part ("north", "southeast", "centre", see
        gazetteer.parts) of a place's extent: of a country's outline, or of a first-level
        division's land (both worked out at build time), else of the place's bounding box; None
        for a place with no extent."""
        key = (candidate.place_id, part)
        if key not in self._parts:
            point: tuple[float, float] | None = None
            rows = (
                self._query(
                    "SELECT part, lat, lon FROM country_parts WHERE code = ?", (candidate.country_code,)
                )
                if candidate.feature_code == "PCLI"
                else []
            )
            if rows:  # a country with an outline: a part that misses the outline has no point
                point = next(((lat, lon) for name, lat, lon in rows if name == part), None)
            elif candidate.feature_code == "ADM1" and (
                found := self._query(
                    "SELECT lat, lon FROM place_parts WHERE place_id = ? AND part = ?",
                    (candidate.place_id, part),
                )
            ):  # a state whose land the build knows: the point is on it
                point = (found[0][0], found[0][1])
            elif candidate.bbox is not None:
                point = box_part_point(candidate.bbox, part)
            self._parts[key] = point
        return self._parts[key]

    def outline(self, code: str) -> BaseGeometry | None:
        """The simplified Natural Earth outline of a country, or None."""
        if code not in self._outline_geoms:
            rows = self._query("SELECT outline FROM countries WHERE code = ?", (code,))
            if not rows or rows[0][0] is None:
                return None
            from shapely import wkb
            from shapely.prepared import prep

            geom = wkb.loads(rows[0][0])
            self._outline_geoms[code] = geom
            self._outlines[code] = prep(geom)
        return self._outline_geoms[code]

    def outlines(self) -> dict[str, BaseGeometry]:
        return {
            code: geom
            for (code,) in self._query("SELECT code FROM countries")
            if (geom := self.outline(code)) is not None
        }

    def stats(self) -> Stats:
        by_source = self._query(
            "SELECT s.name, count(*) FROM places p JOIN sources s"
            " ON s.id = p.source_id GROUP BY s.name ORDER BY 2 DESC"
        )
        by_feature = self._query("SELECT feature_code, count(*) FROM places GROUP BY 1 ORDER BY 2 DESC")
        names = self._query("SELECT count(*) FROM names")[0][0]
        return Stats(
            path=self.path,
            size_bytes=self.path.stat().st_size,
            meta=self.meta,
            by_source=by_source,
            by_feature=by_feature,
            names=names,
        )


def _replace_match(candidate: Candidate, match: str) -> Candidate:
    return candidate._replace(match=match)


def _check_point(lat: float, lon: float) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerQueryError(f"({lat}, {lon}) is not a point on Earth")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


_OPEN: dict[Path, Gazetteer] = {}


def open_gazetteer(
    path: Path | None = None,
    *,
    auto_build: bool = True,
    progress: Progress | None = None,
    say: Callable[[str], None] = _say,
) -> Gazetteer:
    """Open the gazetteer at `path` (default: the user cache), building it on first use and
    rebuilding it, with a one-line message, when it is corrupt or of another schema."""
    from .build import build

    path = Path(path) if path is not None else default_db_path()
    cached = _OPEN.get(path)
    if cached is not None:
        return cached
    try:
        gazetteer = Gazetteer(path)
        if gazetteer.meta.get("origin") == "packaged" and (
            gazetteer.meta.get("fingerprint") != data_fingerprint()
        ):
            gazetteer.close()
            raise GazetteerCorrupt(
                f"the gazetteer at {path} was built from other data than this geomap ships"
            )
    except GazetteerNotBuilt:
        if not auto_build:
            raise
        say(f"geomap: building the gazetteer at {path} (first use, about a minute)")
        build(path, progress=progress)
        gazetteer = Gazetteer(path)
    except GazetteerCorrupt as exc:
        if not auto_build:
            raise
        say(f"geomap: {exc}; rebuilding it")
        build(path, progress=progress)
        gazetteer = Gazetteer(path)
    _OPEN[path] = gazetteer
    return gazetteer
