"""What `pip install .` ships: every data file, the docs of every command, one version."""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import geomap
from gazetteer import Gazetteer
from geomap import extract
from geomap.lexicon import recogniser_weights
from geomap.resolve import _calibration

from .conftest import ROOT, SEED


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


_RUN_INSTALLED = """
import json, sys
from pathlib import Path
import geomap.recognise
from geomap import extract
if len(sys.argv) == 1:
    print(geomap.recognise.__file__)
else:
    for name in sys.argv[1:]:
        text = Path(name).read_text(encoding="utf-8")
        print(json.dumps(extract(text, published="2018-05-17", doc_id=Path(name).stem).to_dict()))
"""


def test_compiled_modules_answer_as_their_source(tmp_path: Path, gaz: Gazetteer) -> None:
    """`pip install .` compiles the hot modules with mypyc (setup.py): the installed, compiled geomap
    finds the same places, events and movements as this source tree in every test article (and in
    the seed written in lower case, which reads the installed package's word list)."""
    installed = subprocess.run(  # -I: no current directory on the path, so the installed geomap
        [sys.executable, "-I", "-c", _RUN_INSTALLED], capture_output=True, text=True, cwd=tmp_path, check=True
    ).stdout.strip()
    if installed.endswith(".py"):
        pytest.skip(f"the installed geomap is plain Python here ({installed})")
    lower = tmp_path / "seed_in_lower_case.txt"  # read through geomap/data/lowercase_words.txt
    lower.write_text(SEED.read_text(encoding="utf-8").lower(), encoding="utf-8")
    articles = [*sorted((ROOT / "tests" / "articles").glob("*.txt")), SEED, lower]
    compiled = subprocess.run(
        [sys.executable, "-I", "-c", _RUN_INSTALLED, *map(str, articles)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.splitlines()
    assert len(compiled) == len(articles)
    for article, answer in zip(articles, compiled, strict=True):
        text = article.read_text(encoding="utf-8")
        source = extract(text, published="2018-05-17", doc_id=article.stem, gazetteer=gaz).to_dict()
        assert json.loads(answer) == json.loads(json.dumps(source)), article.name
