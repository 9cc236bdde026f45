"""GeoVirus (Gritta et al., 2018) -> the gold JSONL of `geomap eval`, for a check on news geomap
was not tuned on.

    python bench/geovirus.py GeoVirus.xml > geovirus.gold.jsonl
    geomap eval geovirus.gold.jsonl            # end to end
    geomap eval geovirus.gold.jsonl --spans    # given the gold names

GeoVirus is 229 WikiNews articles on disease outbreaks (2004-2017) with each place's coordinates
from its Wikipedia article; its XML ships in github.com/milangritta/Geocoding-with-Map-Vector
(data/GeoVirus.xml). It is not bundled: fetch it yourself. Read the figures with its conventions
in mind: countries stand at Wikipedia's points (Russia 60N 90E, China 35N 103E, Canada 60N 95W),
which GeoNames, and so geomap and the GeoNames-annotated dev corpora, place 180-1,000 km away;
and repeats, demonyms and continents are mostly left unannotated, so precision means little.

Some of the corpus's offsets are one or two characters off; each name is re-anchored at its
nearest occurrence within MAX_SHIFT characters of the given start, and one that is not found
there is left out with a line on stderr.
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


def documents(path: Path) -> Iterator[dict[str, Any]]:
    """The articles of a GeoVirus XML file as gold documents, in file order."""
    root = ET.parse(path).getroot()
    for k, article in enumerate(root.iter("article")):
        text = article.findtext("text") or ""
        gold: list[dict[str, Any]] = []
        # iter(): one article's list nests a location in another; each holds its own fields
        for loc in article.iter("location"):
            name, start = loc.findtext("name"), loc.findtext("start")
            lat, lon = loc.findtext("lat"), loc.findtext("lon")
            if not (name and start and lat and lon):
                continue
            at = _anchor(text, name.strip(), int(start))
            if at is None:
                print(f"geovirus: article {k}: {name!r} not found near {start}", file=sys.stderr)
                continue
            gold.append(
                {
                    "start": at,
                    "end": at + len(name.strip()),
                    "name": name.strip(),
                    "lat": float(lat),
                    "lon": float(lon),
                    "geonameid": None,
                }
            )
        gold.sort(key=lambda g: g["start"])
        yield {"id": f"geovirus{k}", "text": text, "gold": gold}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/geovirus.py GeoVirus.xml > geovirus.gold.jsonl")
    try:
        for doc in documents(Path(sys.argv[1])):
            print(json.dumps(doc, ensure_ascii=False))
    except (OSError, ET.ParseError) as exc:
        sys.exit(f"geovirus: cannot read {sys.argv[1]}: {exc}")


if __name__ == "__main__":
    main()
