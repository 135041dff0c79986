"""The runtime dependencies declared in pyproject.toml are the ones the code needs: each declared one
imports, every third-party module crawler/ imports belongs to a declared one, and the installed
versions satisfy the declared specifiers."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import sys
from functools import lru_cache
from pathlib import Path

import pytest

# packaging is always there with pytest (one of pytest's own requirements).
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    from pip._vendor import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "crawler"


def declared_requirements() -> list[Requirement]:
    """[project].dependencies that apply to this interpreter (optional dependencies do not count)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(line) for line in project["dependencies"]]
    return [r for r in requirements if r.marker is None or r.marker.evaluate()]


DECLARED = declared_requirements()
DECLARED_NAMES = frozenset(canonicalize_name(r.name) for r in DECLARED)


@lru_cache(maxsize=None)
def modules_by_distribution() -> dict[str, frozenset[str]]:
    """canonical distribution name -> the top-level modules it installs (bs4 for beautifulsoup4...)."""
    found: dict[str, set[str]] = {}
    for module, distributions in importlib.metadata.packages_distributions().items():
        for distribution in distributions:
            found.setdefault(canonicalize_name(distribution), set()).add(module)
    return {name: frozenset(modules) for name, modules in found.items()}


def third_party_imports() -> dict[str, list[str]]:
    """Top-level module -> where crawler/ imports it ("file:line"), for every absolute import at any
    depth (functions, try blocks, TYPE_CHECKING), less the standard library and crawler itself."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue  # relative imports are the package's own
            for name in names:
                top = name.partition(".")[0]
                if top in sys.stdlib_module_names or top == "crawler":
                    continue
                found.setdefault(top, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("requirement", DECLARED, ids=lambda r: r.name)
def test_declared_dependency_imports(requirement):
    try:
        importlib.metadata.distribution(requirement.name)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(f"{requirement.name} is declared but not installed")
    # Public names only; some top_level.txt files also list subpackages ("bs4/builder" in bs4 4.12.0).
    modules = sorted(m for m in modules_by_distribution().get(canonicalize_name(requirement.name), ())
                     if m.isidentifier() and not m.startswith("_"))
    assert modules, f"{requirement.name} is installed but provides no importable top-level module"
    for module in modules:
        importlib.import_module(module)


def test_every_third_party_import_is_declared():
    imports = third_party_imports()
    assert imports, "the scan found no third-party import at all: it is looking in the wrong place"
    providers = {}
    for name, modules in modules_by_distribution().items():
        for module in modules:
            providers.setdefault(module, set()).add(name)
    undeclared = []
    for module, places in sorted(imports.items()):
        distributions = providers.get(module)
        if not distributions:
            undeclared.append(f"{module} (no installed distribution provides it) at {', '.join(places)}")
        elif not distributions & DECLARED_NAMES:
            # Installed only as someone else's dependency (charset_normalizer via requests, jinja2 via
            # datasette...): it may go, or change major version, without this project being asked.
            undeclared.append(f"{module} (from {', '.join(sorted(distributions))}) at {', '.join(places)}")
    assert not undeclared, "imported by crawler/ but not in [project].dependencies:\n  " + "\n  ".join(undeclared)


# Why the lower bounds matter: a resolver only promises the declared specifier. An environment that
# already holds an older release (a distribution's package, a shared venv, `uv --resolution lowest`,
# a constraints file) keeps it, and the code then fails at run time — `Database.atomic()` is an
# AttributeError before sqlite-utils 4.0. This test checks the versions installed here against the
# declared specifiers; whether a lower bound is high enough is shown by running the suite against the
# lowest allowed versions, which this test cannot do.
@pytest.mark.parametrize("requirement", DECLARED, ids=lambda r: r.name)
def test_installed_version_satisfies_declared_specifier(requirement):
    try:
        installed = importlib.metadata.version(requirement.name)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(f"{requirement.name} is declared but not installed")
    assert requirement.specifier.contains(Version(installed), prereleases=True), \
        f"{requirement.name} {installed} is installed, pyproject.toml asks for {requirement.specifier}"
    assert any(spec.operator in (">=", ">", "==", "~=", "===") for spec in requirement.specifier), \
        f"{requirement.name} declares no lower bound"
