"""The app's parts built alone, each with its real collaborators and no composition root.

Only the smoke tests (the wiring between parts) build the whole ``CocoachApp``; the rest
build here just the part that owns what they check, set up as the app sets it up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cocoach_desktop.app.live_wiring import LiveRecording, link_topics, live_tally, setup_context
from cocoach_desktop.app.prompting_wiring import Prompting
from cocoach_desktop.app.room_wiring import RoomScreens
from cocoach_desktop.domain.ports.questions import QuestionsPort
from cocoach_desktop.notes.qt.closing_flow import ClosingFlow
from cocoach_desktop.platform import resources
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.theme import apply_app_theme, palette
from cocoach_desktop.platform.qt.writer import ArchiveWriter, waiting_archive
from cocoach_desktop.protocols.model.protocols import load_templates
from cocoach_desktop.questions.model.prompts import load_shipped
from cocoach_desktop.questions.qt.prompting import PromptDirector
from cocoach_desktop.questions.qt.question_bank import QuestionBankKeeper
from cocoach_desktop.recording.qt.recorder import SessionRecorder
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.setup.qt.topic_store import ArchiveTopics
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper
from cocoach_desktop.timer.model.display import Thresholds
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
    live = LiveRecording(
        window, clock, archive, data_dir, writer, feed, lambda: setup_context(setup, controller)
    )
    recorder, closing = live.recorder, live.closing
    closing.archive = waiting_archive(archive, writer) if archive is not None else None
    return Recording(window, controller, setup, recorder, closing, archive, writer, feed)


def tally(rec: Recording) -> TallyKeeper:
    """The observer's tally on the window's panel, keys and undo history, counting through
    the recording's writer into its archive, following the recorder's session and showing
    its problems in the banner, as the app builds it. Build it before the session starts."""
    keeper = live_tally(rec.window, rec.recorder, rec.writer, rec.feed)
    keeper.archive = rec.archive
    return keeper


def topics(rec: Recording, clock: ManualClock) -> ArchiveTopics:
    """The set-up's next-time topics kept in the recording's archive through its writer,
    noted in the session on record and linked to the one that starts, as the app hands
    them out. Build them before the session starts."""
    assert rec.closing.archive is not None
    store = ArchiveTopics(rec.closing.archive, clock, lambda: rec.recorder.session_id, rec.feed)
    rec.setup.topic_store = store
    link_topics(rec.window, rec.recorder, rec.writer)
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
    states and its View menu as the app builds them."""
    window = window or facilitator_window(qtbot, clock)
    screens = RoomScreens(window, Preferences())
    return Room(window, window.controller, window.setup, screens.presentation, screens.compact)


class KeptPreferences:
    """The preferences as the app keeps them, in memory: a change saved is what the next
    read sees."""

    def __init__(self) -> None:
        self.prefs = Preferences()

    def get(self) -> Preferences:
        return self.prefs

    def save(self, **changes: object) -> None:
        self.prefs = replace(self.prefs, **changes)  # type: ignore[arg-type]


@dataclass
class Meeting:
    """The live session's parts together, as the facilitator uses them in a meeting: the
    window, the recording into an archive with its closing screen, the tally, the room's
    screens and the prompts from the question bank (with the window's undo history). Named
    as the app names them."""

    window: FacilitatorWindow
    controller: SessionController
    setup: SetupPanel
    recorder: SessionRecorder
    tally: TallyKeeper
    presentation: PresentationManager
    prompting: Prompting
    bank: QuestionBankKeeper
    prompts: PromptDirector
    kept: KeptPreferences
    archive: Archive | None
    closing: ClosingFlow

    @property
    def prefs(self) -> Preferences:
        return self.kept.prefs


def meeting(qtbot: QtBot, clock: ManualClock, data_dir: Path, archive: Archive) -> Meeting:
    """A recording (into ``archive``, recovery files in ``data_dir``) with its tally, the
    room's screens and the prompts, each part built and connected as the app builds it."""
    rec = recording(qtbot, clock, data_dir, archive)
    keeper = tally(rec)
    screens = room(qtbot, clock, rec.window)
    kept = KeptPreferences()
    prompting = Prompting(rec.window, screens.presentation, clock, kept.get, kept.save)
    prompting.bank.set_archive(rec.closing.archive)
    return Meeting(
        rec.window,
        rec.controller,
        rec.setup,
        rec.recorder,
        keeper,
        screens.presentation,
        prompting,
        prompting.bank,
        prompting.prompts,
        kept,
        archive,
        rec.closing,
    )
