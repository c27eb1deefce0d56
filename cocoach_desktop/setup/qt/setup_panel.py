"""The set-up panel: protocol, length, mode, the group, today's coachee and next time's topics.

The panel is put together from its parts, one module each: the protocol
(``protocol_section.py``), the length and start (``length_section.py``), the group
(``group_section.py``) and next time's topics (``topics_section.py``). It holds the mode and
makes the plan from what they say.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.platform.clocktime import duration_words
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.widgets import problem_banner
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.setup.model.length import MAX_MINUTES, phase_too_short
from cocoach_desktop.setup.model.topics import NextTimeList
from cocoach_desktop.setup.qt.group_section import GroupSection
from cocoach_desktop.setup.qt.length_section import LengthSection
from cocoach_desktop.setup.qt.protocol_section import ProtocolSection
from cocoach_desktop.setup.qt.setup_scroll import SetupScroll
from cocoach_desktop.setup.qt.setup_widgets import MAX_NAME_CHARS, plain, plain_tooltip
from cocoach_desktop.setup.qt.topics_section import TopicsSection, TopicStore
from cocoach_desktop.timer.model.plan import Mode, PlanError, SessionPlan, build_plan

__all__ = [
    "MAX_MINUTES",
    "MAX_NAME_CHARS",
    "SetupPanel",
    "SetupScroll",
    "TopicStore",
    "plain_tooltip",
]


class SetupPanel(ProtocolSection, LengthSection, GroupSection, TopicsSection, QWidget):
    """Everything chosen before a session starts. Emits ``planChanged`` with a fresh plan."""

    planChanged = Signal(object)  # SessionPlan | None
    startAtChanged = Signal(object)  # datetime.time | None: the planned start, if any
    duplicateRequested = Signal()
    editRequested = Signal()
    deleteRequested = Signal()

    def __init__(
        self,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.templates: list[ProtocolTemplate] = []
        self.topics = NextTimeList()
        self.topic_store: TopicStore | None = None
        self.min_per_coachee = 15 * 60
        self.plan: SessionPlan | None = None
        # The wall clock (UTC) for "until 16:15"; the app gives it the injected clock.
        self.now = now
        self._building = False
        self._length_typed = False  # the facilitator chose a length for this session
        self._start_at: time | None = None
        self._starting = False  # the minutes to an end time are being fixed for the start
        self._known = QStringListModel(self)
        self._build_ui()
        self.retranslate()

    # ----- layout ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 4, 0)

        self.template_problems = problem_banner()
        outer.addWidget(self.template_problems)

        self.session_box = QGroupBox()
        form = QFormLayout(self.session_box)
        self._build_protocol(form)
        self._build_length(form)
        self.quality_radio = QRadioButton()
        self.shared_radio = QRadioButton()
        self.quality_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.quality_radio)
        self.mode_group.addButton(self.shared_radio)
        self.quality_radio.toggled.connect(self._mode_changed)
        form.addRow(self.quality_radio)
        form.addRow(self.shared_radio)
        outer.addWidget(self.session_box)

        self._build_group(outer)

        self.share_warning = QLabel()
        self.share_warning.setWordWrap(True)
        self.share_warning.setObjectName("warningBanner")
        self.use_quality_button = QPushButton()
        self.use_quality_button.clicked.connect(lambda: self.quality_radio.setChecked(True))
        self.short_warning = QLabel()
        self.short_warning.setWordWrap(True)
        self.short_warning.setObjectName("warningBanner")
        self.use_default_button = QPushButton()
        self.use_default_button.clicked.connect(self._use_default_length)
        self.plan_error = problem_banner()
        # What the plan says under the choices; each rebuild hides them all first.
        self._plan_messages = (
            self.share_warning,
            self.use_quality_button,
            self.short_warning,
            self.use_default_button,
            self.plan_error,
        )
        for w in self._plan_messages:
            w.hide()
            outer.addWidget(w)

        self._build_topics(outer)

        # Every label here that can show what someone typed shows it as typed.
        plain(
            self.template_problems,
            self.description,
            self.length_error,
            self.start_error,
            self.people_error,
            self.share_warning,
            self.short_warning,
            self.plan_error,
            self.topic_error,
        )

    def retranslate(self) -> None:
        self.session_box.setTitle(self.tr("Session"))
        self._retranslate_protocol()
        self._retranslate_length()
        self.quality_radio.setText(self.tr("&Quality first: one coachee, the whole time"))
        self.quality_radio.setToolTip(
            self.tr("Recommended. The others' topics wait, recorded, for next time.")
        )
        self.shared_radio.setText(self.tr("&Share the time among everyone"))
        self._retranslate_group()
        self.use_quality_button.setText(self.tr("Give the whole time to one coachee"))
        self._retranslate_topics()
        self._show_description()

    # ----- the mode ----------------------------------------------------------------------

    def mode(self) -> Mode:
        return Mode.QUALITY_FIRST if self.quality_radio.isChecked() else Mode.SHARED

    def set_mode(self, mode: Mode) -> None:
        (self.quality_radio if mode is Mode.QUALITY_FIRST else self.shared_radio).setChecked(True)

    def _mode_changed(self) -> None:
        quality = self.mode() is Mode.QUALITY_FIRST
        self.coachee_combo.setEnabled(quality)
        self.topics_box.setEnabled(quality)
        self.rebuild()

    # ----- the plan ----------------------------------------------------------------------

    def rebuild(self) -> None:
        """Make a fresh plan from the choices and tell the window (None when impossible)."""
        if self._building:
            return
        template = self.current_template()
        self.plan = None
        for w in self._plan_messages:
            w.hide()
        seconds = self._length_seconds()
        if template is not None and seconds is not None:
            mode = self.mode()
            coachees = [self.coachee()] if mode is Mode.QUALITY_FIRST else self.coaching_people()
            try:
                self.plan = build_plan(
                    template, seconds, mode, coachees, min_per_coachee=self.min_per_coachee
                )
            except PlanError as exc:
                self.plan_error.setText(say(exc))
                self.plan_error.show()
        if self.plan is not None and self.plan.warning is not None:
            self.share_warning.setText("⚠ " + self.plan.warning.message())
            self.share_warning.show()
            self.use_quality_button.show()
        elif self.plan is not None and template is not None:
            short = self._too_short(template, self.plan)
            if short:
                self.short_warning.setText("⚠ " + short)
                self.short_warning.show()
                self.use_default_button.setText(
                    self.tr("Use {minutes} minutes").format(minutes=template.default_minutes)
                )
                self.use_default_button.show()
        self.planChanged.emit(self.plan)

    def _too_short(self, template: ProtocolTemplate, plan: SessionPlan) -> str:
        """What is wrong with a plan too short for its protocol's phases ("" when it is fine)."""
        shortest = phase_too_short(plan, template.default_minutes)
        if shortest is None:
            return ""
        return self.tr(
            "{minutes} is too short for {protocol}, which is made for about {default} minutes: "
            "“{phase}” would get only {shortest}. Give it more time, or choose a shorter "
            "protocol."
        ).format(
            minutes=duration_words(plan.total_seconds),
            protocol=template.name,
            default=template.default_minutes,
            phase=shortest.name,
            shortest=duration_words(shortest.seconds),
        )

    def set_locked(self, locked: bool) -> None:
        """While a session runs its set-up cannot change (topics can still be noted)."""
        self.session_box.setEnabled(not locked)
        self.people_box.setEnabled(not locked)
