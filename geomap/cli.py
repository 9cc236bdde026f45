"""The `geomap` command: a thin click layer over the library.

Library errors become one-line messages with exit status 1; usage errors exit 2.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from gazetteer import GazetteerError
from gazetteer import build as build_gazetteer
from gazetteer.paths import default_db_path
from gazetteer.store import Gazetteer, open_gazetteer

from .errors import GeomapError

F = TypeVar("F", bound=Callable[..., Any])


def clean_errors(func: F) -> F:
    """Turn geomap and gazetteer errors (and OS errors) into one-line ClickExceptions."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (GeomapError, GazetteerError) as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from None

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        help="Gazetteer database file (default: the user cache).",
    )(func)


def _progress_printer() -> Callable[[str], None] | None:
    if not sys.stderr.isatty():
        return None
    from gazetteer.schema import STAGES

    state = {"n": 0}

    def show(stage: str) -> None:
        state["n"] += 1
        done = min(state["n"], len(STAGES))
        bar = "#" * (done * 20 // len(STAGES))
        click.echo(f"\r[{bar:<20}] {done}/{len(STAGES)} {stage:<12}", err=True, nl=done == len(STAGES))

    return show


def gazetteer_at(db: Path | None) -> Gazetteer:
    return open_gazetteer(db, progress=_progress_printer())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomap")
def main() -> None:
    """Find the places a news text mentions, the events at them, and map them offline."""


@main.group()
def gazetteer() -> None:
    """The cached offline gazetteer (GeoNames, Natural Earth, curated supplement)."""


@gazetteer.command("build")
@click.option(
    "--geonames",
    "geonames_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Build from a full GeoNames dump folder (allCountries.txt ...).",
)
@db_option
@clean_errors
def gazetteer_build(geonames_dir: Path | None, db: Path | None) -> None:
    """Build (or rebuild) the gazetteer database."""
    path = db or default_db_path()
    report = build_gazetteer(path, geonames_dir=geonames_dir, progress=_progress_printer())
    click.echo(
        f"built {report.path}: {report.places:,} places, {report.names:,} names, "
        f"{report.size_bytes / 1e6:.1f} MB in {report.seconds:.1f} s"
    )


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", "countries", multiple=True, help="Keep candidates in this ISO country code.")
@click.option("--fuzzy", is_flag=True, help="Also match close misspellings.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
@clean_errors
def gazetteer_lookup(
    name: str, countries: tuple[str, ...], fuzzy: bool, limit: int | None, fmt: str, db: Path | None
) -> None:
    """Every place NAME could be, best first."""
    gaz = gazetteer_at(db)
    found = gaz.lookup(name, country_codes=countries or None, fuzzy=fuzzy, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo(f"no place named {name!r}", err=True)
        return
    for c in found:
        click.echo(
            f"{c.name:<28} {gaz.country_name(c.country_code) if c.country_code else '-':<20} "
            f"{c.admin1 or '-':<22} {c.feature_code:<5} {c.lat:9.4f} {c.lon:10.4f} "
            f"pop {c.population:>10,} id {c.geonameid or '-'} ({c.match})"
        )


@gazetteer.command("reverse")
@click.argument("lat", type=click.FloatRange(-90, 90))
@click.argument("lon", type=click.FloatRange(-180, 180))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
@clean_errors
def gazetteer_reverse(lat: float, lon: float, fmt: str, db: Path | None) -> None:
    """The nearest place to LAT LON and the country containing it."""
    gaz = gazetteer_at(db)
    nearest = gaz.nearest(lat, lon)
    country = gaz.country_at(lat, lon)
    if fmt == "json":
        place = nearest[0][0].to_dict() | {"distance_km": round(nearest[0][1], 3)} if nearest else None
        click.echo(
            json.dumps(
                {"place": place, "country": country.to_dict() if country else None},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    if nearest:
        c, km = nearest[0]
        click.echo(
            f"{c.name} ({c.admin1 or '-'}, {gaz.country_name(c.country_code)}) "
            f"{km:.1f} km away, {c.feature_code}, id {c.geonameid}"
        )
    click.echo(f"in {country.name} ({country.country_code})" if country else "in no country (sea)")


@gazetteer.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
@clean_errors
def gazetteer_stats(fmt: str, db: Path | None) -> None:
    """Counts by source and feature type, file size, build date, data versions."""
    stats = gazetteer_at(db).stats()
    if fmt == "json":
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(f"file      {stats.path} ({stats.size_bytes / 1e6:.1f} MB)")
    for key in ("built_at", "schema_version", "origin", "data_versions"):
        click.echo(f"{key:<9} {stats.meta.get(key, '-')}")
    click.echo(f"names     {stats.names:,}")
    click.echo("places by source:")
    for name, count in stats.by_source:
        click.echo(f"  {count:>9,}  {name}")
    click.echo("places by feature code:")
    for code, count in stats.by_feature[:15]:
        click.echo(f"  {count:>9,}  {code}")
