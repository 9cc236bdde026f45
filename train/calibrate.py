"""Fit the confidence calibration (Platt scaling of the raw confidence) on gold corpora and write
geomap/data/calibration.json.

    python train/calibrate.py ../shared/corpora/trnews.gold.jsonl ../shared/corpora/gwn.gold.jsonl

A place counts as right when its span is a gold span and its point lies within 161 km of the
gold point (or the gold has no point). The fit maps logit(raw) to logit(calibrated) by a line.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from gazetteer import open_gazetteer
from gazetteer.store import haversine_km
from geomap import places
from geomap.eval import read_gold
from geomap.resolve import CALIBRATION_PATH

EPS = 1e-4


def logit(p: float) -> float:
    p = min(1 - EPS, max(EPS, p))
    return math.log(p / (1 - p))


def pairs(paths: list[Path]) -> list[tuple[float, int]]:
    gaz = open_gazetteer()
    out = []
    for path in paths:
        for doc in read_gold(path):
            gold = {(g.start, g.end): g for g in doc.gold}
            for p in places(doc.text, gazetteer=gaz, calibrated=False):
                g = gold.get((p.start, p.end))
                right = g is not None and (
                    g.lat is None or g.lon is None or haversine_km(p.lat, p.lon, g.lat, g.lon) <= 161
                )
                out.append((p.confidence, int(right)))
    return out


def fit(data: list[tuple[float, int]], steps: int = 3000, rate: float = 0.05) -> tuple[float, float]:
    a, b = 1.0, 0.0
    xs = [logit(c) for c, _ in data]
    for _ in range(steps):
        ga = gb = 0.0
        for x, (_, y) in zip(xs, data, strict=True):
            p = 1 / (1 + math.exp(-(a * x + b)))
            ga += (p - y) * x
            gb += p - y
        a -= rate * ga / len(data)
        b -= rate * gb / len(data)
    return a, b


def ece(data: list[tuple[float, int]]) -> float:
    bins: dict[int, list[tuple[float, int]]] = {}
    for c, y in data:
        bins.setdefault(min(int(c * 10), 9), []).append((c, y))
    return sum(
        len(v) / len(data) * abs(sum(c for c, _ in v) / len(v) - sum(y for _, y in v) / len(v))
        for v in bins.values()
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="+", type=Path)
    args = parser.parse_args()
    data = pairs(args.corpora)
    a, b = fit(data)
    calibrated = [(1 / (1 + math.exp(-(a * logit(c) + b))), y) for c, y in data]
    print(
        f"{len(data)} places; expected calibration error {ece(data):.3f} raw, "
        f"{ece(calibrated):.3f} calibrated"
    )
    CALIBRATION_PATH.write_text(
        json.dumps(
            {
                "a": round(a, 4),
                "b": round(b, 4),
                "fitted_on": [p.name for p in args.corpora],
                "places": len(data),
                "ece_raw": round(ece(data), 4),
                "ece_calibrated": round(ece(calibrated), 4),
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {CALIBRATION_PATH}: a={a:.3f} b={b:.3f}")


if __name__ == "__main__":
    main()
