"""Every library the package imports is a declared dependency, so a pip install gets it.

The wheel test finds a missing dependency only when an installed command
happens to import it; this finds them all, at once and in a second, by
reading the imports of every module under clipper/.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib

from tests.packaging.conftest import ROOT


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_level_modules() -> dict[str, set[str]]:
    """Top-level module name -> the files importing it (relative imports skipped)."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "clipper").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def _declared_dependencies() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        _normalise(re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0]) for req in project["dependencies"]
    }


def test_every_third_party_import_is_a_declared_dependency() -> None:
    distributions = importlib.metadata.packages_distributions()
    declared = _declared_dependencies()
    undeclared = {}
    for module, files in _imported_top_level_modules().items():
        if module in sys.stdlib_module_names or module in {"clipper", "__future__"}:
            continue
        provided_by = {_normalise(d) for d in distributions.get(module, [module])}
        if not provided_by & declared:
            undeclared[module] = (
                f"{'/'.join(sorted(provided_by))} (imported by {', '.join(sorted(files)[:3])})"
            )
    assert undeclared == {}, "add to [project] dependencies in pyproject.toml: " + "; ".join(
        f"{module}: {where}" for module, where in sorted(undeclared.items())
    )
