"""The XML of GeoVirus or LGL -> the gold JSONL of `geomap eval`, for a check on news geomap was
not tuned on.

    python bench/gold_xml.py GeoVirus.xml > geovirus.gold.jsonl
    python bench/gold_xml.py lgl.xml > lgl.gold.jsonl
    geomap eval geovirus.gold.jsonl            # end to end
    geomap eval geovirus.gold.jsonl --spans    # given the gold names

GeoVirus (Gritta et al., 2018) is 229 WikiNews articles on disease outbreaks (2004-2017) with each
place's coordinates from its Wikipedia article; its XML ships in
github.com/milangritta/Geocoding-with-Map-Vector (data/GeoVirus.xml). Read its figures with its
conventions in mind: countries stand at Wikipedia's points (Russia 60N 90E, China 35N 103E, Canada
60N 95W), which GeoNames, and so geomap and the GeoNames-annotated dev corpora, place 180-1,000 km
away; and repeats, demonyms and continents are mostly left unannotated, so precision means little.

LGL (Lieberman, Samet and Sankaranarayanan, 2010: "the local-global lexicon") is 588 articles of
small US and world newspapers (2009), annotated with GeoNames; its XML ships in
github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (data/lgl.xml). Its names without
a GeoNames entry (streets, buildings: no coordinates) are left out, one line on stderr for each
article that has them, so an end-to-end run counts the streets it finds as false. Local papers name
their own towns bare ("Alexandria", "Dublin" of a Columbus paper), which no text-only geoparser
can place: read its accuracy with that in mind.

Neither is bundled: fetch them yourself. Some of GeoVirus's offsets are one or two characters off;
each name is re-anchored at its nearest occurrence within MAX_SHIFT characters of the given start,
and one that is not found there is left out with a line on stderr.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_SHIFT = 3


def _anchor(text: str, name: str, start: int) -> int | None:
    """The start of `name` in `text` nearest to `start`, within MAX_SHIFT characters."""
    found = [s for s in range(max(0, start - MAX_SHIFT), start + MAX_SHIFT + 1) if text.startswith(name, s)]
    return min(found, key=lambda s: abs(s - start)) if found else None


def _gold(
    text: str, name: str, start: str, lat: str, lon: str, geonameid: str | None
) -> dict[str, Any] | None:
    at = _anchor(text, name, int(start))
    if at is None:
        return None
    return {
        "start": at,
        "end": at + len(name),
        "name": name,
        "lat": float(lat),
        "lon": float(lon),
        "geonameid": int(geonameid) if geonameid and geonameid.isdigit() else None,
    }


def _names(article: ET.Element, text: str) -> Iterator[tuple[str, str, str | None, str | None, str | None]]:
    """(name, start, lat, lon, geonameid) of each annotated name of an article: GeoVirus's
    <location> (a list may nest one in another; each holds its own fields) or LGL's <toponym>, whose
    coordinates are in its <gaztag> (none for a street or a building)."""
    for loc in article.iter("location"):
        yield (
            loc.findtext("name") or "",
            loc.findtext("start") or "",
            loc.findtext("lat"),
            loc.findtext("lon"),
            None,
        )
    for top in article.iter("toponym"):
        tag = top.find("gaztag")
        found = (
            (tag.findtext("lat"), tag.findtext("lon"), tag.get("geonameid"))
            if tag is not None
            else (None, None, None)
        )
        yield (top.findtext("phrase") or "", top.findtext("start") or "", *found)


def documents(path: Path) -> Iterator[dict[str, Any]]:
    """The articles of a GeoVirus or LGL XML file as gold documents, in file order."""
    root = ET.parse(path).getroot()
    stem = path.stem.lower()
    for k, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        gold: list[dict[str, Any]] = []
        unplaced = 0
        for name, start, lat, lon, geonameid in _names(article, text):
            name = name.strip()
            if not (name and start.isdigit()):
                continue
            if lat is None or lon is None:
                unplaced += 1
                continue
            found = _gold(text, name, start, lat, lon, geonameid)
            if found is None:
                print(f"{stem}: article {k}: {name!r} not found near {start}", file=sys.stderr)
                continue
            gold.append(found)
        if unplaced:
            print(f"{stem}: article {k}: {unplaced} names without coordinates left out", file=sys.stderr)
        gold.sort(key=lambda g: g["start"])
        yield {"id": f"{stem}{k}", "text": text, "gold": gold}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/gold_xml.py GeoVirus.xml|lgl.xml > gold.jsonl")
    try:
        for doc in documents(Path(sys.argv[1])):
            print(json.dumps(doc, ensure_ascii=False))
    except (OSError, ET.ParseError) as exc:
        sys.exit(f"gold_xml: cannot read {sys.argv[1]}: {exc}")


if __name__ == "__main__":
    main()
