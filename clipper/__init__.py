"""Clipper: a desktop news-clipping manager for researchers.

The version lives here and nowhere else; pyproject.toml, ``clipper --version``
and the About dialog all read it.
"""

__version__ = "0.1.0"
