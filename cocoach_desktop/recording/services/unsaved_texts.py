"""What the archive has not taken: the newest text of each, and the recovery file holding them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from cocoach_desktop.domain.ports.recovery_files import RecoveryFiles
from cocoach_desktop.platform.clock import Clock


class UnsavedTexts:
    """Texts the archive did not take (a note, a commitment), by what they stand for.

    One recovery file holds the newest text of everything unsaved, rewritten as that
    changes, until all of it is in the archive (a later failure starts a new file).
    """

    def __init__(self, files: RecoveryFiles, folder: Path, clock: Clock) -> None:
        self.files = files
        self.folder = folder
        self.clock = clock
        self._texts: dict[object, str] = {}
        self.file: Path | None = None  # the file holding them (rewritten)

    def keep(self, key: object, text: str) -> Path | None:
        """Keep ``text`` for ``key`` in memory and in the recovery file; where that is (None:
        the disk itself is failing, memory is all there is)."""
        self._texts[key] = text
        try:
            self.file = self.files.write_recovery_file(
                self.folder, self.texts, self.clock.now(), target=self.file
            )
        except Exception:
            self.file = None
        return self.file

    def saved(self, key: object) -> set[type]:
        """``key`` is in the archive now; the kinds of what is still unsaved."""
        self._texts.pop(key, None)
        if not self._texts:
            self.file = None  # a later failure starts a new file
        return {type(k) for k in self._texts}

    def drop(self, keys: Iterable[object]) -> None:
        """Forget these (they stay in the recovery file, and are never written elsewhere)."""
        for key in keys:
            self._texts.pop(key, None)

    @property
    def keys(self) -> list[object]:
        return list(self._texts)

    @property
    def texts(self) -> list[str]:
        """The texts the archive has not taken (newest of each), as in the recovery file."""
        return list(self._texts.values())

    def rescue(self, more: Mapping[object, str]) -> Path | None:
        """Everything unsaved and ``more`` (what the writer was not seen to write) in a new
        recovery file, now (quitting); None when there is nothing, or the disk fails."""
        texts = {**self._texts, **more}
        if not texts:
            return None
        try:
            return self.files.write_recovery_file(
                self.folder, list(texts.values()), self.clock.now(), target=None
            )
        except Exception:
            return None
