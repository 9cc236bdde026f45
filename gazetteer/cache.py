"""Keep any geopy geocoder's answers, including "not found", in a SQLite cache.

    nominatim = Nominatim(user_agent="my-app")
    geocode = RateLimiter(CachedGeocoder(nominatim).geocode, min_delay_seconds=1)

The cache sits in the gazetteer's cache directory, in its own file (`geocache.sqlite`):
the gazetteer database is rebuilt by renaming a new file over it, and answers fetched
from a service must survive that.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from geopy.location import Location

from .paths import cache_dir

__all__ = ["CachedGeocoder"]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, answer TEXT NOT NULL, stored_at REAL NOT NULL)"
)


def _encode(answer: Location | list[Location] | None) -> str:
    if answer is None:
        return "null"
    many = isinstance(answer, list)
    items = answer if isinstance(answer, list) else [answer]
    return json.dumps(
        {
            "many": many,
            "items": [
                {
                    "address": loc.address,
                    "lat": loc.latitude,
                    "lon": loc.longitude,
                    "altitude": loc.altitude,
                    "raw": loc.raw,
                }
                for loc in items
            ],
        }
    )


def _decode(text: str) -> Location | list[Location] | None:
    data = json.loads(text)
    if data is None:
        return None
    items = [
        Location(i["address"], (i["lat"], i["lon"], i["altitude"] or 0.0), i["raw"]) for i in data["items"]
    ]
    return items if data["many"] else items[0]


class CachedGeocoder:
    """Wrap a geopy geocoder; identical queries are answered from the cache.

    Works with geopy's RateLimiter: wrap `CachedGeocoder(g).geocode` in it and cached
    answers still pass through the limiter's call, but never reach the service.
    """

    def __init__(self, geocoder: Any, *, path: Path | None = None, namespace: str | None = None) -> None:
        self.geocoder = geocoder
        self.path = path or cache_dir() / "geocache.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        domain = getattr(geocoder, "domain", "")
        self.namespace = namespace or f"{type(geocoder).__name__}:{domain}"
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        with self._conn:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute(_SCHEMA)
        self.hits = 0
        self.misses = 0

    def _key(self, method: str, query: Any, kwargs: dict[str, Any]) -> str:
        if not isinstance(query, str):
            query = list(query) if isinstance(query, tuple) else str(query)
        return json.dumps([self.namespace, method, query, sorted(kwargs.items())], default=str)

    def _cached(self, method: str, query: Any, kwargs: dict[str, Any]) -> Any:
        key = self._key(method, query, kwargs)
        with self._lock:
            row = self._conn.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        if row is not None:
            self.hits += 1
            return _decode(row[0])
        self.misses += 1
        answer = getattr(self.geocoder, method)(query, **kwargs)
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (key, _encode(answer), time.time())
            )
        return answer

    def geocode(self, query: Any, **kwargs: Any) -> Location | list[Location] | None:
        return self._cached("geocode", query, kwargs)  # type: ignore[no-any-return]

    def reverse(self, query: Any, **kwargs: Any) -> Location | list[Location] | None:
        return self._cached("reverse", query, kwargs)  # type: ignore[no-any-return]

    def close(self) -> None:
        self._conn.close()
