"""The live session on record: its recorder and closing screen, its tally, its topics.

Built here and connected to the facilitator's window, for the app and for tests that build
only these parts. Every write goes through the archive's one writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cocoach_desktop.notes.qt.closing_flow import ClosingFlow
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.widgets import show_banner
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.qt.recorder import SessionContext, SessionRecorder
from cocoach_desktop.recording.services.recording_service import RecordingService
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.setup.qt.topic_store import ArchiveTopics
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage import recovery_files
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper
from cocoach_desktop.tally.services.tally_service import TallyService
from cocoach_desktop.timer.qt.run_controller import SessionController

if TYPE_CHECKING:  # SQLAlchemy loads after the first paint
    from cocoach_desktop.storage.archive import Archive


def setup_context(setup: SetupPanel, controller: SessionController) -> SessionContext:
    """What the set-up says about the session being put on record: the team, who was
    there, the coachees of the plan running, the observers and the facilitator."""
    plan = controller.run.plan if controller.run is not None else None
    return SessionContext(
        group=setup.group(),
        people=tuple(setup.people()),
        coachees=plan.coachees if plan is not None else (),
        observers=tuple(setup.observers()),
        facilitator=setup.facilitator(),
    )


class LiveRecording(QObject):
    """The recorder on the window's controller and notes panel, and the closing screen it
    opens at the end. Its problems show in the window's banner; File > New closes it, and
    a question typed during it is forgotten with it."""

    def __init__(
        self,
        window: FacilitatorWindow,
        clock: Clock,
        archive: Archive | None,
        recovery_dir: Path,
        writer: ArchiveWriter,
        feed: ChangeFeed,
        context: Callable[[], SessionContext],
    ) -> None:
        super().__init__(window)  # lives as long as the window it serves
        self.live = RecordingService(archive, recovery_files, recovery_dir, clock, writer, feed)
        self.recorder = SessionRecorder(
            window.controller, self.live, window.notes, clock, context, writer, parent=window
        )
        recorder = self.recorder
        self.closing = ClosingFlow(
            window,
            lambda: recorder.commitments,
            window.show_archive_problem,
            lambda: today(clock),
            lambda: window.notes.next_session_days,
        )
        recorder.problem.connect(
            lambda text: show_banner(window.archive_problem, text, "recording")
        )
        recorder.sessionClosed.connect(self.closing.show)
        self.closing.saved.connect(recorder.set_commitments)
        window.act_new.triggered.connect(recorder.close_session)
        # Nothing of a finished session stays in view while the next is set up.
        recorder.sessionForgotten.connect(window.questions.forget_typed)


def session_position(controller: SessionController) -> tuple[float, int | None]:
    """Where the session is now, for a tally mark: active seconds and the phase."""
    run = controller.run
    return (run.session_elapsed(), run.index) if run is not None else (0.0, None)


def live_tally(
    window: FacilitatorWindow, recorder: SessionRecorder, writer: ArchiveWriter, feed: ChangeFeed
) -> TallyKeeper:
    """The observer's tally on the window's panel, keys and undo history, counting through
    the writer and following the recorder's session; its problems in the window's banner."""
    controller = window.controller
    service = TallyService(writer, lambda: session_position(controller), feed)
    keeper = TallyKeeper(window.tally, window.undo_stack, service, parent=window)
    for kind, action in window.act_tally.items():
        action.triggered.connect(lambda _on=False, k=kind: keeper.tap(k))
    keeper.problem.connect(lambda text: show_banner(window.archive_problem, text, "tally"))
    recorder.sessionStarting.connect(keeper.start_recording)
    recorder.sessionOpened.connect(keeper.open_session)
    recorder.sessionClosed.connect(lambda _id: keeper.finish())
    recorder.sessionForgotten.connect(keeper.forget)
    return keeper


def link_topics(
    window: FacilitatorWindow, recorder: SessionRecorder, writer: ArchiveWriter
) -> None:
    """A session that starts is linked to the set-up's next-time topics it takes up, on
    the writer thread after the session's row (should that fail, they are kept, unlinked)."""
    setup = window.setup

    def link(session_id: int) -> None:
        store = setup.topic_store
        if isinstance(store, ArchiveTopics):
            writer.submit(
                lambda: store.session_started(session_id),
                failed=lambda exc: window.show_archive_problem(say(exc)),
            )

    recorder.sessionOpened.connect(link)


def today(clock: Clock) -> date:
    """Today as the facilitator's calendar says it, from the app's clock."""
    return clock.now().astimezone().date()
