"""A real headless Chromium (Debian's) driven by Playwright, with the network refused."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import ConsoleMessage, Dialog, Page, Route, sync_playwright

from geomap.render.png import CHROMIUM_FLAGS, find_chromium


@dataclass
class PageLog:
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def offline_page(html: str) -> Iterator[tuple[Page, PageLog]]:
    """`html` loaded in Chromium at 1280x800; every network request is recorded and refused."""
    executable = find_chromium()
    assert executable, "the browser tests need Debian's chromium (apt-get install chromium)"
    log = PageLog()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS[1:]))
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})

            def refuse(route: Route) -> None:
                log.requests.append(route.request.url)
                route.abort()

            page.route("**/*", refuse)

            def console(msg: ConsoleMessage) -> None:
                if msg.type == "error":
                    log.errors.append(msg.text)

            def dialog(d: Dialog) -> None:
                log.dialogs.append(d.message)
                d.dismiss()

            page.on("console", console)
            page.on("pageerror", lambda exc: log.errors.append(str(exc)))
            page.on("dialog", dialog)
            page.set_content(html, wait_until="load")
            page.wait_for_timeout(300)
            yield page, log
        finally:
            browser.close()


# Run in the page: the layers of each map, by the names its layer control shows, with the
# tooltip of each feature in them.
LAYERS_JS = """
() => Object.keys(window).filter(k => k.startsWith('layer_control_') && window[k].overlays)
  .sort((a, b) => {
    // in page order: by the position of each map's container
    const pos = k => [...document.querySelectorAll('.folium-map')].findIndex(
      el => window[k].overlays && Object.values(window[k].overlays)[0]._map &&
            Object.values(window[k].overlays)[0]._map.getContainer() === el);
    return pos(a) - pos(b);
  })
  .map(k => {
    const out = {};
    for (const [name, layer] of Object.entries(window[k].overlays)) {
      const items = [];
      layer.eachLayer(l => { const t = l.getTooltip && l.getTooltip(); if (t) items.push(t.getContent()); });
      out[name] = items;
    }
    return out;
  })
"""


def layers(page: Page) -> list[dict[str, list[str]]]:
    result: Any = page.evaluate(LAYERS_JS)
    return list(result)
