"""The composition root: builds the parts, wires them together, and runs the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from cocoach_desktop import __version__, paths, resources
from cocoach_desktop.core.clock import Clock, SystemClock
from cocoach_desktop.core.display import DisplayState, Thresholds
from cocoach_desktop.core.plan import Mode
from cocoach_desktop.core.preferences import Preferences
from cocoach_desktop.core.protocols import (
    ProtocolTemplate,
    delete_user_template,
    duplicate,
    load_templates,
    save_user_template,
)
from cocoach_desktop.ui.compact import CompactWindow
from cocoach_desktop.ui.controller import SessionController
from cocoach_desktop.ui.dialogs import SettingsDialog, ShortcutsDialog, TemplateEditor
from cocoach_desktop.ui.facilitator import FacilitatorWindow
from cocoach_desktop.ui.presenting import PresentationManager
from cocoach_desktop.ui.settings import SettingsStore
from cocoach_desktop.ui.sound import Chime
from cocoach_desktop.ui.theme import apply_app_theme, palette


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class CocoachApp:
    """All the parts of one running app, and the wiring between them."""

    def __init__(self, clock: Clock, data_dir: Path) -> None:
        self._files = ExitStack()
        self.data_dir = data_dir
        self.user_protocols = data_dir / "protocols"
        self.settings = SettingsStore(data_dir / "settings.ini")
        self.prefs = self.settings.load()
        self.controller = SessionController(
            clock,
            Thresholds(self.prefs.soon_seconds, self.prefs.urgent_seconds),
            rebalance=self.prefs.rebalance,
            floor_seconds=self.prefs.floor_seconds,
        )
        self.window = FacilitatorWindow(self.controller)
        wav = self._files.enter_context(as_file(resources.sound("chime.wav")))
        self.chime = Chime(wav, enabled=self.prefs.sound, parent=self.window)
        self.presentation = PresentationManager(
            self.window,
            self.window.screen_menu,
            self.prefs.theme,
            self.prefs.presentation_screen,
            on_screen_chosen=lambda name: self._save(presentation_screen=name),
        )
        self.compact: CompactWindow | None = None
        self._wire()
        self.setup = self.window.setup
        self.setup.min_per_coachee = self.prefs.min_per_coachee_seconds
        self.setup.minutes_spin.setValue(self.prefs.last_total_minutes)
        self.setup.set_mode(Mode(self.prefs.last_mode))
        self.reload_templates(select=self.prefs.last_protocol)
        self.apply_theme(self.prefs.theme)

    # ----- wiring ------------------------------------------------------------------------

    def _wire(self) -> None:
        w, c = self.window, self.controller
        c.updated.connect(self._show_state)
        c.phaseEnded.connect(lambda _index: self.chime.play())
        w.act_presentation.toggled.connect(self.presentation.set_visible)
        self.presentation.visibilityChanged.connect(self._presentation_visibility)
        w.act_compact.toggled.connect(self.set_compact)
        w.leaveFullScreenRequested.connect(self.leave_full_screen)
        w.act_settings.triggered.connect(self.open_settings)
        w.act_shortcuts.triggered.connect(self.show_shortcuts)
        w.act_about.triggered.connect(self.show_about)
        w.act_dark.triggered.connect(lambda: self.change_theme("dark"))
        w.act_light.triggered.connect(lambda: self.change_theme("light"))
        w.setup.duplicateRequested.connect(self.duplicate_template)
        w.setup.editRequested.connect(self.edit_template)
        w.setup.deleteRequested.connect(self.delete_template)
        w.setup.planChanged.connect(lambda _plan: self._remember_setup())

    def _show_state(self, state: DisplayState) -> None:
        self.presentation.show_state(state)
        if self.compact is not None:
            self.compact.show_state(state)

    def _presentation_visibility(self, visible: bool) -> None:
        action = self.window.act_presentation
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def _save(self, **changes: object) -> None:
        prefs = replace(self.prefs, **changes)  # type: ignore[arg-type]
        if prefs != self.prefs:  # set-up signals fire often; write only real changes
            self.prefs = prefs
            self.settings.save(prefs)

    def _remember_setup(self) -> None:
        template_id = self.setup.current_template_id()
        if not template_id:
            return
        self._save(
            last_protocol=template_id,
            last_total_minutes=self.setup.minutes_spin.value(),
            last_mode=self.setup.mode().value,
        )

    # ----- templates ---------------------------------------------------------------------

    def reload_templates(self, select: str = "") -> None:
        result = load_templates([(resources.protocols_dir(), True), (self.user_protocols, False)])
        self.templates = result.templates
        self.setup.set_templates(result.templates, [str(e) for e in result.errors], select)

    def duplicate_template(self) -> None:
        source = self.setup.current_template()
        if source is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            _tr("Duplicate protocol"),
            _tr("Name of your copy:"),
            text=_tr("{name} (my version)").format(name=source.name),
        )
        if not ok or not name.strip():
            return
        copy = duplicate(source, name.strip(), {t.id for t in self.templates})
        self.edit_template(copy)

    def edit_template(self, template: ProtocolTemplate | None = None) -> None:
        template = template or self.setup.current_template()
        if template is None or template.builtin:
            return
        editor = TemplateEditor(template, self.window)
        if editor.exec() and editor.result_template is not None:
            self.save_template(editor.result_template)

    def save_template(self, template: ProtocolTemplate) -> bool:
        try:
            save_user_template(template, self.user_protocols)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self.window,
                _tr("Could not save"),
                _tr("Your protocol could not be saved: {reason}").format(reason=exc),
            )
            return False
        self.reload_templates(select=template.id)
        return True

    def delete_template(self) -> None:
        template = self.setup.current_template()
        if template is None or template.builtin:
            return
        if not self.window.confirm(
            _tr("Delete protocol"),
            _tr("Delete your protocol “{name}”? This cannot be undone.").format(name=template.name),
        ):
            return
        try:
            delete_user_template(template, self.user_protocols)
        except OSError as exc:
            QMessageBox.warning(self.window, _tr("Could not delete"), str(exc))
        self.reload_templates()

    # ----- views -------------------------------------------------------------------------

    def set_compact(self, on: bool) -> None:
        if on:
            if self.compact is None:
                self.compact = CompactWindow(self.prefs.theme)
                self.compact.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
                self.compact.closed.connect(lambda: self.window.act_compact.setChecked(False))
                self.compact.expandRequested.connect(self._expand_from_compact)
            state = self.controller.state()
            if state is not None:
                self.compact.show_state(state)
            self.compact.show()
        elif self.compact is not None:
            self.compact.hide()

    def _expand_from_compact(self) -> None:
        self.window.act_compact.setChecked(False)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def leave_full_screen(self) -> None:
        if not self.presentation.leave_full_screen() and self.window.isFullScreen():
            self.window.showNormal()

    def apply_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_app_theme(app, name)
        self.window.apply_palette(palette(name))
        (self.window.act_dark if name == "dark" else self.window.act_light).setChecked(True)
        self.presentation.set_theme(name)
        if self.compact is not None:
            self.compact.set_theme(name)
        self.controller.tick()

    def change_theme(self, name: str) -> None:
        self._save(theme=name)
        self.apply_theme(name)

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.settings.save(prefs)
        self.chime.enabled = prefs.sound
        self.controller.set_thresholds(Thresholds(prefs.soon_seconds, prefs.urgent_seconds))
        self.controller.set_rebalance(prefs.rebalance, prefs.floor_seconds)
        self.setup.min_per_coachee = prefs.min_per_coachee_seconds
        if not self.controller.in_progress():
            self.setup.rebuild()
        self.apply_theme(prefs.theme)

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.prefs,
            sound_note=self.chime.unavailable_reason,
            test_sound=lambda: self.chime.play(force=True),
            parent=self.window,
        )
        if dialog.exec():
            self.apply_preferences(dialog.preferences())

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window.actions(), self.window).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            _tr("About Cocoach"),
            _tr(
                "<h3>Cocoach Desktop {version}</h3><p>A timer for group co-coaching: one "
                "coachee, the whole time; questions, not advice; nothing lost.</p>"
                "<p>Your files live in:<br><code>{folder}</code></p>"
            ).format(version=__version__, folder=self.data_dir),
        )

    def close(self) -> None:
        self.presentation.close()
        if self.compact is not None:
            self.compact.close()
        self._files.close()


def run(argv: Sequence[str] | None = None) -> int:
    """Start the GUI and run it until the last window closes."""
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cocoach")
    cocoach = CocoachApp(SystemClock(), paths.data_dir())
    if cocoach.settings.problems:
        cocoach.window.statusBar().showMessage(
            _tr("Some settings were not understood and were reset: ")
            + "; ".join(cocoach.settings.problems),
            15000,
        )
    cocoach.window.show()
    # Find the audio device once the window is up, well before the first phase ends.
    QTimer.singleShot(1000, cocoach.chime.prepare)
    app.aboutToQuit.connect(cocoach.close)
    return app.exec()
