"""The set-up's protocols flow against a fake view: duplicate, edit, save and delete the
user's own protocols, with the shipped ones untouchable, and no dialog on screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from cocoach_desktop.platform.resources import protocols_dir
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.protocols.qt.template_flow import TemplateFlow


class FakeList:
    """The set-up panel's protocol list, as the flow sees it."""

    def __init__(self) -> None:
        self.templates: list[ProtocolTemplate] = []
        self.problems: list[str] = []
        self.current_id = ""

    def set_templates(
        self, templates: Sequence[ProtocolTemplate], problems: Sequence[str], select: str = ""
    ) -> None:
        self.templates, self.problems = list(templates), list(problems)
        if select:
            self.current_id = select

    def current_template(self) -> ProtocolTemplate | None:
        return next((t for t in self.templates if t.id == self.current_id), None)


class FakeView:
    def __init__(self) -> None:
        self.name: str | None = "Our Friday version"
        self.edited_name = ""
        self.delete_answer = True
        self.warnings: list[str] = []
        self.edits: list[ProtocolTemplate] = []

    def ask_copy_name(self, default: str) -> str | None:
        assert default.endswith("(my version)")
        return self.name

    def edit(self, template: ProtocolTemplate) -> ProtocolTemplate | None:
        self.edits.append(template)
        return replace(template, name=self.edited_name) if self.edited_name else template

    def confirm_delete(self, template: ProtocolTemplate) -> bool:
        return self.delete_answer

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)


def _flow(tmp_path: Path) -> tuple[TemplateFlow, FakeList, FakeView]:
    shown, view = FakeList(), FakeView()
    flow = TemplateFlow(shown, view, protocols_dir(), tmp_path / "protocols")
    flow.reload(select="grow")
    return flow, shown, view


def test_a_duplicate_is_edited_saved_in_the_user_folder_and_selected(tmp_path: Path) -> None:
    flow, shown, _view = _flow(tmp_path)
    shipped = len(flow.templates)
    flow.duplicate_current()
    current = shown.current_template()
    assert current is not None and current.name == "Our Friday version"
    assert not current.builtin
    assert (tmp_path / "protocols" / f"{current.id}.toml").exists()
    assert len(flow.templates) == shipped + 1


def test_cancelling_the_name_makes_no_copy(tmp_path: Path) -> None:
    flow, _shown, view = _flow(tmp_path)
    view.name = None
    flow.duplicate_current()
    assert view.edits == [] and not (tmp_path / "protocols").exists()


def test_a_shipped_protocol_is_neither_edited_nor_deleted(tmp_path: Path) -> None:
    flow, shown, view = _flow(tmp_path)
    flow.edit()
    flow.delete_current()
    assert view.edits == []
    assert shown.current_template() is not None  # still there


def test_deleting_ones_own_protocol_asks_first(tmp_path: Path) -> None:
    flow, shown, view = _flow(tmp_path)
    flow.duplicate_current()
    mine = shown.current_template()
    assert mine is not None
    view.delete_answer = False
    flow.delete_current()
    assert (tmp_path / "protocols" / f"{mine.id}.toml").exists()
    view.delete_answer = True
    flow.delete_current()
    assert not (tmp_path / "protocols" / f"{mine.id}.toml").exists()
    assert all(t.id != mine.id for t in flow.templates)


def test_a_copy_that_cannot_be_saved_is_said_in_words(tmp_path: Path) -> None:
    flow, _shown, view = _flow(tmp_path)
    (tmp_path / "protocols").write_text("a file where the folder should be", encoding="utf-8")
    flow.duplicate_current()
    assert len(view.warnings) == 1
    assert view.warnings[0].startswith("Your protocol could not be saved")


def test_a_broken_protocol_file_is_named_and_the_others_load(tmp_path: Path) -> None:
    folder = tmp_path / "protocols"
    folder.mkdir()
    (folder / "mine.toml").write_text("name = [", encoding="utf-8")
    flow, shown, _view = _flow(tmp_path)
    assert any("mine.toml" in p for p in shown.problems)
    assert len(flow.templates) >= 7
