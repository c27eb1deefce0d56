"""The protocols the set-up offers: loading them, and the user's own copies.

Duplicating, editing and deleting the user's own protocols. A presenter: it is handed the
list it fills and the dialogs it asks through.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.protocols.model.protocols import (
    ProtocolTemplate,
    delete_user_template,
    duplicate,
    load_templates,
    save_user_template,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Protocols", text)


class TemplateList(Protocol):
    """Where the protocols are offered (the set-up panel)."""

    def set_templates(
        self, templates: Sequence[ProtocolTemplate], problems: Sequence[str], select: str = ""
    ) -> None: ...

    def current_template(self) -> ProtocolTemplate | None: ...


class TemplatesView(Protocol):
    """What the flow asks the facilitator (tests hand it a fake)."""

    def ask_copy_name(self, default: str) -> str | None: ...

    def edit(self, template: ProtocolTemplate) -> ProtocolTemplate | None: ...

    def confirm_delete(self, template: ProtocolTemplate) -> bool: ...

    def warn(self, title: str, text: str) -> None: ...


class DialogTemplatesView:
    """The real view: Qt's input and message boxes, and the protocol editor."""

    def __init__(
        self,
        parent: QWidget,
        editor: Callable[[ProtocolTemplate, QWidget], ProtocolTemplate | None],
        confirm: Callable[[str, str], bool],
    ) -> None:
        self._parent = parent
        self._editor = editor
        self._confirm = confirm

    def ask_copy_name(self, default: str) -> str | None:
        name, ok = QInputDialog.getText(
            self._parent, _tr("Duplicate protocol"), _tr("Name of your copy:"), text=default
        )
        return name.strip() if ok and name.strip() else None

    def edit(self, template: ProtocolTemplate) -> ProtocolTemplate | None:
        return self._editor(template, self._parent)

    def confirm_delete(self, template: ProtocolTemplate) -> bool:
        return self._confirm(
            _tr("Delete protocol"),
            _tr("Delete your protocol “{name}”? This cannot be undone.").format(name=template.name),
        )

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)


class TemplateFlow:
    """Keeps the set-up's protocols: the shipped ones and the user's, in their folder."""

    def __init__(
        self,
        shown: TemplateList,
        view: TemplatesView,
        shipped: Traversable,
        user_folder: Path,
    ) -> None:
        self._shown = shown
        self.view = view
        self._shipped = shipped
        self.user_folder = user_folder
        self.templates: list[ProtocolTemplate] = []

    def reload(self, select: str = "") -> None:
        """Read every protocol file again; a broken one is named and the others load."""
        result = load_templates([(self._shipped, True), (self.user_folder, False)])
        self.templates = list(result.templates)
        self._shown.set_templates(result.templates, [str(e) for e in result.errors], select)

    def duplicate_current(self) -> None:
        source = self._shown.current_template()
        if source is None:
            return
        name = self.view.ask_copy_name(_tr("{name} (my version)").format(name=source.name))
        if name is None:
            return
        self.edit(duplicate(source, name, {t.id for t in self.templates}))

    def edit(self, template: ProtocolTemplate | None = None) -> None:
        template = template or self._shown.current_template()
        if template is None or template.builtin:
            return
        edited = self.view.edit(template)
        if edited is not None:
            self.save(edited)

    def save(self, template: ProtocolTemplate) -> bool:
        try:
            save_user_template(template, self.user_folder)
        except (OSError, ValueError) as exc:
            self.view.warn(
                _tr("Could not save"),
                _tr("Your protocol could not be saved: {reason}").format(reason=say(exc)),
            )
            return False
        self.reload(select=template.id)
        return True

    def delete_current(self) -> None:
        template = self._shown.current_template()
        if template is None or template.builtin or not self.view.confirm_delete(template):
            return
        try:
            delete_user_template(template, self.user_folder)
        except OSError as exc:
            self.view.warn(_tr("Could not delete"), say(exc))
        self.reload()
