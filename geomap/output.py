"""Writing results: atomically (a temporary file renamed into place), so a failed run never
leaves a half-written file or destroys the previous one; and in the contract's formats."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import OutputError
from .model import Place

__all__ = ["places_csv", "places_geojson", "places_table", "to_json", "write_atomic"]


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and an atomic rename."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def places_geojson(places: Iterable[Place], **properties: Any) -> dict[str, Any]:
    return {"type": "FeatureCollection", **properties, "features": [p.__geo_interface__ for p in places]}


def places_csv(rows: Iterable[tuple[str, Place]]) -> str:
    buffer = io.StringIO()
    fields = [
        "id",
        "mention",
        "start",
        "end",
        "name",
        "lat",
        "lon",
        "geonameid",
        "feature_code",
        "country_code",
        "admin1",
        "confidence",
        "near",
    ]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for doc_id, place in rows:
        writer.writerow({"id": doc_id, **place.to_dict()})
    return buffer.getvalue()


def places_table(doc_id: str, places: Iterable[Place]) -> str:
    lines = [f"# {doc_id}"]
    for p in places:
        name = p.name if p.near is None else f"near {p.near}"
        lines.append(
            f"{p.start:>6}-{p.end:<6} {p.mention:<24} -> {name:<24} {p.country_code:<2} "
            f"{p.feature_code:<5} {p.lat:9.4f} {p.lon:10.4f} conf {p.confidence:.2f}"
        )
    return "\n".join(lines)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
