"""Sound libraries for the chime, side by side: size, import time, and what they do here.

For each candidate, in each Python given (a virtualenv per library keeps them apart), a fresh
child process imports the library (timed, ``--runs`` times), then tries to play
``resources/sounds/chime.wav`` once and reports what happened and how many lines it wrote to
stderr, and the installed size of the library with its dependencies. The baseline is the same
child importing only ``wave`` (the standard library). Nothing is asserted.

    .venv/bin/python bench/sound.py [--runs 10] [--python /tmp/venv-x/bin/python ...]
    .venv/bin/python bench/sound.py --wheels /tmp/wheels   # also wheel sizes (pip download)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import median

ROOT = Path(__file__).resolve().parent.parent
WAV = ROOT / "resources" / "sounds" / "chime.wav"

# name: (distribution, import statement, code that plays WAV once; raises if it cannot)
CANDIDATES: dict[str, tuple[str, str, str]] = {
    "baseline (wave)": ("", "import wave", "wave.open(WAV).close()"),
    "miniaudio": (
        "miniaudio",
        "import miniaudio",
        """
import wave, array
with wave.open(WAV) as w:
    ch, rate, frames = w.getnchannels(), w.getframerate(), w.readframes(-1)
dev = miniaudio.PlaybackDevice(nchannels=ch, sample_rate=rate,
    backends=[miniaudio.Backend.PULSEAUDIO, miniaudio.Backend.ALSA, miniaudio.Backend.WASAPI,
              miniaudio.Backend.COREAUDIO])
def gen(samples=array.array("h", frames)):
    n = yield b""
    pos = 0
    while pos < len(samples):
        n = yield samples[pos:pos + n * ch]
        pos += n * ch
g = gen(); next(g); dev.start(g); time.sleep(len(frames) / (2 * ch * rate)); dev.close()
""",
    ),
    "sounddevice": (
        "sounddevice",
        "import sounddevice",
        """
import wave
with wave.open(WAV) as w:
    ch, rate, frames = w.getnchannels(), w.getframerate(), w.readframes(-1)
with sounddevice.RawOutputStream(samplerate=rate, channels=ch, dtype="int16") as s:
    s.write(frames)
""",
    ),
    "pygame-ce / pygame (mixer)": (
        "pygame-ce|pygame",
        "import os; os.environ['PYGAME_HIDE_SUPPORT_PROMPT'] = '1'; import pygame.mixer",
        "pygame.mixer.init(); s = pygame.mixer.Sound(WAV); s.play(); "
        "time.sleep(s.get_length()); pygame.mixer.quit()",
    ),
    "just_playback": (
        "just_playback",
        "from just_playback import Playback",
        "p = Playback(); p.load_file(WAV); p.play(); time.sleep(p.duration)",
    ),
    "simpleaudio": (
        "simpleaudio",
        "import simpleaudio",
        "simpleaudio.WaveObject.from_wave_file(WAV).play().wait_done()",
    ),
    "playsound3": ("playsound3", "from playsound3 import playsound", "playsound(WAV)"),
}

CHILD = """
import json, sys, time, importlib.metadata as md, os
WAV = sys.argv[1]
dists = [d for d in sys.argv[2].split("|") if d]
t0 = time.perf_counter()
try:
    {imp}
except BaseException as exc:
    print(json.dumps({{"import_error": f"{{type(exc).__name__}}: {{exc}}"}}))
    raise SystemExit(0)
imported = time.perf_counter() - t0

def size(name, seen):
    # bytes of a distribution and of everything it requires, as installed here
    key = name.lower().replace("_", "-")
    if key in seen:
        return 0
    seen.add(key)
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        return 0
    total = sum(os.path.getsize(f.locate()) for f in dist.files or [] if os.path.exists(f.locate()))
    for req in dist.requires or []:
        if "extra ==" in req:
            continue
        dep = req.split(";")[0].split("[")[0]
        for sep in "<>=!~ (":
            dep = dep.split(sep)[0]
        total += size(dep.strip(), seen)
    return total

installed, version = 0, ""
for name in dists:
    try:
        version = md.version(name)
    except md.PackageNotFoundError:
        continue
    installed = size(name, set())
    break
t1 = time.perf_counter()
try:
    exec({play!r})
    outcome = "played"
except BaseException as exc:
    outcome = f"{{type(exc).__name__}}: {{exc}}".strip()[:90]
played = time.perf_counter() - t1
print(json.dumps({{"import_s": imported, "play_s": played, "outcome": outcome,
                  "version": version, "installed": installed}}))
"""


def child(python: str, name: str) -> dict[str, object]:
    dists, imp, play = CANDIDATES[name]
    code = CHILD.format(imp=imp, play="import time\n" + play)
    with tempfile.TemporaryFile() as err:
        done = subprocess.run(
            [python, "-c", code, str(WAV), dists],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=60,
            check=False,
        )
        err.seek(0)
        noise = err.read().decode(errors="replace").splitlines()
    lines = done.stdout.strip().splitlines()
    result: dict[str, object] = json.loads(lines[-1]) if lines else {"import_error": "crashed"}
    result["stderr_lines"] = len(noise)
    result["stderr_first"] = noise[0][:70] if noise else ""
    return result


def wheel_sizes(folder: Path) -> None:
    platforms = {
        "Linux x86-64": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
        "Windows x64": ["win_amd64"],
        "macOS arm64": ["macosx_11_0_arm64", "macosx_10_9_universal2", "macosx_10_11_universal2"],
        "Linux aarch64": ["manylinux_2_28_aarch64", "manylinux_2_17_aarch64"],
    }
    dists = ["miniaudio", "sounddevice", "pygame-ce", "pygame", "just_playback", "simpleaudio"]
    print("\nWheel sizes for CPython 3.11, without dependencies (KB; - = no wheel):")
    print(f"{'':16}" + "".join(f"{p:>15}" for p in platforms))
    for dist in dists:
        row = f"{dist:16}"
        for label, tags in platforms.items():
            target = folder / label.replace(" ", "-") / dist
            target.mkdir(parents=True, exist_ok=True)
            args = [sys.executable, "-m", "pip", "download", "-q", "--only-binary=:all:"]
            args += [f"--platform={t}" for t in [*tags, "any"]]
            args += ["--python-version=3.11", "--no-deps", "-d", str(target), dist]
            subprocess.run(args, capture_output=True, check=False)
            wheels = list(target.glob("*.whl"))
            row += f"{wheels[0].stat().st_size / 1024:>15,.0f}" if wheels else f"{'-':>15}"
        print(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="children per library (import)")
    parser.add_argument("--python", action="append", help="an interpreter to try (repeatable)")
    parser.add_argument("--wheels", type=Path, help="download wheels there and print sizes")
    args = parser.parse_args()
    pythons = args.python or [sys.executable]
    print(f"Playing {WAV.name}; {args.runs} fresh processes per import figure.")
    print(
        f"{'library':28}{'version':>9}{'installed':>11}{'import ms':>11}"
        f"{'play s':>8}{'stderr':>8}  outcome"
    )
    for name in CANDIDATES:
        best: dict[str, object] | None = None
        failure = "not installed"
        for python in pythons:
            first = child(python, name)
            error = str(first.get("import_error", ""))
            if error and not error.startswith("ModuleNotFoundError"):
                failure = f"import fails: {error[:70]}"
            if "import_error" not in first:
                best = first
                times = [first["import_s"]] + [
                    child(python, name).get("import_s", float("nan")) for _ in range(args.runs - 1)
                ]
                best["import_ms"] = median([float(t) for t in times]) * 1000  # type: ignore[arg-type]
                break
        if best is None:
            print(f"{name:28}{'':>9}{'':>11}{'':>11}{'':>8}{'':>8}  {failure}")
            continue
        size = f"{int(best['installed']) / 1e6:.1f} MB" if best["installed"] else ""  # type: ignore[call-overload]
        print(
            f"{name:28}{best['version']!s:>9}{size:>11}{best['import_ms']:>11.1f}"
            f"{best['play_s']:>8.2f}{best['stderr_lines']!s:>8}  {best['outcome']}"
        )
        if best["stderr_first"]:
            print(f"{'':28}first stderr line: {best['stderr_first']}")
    if args.wheels:
        wheel_sizes(args.wheels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
