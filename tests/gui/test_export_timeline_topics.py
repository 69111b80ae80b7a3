"""Export, the timeline filter, the topics dialog, the scenario, start-up."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from clipper.gui import app as gui_app
from clipper.gui.main_window import MainWindow
from clipper.gui.timeline import fill_gaps, period_range
from clipper.library import Library

from .conftest import add_clip, search


def test_export_the_selection_as_csl_json(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    a = add_clip(
        library,
        "Chosen one",
        ["Alpha."],
        site="Ledger",
        published="2024-03-06",
        url="https://a.example/1",
    )
    add_clip(library, "Left out", ["Bravo."])
    search(qtbot, window, "")
    window.list.select_uuid(a.uuid)
    dialog = window.open_export()
    assert dialog.scope_selected.isChecked()
    dialog.set_format("csl-json")
    target = tmp_path / "out.json"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [1, str(target)]
    items = json.loads(target.read_text(encoding="utf-8"))
    assert [i["title"] for i in items] == ["Chosen one"]
    assert items[0]["container-title"] == "Ledger"
    assert "Exported 1 clip" in window.statusBar().currentMessage()


def test_export_formats_come_from_the_library(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    add_clip(library, "Cranes", ["Electric cranes cut fuel bills."], site="Ledger")
    search(qtbot, window, "")
    dialog = window.open_export()
    offered = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert offered == ["bundle"] + [f.name for f in Library.export_formats()]
    labels = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
    assert labels[1:] == [f.label for f in Library.export_formats()]
    for f in Library.export_formats():
        dialog.set_format(f.name)
        assert dialog.full_text.isEnabled() == f.text_when_asked
        path = dialog.path_edit.text()
        assert path.endswith("-notes") if f.folder else path.endswith(f.extension)
    dialog.set_format("csv")
    dialog.full_text.setChecked(True)
    target = tmp_path / "clips.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_button.click()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1
    assert any("Electric cranes cut fuel bills." in v for v in rows[0].values())


def test_export_the_whole_library_as_a_bundle(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    add_clip(library, "One", ["Alpha."], tags=("ports",))
    add_clip(library, "Two", ["Bravo."])
    search(qtbot, window, "")
    dialog = window.open_export()
    dialog.scope_all.setChecked(True)
    dialog.set_format("bundle")
    target = tmp_path / "all.clipbundle"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0] == 2 and target.is_file()


def test_export_error_is_shown_not_raised(
    qtbot, library, window: MainWindow, tmp_path: Path
) -> None:
    from clipper.gui import errors

    add_clip(library, "One", ["Alpha."])
    search(qtbot, window, "")
    dialog = window.open_export()
    dialog.set_format("ris")
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "folder" / "x.ris"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(errors.open_boxes()))
    assert "x.ris" in errors.open_boxes()[-1].text() or "folder" in errors.open_boxes()[-1].text()
    assert dialog.export_button.isEnabled()
    errors.open_boxes()[-1].close()


def test_drop_a_bundle_imports_it(qtbot, library, window: MainWindow, tmp_path: Path) -> None:
    from clipper.library import Library

    other = Library.open(tmp_path / "other.db")
    add_clip(other, "From a colleague", ["Shared text."], tags=("shared",))
    bundle = tmp_path / "colleague.clipbundle"
    other.export_bundle(bundle)
    other.close()
    from PySide6.QtCore import QUrl

    from .conftest import drop

    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(bundle))])
    with qtbot.waitSignal(window.flow.importFinished, timeout=20_000) as blocker:
        drop(qtbot, window.list.viewport(), md)
    assert len(blocker.args[0].added) == 1
    assert library.search("colleague").total == 1
    window.flow.summary_box.close()


def test_timeline_bars_and_click_filter(qtbot, library, window: MainWindow) -> None:
    add_clip(library, "Jan", ["One."], published="2024-01-10")
    march = [
        add_clip(library, f"Mar {d}", ["Two."], published=f"2024-03-{d:02d}") for d in (2, 20, 31)
    ]
    add_clip(library, "May", ["Three."], published="2024-05-05")
    window.timeline_action.setChecked(True)
    with qtbot.waitSignal(window.timelineUpdated, timeout=10_000):
        window.refresh_timeline()
    chart = window.timeline.chart
    assert [k for k, _ in chart.bars] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    assert [c for _, c in chart.bars] == [1, 0, 3, 0, 1]
    rect = chart.bar_rect(2)
    with qtbot.waitSignal(window.searchFinished, timeout=10_000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.search_bar.text() == "after:2024-03-01 before:2024-03-31"
    assert blocker.args == [3]
    assert set(window.model.uuids) == {c.uuid for c in march}
    # A second click replaces the period instead of piling filters up.
    qtbot.waitUntil(lambda: bool(window.timeline.chart.bars))
    window.timeline.set_bucket("week")
    qtbot.waitUntil(lambda: window.timeline.chart.bucket == "week")


def test_timeline_helpers() -> None:
    assert period_range("2024-02", "month") == ("2024-02-01", "2024-02-29")
    assert period_range("2024-03-04", "week") == ("2024-03-04", "2024-03-10")
    assert fill_gaps([("2024-12-30", 1), ("2025-01-13", 2)], "week") == [
        ("2024-12-30", 1),
        ("2025-01-06", 0),
        ("2025-01-13", 2),
    ]


def test_timeline_axis_labels_every_month_when_few_and_shows_the_year() -> None:
    from clipper.gui.timeline import axis_ticks, fill_gaps

    months = [k for k, _ in fill_gaps([("2023-09", 1), ("2024-04", 2)], "month")]
    assert axis_ticks(months, slot=60, label_width=40) == [
        (0, "Sep", "2023"),
        (1, "Oct", ""),
        (2, "Nov", ""),
        (3, "Dec", ""),
        (4, "Jan", "2024"),
        (5, "Feb", ""),
        (6, "Mar", ""),
        (7, "Apr", ""),
    ]
    # Two months: both labelled (one label for two bars was the old bug).
    assert axis_ticks(["2024-02", "2024-03"], slot=60, label_width=40) == [
        (0, "Feb", "2024"),
        (1, "Mar", ""),
    ]
    # Crowded: every third month, on quarter boundaries, never overlapping.
    ticks = axis_ticks(months, slot=15, label_width=40)
    assert [t[1] for t in ticks] == ["Oct", "Jan", "Apr"]
    assert all((b[0] - a[0]) * 15 >= 40 for a, b in zip(ticks, ticks[1:], strict=False))
    # Ten years of months in a narrow chart: years only.
    decade = [k for k, _ in fill_gaps([("2014-01", 1), ("2023-12", 1)], "month")]
    assert [t[1] for t in axis_ticks(decade, slot=3, label_width=40)] == [
        "2014",
        "2016",
        "2018",
        "2020",
        "2022",
    ]


def test_timeline_weeks_are_labelled_where_months_begin() -> None:
    from clipper.gui.timeline import axis_ticks, fill_gaps

    weeks = [k for k, _ in fill_gaps([("2024-12-30", 1), ("2025-02-10", 1)], "week")]
    ticks = axis_ticks(weeks, slot=12, label_width=40)
    assert [(weeks[i], m, y) for i, m, y in ticks] == [
        ("2024-12-30", "Jan", "2025"),  # the week of 30 Dec 2024 is mostly January
        ("2025-02-03", "Feb", ""),
    ]


def test_topics_dialog_live_count_apply_and_undo(qtbot, library, window: MainWindow) -> None:
    hits = [
        add_clip(
            library, f"Harbour story {i}", ["The harbour cranes moved containers at the harbour."]
        )
        for i in range(3)
    ]
    add_clip(library, "Elsewhere", ["Nothing about the sea."])
    dialog = window.open_topics(None)
    dialog.new_topic()
    dialog.name.setText("harbours")
    counts: list[tuple[int, int]] = []
    dialog.previewUpdated.connect(lambda a, b: counts.append((a, b)))
    dialog.terms.setPlainText("harbour ^2\ncranes")
    dialog.threshold.setValue(2.0)
    qtbot.waitUntil(lambda: (3, 0) in counts, timeout=10_000)
    assert dialog.preview_label.text() == "3 clips confidently, 0 borderline"
    with qtbot.waitSignal(dialog.planReady, timeout=10_000) as plan:
        dialog.apply_button.click()
    assert len(plan.args[0].gain) == 3
    assert "harbours" in [t.name for t in library.topics()]
    plan_dialog = dialog.plan_dialog
    assert "3</b> clips would gain" in plan_dialog.findChild(type(dialog.preview_label)).text()
    with qtbot.waitSignal(dialog.applied):
        plan_dialog.apply_button.click()
    assert all("harbours" in library.get(c.uuid).tags for c in hits)
    window.undo_action.trigger()
    assert not any("harbours" in library.get(c.uuid).tags for c in hits)
    dialog.close()


def test_topic_with_a_bad_term_says_so_inline(qtbot, window: MainWindow) -> None:
    dialog = window.open_topics(None)
    dialog.new_topic()
    dialog.name.setText("broken")
    dialog.terms.setPlainText("tech:")
    dialog.update_preview()
    qtbot.waitUntil(lambda: dialog.preview_label.text().startswith("⚠"), timeout=10_000)
    assert "empty" in dialog.preview_label.text()
    dialog.close()


SEED_LIKE = """Skip to content
Home
World
Technology
Opinion
Thursday, May 16, 2024
Beijing widens chip fund as self-reliance push accelerates
A third round of state money will back domestic lithography and materials makers, officials said.
ByDaniel Harper
Daniel Harper
May 15, 2024
China has expanded its state-backed semiconductor investment fund with a third round aimed at domestic lithography, chipmaking equipment and materials, officials said on Wednesday, as Beijing presses its drive for technological self-reliance in the face of tightening export controls.
The new money will favour companies that replace imported tools with home-grown ones, a policy of domestic substitution that has become central to national plans for strategic technology since the first restrictions on advanced chips took effect.
Analysts said the fund marks a shift from building more factories towards indigenous innovation in the equipment those factories depend on, where Chinese suppliers still trail far behind.
Daniel Harper is a technology correspondent based in Singapore. He has covered Asian markets for a decade.
Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_scenario_paste_save_find_topic_filter(qtbot, library, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.first_run
    md = QMimeData()
    md.setText(SEED_LIKE)
    QApplication.clipboard().setMimeData(md)
    with qtbot.waitSignal(window.flow.previewShown, timeout=20_000) as shown:
        window.paste_action.trigger()
    dialog = shown.args[0]
    assert dialog.title_edit.text() == "Beijing widens chip fund as self-reliance push accelerates"
    assert dialog.authors_edit.text() == "Daniel Harper"
    assert dialog.date_edit.text().startswith("2024-05-15")
    ticked = [b.text() for b in dialog.suggestions if b.isChecked()]
    assert "tech self-reliance" in ticked
    with qtbot.waitSignal(window.flow.clipSaved, timeout=5000) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    uuid = saved.args[0]
    clip = library.get(uuid)
    for gone in (
        "Leave a Reply",
        "ByDaniel Harper",
        "Thursday, May 16, 2024",
        "technology correspondent",
    ):
        assert gone not in clip.text
    assert "domestic substitution" in clip.text
    assert search(qtbot, window, "self-reliance") == 1
    assert window.list.select_uuid(uuid)
    qtbot.waitUntil(lambda: window.reader.clip is not None and window.reader.clip.uuid == uuid)
    chip = window.reader.tags.chip("tech self-reliance")
    assert chip is not None, "the topic is on the clip"
    search(qtbot, window, "")
    with qtbot.waitSignal(window.searchFinished) as filtered:
        qtbot.mouseClick(chip.label, Qt.MouseButton.LeftButton)
    assert filtered.args == [1]
    assert window.sidebar.current_scope().name == "tech self-reliance"
    assert window.model.uuids == [uuid]


def test_about_shows_the_version(window: MainWindow) -> None:
    import clipper

    box = window.show_about()
    assert clipper.__version__ in box.text()
    box.close()


def test_command_line_of_the_gui(tmp_path: Path) -> None:
    bundle = tmp_path / "a.clipbundle"
    bundle.write_bytes(b"PK")
    args = gui_app.parse_args(["--library", "x.db", str(bundle), "-platform", "offscreen"])
    assert args.library == "x.db"
    assert gui_app.bundles_in(args.files) == [bundle]


def test_clipper_gui_starts_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from clipper.gui import app; sys.exit(app.main())",
            "--library",
            str(tmp_path / "lib.db"),
            "--smoke-test",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "window opened: 0 clips" in done.stdout


def test_the_command_line_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from clipper.cli import main; import clipper.library, clipper.importers.fetch;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_installed_pyside_keeps_references_to_none() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call
    and aborts the app after a few thousand; pyproject.toml excludes it."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1_000):
        probe.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
