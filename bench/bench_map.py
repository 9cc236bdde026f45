"""Map benchmark: the seed map's size, and its render time in headless Chromium with the network
refused, next to a plain folium map of the same places (folium's defaults: CDN scripts, OSM tiles),
measured in the same run.

    python bench/bench_map.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import folium
from playwright.sync_api import Route, sync_playwright

import geomap
from gazetteer import open_gazetteer
from geomap.render.png import CHROMIUM_FLAGS, find_chromium

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bd19820c00cedb26.txt"


def plain_folium(doc: geomap.Document) -> str:
    m = folium.Map()
    for p in doc.places:
        folium.Marker((p.lat, p.lon), popup=p.name).add_to(m)
    return str(m.get_root().render())


def _refuser(count: dict[str, int]) -> Callable[[Route], None]:
    def refuse(route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            count["n"] += 1
            route.abort()

    return refuse


def render_ms(page_html: str, runs: int = 5) -> tuple[float, int, bool]:
    """Median time from navigation to a drawn map (ms), requests refused, and whether Leaflet ran."""
    executable = find_chromium()
    if executable is None:
        raise SystemExit("needs Debian's chromium")
    times, refused, ok = [], 0, True
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        path = Path(tmp) / "map.html"
        path.write_text(page_html, encoding="utf-8")
        browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS[1:]))
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            count = {"n": 0}
            page.route("**/*", _refuser(count))
            t0 = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            ok = page.evaluate("typeof L !== 'undefined' && !!document.querySelector('.leaflet-pane')")
            times.append((time.perf_counter() - t0) * 1000)
            refused = count["n"]
            page.close()
        browser.close()
    return statistics.median(times), refused, ok


def main() -> None:
    gaz = open_gazetteer()
    doc = geomap.extract(SEED.read_text(encoding="utf-8"), published="2018-05-17", gazetteer=gaz)
    ours = geomap.Map([doc], gazetteer=gaz).html()
    fragment = geomap.Map([doc], gazetteer=gaz).fragment()
    plain = plain_folium(doc)
    ms, refused, ok = render_ms(ours)
    base_ms, base_refused, base_ok = render_ms(plain)
    print(f"{'map':<44} {'bytes':>9} {'render ms':>10} {'requests':>9}  Leaflet ran")
    print(
        f"{'geomap seed map (offline, self-contained)':<44} {len(ours.encode()):>9,} {ms:>10.0f} "
        f"{refused:>9}  {ok}"
    )
    print(f"{'geomap seed fragment (--embed)':<44} {len(fragment.encode()):>9,}")
    print(
        f"{'plain folium map, same places (baseline)':<44} {len(plain.encode()):>9,} {base_ms:>10.0f} "
        f"{base_refused:>9}  {base_ok}"
    )
    print(
        f"goals: under 1,000,000 bytes ({len(ours.encode()) / 1e6:.2f} MB) and under 1,000 ms ({ms:.0f} ms); "
        "the baseline needs the network: offline it fetches nothing and draws no map"
    )


if __name__ == "__main__":
    main()
