"""Articles written for the topic tests, and a helper to store them."""

from __future__ import annotations

from clipper.library import Library
from clipper.model import Article, Original


def add(lib: Library, title: str, text: str, *, tags: tuple[str, ...] = (), url: str | None = None) -> str:
    """Store an article as it is (no cleaning) and return its UUID."""
    article = Article(title=title, text=text, lang="en", url=url)
    clip, _ = lib.capture(article, Original("text", f"{title}\n\n{text}"), tags=tags)
    return clip.uuid


CHIPS = (
    "China pours money into chip self-sufficiency",
    "Beijing's semiconductor push answers US export controls with state funding for domestic "
    "chipmakers and lithography research, a drive for indigenous innovation.",
)
RD_BUDGET = (
    "Science and technology budget rises 10%",
    "The finance ministry raised R&D spending on key technologies, seeking self-reliance in "
    "semiconductors and other strategic technologies.",
)
POTATO = (
    "Snack maker doubles potato chip output",
    "The new line will fry kettle chips and crisps for supermarkets across the country.",
)
FOOTBALL = (
    "Club bets on its academy",
    "The coach praised the homegrown players' self-reliance after the transfer ban.",
)
