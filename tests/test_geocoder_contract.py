"""geopy's geocoder contract, passed by the offline Geocoder and by a cached real Nominatim
client talking to a small Nominatim-format HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from gazetteer import CachedGeocoder, Gazetteer, Geocoder

PLACES = {
    "idlib": {
        "lat": "35.9306",
        "lon": "36.6339",
        "display_name": "Idlib, Idlib Governorate, Syria",
        "place_id": 1,
        "osm_type": "relation",
        "class": "place",
        "type": "city",
    },
    "sochi": {
        "lat": "43.5992",
        "lon": "39.7257",
        "display_name": "Sochi, Krasnodar Krai, Russia",
        "place_id": 2,
        "osm_type": "relation",
        "class": "place",
        "type": "city",
    },
}


class NominatimHandler(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        url = urlparse(self.path)
        NominatimHandler.requests.append(self.path)
        params = parse_qs(url.query)
        if url.path.startswith("/search"):
            hit = PLACES.get(params.get("q", [""])[0].lower())
            body: Any = [hit] if hit else []
        elif url.path.startswith("/reverse"):
            lat = float(params["lat"][0])
            body = PLACES["idlib"] if lat > 35 else {"error": "Unable to geocode"}
        else:
            self.send_error(404)
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def nominatim_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), NominatimHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class GeocoderContract:
    """What any geopy-style geocoder must do; each backend subclasses this."""

    known = "Idlib"
    known_lat = 35.93
    unknown = "Xqzzyplace"

    @pytest.fixture
    def geocoder(self) -> Any:
        raise NotImplementedError

    def test_exactly_one_returns_a_location_with_raw(self, geocoder: Any) -> None:
        loc = geocoder.geocode(self.known)
        assert isinstance(loc, Location)
        assert abs(loc.latitude - self.known_lat) < 0.1
        assert isinstance(loc.raw, dict) and loc.address

    def test_not_exactly_one_returns_a_list(self, geocoder: Any) -> None:
        locs = geocoder.geocode(self.known, exactly_one=False)
        assert isinstance(locs, list) and all(isinstance(x, Location) for x in locs)

    def test_unknown_returns_none(self, geocoder: Any) -> None:
        assert geocoder.geocode(self.unknown) is None

    def test_reverse_returns_a_location(self, geocoder: Any) -> None:
        loc = geocoder.reverse((35.93, 36.63))
        assert isinstance(loc, Location) and "Idlib" in loc.address

    def test_works_behind_geopy_rate_limiter(self, geocoder: Any) -> None:
        geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
        assert geocode(self.known) is not None


class TestOfflineGeocoder(GeocoderContract):
    @pytest.fixture
    def geocoder(self, gaz: Gazetteer) -> Geocoder:
        return Geocoder(gaz)

    def test_country_codes_restrict(self, geocoder: Geocoder) -> None:
        loc = geocoder.geocode("Damascus", country_codes="US")
        assert isinstance(loc, Location) and loc.raw["country_code"] == "US"

    def test_reverse_raw_names_the_country(self, geocoder: Geocoder) -> None:
        loc = geocoder.reverse("33.51, 36.29")
        assert isinstance(loc, Location)
        assert loc.raw["country"] == {"name": "Syria", "country_code": "SY"}


class TestCachedNominatim(GeocoderContract):
    @pytest.fixture
    def geocoder(self, nominatim_server: str, tmp_path: Path) -> CachedGeocoder:
        client = Nominatim(domain=nominatim_server, scheme="http", user_agent="geomap-tests")
        return CachedGeocoder(client, path=tmp_path / "geocache.sqlite")

    def test_second_identical_query_does_not_reach_the_server(self, geocoder: CachedGeocoder) -> None:
        NominatimHandler.requests.clear()
        first = geocoder.geocode("Sochi")
        second = geocoder.geocode("Sochi")
        assert len(NominatimHandler.requests) == 1
        assert isinstance(first, Location) and isinstance(second, Location)
        assert (second.latitude, second.longitude, second.raw) == (first.latitude, first.longitude, first.raw)

    def test_not_found_is_cached_too(self, geocoder: CachedGeocoder) -> None:
        NominatimHandler.requests.clear()
        assert geocoder.geocode("Xqzzyplace") is None
        assert geocoder.geocode("Xqzzyplace") is None
        assert len(NominatimHandler.requests) == 1 and geocoder.hits == 1

    def test_answers_survive_a_new_process_handle(self, nominatim_server: str, tmp_path: Path) -> None:
        path = tmp_path / "shared.sqlite"
        client = Nominatim(domain=nominatim_server, scheme="http", user_agent="geomap-tests")
        CachedGeocoder(client, path=path).geocode("Idlib")
        NominatimHandler.requests.clear()
        again = CachedGeocoder(client, path=path)
        assert again.geocode("Idlib") is not None and NominatimHandler.requests == []


def test_the_geocoder_finds_the_arabic_feminine_ending_without_its_h(gaz: Gazetteer) -> None:
    """ "Daqahliya", as news writes GeoNames' Daqahliyah, is found by the geocoder too (the
    gazetteer's own lookup), not only by the recogniser."""
    location = Geocoder(gaz).geocode("Daqahliya")
    assert isinstance(location, Location) and location.raw["country_code"] == "EG", location
