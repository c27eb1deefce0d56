"""Asking what to do with a session cut off by a crash or a power cut, or left by quitting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cocoach_desktop.platform.formatting import short_date, time_of_day
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.recording.model.recovery import CutOff, RecoveryChoice
from cocoach_desktop.recording.model.session_marker import RunningSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def recovery_text(point: CutOff) -> str:
    """What happened to the session, in words (plain text: names are shown as typed)."""
    s = point.detail.summary
    who = ", ".join(s.coachees) or _tr("no coachee named")
    phase = point.detail.phases[point.checkpoint.phase_index].name if point.detail.phases else ""
    if point.quit:
        what = _tr(
            "You quit Cocoach during this session at {time}: “{protocol}” ({who}), in the "
            "phase “{phase}”, {away} ago."
        )
    else:
        what = _tr(
            "The session “{protocol}” ({who}) stopped unexpectedly at {time}, in the phase "
            "“{phase}”, {away} ago."
        )
    return (
        what
        + " "
        + _tr(
            "Its {notes} note(s) and {commitments} commitment(s) are safe.\n\n"
            "Resume it where it was (the time away counts as a pause), resume it counting "
            "the time away as session time, or close it as abandoned?"
        )
    ).format(
        protocol=s.protocol_name,
        who=who,
        time=time_of_day(point.last_seen.astimezone()),
        phase=phase,
        away=clock_text(point.away_seconds),
        notes=len(point.detail.notes),
        commitments=len(point.detail.commitments),
    )


def recovery_box(parent: QWidget | None, point: CutOff) -> QMessageBox:
    """The question, not yet shown (tests look at it; ``ask_recovery`` runs it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        _tr("Resume the session you left?")
        if point.quit
        else _tr("Resume the interrupted session?")
    )
    # Names and protocol names as typed: "<b>x</b>" or "Sam <deputy head>" are not markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(recovery_text(point))
    resume = box.addButton(_tr("Resume (paused)"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Resume, counting the time away"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Close it as abandoned"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(resume)
    box.setEscapeButton(resume)  # dismissing the question keeps the session, paused
    return box


def ask_recovery(parent: QWidget, point: CutOff) -> RecoveryChoice:
    box = recovery_box(parent, point)
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    if role is QMessageBox.ButtonRole.DestructiveRole:
        return RecoveryChoice.ABANDON
    if role is QMessageBox.ButtonRole.ActionRole:
        return RecoveryChoice.RESUME_COUNTING
    return RecoveryChoice.RESUME


def lost_text(marked: RunningSession, copies: list[Path]) -> str:
    """A session was on record when the app last stopped, and the archive no longer has it
    (its -wal file deleted, or the archive replaced): say what is lost, and what is not."""
    what = (
        _tr(
            "The session “{protocol}” started at {time} on {day} was being recorded when "
            "Cocoach last stopped, but the archive no longer holds it: its timings, notes "
            "and commitments are lost. This happens when the archive's -wal file is deleted "
            "(or the archive is replaced) after a crash; other recent changes may be missing "
            "too. Never delete the -wal file beside the archive."
        )
        if marked.protocol_name
        else _tr(
            "The session started at {time} on {day} was being recorded when Cocoach last "
            "stopped, but the archive no longer holds it: its timings, notes and commitments "
            "are lost. This happens when the archive's -wal file is deleted (or the archive "
            "is replaced) after a crash; other recent changes may be missing too. Never "
            "delete the -wal file beside the archive."
        )
    ).format(
        protocol=marked.protocol_name,
        time=time_of_day(marked.started.astimezone()),
        day=short_date(marked.started.astimezone().date(), weekday=True),
    )
    if copies:
        kept = _tr("The text of notes kept outside the archive during it is in:") + "\n"
        kept += "\n".join(str(path) for path in copies)
    else:
        kept = _tr("No copy of its notes was kept outside the archive.")
    return what + "\n\n" + kept


def lost_box(parent: QWidget | None, text: str) -> QMessageBox:
    """The news of a lost session, not yet shown (plain text: it names protocols and paths)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("A session was lost"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
