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

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
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
        return QLocale().toString(QDate(int(key[:4]), int(key[5:7]), 1), "MMM yyyy")
    day = dt.date.fromisoformat(key[:10])
    return "week of " + QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


#: Steps between labelled months, tried from the finest: a label on every
#: month, every second, quarter, half year, year, then every few years.
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def month_of(key: str) -> tuple[int, int]:
    """The (year, month) a bar's period belongs to.

    A week (named by its Monday) belongs to the month of its Thursday, as
    ISO weeks do to years.
    """
    if len(key) > 7:
        thursday = dt.date.fromisoformat(key[:10]) + dt.timedelta(days=3)
        return thursday.year, thursday.month
    return int(key[:4]), int(key[5:7])


def axis_ticks(keys: Sequence[str], slot: float, label_width: float) -> list[tuple[int, str, str]]:
    """Which bars get a label under the axis: (bar index, month text, year text).

    Months are labelled at the first bar of each month (weeks: the week a
    month starts in), every month when there is room, else every 2nd, 3rd,
    6th... month on round boundaries, so labels never overlap. The year
    is written on a second line under the first label and wherever it
    changes; once only years fit, the month line holds the years.
    ``slot`` is the width of one bar, ``label_width`` that of a label.
    """
    if not keys:
        return []
    starts = [i for i, key in enumerate(keys) if i == 0 or month_of(key) != month_of(keys[i - 1])]
    for step in MONTH_STEPS:
        ticks = [i for i in starts if _month_index(keys[i]) % step == 0] or starts[:1]
        gaps = [(b - a) * slot for a, b in zip(ticks, ticks[1:], strict=False)]
        if not gaps or min(gaps) >= label_width:
            break
    out: list[tuple[int, str, str]] = []
    last_year: int | None = None
    for i in ticks:
        year, month = month_of(keys[i])
        if step >= 12:
            out.append((i, str(year), ""))
            continue
        month_text = QLocale().toString(QDate(year, month, 1), "MMM")
        out.append((i, month_text, str(year) if year != last_year else ""))
        last_year = year
    return out


def _month_index(key: str) -> int:
    year, month = month_of(key)
    return year * 12 + month - 1


class TimelineChart(QWidget):
    """The bars themselves."""

    periodClicked = Signal(str)  # the period's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bucket = "month"
        self.bars: list[tuple[str, int]] = []
        self.selected: str | None = None
        self._hover: int | None = None
        #: The bar the keyboard is on (arrows move it, Enter shows its clips).
        self.focus_bar: int | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_data(self, rows: Sequence[tuple[str, int]], bucket: str) -> None:
        self.bucket = bucket
        self.bars = fill_gaps(rows, bucket)[-MAX_BARS:]
        self._hover = None
        if self.focus_bar is not None and self.focus_bar >= len(self.bars):
            self.focus_bar = None
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 130)

    # -- geometry --------------------------------------------------------------

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("00000") + 6
        below = 2 * fm.height() + 8  # month line, year line
        return QRectF(
            left,
            fm.height() * 0.6,
            max(1, self.width() - left - 8),
            max(1, self.height() - fm.height() * 0.6 - below),
        )

    def _slot(self, plot: QRectF) -> float:
        # A few periods must not become slabs: bars are at most ~6 letters wide.
        return min(
            plot.width() / max(1, len(self.bars)),
            QFontMetrics(self.font()).horizontalAdvance("M") * 6.0,
        )

    def ticks(self) -> list[tuple[int, str, str]]:
        """The labelled bars under the axis (see ``axis_ticks``)."""
        fm = QFontMetrics(self.font())
        widest = max(fm.horizontalAdvance(t) for t in ("May", "Sep", "2024", "Mar"))
        return axis_ticks([k for k, _ in self.bars], self._slot(self._plot()), widest + 10)

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
        end = plot.left() + self._slot(plot) * len(self.bars)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(end, plot.bottom()))
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
            if key == self.selected or i == self._hover or self._keyboard_on(i):
                color = (
                    color.darker(130)
                    if pal.color(QPalette.ColorRole.Window).lightness() > 128
                    else color.lighter(140)
                )
            painter.fillRect(self.bar_rect(i), color)
        self._draw_axis_labels(painter, plot, fm)
        if self.focus_bar is not None and self.hasFocus():
            slot = self._slot(plot)
            focus = QRectF(plot.left() + self.focus_bar * slot, plot.top(), slot, plot.height())
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
            painter.drawRect(focus.adjusted(0.5, 0.5, -0.5, -0.5))

    def _draw_axis_labels(self, painter: QPainter, plot: QRectF, fm: QFontMetrics) -> None:
        pal = self.palette()
        slot = self._slot(plot)
        y = plot.bottom() + 4
        for i, month_text, year_text in self.ticks():
            x = plot.left() + i * slot
            # Month bars: the label under its bar; weeks: from the month's first week.
            if self.bucket == "month" and fm.horizontalAdvance(month_text) <= slot:
                x += (slot - fm.horizontalAdvance(month_text)) / 2
            x = min(x, self.width() - fm.horizontalAdvance(month_text) - 2)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
            tick_x = plot.left() + i * slot + (slot / 2 if self.bucket == "month" else 0)
            painter.drawLine(QPointF(tick_x, plot.bottom()), QPointF(tick_x, plot.bottom() + 3))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(x, y, fm.horizontalAdvance(month_text) + 4, fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                month_text,
            )
            if year_text:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRectF(x, y + fm.height(), fm.horizontalAdvance(year_text) + 4, fm.height()),
                    Qt.AlignmentFlag.AlignLeft,
                    year_text,
                )

    # -- interaction -------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        i = self.bar_at(event.position().x())
        if i != self._hover:
            self._hover = i
            self.update()
        if i is not None:
            QToolTip.showText(
                event.globalPosition().toPoint(), self.describe(i) + ". Click to show them.", self
            )
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor
        )

    def _keyboard_on(self, i: int) -> bool:
        return i == self.focus_bar and self.hasFocus()

    def describe(self, i: int) -> str:
        """A bar in words: what a tooltip and a screen reader say."""
        key, count = self.bars[i]
        return f"{label(key, self.bucket)}: {count} clip{'s' if count != 1 else ''}"

    def move_focus(self, i: int) -> None:
        """Put the keyboard on bar ``i`` (clamped) and say which it is."""
        if not self.bars:
            return
        self.focus_bar = max(0, min(len(self.bars) - 1, i))
        self.setAccessibleDescription(self.describe(self.focus_bar))
        self.setToolTip(self.describe(self.focus_bar) + ". Enter shows them.")
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.focus_bar is None and self.bars:
            # Start on the latest period that has clips: what people look at first.
            self.move_focus(
                max(i for i, (_k, c) in enumerate(self.bars) if c)
                if any(c for _k, c in self.bars)
                else len(self.bars) - 1
            )
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Left/Right (and Home/End) walk the bars; Enter or Space shows a bar's clips."""
        if not self.bars:
            super().keyPressEvent(event)
            return
        current = self.focus_bar if self.focus_bar is not None else len(self.bars) - 1
        key = event.key()
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.bars) - 1,
        }
        if key in moves:
            self.move_focus(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.focus_bar = current
            if self.bars[current][1]:
                self.selected = self.bars[current][0]
                self.update()
                self.periodClicked.emit(self.bars[current][0])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

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
