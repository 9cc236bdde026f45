"""The map: structure of the HTML (parsed), determinism, and the real thing in headless Chromium."""

from __future__ import annotations

import html as html_lib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page

import geomap
from gazetteer import Gazetteer
from geomap.cli import main

from .browser import layers, offline_page

XSS_TEXT = (
    "Fighting broke out in Aleppo <script>window.__pwned = 1; alert('x')</script> on Monday. "
    'Rebels attacked Aleppo again <img src=x onerror="window.__pwned = 2"> and `${window.__pwned = 3}` '
    "</script><script>window.__pwned = 4</script>. Talks were held in Geneva, see javascript:alert(5).\n"
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def seed_doc(gaz: Gazetteer, seed_text: str) -> geomap.Document:
    return geomap.extract(seed_text, published="2018-05-17", doc_id="seed", gazetteer=gaz)


@pytest.fixture(scope="module")
def seed_html(gaz: Gazetteer, seed_doc: geomap.Document) -> str:
    return geomap.Map([seed_doc], gazetteer=gaz).html()


def test_offline_page_references_nothing_to_fetch(seed_html: str) -> None:
    parser = _Collect()
    parser.feed(seed_html)
    fetched = [
        a.get("src") or a.get("href")
        for t, a in parser.tags
        if t in {"script", "link", "img", "iframe"} and (a.get("src") or a.get("href"))
    ]
    assert fetched == []
    assert "tile.openstreetmap" not in seed_html
    assert len(seed_html.encode()) < 1_000_000


def test_same_input_same_bytes(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    assert geomap.Map([seed_doc], gazetteer=gaz).html() == geomap.Map([seed_doc], gazetteer=gaz).html()


def test_cdn_mode_links_leaflet(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    page = geomap.Map([seed_doc], gazetteer=gaz, cdn=True).html()
    assert re.search(r'<script src="https://[^"]+leaflet[^"]*\.js"', page)
    assert len(page) < len(geomap.Map([seed_doc], gazetteer=gaz).html())


def test_fragment_has_no_page_tags(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    fragment = geomap.Map([seed_doc], gazetteer=gaz).fragment()
    assert not re.search(r"<(html|body|head)\b", fragment, re.I)
    assert geomap.Map([seed_doc], gazetteer=gaz)._repr_html_() == fragment


def test_attribution_credits_the_data(seed_html: str) -> None:
    assert "GeoNames (CC BY 4.0)" in seed_html and "Natural Earth" in seed_html
    assert "airportsdata (MIT)" in seed_html


def _check_seed_map(page: Page, index: int) -> None:
    """The seed map's checks, on the index-th map of the page."""
    root = page.locator(".folium-map").nth(index)
    labels = [t.strip() for t in root.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == ["Places mentioned", "Displacement movements", "Conflict events", "Diplomatic venues"]
    found = layers(page)[index]
    venues = " ".join(found["Diplomatic venues"])
    for name in ("Sochi", "Astana", "Geneva", "Lādhiqīyah"):
        assert name in venues, (name, found["Diplomatic venues"])
    moves = [html_lib.unescape(t) for t in found["Displacement movements"]]
    assert any("Ghouta" in t and "Damascus" in t for t in moves)
    assert any("Ghouta" in t and "northern Syria" in t for t in moves)
    conflict = " ".join(found["Conflict events"])
    assert "Ghouta" in conflict and "Idlib" in conflict
    # toggling a layer hides its markers
    toggle = root.locator(".leaflet-control-layers-overlays label", has_text="Conflict events").locator(
        "input"
    )
    before = root.locator(".geomap-triangle").count()
    assert before >= 2
    toggle.click()
    assert root.locator(".geomap-triangle").count() == 0
    toggle.click()
    assert root.locator(".geomap-triangle").count() == before
    # a popup opens with its evidence sentence
    root.locator(".geomap-diamond").first.click()
    popup = root.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("blockquote.geomap-evidence").count() >= 1
    page.keyboard.press("Escape")


@pytest.mark.browser
def test_seed_map_in_chromium_offline(seed_html: str) -> None:
    with offline_page(seed_html) as (page, log):
        assert page.evaluate("typeof L") == "object"
        assert page.locator(".leaflet-container").count() == 1
        _check_seed_map(page, 0)
        assert log.requests == [] and log.errors == [] and log.dialogs == []


@pytest.mark.browser
def test_embedded_fragment_and_two_fragments_in_one_page(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    fragment = geomap.Map([seed_doc], gazetteer=gaz).fragment()
    with offline_page(f"<!DOCTYPE html><html><body><p>Report text.</p>{fragment}</body></html>") as (
        page,
        log,
    ):
        _check_seed_map(page, 0)
        assert log.requests == [] and log.errors == []
    other = geomap.extract(
        "Thousands fled Mosul to Erbil last week as fighting spread. Talks were held in Baghdad.",
        published="2017-03-01",
        doc_id="other",
        gazetteer=gaz,
    )
    page_html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h1>Report</h1>"
        + fragment
        + "<p>Between the maps.</p>"
        + geomap.Map([other], gazetteer=gaz).fragment()
        + "</body></html>"
    )
    with offline_page(page_html) as (page, log):
        assert page.locator(".leaflet-container").count() == 2
        _check_seed_map(page, 0)
        second = layers(page)[1]
        assert any("Baghdad" in t for t in second["Diplomatic venues"])
        assert any(
            "Mosul" in t and "Erbil" in t for t in map(html_lib.unescape, second["Displacement movements"])
        )
        root = page.locator(".folium-map").nth(1)
        root.locator(".leaflet-control-layers-overlays label", has_text="Diplomatic venues").locator(
            "input"
        ).click()
        assert root.locator(".geomap-diamond").count() == 0
        assert (
            page.locator(".folium-map").nth(0).locator(".geomap-diamond").count() >= 4
        )  # the other map is untouched
        assert log.requests == [] and log.errors == []


@pytest.mark.browser
def test_untrusted_text_runs_nothing(gaz: Gazetteer) -> None:
    from geomap.render.report import render_report

    doc = geomap.extract(XSS_TEXT, published="2020-01-08", doc_id="<b>x</b>.txt", gazetteer=gaz)
    assert doc.places, "the article's places must still be found"
    with offline_page(geomap.Map([doc], gazetteer=gaz).html()) as (page, log):
        assert page.evaluate("window.__pwned === undefined")
        selector = ".geomap-triangle, .geomap-diamond, path.geomap-place, path.geomap-movement"
        shown: list[str] = []
        for marker in page.locator(selector).all():
            box = marker.bounding_box()
            if box is None or not (0 <= box["x"] < 1280 and 0 <= box["y"] < 800):
                continue
            marker.click(force=True)
            content = page.locator(".leaflet-popup-content")
            shown += content.all_inner_texts()
            marker.hover(force=True)
        assert any("<script>window.__pwned = 1" in t for t in shown)  # the payload, shown as text
        assert page.evaluate("window.__pwned === undefined")
        assert log.dialogs == [] and log.requests == []
    with offline_page(render_report([doc], gazetteer=gaz, with_image=False)) as (page, log):
        assert "<script>window.__pwned = 1" in page.locator(".article").inner_text()
        page.locator(".article .place").first.click()
        assert page.evaluate("window.__pwned === undefined")
        assert "<b>x</b>.txt" in page.locator("h1").inner_text()
        assert log.dialogs == [] and log.requests == []


@pytest.mark.browser
def test_a_movement_to_a_place_standing_at_its_origin_is_a_ring(gaz: Gazetteer) -> None:
    """Korma is no town of the gazetteer's Sudan, so it stands at El Fasher: the people who fled
    there still moved, and the map shows that as a ring at El Fasher, with no arrow to point."""
    text = (
        "After the assault, 26,000 people fled El Fasher for the town of Korma, some 70 km to the north-west."
    )
    doc = geomap.extract(text, published="2025-10-28", gazetteer=gaz)
    [mv] = doc.movements
    assert mv.origin is not None and mv.destination is not None and mv.quantity is not None
    assert (mv.origin.name, mv.destination.mention, mv.destination.near) == (
        "El Fasher",
        "Korma",
        "El Fasher",
    )
    assert mv.quantity.value == 26000
    with offline_page(geomap.Map([doc], gazetteer=gaz).html()) as (page, log):
        [shown] = layers(page)[0]["Displacement movements"]
        assert html_lib.unescape(shown) == "El Fasher → Korma"
        assert page.locator("path.geomap-movement").count() == 1
        assert page.locator("path.geomap-arrow").count() == 0
        assert log.errors == [] and log.requests == []


VIEW_JS = """
() => {
  const k = Object.keys(window).find(k => k.startsWith('map_') && window[k].getBounds);
  const b = window[k].getBounds();
  return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];
}
"""


def test_the_map_opens_on_the_storys_region_and_shows_movements_with_one_end(gaz: Gazetteer) -> None:
    """A Haitian story that mentions a trip to Kenya opens on Haiti (Kenya is still drawn); people
    who fled Port-au-Prince to no named place, and those who crossed into the Dominican Republic
    from none, are rings at the one place the text names."""
    text = (
        "More than 33,000 people fled Port-au-Prince in a week, the IOM said. Prime Minister Ariel Henry "
        "travelled to Kenya on Monday. Some 4,000 crossed into the Dominican Republic near Dajabon."
    )
    doc = geomap.extract(text, published="2024-03-15", gazetteer=gaz)
    assert {(m.origin is None, m.destination is None) for m in doc.movements} == {
        (False, True),
        (True, False),
    }
    with offline_page(geomap.Map([doc], gazetteer=gaz).html()) as (page, log):
        shown = [html_lib.unescape(t) for t in layers(page)[0]["Displacement movements"]]
        assert sorted(shown) == ["from Port-au-Prince: 1 movement", "to Dominican Republic: 1 movement"]
        assert page.locator("path.geomap-movement-from").count() == 1
        assert page.locator("path.geomap-movement-to").count() == 1
        assert layers(page)[0]["Diplomatic venues"]  # Kenya is drawn ...
        south, west, north, east = page.evaluate(VIEW_JS)
        assert south < 18.5 < north and west < -72.3 < east  # ... but the view is Port-au-Prince's
        assert not (south < 0.0 < north and west < 38.0 < east)  # not Kenya's
        assert log.errors == [] and log.requests == []


def test_a_place_the_gazetteer_lacks_says_where_it_is_shown(gaz: Gazetteer) -> None:
    doc = geomap.extract("Protesters filled Frenchmen Street in New Orleans.", doc_id="n.txt", gazetteer=gaz)
    assert [p.near for p in doc.places] == ["New Orleans", None]
    page = geomap.Map([doc], gazetteer=gaz).html()
    # one marker for both, whose popup (a JSON string) says the street is not in the gazetteer
    assert page.count('"className": "geomap-place"') == 1
    assert "Also named here, not in the gazetteer and shown at New Orleans: Frenchmen Street" in page


def test_several_articles_name_their_source(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    other = geomap.extract(
        "Talks were held in Baghdad on Monday.", published="2017-03-01", doc_id="baghdad.txt", gazetteer=gaz
    )
    page = geomap.Map([seed_doc, other], gazetteer=gaz).html()
    assert "geomap-source" in page and "baghdad.txt" in page and "seed" in page


def test_png_without_chromium_is_a_clear_error(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no browser on it
    result = CliRunner().invoke(
        main, ["map", str(seed), "-o", str(tmp_path / "m.html"), "--png", str(tmp_path / "m.png")]
    )
    assert result.exit_code == 1 and "chromium" in result.output.lower()
    assert not (tmp_path / "m.png").exists()


def test_cli_map_writes_offline_file_and_fragment(tmp_path: Path, seed_text: str) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "map.html"
    result = CliRunner().invoke(main, ["map", str(seed), "--published", "2018-05-17", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    embed = tmp_path / "embed.html"
    result = CliRunner().invoke(main, ["map", str(seed), "-o", str(embed), "--embed"])
    assert result.exit_code == 0 and "<html" not in embed.read_text(encoding="utf-8").lower()


def test_cli_map_failure_keeps_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    out.write_text("previous map", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = CliRunner().invoke(main, ["map", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous map"
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert json.dumps(result.output)  # a plain message


def test_fragment_carries_no_page_metadata(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    fragment = geomap.Map([seed_doc], gazetteer=gaz).fragment()
    parser = _Collect()
    parser.feed(fragment)
    assert [t for t, _ in parser.tags if t == "meta"] == []
    assert "user-scalable" not in fragment


@pytest.mark.browser
def test_report_highlights_places_and_flies_to_them(gaz: Gazetteer, seed_doc: geomap.Document) -> None:
    from geomap.render.report import render_report

    page_html = render_report([seed_doc], gazetteer=gaz, with_image=False)
    with offline_page(page_html) as (page, log):
        spans = page.locator(".article .place")
        assert spans.count() == len(seed_doc.places)
        idlib = page.locator(".article .place", has_text="Idlib").first
        idlib.click()
        page.wait_for_timeout(1500)
        centre = page.evaluate(
            "(() => { const c = document.querySelector('.geomap-embed .folium-map');"
            " const m = window[c.id].getCenter(); return [m.lat, m.lng]; })()"
        )
        assert abs(centre[0] - 35.8) < 1.0 and abs(centre[1] - 36.6) < 1.0
        for heading in ("Places", "Events", "Movements"):
            assert page.locator("h2", has_text=heading).count() >= 1
        assert log.requests == [] and log.errors == []


def test_cli_report_with_printable_image(tmp_path: Path, seed_text: str) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(seed), "--published", "2018-05-17", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "class='print-only'" in page and "data:image/png;base64," in page
    assert "@media print" in page
