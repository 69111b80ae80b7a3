"""The timeline: clips per week or month for the current search, as bars.

Drawn with QPainter (QtCharts is not in the essentials wheel and a bar
chart needs little): one bar per period from the first to the last, empty
periods included so gaps read as gaps. Hovering a bar names the period and
its count; clicking it asks the window to narrow the search to that period
with ``after:`` and ``before:``, which the query language takes inclusively.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

MAX_BARS = 520  # ten years of weeks; beyond that, months are the only sane bucket


def period_range(key: str, bucket: str) -> tuple[str, str]:
    """The first and last day of a period ("2024-03" or the Monday "2024-03-04")."""
    if bucket == "month":
        year, month = int(key[:4]), int(key[5:7])
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    start = dt.date.fromisoformat(key[:10])
    return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()


def fill_gaps(rows: Sequence[tuple[str, int]], bucket: str) -> list[tuple[str, int]]:
    """Every period from the first to the last, with 0 where nothing was published."""
    if not rows:
        return []
    counts = dict(rows)
    out: list[tuple[str, int]] = []
    if bucket == "month":
        year, month = int(rows[0][0][:4]), int(rows[0][0][5:7])
        end = (int(rows[-1][0][:4]), int(rows[-1][0][5:7]))
        while (year, month) <= end and len(out) < 100 * 12:
            key = f"{year:04d}-{month:02d}"
            out.append((key, counts.get(key, 0)))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return out
    day = dt.date.fromisoformat(rows[0][0][:10])
    last = dt.date.fromisoformat(rows[-1][0][:10])
    while day <= last and len(out) < 100 * 53:
        key = day.isoformat()
        out.append((key, counts.get(key, 0)))
        day += dt.timedelta(days=7)
    return out


def label(key: str, bucket: str) -> str:
    """A period as people say it: "Mar 2024", "week of 4 Mar 2024"."""
    if bucket == "month":
        return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%b %Y")
    day = dt.date.fromisoformat(key[:10])
    return f"week of {day.day} {day.strftime('%b %Y')}"


class TimelineChart(QWidget):
    """The bars themselves."""

    periodClicked = Signal(str)  # the period's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bucket = "month"
        self.bars: list[tuple[str, int]] = []
        self.selected: str | None = None
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_data(self, rows: Sequence[tuple[str, int]], bucket: str) -> None:
        self.bucket = bucket
        self.bars = fill_gaps(rows, bucket)[-MAX_BARS:]
        self._hover = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 130)

    # -- geometry --------------------------------------------------------------

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("00000") + 6
        return QRectF(
            left,
            fm.height() * 0.6,
            max(1, self.width() - left - 8),
            max(1, self.height() - fm.height() * 2.4),
        )

    def _slot(self, plot: QRectF) -> float:
        # A few periods must not become slabs: bars are at most ~4 letters wide.
        return min(
            plot.width() / max(1, len(self.bars)),
            QFontMetrics(self.font()).horizontalAdvance("M") * 5.0,
        )

    def bar_rect(self, i: int) -> QRectF:
        """Where bar ``i`` is drawn (also what a click is tested against)."""
        plot = self._plot()
        slot = self._slot(plot)
        top = max((c for _, c in self.bars), default=1) or 1
        height = plot.height() * (self.bars[i][1] / top)
        gap = min(4.0, slot * 0.2)
        return QRectF(
            plot.left() + i * slot + gap / 2, plot.bottom() - height, max(1.0, slot - gap), height
        )

    def bar_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self.bars or x < plot.left() or x > plot.right():
            return None
        i = int((x - plot.left()) / self._slot(plot))
        return i if 0 <= i < len(self.bars) else None

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        plot = self._plot()
        if not self.bars:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No dated clips to show.")
            return
        top = max(c for _, c in self.bars)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(0, plot.top() - fm.height() / 2, plot.left() - 4, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(top),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - fm.height() / 2, plot.left() - 4, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        for i, (key, count) in enumerate(self.bars):
            if not count:
                continue
            color = pal.color(QPalette.ColorRole.Highlight)
            if key == self.selected or i == self._hover:
                color = (
                    color.darker(130)
                    if pal.color(QPalette.ColorRole.Window).lightness() > 128
                    else color.lighter(140)
                )
            painter.fillRect(self.bar_rect(i), color)
        self._draw_axis_labels(painter, plot, fm)

    def _draw_axis_labels(self, painter: QPainter, plot: QRectF, fm: QFontMetrics) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        slot = self._slot(plot)
        sample = "Mar 2024" if self.bucket == "month" else "4 Mar 24"
        every = max(1, int((fm.horizontalAdvance(sample) + 12) / max(slot, 1)) + 1)
        y = plot.bottom() + 4
        for i, (key, _count) in enumerate(self.bars):
            if i % every:
                continue
            if self.bucket == "month":
                text = dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%b %Y")
            else:
                day = dt.date.fromisoformat(key)
                text = f"{day.day} {day.strftime('%b %y')}"
            x = plot.left() + i * slot
            painter.drawText(
                QRectF(x, y, fm.horizontalAdvance(text) + 4, fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )

    # -- interaction -------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        i = self.bar_at(event.position().x())
        if i != self._hover:
            self._hover = i
            self.update()
        if i is not None:
            key, count = self.bars[i]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{label(key, self.bucket)}: {count} clip{'s' if count != 1 else ''}. Click to show them.",
                self,
            )
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor
        )

    def leaveEvent(self, _event: object) -> None:  # noqa: N802
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self.bar_at(event.position().x())
        if i is not None and self.bars[i][1]:
            self.selected = self.bars[i][0]
            self.update()
            self.periodClicked.emit(self.bars[i][0])


class Timeline(QWidget):
    """The chart with its title and the week/month switch."""

    periodClicked = Signal(str, str)  # first day, last day
    bucketChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Timeline", self)
        self.bucket_box = QComboBox(self)
        self.bucket_box.addItem("By month", "month")
        self.bucket_box.addItem("By week", "week")
        self.bucket_box.setAccessibleName("Timeline period")
        self.bucket_box.currentIndexChanged.connect(lambda _i: self.bucketChanged.emit(self.bucket))
        self.chart = TimelineChart(self)
        self.chart.periodClicked.connect(self._clicked)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.bucket_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.chart, 1)

    @property
    def bucket(self) -> str:
        return str(self.bucket_box.currentData())

    def set_bucket(self, bucket: str) -> None:
        index = self.bucket_box.findData(bucket)
        if index >= 0:
            self.bucket_box.setCurrentIndex(index)

    def set_data(self, rows: Sequence[tuple[str, int]], bucket: str, what: str) -> None:
        total = sum(c for _, c in rows)
        self.title.setText(
            f"<b>Timeline</b> — {total} clip{'s' if total != 1 else ''} {what}, by publication date"
        )
        self.chart.set_data(rows, bucket)

    def _clicked(self, key: str) -> None:
        first, last = period_range(key, self.chart.bucket)
        self.periodClicked.emit(first, last)
