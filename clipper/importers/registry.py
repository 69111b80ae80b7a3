"""Which importer reads a file: content first, then the name.

Each format is one row of ``FORMATS``: a name, its file extensions, a sniff
function that recognises its first bytes, and a reader that turns bytes into
captures. Sniffing comes first because names lie (a saved page called
"article.txt", a PNG renamed ".html"); the extension decides when the content
says nothing; plain text takes what is left. To add a format, add a module
with ``EXTENSIONS``, ``sniff`` and ``read`` and one row here, above "text".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from clipper.errors import InputError
from clipper.importers import csljson, decode, eml, html, markdown, mhtml, txt
from clipper.model import Capture

#: Files larger than this are refused before they are read.
MAX_BYTES = 64 * 1024 * 1024
_SNIFF_BYTES = 8192
#: Files that operating systems and tools leave in folders.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r", ".ds_store"})
_SYSTEM_DIRS = frozenset({"__macosx", "$recycle.bin", "system volume information", "__pycache__"})


@dataclass(frozen=True)
class Format:
    """One importable format (a row of the registry)."""

    name: str
    extensions: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    read: Callable[[bytes, str], list[Capture]]


FORMATS: tuple[Format, ...] = (
    Format("mhtml", mhtml.EXTENSIONS, mhtml.sniff, mhtml.read),
    Format("eml", eml.EXTENSIONS, eml.sniff, eml.read),
    Format("html", html.EXTENSIONS, html.sniff, html.read),
    Format("markdown", markdown.EXTENSIONS, markdown.sniff, markdown.read),
    Format("csl-json", csljson.EXTENSIONS, csljson.sniff, csljson.read),
    Format("text", txt.EXTENSIONS, txt.sniff, txt.read),
)
_FALLBACK = FORMATS[-1]


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: each file as given, each folder's files recursively.

    Hidden and system files inside folders (".git", "Thumbs.db", "~$lock")
    are skipped; every other file is kept, importable or not, so the import
    summary can say why one failed. A path given directly is always kept.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = _walk(path) if path.is_dir() else [path]
        for file in found:
            if file not in seen:
                seen.add(file)
                out.append(file)
    return out


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for child in sorted(folder.iterdir(), key=lambda p: p.name.casefold()):
        if _hidden(child):
            continue
        if child.is_dir() and not child.is_symlink():
            if child.name.casefold() not in _SYSTEM_DIRS:
                files.extend(_walk(child))
        elif child.is_file():
            files.append(child)
    return files


def _hidden(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "~$")) or name.endswith("~") or name.casefold() in _SYSTEM_FILES


def read_path(path: str | Path) -> list[Capture]:
    """The captures in one file. Raises ``InputError`` naming the file."""
    path = Path(path)
    name = path.name or str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"{name}: this is not a file.")
        if size > MAX_BYTES:
            raise InputError(
                f"{name}: the file is {size / 2**20:.0f} MB; Clipper reads files up to "
                f"{MAX_BYTES // 2**20} MB."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file.") from None
    except PermissionError:
        raise InputError(f"{name}: Clipper is not allowed to read this file.") from None
    except OSError as err:
        raise InputError(f"{name}: the file cannot be read ({err.strerror or err}).") from None
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> list[Capture]:
    """The captures in ``data``, read from a file called ``name``.

    Raises:
        InputError: the data is empty, binary, or not valid in its format.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty.")
    what = decode.sniff_binary(data)
    if what is not None:
        raise InputError(f"{name}: this is {what}, not a web page or text.")
    fmt = detect(data[:_SNIFF_BYTES], name)
    try:
        captures = fmt.read(data, name)
    except InputError:
        raise
    except (ValueError, LookupError, UnicodeError) as err:
        raise InputError(f"{name}: not a valid {fmt.name} file ({err}).") from None
    if not any(c.content.strip() for c in captures):
        raise InputError(f"{name}: the file holds no text.")
    return captures


def detect(head: bytes, name: str) -> Format:
    """The format of a file: by its first bytes, else its extension, else text."""
    for fmt in FORMATS:
        if fmt.sniff(head):
            return fmt
    suffix = _suffix(name)
    for fmt in FORMATS:
        if suffix in fmt.extensions:
            return fmt
    return _FALLBACK


def formats() -> Sequence[Format]:
    """Every format the registry knows (for file dialogs' filters)."""
    return FORMATS


def _suffix(name: str) -> str:
    return Path(name).suffix.casefold()
