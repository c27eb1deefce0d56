"""What the advice check says about a line being typed, with its open questions one click away."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the check's rules take about 90 ms to compile: they load after the paint
    from cocoach_desktop.advice.model.advice import Verdict

MAX_REFRAMES = 3


def load_check() -> None:
    """Compile the advice check's rules now (the app does it once its window is up)."""
    import cocoach_desktop.advice.model.advice  # noqa: F401


class AdviceHint(QFrame):
    """Shows one verdict: advice and closed questions get reasons and reframe buttons.

    ``reframeChosen`` carries the open question the user clicked. An open question gets a
    quiet one-line "open question" so the user sees the check is working; empty text hides it.
    """

    reframeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict: Verdict | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.buttons: list[QPushButton] = []
        # The open questions stand side by side only where they fit; otherwise one under
        # another. Side by side by default, three long questions made the notes panel wider
        # than its splitter share, and the whole window jumped each time the hint appeared.
        row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        row.setContentsMargins(0, 0, 0, 0)
        self.row = row
        for number in range(MAX_REFRAMES):
            button = QPushButton()
            button.setObjectName("reframe")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _on=False, n=number: self._chosen(n))
            button.hide()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
        layout.addLayout(row)
        self.hide()

    def _arrange(self) -> None:
        """Side by side if the shown questions fit the width the hint has, else stacked."""
        shown = [b for b in self.buttons if not b.isHidden()]
        needed = sum(b.sizeHint().width() for b in shown) + self.row.spacing() * len(shown)
        room = self.contentsRect().width() - 16
        direction = (
            QBoxLayout.Direction.LeftToRight
            if shown and needed <= room
            else QBoxLayout.Direction.TopToBottom
        )
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def show_text(self, text: str) -> Verdict | None:
        """Check ``text`` and show what the check says (nothing for blank text)."""
        if not text.strip():
            self.show_verdict(None)
            return None
        from cocoach_desktop.advice.model.advice import check

        verdict = check(text)
        self.show_verdict(verdict)
        return verdict

    def show_verdict(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        if verdict is None:
            self.hide()
            return
        from cocoach_desktop.advice.model.advice import Label

        reasons = ", ".join(f"“{r}”" for r in verdict.reasons)
        if verdict.label is Label.ADVICE:
            name = "adviceHint"
            text = self.tr("Advice, not a question for them to answer")
            if reasons:
                text += self.tr(" (because of {reasons})").format(reasons=reasons)
            text += self.tr(". Ask instead:")
        elif verdict.label is Label.CLOSED:
            name = "closedHint"
            text = self.tr("A closed question: it invites a yes, a no or one word")
            if reasons:
                text += self.tr(" ({reasons})").format(reasons=reasons)
            text += self.tr(". An open version:")
        else:
            name = "openHint"
            text = self.tr("An open question: it leaves the answer with them.")
        if self.objectName() != name:
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)
        self.summary.setText(text)
        for number, button in enumerate(self.buttons):
            if number < len(verdict.reframes):
                button.setText(verdict.reframes[number])
                button.setToolTip(
                    self.tr("Use this question instead (Alt+{n})").format(n=number + 1)
                )
                button.setShortcut(f"Alt+{number + 1}")
                button.show()
            else:
                button.hide()
        self._arrange()
        self.show()

    def _chosen(self, number: int) -> None:
        if self.verdict is not None and number < len(self.verdict.reframes):
            self.reframeChosen.emit(self.verdict.reframes[number])
