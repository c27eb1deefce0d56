"""Writes resources/sounds/chime.wav: the app's own soft two-note chime for a phase's end.

Run from the repository root: ``python docs/tools/make_chime.py``. Only the standard library.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
SECONDS = 1.6
# Two bell-like notes a fifth apart (E5 then B5), each with a few soft inharmonic partials.
NOTES = [(0.0, 659.25), (0.28, 987.77)]
PARTIALS = [(1.0, 1.0), (2.01, 0.35), (2.76, 0.15), (5.4, 0.05)]


def sample(t: float) -> float:
    value = 0.0
    for start, freq in NOTES:
        dt = t - start
        if dt < 0:
            continue
        attack = min(1.0, dt / 0.008)
        for ratio, amp in PARTIALS:
            decay = math.exp(-dt * (2.2 + 1.5 * ratio))
            value += amp * attack * decay * math.sin(2 * math.pi * freq * ratio * dt)
    return value


def main() -> None:
    frames = [sample(i / RATE) for i in range(int(RATE * SECONDS))]
    peak = max(abs(f) for f in frames)
    scale = 0.6 * 32767 / peak
    fade = int(RATE * 0.05)
    for i in range(fade):  # end on silence, never on a click
        frames[-1 - i] *= i / fade
    out = Path("resources/sounds/chime.wav")
    out.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", round(f * scale)) for f in frames))
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
