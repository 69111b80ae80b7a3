"""Libraries and bundles written for the bundle tests.

Malicious bundles are made here, by the tests, from a good bundle: each one
is the good bundle with one thing broken, so every test checks one defence.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clipper.library import Library
from clipper.model import Article, Clip, Original, Topic

UUIDS = (
    "11111111-1111-4111-8111-111111111111",
    "22222222-2222-4222-8222-222222222222",
    "33333333-3333-4333-8333-333333333333",
)


def body(seed: str, words: int = 40) -> str:
    """A body long enough to have a fingerprint, different for each seed."""
    return " ".join(f"{seed}{i}" for i in range(words))


def add(
    lib: Library,
    uuid: str,
    title: str,
    *,
    url: str | None = None,
    text: str | None = None,
    tags: tuple[str, ...] = (),
    notes: str = "",
    allow_duplicate: bool = False,
    **fields: Any,
) -> Clip:
    article = Article(
        title=title,
        url=url,
        text=text if text is not None else body(title),
        html=f"<p>{title}</p>",
        authors=("Samantha Johnson",),
        site="Example News",
        published="2024-03-06",
        lang="en",
        excerpt=title,
        **fields,
    )
    original = Original("html", f"<html><body><h1>{title}</h1></body></html>", "page.html")
    clip, _ = lib.capture(
        article, original, tags=tags, notes=notes, uuid=uuid, allow_duplicate=allow_duplicate
    )
    return clip


def fill(lib: Library) -> list[Clip]:
    """Three clips (one Chinese), tags with a hierarchy, notes, and a topic of our own."""
    clips = [
        add(
            lib,
            UUIDS[0],
            "China's chip push",
            url="https://example.com/a",
            tags=("china/chips",),
            notes="Read for chapter 2.",
        ),
        add(
            lib,
            UUIDS[1],
            "半导体芯片产业",
            url="https://example.cn/b",
            text="半导体芯片产业自立自强" * 5,
            tags=("china/chips", "中文"),
        ),
        add(lib, UUIDS[2], "Export controls tighten", url="https://example.com/c"),
    ]
    lib.save_topic(
        Topic(name="lithography", description="Chip-making machines", terms=("EUV", "ASML"))
    )
    return clips


def snapshot(lib: Library) -> dict[str, Any]:
    """Everything a bundle import could change, to compare before and after."""
    uuids = sorted(lib.search_uuids(""))
    return {
        "clips": [lib.get(u) for u in uuids],
        "tags": lib.tags(),
        "topics": lib.topics(),
    }


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path: Path, files: dict[str, bytes], *, fix_manifest: bool = True) -> Path:
    """Write ``files`` as a zip; with ``fix_manifest``, checksums and count are made right."""
    if fix_manifest and "manifest.json" in files:
        manifest = json.loads(files["manifest.json"])
        manifest["files"] = {
            n: hashlib.sha256(d).hexdigest() for n, d in files.items() if n != "manifest.json"
        }
        manifest["clip_count"] = sum(
            1 for n in files if n.startswith("clips/") and n.endswith(".json")
        )
        files = {**files, "manifest.json": json.dumps(manifest).encode()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def mutate(
    good: Path, out: Path, change: Callable[[dict[str, bytes]], None], *, fix_manifest: bool = True
) -> Path:
    files = members(good)
    change(files)
    return write_zip(out, files, fix_manifest=fix_manifest)


def clip_json(files: dict[str, bytes], uuid: str = UUIDS[0]) -> dict[str, Any]:
    return json.loads(files[f"clips/{uuid}.json"])


def set_clip_json(files: dict[str, bytes], data: dict[str, Any], uuid: str = UUIDS[0]) -> None:
    files[f"clips/{uuid}.json"] = json.dumps(data, ensure_ascii=False).encode("utf-8")
