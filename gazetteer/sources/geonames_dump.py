"""The full GeoNames dump, for users who have it: allCountries.txt (or .zip),
admin1CodesASCII.txt and, optionally, alternateNamesV2.txt (or .zip), in the formats that
download.geonames.org/export/dump/readme.txt describes.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import GazetteerBuildError
from ..normalize import is_latin
from . import PlaceRecord, names_of

__all__ = ["dump_records"]

SOURCE = "GeoNames dump (CC BY 4.0)"
# Alternate-name "languages" that are not names: links, postcodes, airport and other codes.
_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "wkdt", "fr_1793", "unlc", "tcid"}


@contextmanager
def _open_text(folder: Path, stem: str, *, required: bool) -> Iterator[IO[str] | None]:
    txt, zipped = folder / f"{stem}.txt", folder / f"{stem}.zip"
    if txt.exists():
        with txt.open(encoding="utf-8") as handle:
            yield handle
    elif zipped.exists():
        with zipfile.ZipFile(zipped) as archive, archive.open(f"{stem}.txt") as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8")
    elif required:
        raise GazetteerBuildError(f"{stem}.txt (or .zip) not found in {folder}")
    else:
        yield None


def _rows(handle: IO[str], width: int, name: str) -> Iterator[list[str]]:
    for number, line in enumerate(handle, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < width:
            raise GazetteerBuildError(
                f"{name} line {number}: {len(fields)} fields, expected {width}; is this a GeoNames dump file?"
            )
        yield fields


def dump_records(folder: Path) -> Iterator[PlaceRecord]:
    """Every place of allCountries with its Latin-script names; countries (PCL*) included."""
    admin1: dict[str, str] = {}
    with _open_text(folder, "admin1CodesASCII", required=True) as handle:
        assert handle is not None
        for fields in _rows(handle, 4, "admin1CodesASCII.txt"):
            admin1[fields[0]] = fields[1]
    extra: dict[int, list[str]] = defaultdict(list)
    with _open_text(folder, "alternateNamesV2", required=False) as handle:
        if handle is not None:
            for fields in _rows(handle, 4, "alternateNamesV2.txt"):
                if fields[2] in _NOT_NAMES or not is_latin(fields[3]):
                    continue
                extra[int(fields[1])].append(fields[3])
    with _open_text(folder, "allCountries", required=True) as handle:
        assert handle is not None
        for fields in _rows(handle, 19, "allCountries.txt"):
            try:
                gid, lat, lon = int(fields[0]), float(fields[4]), float(fields[5])
                population = int(fields[14] or 0)
            except ValueError as exc:
                raise GazetteerBuildError(f"allCountries.txt: bad row for {fields[0]!r}: {exc}") from exc
            cc = fields[8]
            alternates = [a for a in fields[3].split(",") if is_latin(a)] + extra.get(gid, [])
            yield PlaceRecord(
                key=f"gn:{gid}",
                geonameid=gid,
                name=fields[1],
                lat=lat,
                lon=lon,
                feature_class=fields[6],
                feature_code=fields[7],
                country_code=cc,
                admin1=admin1.get(f"{cc}.{fields[10]}"),
                admin2=None,
                population=population,
                names=names_of(fields[1], [fields[2], *alternates]),
                source=SOURCE,
            )
