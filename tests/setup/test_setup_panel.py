"""The set-up panel: lengths, end and start times, warnings and names, as they are typed."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from parts import facilitator_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.domain.records import Participant, Role
from cocoach_desktop.platform import resources
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.clocktime import duration_words, parse_clock_time
from cocoach_desktop.protocols.model.protocols import load_templates
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.timer.model.plan import Mode

NFD_ZOE = "Zoe\u0308"  # "Zoë" as macOS pastes it: e + combining diaeresis
NFC_ZOE = "Zo\u00eb"


@pytest.fixture
def panel(qtbot: QtBot) -> SetupPanel:
    setup = SetupPanel(QUndoStack())
    qtbot.addWidget(setup)
    templates = load_templates([(resources.protocols_dir(), True)]).templates
    setup.set_templates(templates, [])
    setup.show()
    qtbot.waitExposed(setup)
    return setup


def choose(panel: SetupPanel, protocol_id: str) -> None:
    """Pick a protocol in the list, as a click would."""
    panel.protocol_combo.setCurrentIndex(panel.protocol_combo.findData(protocol_id))


def type_minutes(qtbot: QtBot, panel: SetupPanel, text: str) -> None:
    panel.minutes_spin.setFocus()
    panel.minutes_spin.selectAll()
    qtbot.keyClicks(panel.minutes_spin, text)


def local_hhmm(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


# ----- the length ------------------------------------------------------------------------


def test_choosing_a_protocol_sets_its_own_length(panel: SetupPanel) -> None:
    choose(panel, "grow")
    assert panel.minutes_spin.value() == 30
    assert "Made for about 30 minutes" in panel.description.text()
    choose(panel, "consultancy")
    assert panel.minutes_spin.value() == 50
    assert panel.plan is not None and panel.plan.total_seconds == 50 * 60


def test_a_length_typed_for_this_session_is_kept_when_the_protocol_changes(
    panel: SetupPanel, qtbot: QtBot
) -> None:
    type_minutes(qtbot, panel, "40")
    choose(panel, "grow")
    assert panel.minutes_spin.value() == 40
    assert panel.plan is not None and panel.plan.total_seconds == 40 * 60
    panel.new_session()  # the next session chooses afresh
    choose(panel, "consultancy")
    assert panel.minutes_spin.value() == 50


def test_a_remembered_length_is_not_a_choice_for_this_session(panel: SetupPanel) -> None:
    panel.set_minutes(60)  # what the app restores from last time
    assert panel.plan is not None and panel.plan.total_seconds == 60 * 60
    choose(panel, "grow")
    assert panel.minutes_spin.value() == 30


def test_minutes_out_of_range_are_said_and_never_changed(panel: SetupPanel, qtbot: QtBot) -> None:
    plans: list[object] = []
    panel.planChanged.connect(plans.append)
    type_minutes(qtbot, panel, "600")
    assert panel.minutes_spin.value() == 600  # not silently 60
    assert panel.length_error.isVisibleTo(panel)
    assert "600 minutes is too long" in panel.length_error.text()
    assert "480" in panel.length_error.text()
    assert panel.plan is None and plans[-1] is None and panel.minutes() is None
    type_minutes(qtbot, panel, "0")
    assert panel.minutes_spin.value() == 0
    assert "at least 1 minute" in panel.length_error.text()
    assert panel.plan is None
    type_minutes(qtbot, panel, "45")
    assert not panel.length_error.isVisibleTo(panel)
    assert panel.plan is not None and panel.plan.total_seconds == 45 * 60


def test_a_session_too_short_for_its_phases_warns_plainly(panel: SetupPanel, qtbot: QtBot) -> None:
    choose(panel, "quality-first")
    type_minutes(qtbot, panel, "1")
    assert panel.plan is not None  # a warning, not a refusal
    assert panel.short_warning.isVisibleTo(panel)
    text = panel.short_warning.text()
    assert "1 minute is too short for Quality-first co-coaching" in text
    assert "made for about 45 minutes" in text and "only 5 seconds" in text
    assert panel.use_default_button.isVisibleTo(panel)
    assert panel.use_default_button.text() == "Use 45 minutes"
    panel.use_default_button.click()
    assert panel.minutes_spin.value() == 45
    assert not panel.short_warning.isVisibleTo(panel)


def test_the_protocols_own_length_never_warns(panel: SetupPanel) -> None:
    for template in panel.templates:
        choose(panel, template.id)
        assert panel.minutes_spin.value() == template.default_minutes
        assert not panel.short_warning.isVisibleTo(panel), template.id


def test_the_short_warning_gives_way_to_the_sharing_warning(panel: SetupPanel) -> None:
    for name in ("A", "B", "C", "D", "E"):
        panel.add_person(name)
    panel.set_mode(Mode.SHARED)
    panel.set_minutes(10)
    assert panel.share_warning.isVisibleTo(panel)
    assert not panel.short_warning.isVisibleTo(panel)


# ----- until a time of day, and the planned start ---------------------------------------


def test_until_a_time_of_day_sets_the_minutes_and_follows_the_clock(
    panel: SetupPanel, qtbot: QtBot
) -> None:
    clock = ManualClock(datetime(2026, 9, 1, 14, 30, 0, tzinfo=UTC))
    panel.now = clock.now
    end = clock.now() + timedelta(minutes=45)
    qtbot.keyClicks(panel.until_edit, local_hhmm(end))
    assert panel.minutes_spin.value() == 45
    assert panel.plan is not None and panel.plan.total_seconds == 45 * 60
    assert panel.end_at() == end.astimezone().time().replace(second=0)
    clock.advance(10 * 60 + 20)
    assert panel.follow_clock()
    assert panel.minutes_spin.value() == 35  # 34 minutes 40 seconds: the nearest minute
    clock.advance(20)
    assert panel.follow_clock()
    assert panel.minutes_spin.value() == 34
    assert not panel.follow_clock()  # nothing moved since
    type_minutes(qtbot, panel, "20")  # minutes typed replace the end time
    assert panel.until_edit.text() == "" and panel.minutes_spin.value() == 20


def test_until_a_time_already_gone_says_so(panel: SetupPanel, qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 9, 1, 14, 30, 0, tzinfo=UTC))
    panel.now = clock.now
    gone = local_hhmm(clock.now() - timedelta(minutes=5))
    qtbot.keyClicks(panel.until_edit, gone)
    assert panel.plan is None
    assert panel.length_error.text() == (
        f"{gone} has already passed: type a later end, or the minutes."
    )
    panel.until_edit.clear()
    qtbot.keyClicks(panel.until_edit, "half past")
    qtbot.keyClick(panel.until_edit, Qt.Key.Key_Return)
    assert "“half past” is not a time of day: write it like 16:15." in panel.length_error.text()
    assert panel.until_edit.text() == "half past"  # nothing typed is lost


def test_until_counts_from_the_planned_start(panel: SetupPanel, qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 9, 1, 14, 0, 0, tzinfo=UTC))
    panel.now = clock.now
    qtbot.keyClicks(panel.start_edit, local_hhmm(clock.now() + timedelta(minutes=15)))
    qtbot.keyClicks(panel.until_edit, local_hhmm(clock.now() + timedelta(minutes=65)))
    assert panel.minutes_spin.value() == 50


def test_the_planned_start_is_offered_to_the_room(panel: SetupPanel, qtbot: QtBot) -> None:
    starts: list[object] = []
    panel.startAtChanged.connect(starts.append)
    assert panel.start_at() is None
    qtbot.keyClicks(panel.start_edit, "16:15")
    assert panel.start_at() == time(16, 15)
    assert starts[-1] == time(16, 15)
    panel.start_edit.clear()
    assert panel.start_at() is None and starts[-1] is None
    qtbot.keyClicks(panel.start_edit, "25:00")
    qtbot.keyClick(panel.start_edit, Qt.Key.Key_Return)
    assert panel.start_at() is None
    assert panel.start_error.isVisibleTo(panel)
    assert "“25:00” is not a time of day" in panel.start_error.text()
    panel.new_session()
    assert panel.start_edit.text() == "" and not panel.start_error.isVisibleTo(panel)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("16:15", time(16, 15)),
        (" 9:05 ", time(9, 5)),
        ("16.15", time(16, 15)),
        ("1615", time(16, 15)),
        ("915", time(9, 15)),
        ("16", time(16, 0)),
        ("4:15 pm", time(16, 15)),
        ("12:30am", time(0, 30)),
        ("", None),
    ],
)
def test_times_of_day_are_read_as_people_write_them(typed: str, meant: time | None) -> None:
    assert parse_clock_time(typed) == meant


@pytest.mark.parametrize("typed", ["24:00", "16:60", "13 pm", "quarter past", "1:2"])
def test_what_is_not_a_time_of_day_is_said(typed: str) -> None:
    with pytest.raises(ValueError, match="is not a time of day: write it like 16:15"):
        parse_clock_time(typed)


def test_durations_in_words() -> None:
    assert duration_words(10) == "10 seconds"
    assert duration_words(60) == "1 minute"
    assert duration_words(90) == "1 minute 30 seconds"
    assert duration_words(240) == "4 minutes"


# ----- names -----------------------------------------------------------------------------


def test_a_name_pasted_in_decomposed_unicode_is_the_same_person(panel: SetupPanel) -> None:
    assert panel.add_person(NFC_ZOE)
    assert not panel.add_person(NFD_ZOE)
    assert not panel.add_person("  zoë ")
    assert panel.people() == [NFC_ZOE]
    assert panel.people_error.text() == f"{NFC_ZOE} is already in the group."
    assert panel.add_person("  Ana   Ruiz ")
    assert panel.people() == [NFC_ZOE, "Ana Ruiz"]


def test_every_name_field_is_cleaned(panel: SetupPanel) -> None:
    assert panel.add_person(NFD_ZOE)
    assert panel.people() == [NFC_ZOE]  # kept composed
    panel.add_person("Ben")
    panel.facilitator_edit.setText(f"  Fran {NFD_ZOE}  Lee ")
    assert panel.facilitator() == f"Fran {NFC_ZOE} Lee"
    panel.group_combo.setCurrentText(f"Year 9  {NFD_ZOE}")
    assert panel.group() == f"Year 9 {NFC_ZOE}"
    panel.set_coachee("ben")
    assert panel.coachee() == "Ben"
    assert panel.add_topic(f" {NFD_ZOE.upper()} ", "Marking load")
    assert panel.topics.items()[0].person == NFC_ZOE  # the group's own spelling


def test_the_person_field_completes_names_from_the_archive(app, qtbot: QtBot) -> None:
    from cocoach_desktop.domain.records import NewSession

    cocoach, _ = app
    assert cocoach.archive is not None
    cocoach.archive.start_session(
        NewSession(
            "grow",
            "GROW",
            "quality_first",
            1800,
            (),
            (Participant("Zoë Adams", Role.COACHEE), Participant("Ben Okafor", Role.COACH)),
        )
    )
    cocoach._load_from_archive()
    setup = cocoach.setup
    assert {"Zoë Adams", "Ben Okafor"} <= set(setup.known_names())
    completer = setup.person_edit.completer()
    completer.setCompletionPrefix("zo")
    assert completer.currentCompletion() == "Zoë Adams"
    completer.setCompletionPrefix("okaf")  # a surname finds the person too
    assert completer.currentCompletion() == "Ben Okafor"
    assert setup.add_person(NFD_ZOE + " adams")  # typed in another form: the archive's spelling
    assert setup.people() == ["Zoë Adams"]


def test_the_topics_person_picker_shows_a_whole_name(qtbot: QtBot) -> None:
    window = facilitator_window(qtbot, ManualClock())  # the set-up in its window, alone
    setup = window.setup
    window.resize(1264, 680)  # what a 1280x720 screen leaves
    for name in ("Ana Ruiz", "Ben Okafor"):
        setup.add_person(name)
    setup.topic_person.setCurrentText("Ben Okafor")
    qtbot.wait(1)
    field = setup.topic_person.lineEdit()
    assert field.width() >= field.fontMetrics().horizontalAdvance("Ben Okafor") + 4


# ----- the wheel ---------------------------------------------------------------------------


def test_scrolling_the_set_up_never_changes_the_coachee(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from cocoach_desktop.setup.qt.setup_panel import SetupScroll

    setup = SetupPanel(QUndoStack())
    scroll = SetupScroll(setup)
    qtbot.addWidget(scroll)
    setup.set_templates(load_templates([(resources.protocols_dir(), True)]).templates, [])
    for name in ("Sam Okafor", "Ana Ruiz", "Kim Lee"):
        setup.add_person(name)
    scroll.resize(500, 300)  # short: the panel scrolls
    scroll.show()
    qtbot.waitExposed(scroll)
    setup.set_coachee("Sam Okafor")
    scroll.setFocus()
    bar = scroll.verticalScrollBar()
    before = bar.value()
    combo = setup.coachee_combo
    centre = QPointF(combo.rect().center())
    down = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120),  # one notch towards the user: scroll down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, down)
    assert setup.coachee() == "Sam Okafor"  # the wheel passed over the box
    assert bar.value() > before  # and scrolled the panel instead


def test_starting_early_still_ends_at_the_until_time(qtbot: QtBot) -> None:
    """'until' counts from the real start: a group that starts early still has until then."""
    clock = ManualClock()
    window = facilitator_window(qtbot, clock)  # the set-up in its window, alone

    def hhmm(minutes: int) -> str:
        return (clock.now() + timedelta(minutes=minutes)).astimezone().strftime("%H:%M")

    clock.advance(-clock.now().second)  # on a whole minute
    setup = window.setup
    setup.add_person("Ana")
    setup.set_coachee("Ana")
    setup.start_edit.setText(hhmm(10))  # planned start in 10 minutes
    setup.until_edit.setText(hhmm(55))  # "we have until" 55 minutes from now
    assert setup.minutes_spin.value() == 45  # counted from the planned start, before it
    window.toggle_session()  # everyone is there: Start now, 10 minutes early
    run = window.controller.run
    assert run is not None
    assert run.planned_end().astimezone().strftime("%H:%M") == setup.until_edit.text()
