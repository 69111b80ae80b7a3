"""Plain text files: .txt and any other file that decodes as text."""

from __future__ import annotations

from clipper.importers import decode
from clipper.model import Capture

EXTENSIONS = (".txt", ".text", ".md", ".markdown")


def sniff(head: bytes) -> bool:
    """Plain text is what is left: no sniffing claims it."""
    return False


def read(data: bytes, name: str) -> list[Capture]:
    """One capture of kind "text"."""
    return [Capture(kind="text", content=decode.decode(data, name), name=name)]
