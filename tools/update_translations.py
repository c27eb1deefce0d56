"""Regenerate resources/translations/cocoach.ts (and each cocoach_<lang>.ts) from the code.

Run from anywhere: ``.venv/bin/python tools/update_translations.py [--release]``.

``pyside6-lupdate`` finds ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")``
by itself. A module's own ``_tr("…")`` helper wraps ``translate`` with the module's context,
which lupdate cannot see: it is told to read ``_tr`` as ``tr``, and each text it finds that
way is put back under the context that module's helper names, as the app looks it up. A
Qt-free module on the ``_tr`` hook (``platform/wording.py``, ``platform/problem_words.py``)
names its context in a ``TR_CONTEXT = "…"`` constant instead.
Locations keep the file but not the line, so the file changes only when a text does.
With ``--release``, each ``cocoach_<lang>.ts`` is also compiled to the ``.qm`` the app loads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cocoach_desktop"
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = "cocoach.ts"
_HELPER = re.compile(r"def _tr\(\w+: str\) -> str:\s*return QCoreApplication\.translate\(\"(\w+)\"")
# A Qt-free module on the ``_tr`` hook (platform/wording.py) names its context in a constant.
_HOOK = re.compile(r'^TR_CONTEXT(?:: \w+)? = "(\w+)"', re.MULTILINE)

Key = tuple[str, str, str]  # context, source, comment (disambiguation)


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def helper_contexts(package: Path = PACKAGE) -> dict[str, str]:
    """Each module with a ``_tr`` helper (or hook), by path below the repository, and its
    context."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        match = _HELPER.search(text) or _HOOK.search(text)
        if match:
            found[path.relative_to(package.parent).as_posix()] = match.group(1)
    return found


def run_lupdate(package: Path, work: Path) -> Path:
    """lupdate over every module of ``package``, into ``work``/raw.ts (``_tr`` read as tr)."""
    files = sorted(p.relative_to(package.parent).as_posix() for p in package.rglob("*.py"))
    raw = work / "raw.ts"
    command = [_tool("pyside6-lupdate"), "-silent", "-tr-function-alias", "tr+=_tr"]
    command += ["-locations", "absolute", *files, "-ts", str(raw)]
    subprocess.run(command, cwd=package.parent, check=True)
    return raw


def extract(package: Path = PACKAGE, work: Path | None = None) -> dict[Key, list[str]]:
    """Every translatable text in the package, with the files it appears in."""
    contexts = helper_contexts(package)
    with tempfile.TemporaryDirectory() as temp:
        raw = run_lupdate(package, work or Path(temp))
        tree = ET.parse(raw)
    messages: dict[Key, list[str]] = {}
    unplaced = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            for location in message.iter("location"):
                path = Path(location.get("filename", ""))
                if not path.is_absolute():
                    path = (raw.parent / path).resolve()
                where = path.resolve().relative_to(package.parent.resolve()).as_posix()
                owner = name or contexts.get(where, "")
                if not owner or owner == "QCoreApplication":  # a tr() lupdate misread
                    unplaced.append(f"{where}: {source!r}")
                    continue
                places = messages.setdefault((owner, source, comment), [])
                if where not in places:
                    places.append(where)
    if unplaced:
        raise SystemExit("Texts with no context (tr() outside a class?):\n" + "\n".join(unplaced))
    return messages


def _read_translations(path: Path) -> tuple[str, dict[Key, ET.Element]]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
                found[key] = translation
    return root.get("language", ""), found


def write_ts(
    messages: dict[Key, list[str]],
    path: Path,
    language: str = "",
    known: dict[Key, ET.Element] | None = None,
) -> None:
    """Write ``messages`` as a .ts file, keeping the translations ``known`` already had."""
    root = ET.Element("TS", {"version": "2.1", **({"language": language} if language else {})})
    by_context: dict[str, list[Key]] = {}
    for key in sorted(messages):
        by_context.setdefault(key[0], []).append(key)
    for name, keys in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for key in keys:
            message = ET.SubElement(context, "message")
            for place in messages[key]:
                rel = Path("../..") / place
                ET.SubElement(message, "location", {"filename": rel.as_posix()})
            ET.SubElement(message, "source").text = key[1]
            if key[2]:
                ET.SubElement(message, "comment").text = key[2]
            old = (known or {}).get(key)
            if old is not None and (old.text or "") and old.get("type") != "unfinished":
                ET.SubElement(message, "translation").text = old.text
            else:
                text = old.text if old is not None else None
                ET.SubElement(message, "translation", {"type": "unfinished"}).text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    messages = extract()
    write_ts(messages, FOLDER / TEMPLATE)
    print(f"{FOLDER / TEMPLATE}: {len(messages)} texts")
    for path in sorted(FOLDER.glob("cocoach_*.ts")):
        language, known = _read_translations(path)
        write_ts(messages, path, language or path.stem.removeprefix("cocoach_"), known)
        done = sum(1 for k in messages if k in known and known[k].get("type") != "unfinished")
        print(f"{path}: {done} of {len(messages)} translated")
        if "--release" in argv:
            qm = path.with_suffix(".qm")
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(qm)], check=True
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
