"""The command line: contract shapes, and bad input as one-line errors, never tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import geomap
from geomap import InputError
from geomap.cli import main

from .conftest import SEED


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "geomap", *args], input=stdin, capture_output=True, timeout=120, check=False
    )


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for command in (
        ["places"],
        ["extract"],
        ["map"],
        ["eval"],
        ["gazetteer", "build"],
        ["gazetteer", "lookup"],
        ["gazetteer", "reverse"],
        ["gazetteer", "stats"],
    ):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_places_json_shape_for_one_and_several() -> None:
    one = json.loads(CliRunner().invoke(main, ["places", str(SEED), "--format", "json"]).stdout)
    assert one["id"] == str(SEED) and one["places"][0].keys() >= {
        "mention",
        "start",
        "end",
        "name",
        "lat",
        "lon",
        "geonameid",
        "feature_code",
        "country_code",
        "admin1",
        "confidence",
    }
    several = json.loads(
        CliRunner().invoke(main, ["places", str(SEED), str(SEED), "--format", "json"]).stdout
    )
    assert isinstance(several, list) and len(several) == 2


def test_places_geojson_and_csv() -> None:
    gj = json.loads(CliRunner().invoke(main, ["places", str(SEED), "--format", "geojson"]).stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"][0]["geometry"]["type"] == "Point"
    csv_out = CliRunner().invoke(main, ["places", str(SEED), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("id,mention,start,end,name,lat,lon")


def test_extract_document_shape() -> None:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--published", "2018-05-17"])
    doc = json.loads(result.stdout)
    assert doc.keys() >= {"id", "published", "places", "events", "movements"}
    assert doc["events"][0].keys() >= {
        "id",
        "category",
        "kind",
        "trigger",
        "sentence",
        "start",
        "end",
        "date",
        "places",
        "actors",
        "quantity",
    }
    gj = json.loads(CliRunner().invoke(main, ["extract", str(SEED), "--format", "geojson"]).stdout)
    assert any(f["geometry"]["type"] == "LineString" for f in gj["features"])


def test_jsonl_batch_goes_on_after_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(
        b'{"id": "a", "text": "Talks were held in Astana."}\n'
        b"{not json\n"
        b'{"id": "c", "text": ""}\n'
        b"\xff\xfe\n"
        b'{"id": "e", "text": "Fighting near Aleppo.", "spans": [[14, 20]]}\n'
    )
    result = CliRunner().invoke(main, ["places", "--jsonl", str(batch), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "line2", "c", "line4", "e"]
    assert "error" in rows[1] and "error" in rows[2] and "error" in rows[3]
    assert rows[2]["error"] == 'line 3: "text" is empty'
    assert rows[4]["places"][0]["name"] == "Aleppo"


def test_jsonl_spans_outside_the_text_and_bad_dates_are_errors_of_their_document(tmp_path: Path) -> None:
    """A span outside its text, an empty or reversed one, or a "published" that is no date is that
    document's one-line error, not a silently empty answer; the batch goes on."""
    text = "Fighting near Aleppo."
    lines = [
        {"id": "far", "text": text, "spans": [[14, 500]]},
        {"id": "reversed", "text": text, "spans": [[20, 14]]},
        {"id": "negative", "text": text, "spans": [[-3, 4]]},
        {"id": "date", "text": text, "published": "yesterday"},
        {"id": "ok", "text": text, "spans": [[14, 20]], "published": "2018-05-17"},
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["places", "--jsonl", str(batch), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["far"]["error"] == "line 1: span [14, 500] is not one of this text: 0 <= start < end <= 21"
    assert "span [20, 14]" in rows["reversed"]["error"] and "span [-3, 4]" in rows["negative"]["error"]
    assert rows["date"]["error"] == 'line 4: "published" must be a date in YYYY-MM-DD form'
    assert [p["name"] for p in rows["ok"]["places"]] == ["Aleppo"]


def test_library_calls_reject_what_they_cannot_use() -> None:
    """The Python API answers misuse with geomap's own InputError and a plain message."""
    with pytest.raises(InputError, match="must be a str, not bytes: decode it first"):
        geomap.places(b"Talks in Astana")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="must be a str, not NoneType"):
        geomap.extract(None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"span \[9, 99\] is not one of this text"):
        geomap.places("Talks in Astana", spans=[(9, 99)])
    with pytest.raises(InputError, match="'yesterday' is not a date"):
        geomap.extract("Talks in Astana", published="yesterday")


def test_jsonl_batch_on_several_processes_is_the_same_batch(tmp_path: Path, seed_text: str) -> None:
    """--jobs 2 hands documents to two worker processes: the output is byte for byte the output of
    one process, in input order, bad lines included (more chunks than are handed out at once)."""
    lines = []
    for k in range(150):
        text = seed_text if k % 50 == 0 else f"Talks {k} were held in Astana, then in Sochi and Idlib."
        lines.append(json.dumps({"id": f"d{k}", "text": text}))
        if k % 40 == 7:
            lines.append("{not json")
    lines.append(json.dumps({"id": "s", "text": "Fighting near Aleppo.", "spans": [[14, 20]]}))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = (_run("places", "--jsonl", str(batch), "--format", "jsonl", "--jobs", j) for j in ("1", "2"))
    assert one.returncode == two.returncode == 0, two.stderr.decode()
    assert one.stdout == two.stdout
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(rows) == len(lines) and rows[-1]["places"][0]["name"] == "Aleppo"
    assert sum("error" in r for r in rows) == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("Caf\u00e9 in Damascus".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_input_is_one_clean_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = _run("places", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_file_and_huge_file(tmp_path: Path) -> None:
    proc = _run("places", str(tmp_path / "absent.txt"))
    assert proc.returncode == 1 and "no such file" in proc.stderr.decode()
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Damascus. " * 5_000_000)  # 50 MB
    proc = _run("places", str(huge))
    assert proc.returncode == 1 and "larger than" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_stdin_and_usage_errors() -> None:
    proc = _run("places", "-", "--format", "json", stdin=b"Talks were held in Astana.")
    assert proc.returncode == 0 and json.loads(proc.stdout)["places"][0]["name"] == "Astana"
    assert _run("places", "--format", "xml", str(SEED)).returncode == 2
    assert _run("extract", str(SEED), "--published", "17/05/2018").returncode == 2


def test_malformed_gold_file_for_eval(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "x", "text": "Idlib", "gold": [{"start": 0, "end": 5}]}\n{"oops"\n')
    proc = _run("eval", str(gold))
    assert proc.returncode == 1 and "line 2" in proc.stderr.decode()
