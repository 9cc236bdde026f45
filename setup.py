"""Build hook: compile the geoparser's hot modules with mypyc where this machine can.

All metadata lives in pyproject.toml; this file only adds the compiled modules. They are a
speed-up of the same source (1.3-1.6x on a first pass over news text, see the README's speed
paragraph), never a requirement: with no C compiler, with GEOMAP_PURE_PYTHON=1, or for an editable
install (`pip install -e .`, where a compiled module would hide edits to its .py file), geomap
installs as plain Python and behaves the same.
"""

from __future__ import annotations

import glob
import os
import sys
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

HOT_MODULES = [
    "geomap/text.py",
    "geomap/lexicon.py",
    "geomap/recognise.py",
    "geomap/resolve.py",
    "geomap/quantities.py",
    "geomap/dates.py",
    "geomap/events.py",
    "gazetteer/normalize.py",
]
"""Pure functions over text and candidates: the per-document work of `places` and `extract`."""


_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}
"""The setup commands that build modules (not `egg_info`/`dist_info`, which only write metadata, nor
`editable_wheel`/`develop`, after which a compiled module would hide edits to its .py file)."""


def _say(message: str) -> None:
    print(f"geomap build: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or, if that fails here, leaves the plain Python ones in charge."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.force = True  # a compiled module left in build/ by an older source must never ship

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, missing headers: the .py files still work
            for built in self.get_outputs():
                if os.path.exists(built):
                    os.remove(built)
            _say(f"compiling failed ({exc}); installing plain Python")


def _clear_compiled_modules() -> None:
    """Remove the modules an earlier build compiled from build/: a build that compiles fewer (or
    none: GEOMAP_PURE_PYTHON, no compiler) would otherwise ship them beside their .py files, where
    they shadow the source they were compiled from. Whatever this build compiles, it compiles anew."""
    for lib in glob.glob(os.path.join("build", "lib*")):
        for pattern in (
            "*__mypyc*",
            os.path.join("geomap", "**", "*.so"),
            os.path.join("gazetteer", "**", "*.so"),
        ):
            for path in glob.glob(os.path.join(lib, pattern), recursive=True):
                os.remove(path)


def compiled_modules() -> list[Any]:
    if _BUILDS.intersection(sys.argv):
        _clear_compiled_modules()
    if os.environ.get("GEOMAP_PURE_PYTHON"):
        _say("GEOMAP_PURE_PYTHON is set; installing plain Python")
        return []
    if not _BUILDS.intersection(sys.argv):
        return []  # metadata only, or an editable install
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not available; installing plain Python")
        return []
    try:
        # the build environment has none of the run-time packages: their types count as Any here
        # (mypy in CI checks them); a cache of the build's own keeps a developer's cache out of it
        options = ["--ignore-missing-imports", "--cache-dir=build/mypyc-cache"]
        return list(mypycify([*HOT_MODULES, *options], opt_level="3", group_name="geomap_compiled"))
    except (Exception, SystemExit) as exc:  # mypy type errors end in SystemExit
        _say(f"mypyc could not compile ({exc!r}); installing plain Python")
        return []


setup(ext_modules=compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
