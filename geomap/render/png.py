"""A static image of a map, through a headless Chromium when one is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import RenderError

__all__ = ["find_chromium", "screenshot", "screenshot_bytes"]

_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_chromium() -> str | None:
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(
    page_html: str, out: Path, *, size: tuple[int, int] = (1280, 800), wait_ms: int = 1500
) -> None:
    """Render `page_html` at `size` and write a PNG to `out`."""
    out.write_bytes(screenshot_bytes(page_html, size=size, wait_ms=wait_ms))


def screenshot_bytes(page_html: str, *, size: tuple[int, int] = (1280, 800), wait_ms: int = 1500) -> bytes:
    """Render `page_html` at `size` and return the PNG."""
    browser = find_chromium()
    if browser is None:
        raise RenderError("--png needs a headless Chromium; install it (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "map.html"
        page.write_text(page_html, encoding="utf-8")
        target = Path(tmp) / "map.png"
        cmd = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--window-size={size[0]},{size[1]}",
            f"--virtual-time-budget={wait_ms}",
            f"--screenshot={target}",
            page.as_uri(),
        ]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise RenderError(f"Chromium could not render the map ({type(exc).__name__})") from None
        if not target.exists():
            raise RenderError("Chromium wrote no image")
        return target.read_bytes()
