"""The composition root: builds the parts, wires them together, and runs the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import ExitStack
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cocoach_desktop import __version__
from cocoach_desktop.advice.qt.advice_hint import load_check
from cocoach_desktop.app.appearance import Appearance
from cocoach_desktop.app.archive_handover import ArchiveHandover
from cocoach_desktop.app.backup_wiring import StoredBackupKeeper, open_archive_safely
from cocoach_desktop.app.live_wiring import LiveRecording, link_topics, live_tally
from cocoach_desktop.app.prompting_wiring import Prompting
from cocoach_desktop.app.room_wiring import RoomScreens
from cocoach_desktop.app.window_parts import WindowParts
from cocoach_desktop.platform import logs, paths, resources
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.clock import Clock, SystemClock
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.i18n import install_translator
from cocoach_desktop.platform.qt.settings import SettingsStore
from cocoach_desktop.platform.qt.single_instance import SingleInstance, start_or_leave
from cocoach_desktop.platform.qt.widgets import after_first_paint
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.protocols.qt.template_flow import DialogTemplatesView, TemplateFlow
from cocoach_desktop.recording.qt.recovery_flow import DialogRecoveryView, RecoveryFlow
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import Thresholds
from cocoach_desktop.timer.model.plan import Mode
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.sound import Chime

# Storage (SQLAlchemy) and the archive window load after the first paint; the windows and
# dialogs no first frame shows (compact timer, settings, editor, import) when first needed.
if TYPE_CHECKING:
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.storage.archive import Archive


# The longest the app waits for the archive's writer when quitting or switching files (a
# write held up by another program fails after the busy timeout, into the recovery file).
CLOSING_WAIT_SECONDS = 15.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class CocoachApp(ArchiveHandover, Appearance, WindowParts):
    """All the parts of one running app, and the wiring between them."""

    def __init__(
        self,
        clock: Clock,
        data_dir: Path,
        archive: Archive | None = None,
        archive_problem: str = "",
        recovery_dir: Path | None = None,
    ) -> None:
        self._files = ExitStack()
        self.clock = clock
        self.data_dir = data_dir
        self.archive = archive
        self.settings = SettingsStore(data_dir / "settings.ini")
        self.prefs = self.settings.load()
        self.controller = SessionController(
            clock,
            Thresholds(self.prefs.soon_seconds, self.prefs.urgent_seconds),
            rebalance=self.prefs.rebalance,
            floor_seconds=self.prefs.floor_seconds,
        )
        self.window = FacilitatorWindow(self.controller, now=clock.now)
        # The window owns the controller: its ticking timer goes when the window goes (it
        # would otherwise go on drawing into windows already gone).
        self.controller.setParent(self.window)
        wav = self._files.enter_context(as_file(resources.sound("chime.wav")))
        self.chime = Chime(wav, enabled=self.prefs.sound, parent=self.window)
        self.room = RoomScreens(self.window, self.prefs, self._save)
        self.presentation, self.compact = self.room.presentation, self.room.compact
        # What the services write is published here; the set-up follows the archive's changes.
        self.feed = ChangeFeed()
        self.changes = ChangeBridge(self.feed, self.window)
        self.changes.changed.connect(
            lambda changes: self._load_from_archive() if _reaches_setup(changes) else None
        )
        self.protocols = TemplateFlow(
            self.window.setup,
            DialogTemplatesView(self.window, _edit_protocol, self.window.confirm),
            resources.protocols_dir(),
            data_dir / "protocols",
        )
        self.setup = self.window.setup
        # The archive's one writer thread: the live session's writes never hold up the GUI.
        self.writer = ArchiveWriter()  # not the window's child: it outlives the window
        recording = LiveRecording(
            self.window,
            clock,
            archive,
            recovery_dir or data_dir,  # a folder elsewhere when the data folder is read-only
            self.writer,
            self.feed,
            self._session_context,
        )
        self.live, self.recorder = recording.live, recording.recorder
        self.closing = recording.closing
        self.recovery_view = DialogRecoveryView(
            self.window,
            self.window.show_archive_problem,
            lambda text: self.window.statusBar().showMessage(text, 15000),
        )
        self.recovery = RecoveryFlow(
            self.recovery_view,
            clock,
            data_dir,
            self.recorder,
            self.controller,
            lambda: self.protocols.templates,
            lambda: self.prefs,
            parent=self.window,
        )
        self.archive_window: ArchiveWindow | None = None
        self.backups = StoredBackupKeeper(archive, data_dir, clock, parent=self.window)
        self.prompting = Prompting(
            self.window, self.presentation, clock, lambda: self.prefs, self._save
        )
        self.bank, self.prompts = self.prompting.bank, self.prompting.prompts
        self.tally = live_tally(self.window, self.recorder, self.writer, self.feed)
        link_topics(self.window, self.recorder, self.writer)
        self._wire()
        self.windows_archive: Archive | None = None
        if archive is not None:
            self._hand_out(archive)
        self.window.show_archive_problem(archive_problem)
        self.setup.min_per_coachee = self.prefs.min_per_coachee_seconds
        self.setup.set_minutes(self.prefs.last_total_minutes)
        self.setup.facilitator_edit.setText(self.prefs.facilitator)
        self.setup.set_mode(Mode(self.prefs.last_mode))
        self.protocols.reload(select=self.prefs.last_protocol)
        self.apply_theme(self.prefs.theme)

    # ----- wiring ------------------------------------------------------------------------

    def _wire(self) -> None:
        """What connects one part to another; each part's own wiring is done where it is
        built (``room_wiring``, ``prompting_wiring``, ``live_wiring``)."""
        w, c = self.window, self.controller
        c.phaseEnded.connect(lambda _index: self.chime.play())
        w.act_settings.triggered.connect(self.open_settings)
        w.act_shortcuts.triggered.connect(self.show_shortcuts)
        w.act_about.triggered.connect(self.show_about)
        w.act_dark.triggered.connect(lambda: self.change_theme("dark"))
        w.act_light.triggered.connect(lambda: self.change_theme("light"))
        w.setup.duplicateRequested.connect(self.protocols.duplicate_current)
        w.setup.editRequested.connect(lambda: self.protocols.edit())
        w.setup.deleteRequested.connect(self.protocols.delete_current)
        w.setup.planChanged.connect(lambda _plan: self._remember_setup())
        self.closing.saved.connect(lambda _kept: self._load_from_archive())
        self.backups.problem.connect(lambda text: self._problem(text, "backup"))
        self.backups.done.connect(lambda text: w.statusBar().showMessage(text, 8000))
        self.backups.done.connect(lambda _text: self._problem("", "backup"))
        self.recorder.sessionOpened.connect(lambda _id: self._follow_cadence())
        w.act_archive.triggered.connect(self.open_archive_window)
        w.act_backup.triggered.connect(self.backups.back_up_now)
        w.act_restore.triggered.connect(self.restore_backup)
        w.act_import.triggered.connect(self.import_file)
        w.act_data_folder.triggered.connect(self.show_about)
        # A resumed session: on record again, its tally, its run, and who was there.
        self.recovery.resumed.connect(
            lambda run, d: self.recorder.adopt(
                run, d.id, list(d.notes), list(d.commitments), len(d.events)
            )
        )
        self.recovery.resumed.connect(lambda _run, d: self.tally.open_session(d.id, d.tally))
        self.recovery.resumed.connect(lambda run, _d: self.controller.adopt(run))
        self.recovery.resumed.connect(lambda _run, d: self.setup.show_participants(d))
        # Restoring the group is not an edit to undo.
        self.recovery.resumed.connect(lambda _run, _d: self.window.undo_stack.clear())

    def _closing_wait(self) -> float:
        """How long quitting or switching files waits for the writer (this module's
        ``CLOSING_WAIT_SECONDS``, which a test may shorten)."""
        return CLOSING_WAIT_SECONDS

    def close(self) -> None:
        if self.controller.in_progress():
            # Mid-session, only a quit the facilitator confirmed gets here (the window
            # asks): the next start says so instead of calling it a crash.
            self.recorder.record_quit()
        self.recorder.flush()
        self.recorder.retry()  # what failed earlier gets one more try
        # Quitting may wait for the disk: what was handed to the writer goes to the archive
        # (or, should it fail, to the recovery file) before the process ends. Should the
        # archive stay held past the wait, what was not seen written goes to a recovery file.
        if not self.writer.close(CLOSING_WAIT_SECONDS):
            self.recorder.rescue_unwritten()
        self.backups.stop()
        if self.archive_window is not None:
            self.archive_window.close()
        self.room.close()
        self.chime.close()
        self._files.close()


# What the live session publishes (its row and end, its notes, commitments and counts), and
# the set-up's own topics: nothing the set-up needs to read again.
_LIVE_CHANGES = frozenset({"live", "note", "commitment", "tally", "topic"})


def _reaches_setup(changes: object) -> bool:
    """The set-up reads the archive again after these changes (not after a note written)."""
    return any(c.what not in _LIVE_CHANGES for c in ChangeBridge.of(changes))


def _edit_protocol(template: ProtocolTemplate, parent: QWidget) -> ProtocolTemplate | None:
    from cocoach_desktop.protocols.qt.protocol_editor import TemplateEditor

    editor = TemplateEditor(template, parent)
    return editor.result_template if editor.exec() else None


def _ask_yes_no(title: str, text: str) -> bool:
    answer = QMessageBox.question(None, title, text)
    return answer == QMessageBox.StandardButton.Yes


def run(argv: Sequence[str] | None = None) -> int:
    """Start the GUI and run it until the last window closes."""
    logs.route_qt_messages()  # Qt's notes go to the log file, not the terminal
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cocoach")
    install_translator(app)  # COCOACH_LANG, else the system language, if translated
    data_dir = paths.data_dir()
    instance = SingleInstance(data_dir)
    start = start_or_leave(instance, data_dir)
    if not start.runs:
        return 0
    cocoach = CocoachApp(SystemClock(), data_dir, recovery_dir=start.recovery_dir)
    instance.wakeRequested.connect(cocoach.bring_to_front)
    if cocoach.settings.problems:
        cocoach.window.statusBar().showMessage(
            _tr("Some settings were not understood and were reset: ")
            + "; ".join(cocoach.settings.problems),
            15000,
        )
    cocoach.window.show()
    # Find the audio device once the window is up, well before the first phase ends.
    QTimer.singleShot(1000, cocoach.chime.prepare)
    # The archive (and SQLAlchemy with it) opens right after the first paint: the window is
    # there sooner, and nothing can be typed in the few hundred milliseconds before.
    after_first_paint(
        cocoach.window,
        lambda: cocoach.attach_archive(
            *(
                (None, start.unwritable)
                if start.unwritable
                else open_archive_safely(data_dir, _ask_yes_no)
            )
        ),
    )
    QTimer.singleShot(1500, load_check)  # before anyone types a question
    app.aboutToQuit.connect(cocoach.close)
    app.aboutToQuit.connect(instance.release)
    return app.exec()
