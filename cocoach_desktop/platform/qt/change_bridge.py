"""The one bridge from the services' change feed to Qt: a signal per batch of changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from cocoach_desktop.platform.changes import Change, ChangeFeed


class ChangeBridge(QObject):
    """Re-emits the feed's changes as ``changed(tuple[Change, ...])`` on this object's
    thread (the GUI's): a change published on the writer thread arrives queued."""

    changed = Signal(object)
    _published = Signal(object)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._published.connect(self.changed, Qt.ConnectionType.AutoConnection)
        stop = feed.subscribe(self._published.emit)
        self.destroyed.connect(lambda *_: stop())  # a deleted bridge hears nothing more

    @staticmethod
    def of(changes: object) -> tuple[Change, ...]:
        """The changes a ``changed`` signal carried, typed."""
        assert isinstance(changes, tuple)
        return changes
