"""The `geomap` command: a thin click layer over the library.

Library errors become one-line messages with exit status 1; usage errors exit 2.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from gazetteer import GazetteerError
from gazetteer import build as build_gazetteer
from gazetteer.paths import default_db_path
from gazetteer.store import Gazetteer, open_gazetteer

from . import COMPILED
from .errors import GeomapError
from .inputs import published_problem, read_jsonl, read_source
from .model import Document
from .output import places_csv, places_table, to_json, write_atomic
from .recognise import DEFAULT_THRESHOLD

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
@click.version_option(
    package_name="geomap",
    message=f"%(prog)s %(version)s ({'compiled' if COMPILED else 'plain Python'})",
)
def main() -> None:
    """Find the places a news text mentions, the events at them, and map them offline."""


def published_option(func: F) -> F:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        default=None,
        help='Publication date, for relative dates ("on Thursday").',
    )(func)


def ner_option(func: F) -> F:
    return click.option(
        "--ner",
        metavar="builtin|spacy|MODEL",
        default=None,
        help="Add a spaCy model's entities as evidence (pip install 'geomap[spacy]'); "
        "default: $GEOMAP_NER, else builtin.",
    )(func)


def _check_ner(value: str | None) -> str | None:
    """The spaCy model asked for, loaded now, so a missing one fails before any work."""
    from .ner import load_spacy, resolve_ner

    model = resolve_ner(value)
    if model is not None:
        load_spacy(model)
    return model or "builtin"


def _check_published(value: str | None) -> str | None:
    problem = published_problem(value)
    if problem:
        raise click.BadParameter(problem, param_hint="--published")
    return value


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--jsonl", is_flag=True, help="Each PATH is a JSONL batch: {id, text, published?, spans?} a line."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "geojson", "csv"]),
    default="table",
    show_default=True,
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="How sure the recogniser must be that a name is a place.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(0),
    default=1,
    show_default=True,
    help="Worker processes for a batch (0: one per processor core).",
)
@published_option
@ner_option
@db_option
@clean_errors
def places(
    paths: tuple[str, ...],
    jsonl: bool,
    fmt: str,
    threshold: float,
    jobs: int,
    published: str | None,
    ner: str | None,
    db: Path | None,
) -> None:
    """Places mentioned in each PATH (a file, or - for standard input), resolved."""
    from collections import deque

    from .batch import BatchDocument, places_in_batch

    _check_published(published)
    ner = _check_ner(ner)
    gaz = gazetteer_at(db)

    def documents() -> Iterator[tuple[str, str | None, Any, str | None]]:
        """(id, text, spans, error) of each input document, lazily, in input order."""
        for path in paths:
            if not jsonl:
                yield path, read_source(path), None, None
                continue
            for item in read_jsonl(path):
                yield item.id, item.text, item.spans, item.error

    read: deque[tuple[str, str | None]] = deque()  # (id, error) of documents handed out, not yet written

    def work() -> Iterator[BatchDocument | None]:
        for doc_id, text, spans, error in documents():
            read.append((doc_id, error))
            yield None if error is not None else BatchDocument(text or "", spans)

    results: list[dict[str, Any]] = []
    found_places = places_in_batch(work(), gazetteer=gaz, jobs=jobs, threshold=threshold, ner=ner)
    for found in found_places:
        doc_id, error = read.popleft()
        if error is not None:
            result: dict[str, Any] = {"id": doc_id, "error": error}
            if fmt != "jsonl":
                click.echo(f"geomap: {doc_id}: {error}", err=True)
        else:
            result = {"id": doc_id, "places": found}
        if fmt == "jsonl":  # streamed: a batch of any size runs in constant memory
            if "places" in result:
                result = {"id": doc_id, "places": [p.to_dict() for p in result["places"]]}
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            results.append(result)
    if fmt == "jsonl":
        return
    ok = [r for r in results if "places" in r]
    if fmt == "json":
        data = [
            {"id": r["id"], "places": [p.to_dict() for p in r["places"]]} if "places" in r else r
            for r in results
        ]
        click.echo(to_json(data[0] if len(data) == 1 else data))
    elif fmt == "geojson":
        features = [
            dict(p.__geo_interface__, id=f"{r['id']}#{i}") for r in ok for i, p in enumerate(r["places"])
        ]
        click.echo(to_json({"type": "FeatureCollection", "features": features}))
    elif fmt == "csv":
        click.echo(places_csv((r["id"], p) for r in ok for p in r["places"]), nl=False)
    else:
        click.echo("\n".join(places_table(r["id"], r["places"]) for r in ok))


@main.command()
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["json", "geojson"]), default="json", show_default=True)
@published_option
@ner_option
@db_option
@clean_errors
def extract(path: str, fmt: str, published: str | None, ner: str | None, db: Path | None) -> None:
    """One Document for PATH: its places, events and movements."""
    from .pipeline import extract as extract_document

    _check_published(published)
    ner = _check_ner(ner)
    doc = extract_document(
        read_source(path), published=published, doc_id=path, gazetteer=gazetteer_at(db), ner=ner
    )
    click.echo(
        to_json(
            doc.__geo_interface__ | {"id": doc.id, "published": doc.published}
            if fmt == "geojson"
            else doc.to_dict()
        )
    )


def inputs_and_output(help_text: str) -> Callable[[F], F]:
    """The PATH... arguments and the required -o/--output file of the commands that write HTML."""

    def decorate(func: F) -> F:
        func = click.option(
            "-o",
            "--output",
            "output",
            type=click.Path(path_type=Path, dir_okay=False),
            required=True,
            help=help_text,
        )(func)
        return click.argument("paths", nargs=-1, required=True)(func)

    return decorate


def _documents(
    paths: tuple[str, ...], published: str | None, gaz: Gazetteer, ner: str | None
) -> list[Document]:
    """Every input read first (so a bad one fails before anything is written), then extracted."""
    from .pipeline import extract as extract_document

    ner = _check_ner(ner)
    texts = [(path, read_source(path)) for path in paths]
    return [
        extract_document(text, published=published, doc_id=path, gazetteer=gaz, ner=ner)
        for path, text in texts
    ]


@main.command("map")
@inputs_and_output("The HTML file to write.")
@click.option("--embed", is_flag=True, help="Write an HTML fragment to paste into a report page.")
@click.option("--cdn", is_flag=True, help="Load Leaflet from a CDN (small file; needs the network).")
@click.option(
    "--png",
    "png",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also render the map to this PNG with headless Chromium.",
)
@published_option
@ner_option
@db_option
@clean_errors
def map_command(
    paths: tuple[str, ...],
    output: Path,
    embed: bool,
    cdn: bool,
    png: Path | None,
    published: str | None,
    ner: str | None,
    db: Path | None,
) -> None:
    """The layered map of one or more articles, as one offline HTML file."""
    from .render import Map

    _check_published(published)
    gaz = gazetteer_at(db)
    docs = _documents(paths, published, gaz, ner)
    view = Map(docs, gazetteer=gaz, cdn=cdn)
    write_atomic(output, view.fragment() if embed else view.html())
    if png is not None:
        from .render.png import screenshot

        screenshot(view.html(), png)
    n_events = sum(len(d.events) for d in docs)
    n_moves = sum(len(d.movements) for d in docs)
    click.echo(
        f"wrote {output}: {sum(len(d.places) for d in docs)} place mentions, {n_events} events, "
        f"{n_moves} movements",
        err=True,
    )


@main.command()
@inputs_and_output("The HTML report to write.")
@click.option("--no-image", is_flag=True, help="Skip the printable picture of the map (no Chromium run).")
@published_option
@ner_option
@db_option
@clean_errors
def report(
    paths: tuple[str, ...],
    output: Path,
    no_image: bool,
    published: str | None,
    ner: str | None,
    db: Path | None,
) -> None:
    """One printable page: the map, the article with its places highlighted, and tables."""
    from .render.report import render_report

    _check_published(published)
    gaz = gazetteer_at(db)
    docs = _documents(paths, published, gaz, ner)
    write_atomic(output, render_report(docs, gazetteer=gaz, with_image=not no_image))
    click.echo(f"wrote {output}", err=True)


@main.command("eval")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--spans", is_flag=True, help="Resolve the gold spans (resolution alone).")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write every gold name's outcome (JSONL) here, for inspection.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True)
@ner_option
@db_option
@clean_errors
def evaluate(
    gold: Path,
    spans: bool,
    errors_path: Path | None,
    fmt: str,
    threshold: float,
    ner: str | None,
    db: Path | None,
) -> None:
    """Score geomap against a gold corpus (JSONL: {id, text, gold: [{start, end, lat, lon}]})."""
    from dataclasses import asdict

    from .eval import NameOutcome, read_gold
    from .eval import evaluate as run_eval
    from .pipeline import places as find_places

    ner = _check_ner(ner)
    gaz = gazetteer_at(db)
    errors: list[NameOutcome] = []
    docs = list(read_gold(gold))
    scores = run_eval(
        docs,
        lambda d: find_places(
            d.text,
            gazetteer=gaz,
            threshold=threshold,
            spans=[(g.start, g.end) for g in d.gold] if spans else None,
            ner=ner,
        ),
        errors,
    )
    if errors_path is not None:
        write_atomic(errors_path, "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in errors))
    if fmt == "json":
        click.echo(to_json(scores.to_dict()))
        return
    d = scores.to_dict()
    click.echo(
        f"{gold.name}: {d['documents']} documents, {d['gold_names']} gold names, "
        f"{d['predicted']} predicted{' (gold spans)' if spans else ''}"
    )
    click.echo(
        f"recognition strict   P {d['strict_precision']:.3f}  R {d['strict_recall']:.3f}  "
        f"F1 {d['strict_f1']:.3f}"
    )
    click.echo(
        f"recognition overlap  P {d['overlap_precision']:.3f}  R {d['overlap_recall']:.3f}  "
        f"F1 {d['overlap_f1']:.3f}"
    )
    click.echo(f"acc@161km recognised {d['acc161_recognised']:.3f}  end to end {d['acc161_end_to_end']:.3f}")
    click.echo(
        f"error km mean {d['mean_error_km']:.0f}  median {d['median_error_km']:.1f}  "
        f"AUC {d['auc']:.3f}  ({d['scored_names']} names scored)"
    )


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
