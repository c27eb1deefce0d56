"""The base of each part of the archive window: the window itself to mypy, nothing at run time.

The parts (menus, finding, exports, deleting) are mixins of ``ArchiveWindow``; each names
what it uses of the window under ``TYPE_CHECKING``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as WindowPart
else:
    WindowPart = object

__all__ = ["WindowPart"]
