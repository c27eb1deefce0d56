"""The app's parts built alone, each with its real collaborators and no composition root.

Only the smoke tests (the wiring between parts) build the whole ``CocoachApp``; the rest
build here just the part that owns what they check, set up as the app sets it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cocoach_desktop.domain.ports.questions import QuestionsPort
from cocoach_desktop.notes.qt.closing_flow import ClosingFlow
from cocoach_desktop.platform import resources
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.theme import apply_app_theme, palette
from cocoach_desktop.platform.qt.widgets import show_banner
from cocoach_desktop.platform.qt.writer import ArchiveWriter, waiting_archive
from cocoach_desktop.protocols.model.protocols import load_templates
from cocoach_desktop.questions.model.prompts import load_shipped
from cocoach_desktop.questions.qt.question_bank import QuestionBankKeeper
from cocoach_desktop.recording.qt.recorder import SessionContext, SessionRecorder
from cocoach_desktop.recording.services.recording_service import RecordingService
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.setup.qt.topic_store import ArchiveTopics
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage import recovery_files
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper
from cocoach_desktop.tally.services.tally_service import TallyService
from cocoach_desktop.timer.model.display import DisplayState, Thresholds
from cocoach_desktop.timer.model.plan import Mode, build_plan
from cocoach_desktop.timer.qt.compact_timer import CompactTimer
from cocoach_desktop.timer.qt.projector_placement import PresentationManager
from cocoach_desktop.timer.qt.run_controller import SessionController


def facilitator_window(qtbot: QtBot, clock: ManualClock, shown: bool = True) -> FacilitatorWindow:
    """The facilitator's window on its own controller, with the shipped protocols, the
    default preferences and the theme, shown (unless not ``shown``: nothing on screen is
    looked at); starting asks nothing, as in the ``app`` fixture."""
    prefs = Preferences()
    controller = SessionController(
        clock,
        Thresholds(prefs.soon_seconds, prefs.urgent_seconds),
        rebalance=prefs.rebalance,
        floor_seconds=prefs.floor_seconds,
    )
    window = FacilitatorWindow(controller, now=clock.now)
    controller.setParent(window)
    qtbot.addWidget(window)
    window.confirm = lambda title, text: True  # type: ignore[method-assign]
    window.ask_start_without_coachee = lambda: True  # type: ignore[method-assign]
    setup = window.setup
    setup.min_per_coachee = prefs.min_per_coachee_seconds
    setup.set_minutes(prefs.last_total_minutes)
    setup.set_mode(Mode(prefs.last_mode))
    loaded = load_templates([(resources.protocols_dir(), True)])
    setup.set_templates(loaded.templates, [str(e) for e in loaded.errors], prefs.last_protocol)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_app_theme(app, prefs.theme)
    window.apply_palette(palette(prefs.theme))
    controller.tick()
    if shown:
        window.show()
        qtbot.waitExposed(window)
    return window


def question_bank(
    undo_stack: QUndoStack | None = None, archive: QuestionsPort | None = None
) -> QuestionBankKeeper:
    """The shipped question banks with their own undo history (or ``undo_stack``), and the
    user's own questions kept in ``archive`` (none by default)."""
    bank = QuestionBankKeeper(load_shipped(resources.prompts_dir()), undo_stack or QUndoStack())
    if archive is not None:
        bank.set_archive(archive)
    return bank


def running_session(clock: ManualClock, protocol: str = "quality-first") -> SessionController:
    """A controller running a shipped protocol for 45 minutes with three people, as the
    app's set-up starts it, with no window."""
    prefs = Preferences()
    loaded = load_templates([(resources.protocols_dir(), True)])
    template = next(t for t in loaded.templates if t.id == protocol)
    controller = SessionController(clock, Thresholds(prefs.soon_seconds, prefs.urgent_seconds))
    coachees = ("Ana", "Ben", "Chloé")
    controller.set_plan(build_plan(template, prefs.last_total_minutes * 60, coachees=coachees))
    controller.toggle()
    return controller


@dataclass
class Recording:
    """The live session's recording, built alone: the facilitator's window (its set-up, its
    controller, its notes panel), the recorder over the real writer thread and an archive
    (or none), and the closing screen's presenter. Named as the app names them."""

    window: FacilitatorWindow
    controller: SessionController
    setup: SetupPanel
    recorder: SessionRecorder
    closing: ClosingFlow
    archive: Archive | None
    writer: ArchiveWriter
    feed: ChangeFeed


def recording(
    qtbot: QtBot, clock: ManualClock, data_dir: Path, archive: Archive | None, shown: bool = True
) -> Recording:
    """The recorder on the facilitator window's controller and notes panel, writing to
    ``archive`` through the real writer (recovery files in ``data_dir``); its problems in
    the window's banner and its end opening the closing screen, as the app connects them."""
    window = facilitator_window(qtbot, clock, shown)
    setup, controller = window.setup, window.controller
    writer = ArchiveWriter()
    feed = ChangeFeed()
    live = RecordingService(archive, recovery_files, data_dir, clock, writer, feed)

    def context() -> SessionContext:  # what the app's set-up says about the session
        plan = controller.run.plan if controller.run is not None else None
        return SessionContext(
            group=setup.group(),
            people=tuple(setup.people()),
            coachees=plan.coachees if plan is not None else (),
            observers=tuple(setup.observers()),
            facilitator=setup.facilitator(),
        )

    recorder = SessionRecorder(
        controller, live, window.notes, clock, context, writer, parent=window
    )
    closing = ClosingFlow(
        window,
        lambda: recorder.commitments,
        window.show_archive_problem,
        lambda: clock.now().astimezone().date(),
        lambda: window.notes.next_session_days,
    )
    closing.archive = waiting_archive(archive, writer) if archive is not None else None
    recorder.problem.connect(lambda text: show_banner(window.archive_problem, text, "recording"))
    recorder.sessionClosed.connect(closing.show)
    closing.saved.connect(recorder.set_commitments)
    window.act_new.triggered.connect(recorder.close_session)
    return Recording(window, controller, setup, recorder, closing, archive, writer, feed)


def tally(rec: Recording) -> TallyKeeper:
    """The observer's tally on the window's panel and undo history, counting through the
    recording's writer into its archive, following the recorder's session and showing its
    problems in the banner, as the app connects it. Build it before the session starts."""
    controller = rec.controller

    def position() -> tuple[float, int | None]:  # where the session is, for a mark
        run = controller.run
        return (run.session_elapsed(), run.index) if run is not None else (0.0, None)

    window, recorder = rec.window, rec.recorder
    keeper = TallyKeeper(
        window.tally, window.undo_stack, TallyService(rec.writer, position, rec.feed), window
    )
    keeper.archive = rec.archive
    keeper.problem.connect(lambda text: show_banner(window.archive_problem, text, "tally"))
    recorder.sessionStarting.connect(keeper.start_recording)
    recorder.sessionOpened.connect(keeper.open_session)
    recorder.sessionClosed.connect(lambda _id: keeper.finish())
    recorder.sessionForgotten.connect(keeper.forget)
    return keeper


def topics(rec: Recording, clock: ManualClock) -> ArchiveTopics:
    """The set-up's next-time topics kept in the recording's archive through its writer,
    noted in the session on record and linked to the one that starts, as the app hands
    them out. Build them before the session starts."""
    assert rec.closing.archive is not None
    store = ArchiveTopics(rec.closing.archive, clock, lambda: rec.recorder.session_id)
    rec.setup.topic_store = store

    def link(session_id: int) -> None:
        rec.writer.submit(
            lambda: store.session_started(session_id),
            failed=lambda exc: rec.window.show_archive_problem(say(exc)),
        )

    rec.recorder.sessionOpened.connect(link)
    return store


@dataclass
class Room:
    """What the room sees, built alone: the facilitator's window (its set-up, its controller,
    its View menu's actions) and the room's screens, the projector and the compact timer,
    shown and blanked from that menu. Named as the app names them."""

    window: FacilitatorWindow
    controller: SessionController
    setup: SetupPanel
    presentation: PresentationManager
    compact: CompactTimer


def room(qtbot: QtBot, clock: ManualClock, window: FacilitatorWindow | None = None) -> Room:
    """The projector and the compact timer on the facilitator window's controller (``window``,
    say a recording's, or one of their own), with the default preferences, following its
    states and its View menu as the app connects them."""
    window = window or facilitator_window(qtbot, clock)
    controller, prefs = window.controller, Preferences()
    presentation = PresentationManager(window, window.screen_menu, prefs.theme)
    compact = CompactTimer(
        prefs.theme,
        lambda: window.screen().availableGeometry(),
        lambda: controller.tick(),
        parent=window,
    )
    presentation.set_reminder(prefs.ask_reminder)
    presentation.set_clock(prefs.clock_on_screen)

    def show_room(state: DisplayState) -> None:
        presentation.show_state(state)
        compact.show_state(state)

    def follow_visibility(visible: bool) -> None:  # the menu's tick follows the window
        action = window.act_presentation
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    controller.updated.connect(show_room)
    controller.waiting.connect(show_room)
    window.act_blank.toggled.connect(presentation.set_blanked)
    window.act_presentation.toggled.connect(presentation.set_visible)
    presentation.visibilityChanged.connect(follow_visibility)
    window.act_compact.toggled.connect(compact.set_shown)
    compact.closed.connect(lambda: window.act_compact.setChecked(False))
    return Room(window, controller, window.setup, presentation, compact)
