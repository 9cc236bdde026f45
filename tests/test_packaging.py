"""What `pip install .` ships: every data file, the docs of every command, one version."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import geomap
from geomap.lexicon import recogniser_weights
from geomap.resolve import _calibration

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_is_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = config["tool"]["setuptools"]["package-data"]
    for package in ("geomap", "gazetteer"):
        for path in (ROOT / package).rglob("*"):
            if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts:
                relative = path.relative_to(ROOT / package).as_posix()
                assert any(fnmatch.fnmatch(relative, p) for p in declared[package]), relative


def test_trained_data_is_loaded() -> None:
    assert len(recogniser_weights()) > 1000
    assert _calibration() != (1.0, 0.0)


def test_one_version_everywhere() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert geomap.__version__ == config["project"]["version"]


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in (
        "geomap places",
        "geomap extract",
        "geomap map",
        "geomap eval",
        "geomap gazetteer",
        "geomap report",
    ):
        assert command in readme, command
