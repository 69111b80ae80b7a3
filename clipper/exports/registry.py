"""The research export formats by name, and writing any of them.

Each writes to a file, a folder (one note per clip) or a stream.

One table drives the command line's ``--format`` choices, the GUI's Export
dialog and the file-name extension offered there. Files are written to a
temporary name and moved into place when complete, so a failed export never
leaves half a file where a good one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from clipper.errors import UserError
from clipper.exports import bibtex, csljson, jsonl, markdown, ris
from clipper.exports import csv as csv_export
from clipper.model import Clip

Writer = Callable[..., int]


@dataclass(frozen=True)
class ExportFormat:
    """One export format.

    ``folder`` formats write one file per clip into a folder. ``needs_text``
    says whether the clips' bodies are used (always, or with ``full_text``),
    so the library loads whole clips only when they are needed.
    """

    name: str
    label: str
    extension: str
    write: Writer | None = None
    folder: bool = False
    needs_text: bool = False
    text_when_asked: bool = False
    encoding: str = "utf-8"
    newline: str | None = None


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("csl-json", "CSL-JSON (Zotero, Pandoc)", ".json", csljson.write),
        ExportFormat("ris", "RIS (EndNote, Zotero, Mendeley)", ".ris", ris.write, newline=""),
        ExportFormat("bibtex", "BibTeX / biblatex", ".bib", bibtex.write),
        ExportFormat(
            "csv",
            "CSV spreadsheet",
            ".csv",
            csv_export.write,
            text_when_asked=True,
            encoding=csv_export.ENCODING,
            newline="",
        ),
        ExportFormat(
            "jsonl", "JSON Lines (pandas, R)", ".jsonl", jsonl.write, text_when_asked=True
        ),
        ExportFormat(
            "markdown", "Markdown notes (Obsidian, Joplin)", "", folder=True, needs_text=True
        ),
    )
}


def get(name: str) -> ExportFormat:
    """A format by name. Raises ``UserError`` listing the known ones."""
    try:
        return FORMATS[name.lower()]
    except KeyError:
        known = ", ".join(FORMATS)
        raise UserError(f"Unknown export format “{name}”; choose one of {known}.") from None


def needs_text(fmt: ExportFormat, full_text: bool) -> bool:
    """Whether an export needs the clips' bodies."""
    return fmt.needs_text or (fmt.text_when_asked and full_text)


def write_stream(fmt: ExportFormat, clips: Sequence[Clip], out: TextIO, *, full_text: bool) -> int:
    """Write a single-file format to an open text stream (standard output)."""
    if fmt.write is None:
        raise UserError(
            f"The {fmt.label} export writes a folder of files; give a folder with --out."
        )
    return fmt.write(clips, out, full_text=full_text)


def write_path(fmt: ExportFormat, clips: Sequence[Clip], path: Path, *, full_text: bool) -> int:
    """Write to a file (or, for folder formats, into a folder); returns the clip count.

    Raises:
        UserError: the file or folder cannot be written.
    """
    try:
        if fmt.folder:
            if path.exists() and not path.is_dir():
                raise UserError(f"{path} is a file; the {fmt.label} export needs a folder.")
            return markdown.write_folder(clips, path)
        return _write_file(fmt, clips, path, full_text=full_text)
    except OSError as err:
        raise UserError(f"Cannot write the export to {path}: {err.strerror or err}.") from err


def _write_file(fmt: ExportFormat, clips: Sequence[Clip], path: Path, *, full_text: bool) -> int:
    if path.is_dir():
        raise UserError(f"{path} is a folder; give a file name for the {fmt.label} export.")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=fmt.encoding, newline=fmt.newline) as out:
            count = write_stream(fmt, clips, out, full_text=full_text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
