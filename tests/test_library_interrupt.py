"""Library.interrupt: a read stopped from another thread, and the library after it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from clipper.errors import Interrupted, UserError
from clipper.library import Library
from clipper.model import Article, Original
from tests.sqlite_gate import Gate

WORDS = "harbour cranes tariff steel shipping port customs freight".split()


def fill(library: Library, n: int) -> list[str]:
    """``n`` clips that all say "harbour"; returns their UUIDs, newest first."""
    uuids = []
    for i in range(n):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(40)) + f" harbour number {i}."
        article = Article(
            title=f"Harbour report {i:03d}",
            url=f"https://example.com/harbour/{i}",
            published=f"2024-{i % 12 + 1:02d}-01",
            text=text,
            html=f"<p>{text}</p>",
        )
        clip, _ = library.capture(article, Original("text", text))
        uuids.append(clip.uuid)
    return uuids[::-1]


def run_interrupted(
    library: Library, gate: Gate, read: Callable[[], object]
) -> BaseException | None:
    """Run ``read`` on a thread, interrupt it while its statement is held
    mid-run by the gate, and return what it raised (None if it returned)."""
    outcome: list[BaseException | None] = []

    def worker() -> None:
        try:
            read()
        except BaseException as err:  # noqa: BLE001 - handed to the test
            outcome.append(err)
        else:
            outcome.append(None)

    gate.arm()
    thread = threading.Thread(target=worker)
    thread.start()
    try:
        gate.wait_entered()
        assert gate.held_on == thread.ident  # the worker's statement, not ours
        library.interrupt()  # from this (another) thread
    finally:
        gate.release()
        thread.join(10)
    assert not thread.is_alive()
    return outcome[0]


@pytest.fixture
def gated(library: Library) -> tuple[Library, Gate, list[str]]:
    uuids = fill(library, 60)
    gate = Gate()
    gate.watch(library)
    return library, gate, uuids


def test_a_running_search_is_interrupted_and_the_library_answers_the_next_one(
    gated: tuple[Library, Gate, list[str]],
) -> None:
    library, gate, uuids = gated
    expected = library.search("harbour", limit=100)
    assert expected.total == 60

    err = run_interrupted(library, gate, lambda: library.search("harbour", limit=100))

    assert isinstance(err, Interrupted)
    # Not something to show the user as an error.
    assert not isinstance(err, UserError)
    # The same connection, straight after: the whole answer, nothing stuck.
    again = library.search("harbour", limit=100)
    assert again.total == 60
    assert [h.clip.uuid for h in again.hits] == [h.clip.uuid for h in expected.hits]
    assert sorted(library.search_uuids("harbour")) == sorted(uuids)
    # And it can still write: no transaction was left open by the interrupt.
    library.tag(uuids[:1], ["checked"])
    assert library.count("tag:checked") == 1


@pytest.mark.parametrize(
    "read",
    [
        lambda lib, uuids: lib.search_uuids("harbour", sort="title"),
        lambda lib, uuids: lib.count("harbour OR tariff"),
        lambda lib, uuids: lib.timeline("harbour"),
        lambda lib, uuids: lib.summaries(uuids),
        lambda lib, uuids: [h.clip.uuid for h in lib.search("", sort="title").hits],
    ],
    ids=["search_uuids", "count", "timeline", "summaries", "list-all"],
)
def test_every_read_turns_the_interrupt_into_interrupted(
    gated: tuple[Library, Gate, list[str]],
    read: Callable[[Library, list[str]], object],
) -> None:
    library, gate, uuids = gated
    before = read(library, uuids)

    err = run_interrupted(library, gate, lambda: read(library, uuids))

    assert isinstance(err, Interrupted)
    assert read(library, uuids) == before


def test_an_interrupt_when_nothing_runs_does_not_stop_the_next_query(
    gated: tuple[Library, Gate, list[str]],
) -> None:
    library, _, _ = gated
    library.interrupt()
    # SQLite clears its flag as the next statement starts with none running.
    assert library.count("harbour") == 60
    assert library.search("harbour").total == 60


def test_an_interrupt_while_a_fresh_connection_first_opens_the_index(
    library: Library, library_path: Path
) -> None:
    """The first search on a new connection builds FTS5's table object, which
    runs SQL of its own: interrupted there, SQLite reports "vtable
    constructor failed", not "interrupted"; it is still an interrupt."""
    fill(library, 20)
    fresh = Library.open(library_path)
    try:
        gate = Gate()
        gate.watch(fresh)
        err = run_interrupted(fresh, gate, lambda: fresh.search("harbour"))
        assert isinstance(err, Interrupted)
        assert fresh.search("harbour").total == 20
    finally:
        fresh.close()
