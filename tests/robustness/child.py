"""The program the robustness tests run, kill and watch, one use case per mode.

Run as ``python child.py MODE LIBRARY ARGS...``. It prints ``READY`` once its
imports are done (so a kill lands in the work, not in Python's start-up) and
then one ``DONE ...`` line per unit of work as soon as that unit is committed,
flushing each time: whatever the parent read before it sent SIGKILL was
reported done, and must survive.

Modes:
    import LIBRARY FOLDER       bulk import through Library.import_paths
    tags LIBRARY ROUNDS         tag, merge and rename tags over every clip
    migrate LIBRARY             open (and so migrate) an old library
    restore LIBRARY BACKUP      Library.restore_backup
    bundle LIBRARY BUNDLE       Library.import_bundle
    write LIBRARY PREFIX COUNT  add COUNT clips, one transaction each (concurrency)
    read LIBRARY SECONDS        search and read in a loop (concurrency)
    hostile LIBRARY FILE        import one file; print time and memory as JSON
    timed LIBRARY FOLDER        bulk import; print the slowest files and peak memory as JSON
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

from clipper.errors import NotFoundError
from clipper.library import Library
from clipper.model import Article, Original


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def do_import(lib: Library, folder: str) -> None:
    last: list[str] = []

    def progress(done: int, total: int, current: str) -> None:
        # progress(k, ...) is called before file k: file k-1 is committed.
        if last:
            say(f"DONE {last.pop()}")
        if current:
            last.append(current)

    summary = lib.import_paths([folder], progress=progress)
    for failure in summary.failed:
        say(f"FAILED {failure.path}\t{failure.reason}")
    say("FINISHED")


def do_tags(lib: Library, rounds: int) -> None:
    uuids = lib.search_uuids("")
    evens = uuids[::2]
    current = "gen0"
    for i in range(rounds):
        side, merged, renamed = f"side{i}", f"mid{i}", f"gen{i + 1}"
        lib.tag(evens, [side])
        say(f"DONE tag {i}")
        lib.merge_tags([current, side], merged)
        say(f"DONE merge {i}")
        lib.rename_tag(merged, renamed)
        say(f"DONE rename {i}")
        current = renamed
    say("FINISHED")


def do_write(lib: Library, prefix: str, count: int, restored: bool = False) -> None:
    """Write ``count`` clips, tagging every fifth.

    With ``restored`` a restore may replace the library between a clip's
    capture and its tagging: the tag then fails on a clip that went with the
    old library, with our NotFoundError, and the clip is reported GONE.
    """
    for i in range(count):
        marker = f"{prefix}w{i:05d}"
        text = f"{marker} appears once. " + " ".join(f"word{prefix}{j}" for j in range(40))
        clip, _ = lib.capture(
            Article(title=f"Concurrent {marker}", text=text, html=f"<p>{text}</p>"),
            Original(kind="text", content=text, name=f"{marker}.txt"),
            tags=[f"writer-{prefix}"],
        )
        say(f"DONE {clip.uuid} {marker}")
        if i % 5 == 0:
            try:
                lib.tag([clip.uuid], ["shared-tag"])
            except NotFoundError:
                if not restored:
                    raise
                say(f"GONE {clip.uuid}")
    say("FINISHED")


def do_read(lib: Library, seconds: float) -> None:
    end = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < end:
        lib.count("")
        for hit in lib.search("appears", limit=20).hits:
            lib.get(hit.clip.uuid)
        rounds += 1
    say(f"DONE reads {rounds}")
    say("FINISHED")


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux's ``VmHWM`` belongs to this program alone. ``getrusage``'s
    ``ru_maxrss`` is the fallback elsewhere: on Linux it starts from the
    parent's size at fork and survives exec, so a big parent inflates it.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def do_hostile(lib: Library, file: str) -> None:
    before = peak_mb()
    start = time.perf_counter()
    summary = lib.import_paths([file])
    elapsed = time.perf_counter() - start
    peak = peak_mb()
    clips = [lib.get(u) for u in summary.added]
    say(json.dumps({
        "seconds": elapsed,
        "rss_before_mb": before,
        "rss_peak_mb": peak,
        "added": [{"uuid": c.uuid, "title": c.title, "text": c.text, "html": c.html}
                  for c in clips],
        "failed": [[f.path, f.reason] for f in summary.failed],
        "duplicates": [list(d) for d in summary.duplicates],
    }, ensure_ascii=False))


def do_timed(lib: Library, folder: str) -> None:
    times: list[tuple[float, str]] = []
    state = {"file": "", "start": time.perf_counter()}

    def progress(done: int, total: int, current: str) -> None:
        now = time.perf_counter()
        if state["file"]:
            times.append((now - float(state["start"]), str(state["file"])))
        state["file"], state["start"] = current, now

    summary = lib.import_paths([folder], progress=progress)
    times.sort(reverse=True)
    say(json.dumps({
        "files": len(times),
        "added": len(summary.added),
        "duplicates": len(summary.duplicates),
        "failed": len(summary.failed),
        "slowest": times[:5],
        "rss_peak_mb": peak_mb(),
        # Cleaning workers, once joined; an upper bound (Linux starts a child's
        # figure at its parent's size when it was started).
        "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "reasons": sorted({f.reason.split(": ", 1)[-1][:80] for f in summary.failed})[:15],
    }, ensure_ascii=False))


def main(argv: list[str]) -> None:
    mode, library = argv[0], Path(argv[1])
    if mode == "restore":
        say("READY")
        kept = Library.restore_backup(library, argv[2])
        say(f"DONE restored {kept}")
        return
    if mode == "migrate":
        say("READY")
        lib = Library.open(library)
        say(f"DONE migrated {lib.count('')}")
        lib.close()
        return
    barrier = os.environ.get("ROBUSTNESS_BARRIER")
    if barrier:  # open at the same moment as another child (see test_concurrency)
        say("WAITING")
        while not os.path.exists(barrier):
            time.sleep(0.0005)
    lib = Library.open(library)
    say("READY")
    try:
        if mode == "import":
            do_import(lib, argv[2])
        elif mode == "tags":
            do_tags(lib, int(argv[2]))
        elif mode == "bundle":
            lib.import_bundle(argv[2])  # type: ignore[attr-defined]
            say("DONE bundle")
        elif mode == "write":
            do_write(lib, argv[2], int(argv[3]), restored=argv[4:] == ["restored"])
        elif mode == "read":
            do_read(lib, float(argv[2]))
        elif mode == "hostile":
            do_hostile(lib, argv[2])
        elif mode == "timed":
            do_timed(lib, argv[2])
        else:
            raise SystemExit(f"unknown mode {mode}")
    finally:
        lib.close()


if __name__ == "__main__":
    main(sys.argv[1:])
