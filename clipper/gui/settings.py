"""What the window remembers between sessions (QSettings).

Window geometry, splitter positions, the last search, the skip-preview
toggle, the timeline's bucket. Wrapped in one small class so the window is
handed its settings (tests give it an INI file in a temporary folder; the
app gives it the platform's store) instead of reaching for a global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Typed access to the keys Clipper keeps."""

    def __init__(self, qsettings: QSettings) -> None:
        self.q = qsettings

    @classmethod
    def default(cls) -> Settings:
        """The platform's settings store for Clipper."""
        return cls(QSettings("Clipper", "Clipper"))

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in an INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- generic -----------------------------------------------------------

    def bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.q.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self.q.setValue(key, value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, str):  # INI files give strings back
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        self.q.setValue(key, bool(value))

    def sync(self) -> None:
        self.q.sync()

    # -- named keys ----------------------------------------------------------

    @property
    def skip_preview(self) -> bool:
        """Save pasted and dropped articles at once, without the preview dialog."""
        return self.flag("capture/skipPreview")

    @skip_preview.setter
    def skip_preview(self, value: bool) -> None:
        self.set_flag("capture/skipPreview", value)

    @property
    def last_search(self) -> str:
        return self.text("search/last")

    @last_search.setter
    def last_search(self, value: str) -> None:
        self.set_text("search/last", value)

    @property
    def timeline_bucket(self) -> str:
        value = self.text("timeline/bucket", "month")
        return value if value in ("week", "month") else "month"

    @timeline_bucket.setter
    def timeline_bucket(self, value: str) -> None:
        self.set_text("timeline/bucket", value)

    @property
    def timeline_visible(self) -> bool:
        return self.flag("timeline/visible", True)

    @timeline_visible.setter
    def timeline_visible(self, value: bool) -> None:
        self.set_flag("timeline/visible", value)
