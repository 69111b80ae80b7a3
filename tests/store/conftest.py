from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clipper.store import clips, schema, tags
from clipper.store.db import Db, connect
from tests.store.helpers import make_clip


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Db]:
    database = connect(tmp_path / "store.db")
    schema.migrate(database)
    yield database
    database.close()


@pytest.fixture
def filled(db: Db) -> Db:
    """A small library: English, German and Chinese clips, tags with children."""
    with db.transaction():
        clips.insert(db, make_clip(
            "a", "China's chip push", "Beijing wants self-reliance in semiconductors and chips. The café opened.",
            url="https://www.example.com/news/chips?utm_source=rss", published="2024-03-06",
            authors=("Samantha Johnson",), site="Example News"))
        clips.insert(db, make_clip(
            "b", "Potato chips", "Crispy potato chips are the snack everyone loves at parties.",
            url="https://foods.org/potato", published="2023-01-02", authors=("Ann Lee",)))
        clips.insert(db, make_clip(
            "c", "国产芯片", "中国半导体芯片产业正在快速发展。", lang="zh", published="2024-05-01",
            url="https://news.cn/tech/1"))
        clips.insert(db, make_clip(
            "d", "Chipfabrik in Sachsen", "Die Förderung für die Chipfabrik wächst weiter.",
            lang="de", published=None, url="https://zeitung.de/wirtschaft/chip"))
        tags.add(db, ["a"], ["tech self-reliance", "china/semiconductors"])
        tags.add(db, ["c"], ["china"])
    return db
