"""Clips written for the store tests."""

from __future__ import annotations

from clipper.model import Clip, Original

NOW = "2024-03-07T09:00:00+00:00"


def make_clip(uuid: str, title: str, text: str, **fields: object) -> Clip:
    values: dict[str, object] = {
        "captured": NOW,
        "updated": NOW,
        "original": Original("text", f"{title}\n\n{text}"),
        "lang": "en",
    }
    values.update(fields)
    return Clip(uuid=uuid, title=title, text=text, **values)  # type: ignore[arg-type]
