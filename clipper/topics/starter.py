"""The starter topics that every new library begins with.

They live in ``resources/topics/*.toml`` (shipped in the wheel as
``clipper.resources``), written for the project, and are copied into a new
library once: from then on they are the user's own, edited, disabled or
deleted like any other topic, and a later Clipper never overwrites them.
"""

from __future__ import annotations

import importlib.resources
from typing import TYPE_CHECKING

from clipper.topics import files

if TYPE_CHECKING:
    from clipper.library.topics import Topics as Library


def specs() -> list[files.TopicSpec]:
    """Every starter topic, in file-name order."""
    folder = importlib.resources.files("clipper.resources").joinpath("topics")
    found: list[files.TopicSpec] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found.extend(files.loads(entry.read_text(encoding="utf-8"), source=entry.name))
    return found


def install(lib: Library) -> None:
    """Copy the starter topics into a brand-new library (one transaction)."""
    lib.import_topics(specs(), replace=False)
