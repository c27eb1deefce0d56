"""The archive window's actions and menus (a part of ArchiveWindow): keys, texts, tooltips."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from cocoach_desktop.archive.qt.window_part import WindowPart
from cocoach_desktop.platform.qt.widgets import shortcut_texts

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QUndoStack


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class ArchiveMenus(WindowPart):
    """Every action of the archive window, its menus, and the words on them."""

    if TYPE_CHECKING:  # what the window supplies
        undo_stack: QUndoStack

        def focus_search(self) -> None: ...
        def clear_search(self) -> None: ...
        def clear_filters(self) -> None: ...
        def open_selected(self) -> None: ...
        def delete_selected(self) -> None: ...
        def export_session(self, fmt: str, complete: bool = False) -> Path | None: ...
        def export_archive_json(self) -> Path | None: ...
        def export_archive_csv(self) -> Path | None: ...

    def _action(
        self,
        keys: list[str] | None = None,
        slot: Callable[[], object] | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(context)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_find = self._action(["Ctrl+F"], self.focus_search)
        self.act_export_md_coachee = self._action(
            ["Ctrl+Shift+E"], lambda: self.export_session("md")
        )
        self.act_export_md_all = self._action(None, lambda: self.export_session("md", True))
        self.act_export_pdf_coachee = self._action(None, lambda: self.export_session("pdf"))
        self.act_export_pdf_all = self._action(None, lambda: self.export_session("pdf", True))
        self.act_export_json = self._action(None, self.export_archive_json)
        self.act_export_csv = self._action(None, self.export_archive_csv)
        self.act_close = self._action(["Ctrl+W"], self.close)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_clear_filters = self._action(None, self.clear_filters)
        # These keys mean something else inside a text field, so they belong to the lists.
        self.act_delete = QAction(self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_open = QAction(self)
        self.act_open.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.act_open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_open.triggered.connect(self.open_selected)
        self.act_clear_search = QAction(self)
        self.act_clear_search.setShortcut(QKeySequence("Esc"))
        self.act_clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_clear_search.triggered.connect(self.clear_search)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.archive_menu = bar.addMenu("")
        self.export_menu = self.archive_menu.addMenu("")
        for a in (
            self.act_export_md_coachee,
            self.act_export_md_all,
            self.act_export_pdf_coachee,
            self.act_export_pdf_all,
            None,
            self.act_export_json,
            self.act_export_csv,
        ):
            self.export_menu.addSeparator() if a is None else self.export_menu.addAction(a)
        self.archive_menu.addSeparator()
        self.archive_menu.addAction(self.act_delete)
        self.archive_menu.addSeparator()
        self.archive_menu.addAction(self.act_close)
        self.edit_menu = bar.addMenu("")
        for a in (self.act_undo, self.act_redo, None, self.act_find, self.act_clear_filters):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)

    def _retranslate_actions(self) -> None:
        texts = {
            self.act_find: _tr("&Find…"),
            self.act_export_md_coachee: _tr("Session as &Markdown for the coachee"),
            self.act_export_md_all: _tr("Session as Markdown, complete (with private notes)"),
            self.act_export_pdf_coachee: _tr("Session as &PDF for the coachee"),
            self.act_export_pdf_all: _tr("Session as PDF, complete (with private notes)"),
            self.act_export_json: _tr("Archive (current filter) as &JSON…"),
            self.act_export_csv: _tr("Archive (current filter) as &CSV…"),
            self.act_close: _tr("&Close"),
            self.act_clear_filters: _tr("C&lear filters"),
            self.act_delete: _tr("&Delete session…"),
            self.act_open: _tr("Open"),
            self.act_clear_search: _tr("Clear search"),
        }
        for action, text in texts.items():
            action.setText(text)
            plain = text.replace("&", "")
            keys = shortcut_texts(action)
            action.setToolTip(f"{plain} ({', '.join(keys)})" if keys else plain)
        self.act_undo.setText(_tr("&Undo"))
        self.act_redo.setText(_tr("&Redo"))
        self.archive_menu.setTitle(_tr("&Archive"))
        self.export_menu.setTitle(_tr("&Export"))
        self.edit_menu.setTitle(_tr("&Edit"))
