"""The long version of issue 7's proof: hundreds of kills, thousands of hostile files.

Usage::

    python benchmarks/torture.py [--kills 400] [--hostile 3000] [--variants 3]
                                 [--seed 1] [--big-mb 50] [--workdir DIR]
                                 [--parts crash,hostile,bulk]

Prints, for each crash scenario (bulk import, tag merge/rename, migration,
bundle import, restore of a backup), how many SIGKILLs were survived and how many clips were
lost (must be 0); then, for each hostile input, the worst time and peak
memory over its variants, each measured in a fresh process (peak resident
memory from Linux's VmHWM: getrusage's ru_maxrss there starts at the parent's
size and would report the benchmark's own memory); then a bulk
import of thousands of mutated hostile files in one process (no crash, no
hang, the slowest files). Exits 1 if any promise was broken.

The machinery is the test suite's own (tests/robustness/crashkit.py and
hostile.py), so the benchmark and the CI sample check exactly the same things.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.robustness import crashkit, hostile  # noqa: E402


def crash_scenarios(work: Path, kills: int, seed: int) -> bool:
    from clipper.library import Library

    share = {"bulk import": 0.35, "tag merge/rename": 0.15, "migration": 0.15,
             "bundle import": 0.15, "restore": 0.2}
    ok = True
    print(f"{'scenario':<18} {'kills':>6} {'finished':>9} {'clips checked':>14} "
          f"{'reported done':>14} {'lost':>5}  time  notes")
    for name, part in share.items():
        n = max(1, round(kills * part))
        start = time.monotonic()
        folder = work / name.replace(" ", "-").replace("/", "-")
        try:
            if name == "bulk import":
                tally = crashkit.import_scenario(folder, files=60, kills=n, seed=seed,
                                                 per_library=4)
            elif name == "tag merge/rename":
                tally = crashkit.tags_scenario(folder, clips=300, kills=n, seed=seed, rounds=40)
            elif name == "migration":
                tally = crashkit.migration_scenario(folder, clips=20000, kills=n, seed=seed)
            elif name == "restore":
                tally = crashkit.restore_scenario(folder, clips=3000, kills=n, seed=seed)
            elif hasattr(Library, "import_bundle"):
                tally = crashkit.bundle_scenario(folder, clips=400, kills=n, seed=seed)
            else:
                print(f"{name:<18} skipped: Library.import_bundle does not exist yet")
                continue
        except AssertionError as err:
            ok = False
            print(f"{name:<18} BROKEN: {err}")
            continue
        print(f"{name:<18} {tally.kills:>6} {tally.finished:>9} {tally.checked:>14} "
              f"{tally.reported:>14} {tally.lost:>5}  {time.monotonic() - start:.0f} s"
              + (f"  {tally.broken_backups} migration backups left broken by a kill"
                 if tally.broken_backups else ""))
        ok = ok and tally.lost == 0
    return ok


def hostile_worst(work: Path, variants: int, seed: int, big_mb: int) -> bool:
    rng = random.Random(seed)
    worst: dict[str, dict[str, float]] = {}
    problems: dict[str, list[str]] = {}
    for v in range(variants):
        for case in hostile.cases(rng, big_mb=big_mb):
            folder = work / f"hostile{v}" / case.name.replace(".", "_")
            [path] = hostile.write(folder / "in", [case])
            library = crashkit.fresh_library(folder / "lib.db")
            try:
                run = crashkit.run_child(["hostile", str(library), str(path)], kill_after=None,
                                         workdir=folder / "run", timeout=600)
                result = json.loads(run.lines[-1])
            except (AssertionError, TimeoutError, IndexError, json.JSONDecodeError) as err:
                problems.setdefault(case.name, []).append(f"crashed or hung: {str(err)[-300:]}")
                continue
            found = hostile.judge(case, path, result)
            if found:
                problems.setdefault(case.name, []).extend(found)
            w = worst.setdefault(case.name, {
                "seconds": 0.0, "rss_peak_mb": 0.0, "rss_before_mb": 0.0,
                "size_mb": len(case.data) / 1e6, "clips": 0, "refused": 0})
            w["seconds"] = max(w["seconds"], result["seconds"])
            w["rss_peak_mb"] = max(w["rss_peak_mb"], result["rss_peak_mb"])
            w["rss_before_mb"] = max(w["rss_before_mb"], result["rss_before_mb"])
            w["clips"] += len(result["added"])
            w["refused"] += len(result["failed"])
    print(f"\n{'hostile input':<24} {'size MB':>8} {'worst s':>8} {'peak MB':>8} "
          f"{'(start MB)':>10} {'clip/refused':>13}  problems")
    for name, w in sorted(worst.items(), key=lambda kv: -kv[1]["seconds"]):
        said = "; ".join(sorted(set(problems.get(name, []))))[:160] or "-"
        print(f"{name:<24} {w['size_mb']:>8.2f} {w['seconds']:>8.2f} {w['rss_peak_mb']:>8.0f} "
              f"{w['rss_before_mb']:>10.0f} {int(w['clips']):>6}/{int(w['refused']):<6}  {said}")
    for name in sorted(set(problems) - set(worst)):
        print(f"{name:<24} {'':>8} {'':>8} {'':>8} {'':>10} {'':>13}  {problems[name][0]}")
    return not problems


MUTATIONS = ("truncate", "flip", "nest", "repeat", "splice", "nul", "as-txt")


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(MUTATIONS)
    if not data:
        return rng.randbytes(rng.randint(0, 64)), "random"
    if kind == "truncate":
        return data[: rng.randint(0, len(data))], kind
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out), kind
    if kind == "nest":
        depth = rng.randint(100, 20_000)
        tag = rng.choice([b"div", b"span", b"b", b"table", b"ul"])
        at = rng.randrange(len(data))
        return data[:at] + (b"<" + tag + b">") * depth + data[at:], kind
    if kind == "repeat":
        at, size = rng.randrange(len(data)), rng.randint(1, 200)
        return data[:at] + data[at: at + size] * rng.randint(2, 500) + data[at:], kind
    if kind == "splice":
        other = rng.randbytes(rng.randint(1, 500))
        at = rng.randrange(len(data))
        return data[:at] + other + data[at:], kind
    if kind == "nul":
        at = rng.randrange(len(data))
        return data[:at] + b"\x00" * rng.randint(1, 2000) + data[at:], kind
    return data, kind


def hostile_bulk(work: Path, count: int, seed: int) -> bool:
    rng = random.Random(seed)
    base = [c for c in hostile.cases(rng, big_mb=1) if len(c.data) < 3_000_000]
    folder = work / "bulk"
    folder.mkdir(parents=True)
    for i in range(count):
        case = rng.choice(base)
        data, kind = mutate(case.data, rng)
        suffix = ".txt" if kind == "as-txt" else Path(case.name).suffix
        (folder / f"{i:05d}-{kind}-{Path(case.name).stem}{suffix}").write_bytes(data)
    library = crashkit.fresh_library(work / "bulk.db")
    start = time.monotonic()
    try:
        run = crashkit.run_child(["timed", str(library), str(folder)], kill_after=None,
                                 workdir=work / "bulk-run", timeout=max(600, count * 5))
    except (AssertionError, TimeoutError) as err:
        print(f"\nbulk import of {count} mutated hostile files BROKE: {str(err)[-2000:]}")
        return False
    result = json.loads(run.lines[-1])
    print(f"\nbulk import of {result['files']} mutated hostile files in one process: "
          f"{time.monotonic() - start:.0f} s, {result['added']} clips, {result['duplicates']} "
          f"duplicates, {result['failed']} refused, peak {result['rss_peak_mb']:.0f} MB "
          f"(cleaning workers at most {result['workers_peak_mb']:.0f} MB each)")
    for seconds, name in result["slowest"]:
        print(f"  slowest: {seconds:6.2f} s  {Path(name).name}")
    for reason in result["reasons"]:
        print(f"  a refusal: {reason}")
    crashkit.sound(library)
    from clipper.library import Library

    lib = Library.open(library)
    try:
        empty = sum(1 for clip in lib.summaries(lib.search_uuids("")) if clip.word_count == 0)
    finally:
        lib.close()
    print(f"  clips stored with no words at all: {empty}")
    return empty == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=400)
    parser.add_argument("--hostile", type=int, default=3000,
                        help="mutated files in the bulk import")
    parser.add_argument("--variants", type=int, default=3, help="variants of each hostile case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big-mb", type=int, default=50)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--parts", default="crash,hostile,bulk",
                        help="which parts to run, comma-separated (crash, hostile, bulk)")
    args = parser.parse_args()
    print(f"torture: {platform.platform()}, Python {platform.python_version()}, seed {args.seed}")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        ok = True
        steps = {
            "crash": lambda: crash_scenarios(work / "crash", args.kills, args.seed),
            "hostile": lambda: hostile_worst(work / "hostile", args.variants, args.seed,
                                             args.big_mb),
            "bulk": lambda: hostile_bulk(work / "mutated", args.hostile, args.seed),
        }
        for part in args.parts.split(","):
            step = steps[part.strip()]
            try:
                ok = step() and ok
            except Exception:  # a bug in a step must not hide the other figures
                traceback.print_exc()
                ok = False
    print("\nEvery promise kept." if ok else "\nSome promises were broken (see above).")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
