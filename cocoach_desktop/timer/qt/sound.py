"""The end-of-phase chime: played through miniaudio (or the system's player), else silent.

Everything that touches the sound system (loading the library, finding the output device,
playing) runs in one worker thread, so the GUI never waits for it, and nothing it raises gets
out: with no sound the visual cue carries the news, and :attr:`Chime.unavailable_reason` says
why in plain words (the Settings dialog shows it).
"""

from __future__ import annotations

import array
import logging
import queue
import shutil
import sys
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

VOLUME = 0.8  # of the file's own level; the chime should not startle the room
#: The system players tried, in order, when the miniaudio package cannot be used.
PLAYER_COMMANDS = {
    "darwin": (("afplay",),),
    "linux": (("paplay",), ("pw-play",), ("aplay", "-q")),
}
NO_DEVICE = "No audio output device was found."
PLAYER_TIMEOUT_S = 15.0


class SoundError(Exception):
    """A player that cannot play, with the reason in plain words."""


@dataclass(frozen=True)
class Clip:
    """The chime's samples, read once: 16-bit PCM."""

    path: Path
    channels: int
    rate: int
    frames: bytes

    @property
    def seconds(self) -> float:
        return len(self.frames) / (2 * self.channels * self.rate)


def read_clip(path: Path) -> Clip:
    """Read a 16-bit PCM WAV file; raise :class:`SoundError` in plain words if it is not one."""
    import wave  # here, in the chime's thread, once the window is up

    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != 2:
                raise SoundError(f"The chime file {path.name} is not 16-bit PCM.")
            return Clip(path, wav.getnchannels(), wav.getframerate(), wav.readframes(-1))
    except (OSError, EOFError, wave.Error) as exc:
        raise SoundError(f"The chime file {path.name} could not be read ({exc}).") from exc


class Player(Protocol):
    name: str

    def check(self) -> None:
        """Raise :class:`SoundError` if there is no way to play now (e.g. no device)."""

    def play(self, stop: threading.Event) -> None:
        """Play the clip once, blocking until it ends or ``stop`` is set."""


class MiniaudioPlayer:
    """Plays through miniaudio, which talks to the system's sound server itself."""

    def __init__(self, clip: Clip, miniaudio: Any, quiet: bool) -> None:
        self._ma = miniaudio
        self._clip = clip
        self._quiet = quiet
        self.name = f"miniaudio {getattr(miniaudio, '__version__', '?')}"
        samples = array.array("h", clip.frames)
        if sys.byteorder == "big":  # WAV data is little-endian
            samples.byteswap()
        self._samples = array.array("h", (int(s * VOLUME) for s in samples))

    def _backends(self) -> list[Any] | None:
        """The real backends of this system: never the "null" one that plays into nothing."""
        backend = self._ma.Backend
        if sys.platform == "win32":
            return [backend.WASAPI, backend.DSOUND, backend.WINMM]
        if sys.platform == "darwin":
            return [backend.COREAUDIO]
        if sys.platform.startswith("linux"):
            return [backend.PULSEAUDIO, backend.ALSA]  # PipeWire serves the PulseAudio API
        return None

    def _open(self) -> Any:
        if self._quiet:
            quiet_alsa()
        try:
            device = self._ma.PlaybackDevice(
                output_format=self._ma.SampleFormat.SIGNED16,
                nchannels=self._clip.channels,
                sample_rate=self._clip.rate,
                buffersize_msec=50,
                backends=self._backends(),
                app_name="Cocoach",
            )
        except Exception as exc:  # MiniaudioError: no backend, no device, device busy
            log.info("miniaudio found no output device: %s", exc)
            raise SoundError(NO_DEVICE) from exc
        if getattr(device, "backend", "").lower() == "null":
            device.close()
            raise SoundError(NO_DEVICE)
        return device

    def check(self) -> None:
        device = self._open()
        log.info("sound: %s through %s", self.name, getattr(device, "backend", "?"))
        device.close()

    def play(self, stop: threading.Event) -> None:
        device = self._open()
        try:
            stream = _chunks(self._samples, self._clip.channels)
            next(stream)
            device.start(stream)
            log.debug("chime playing through %s", getattr(device, "backend", "?"))
            stop.wait(self._clip.seconds + 0.15)  # the last buffer drains, then close
        except Exception as exc:
            log.warning("the chime could not play: %s", exc)
            raise SoundError(f"The chime could not play ({exc}).") from exc
        finally:
            device.close()


def _chunks(samples: array.array[int], channels: int) -> Generator[array.array[int], int, None]:
    """miniaudio's callback protocol: sent a frame count, yield that many frames."""
    pos = 0
    frames = yield samples[0:0]
    while pos < len(samples):
        end = pos + frames * channels
        frames = yield samples[pos:end]
        pos = end


class CommandPlayer:
    """The last resort: the system's own player (winsound, afplay, paplay, pw-play, aplay)."""

    def __init__(self, clip: Clip, command: tuple[str, ...] | None) -> None:
        self._clip = clip
        self._command = command
        self.name = "winsound" if command is None else command[0]

    def check(self) -> None:
        """A command player cannot ask for a device without playing: the first play tells."""

    def play(self, stop: threading.Event) -> None:
        if self._command is None:
            self._play_winsound()
            return
        import subprocess  # here, in the chime's thread: the first frame has no use for it

        try:
            done = subprocess.run(
                [*self._command, str(self._clip.path)],
                capture_output=True,
                timeout=PLAYER_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SoundError(f"{self.name} could not play the chime ({exc}).") from exc
        if done.returncode != 0:
            said = done.stderr.decode(errors="replace").strip().splitlines()
            log.info("%s failed (%s): %s", self.name, done.returncode, " | ".join(said))
            raise SoundError(NO_DEVICE)

    def _play_winsound(self) -> None:
        if sys.platform == "win32":
            import winsound

            try:
                winsound.PlaySound(
                    str(self._clip.path), winsound.SND_FILENAME | winsound.SND_NODEFAULT
                )
            except RuntimeError as exc:
                raise SoundError(NO_DEVICE) from exc


def find_player(clip: Clip, quiet: bool = True, platform: str = sys.platform) -> Player:
    """miniaudio if it loads, else the system's player; :class:`SoundError` if neither."""
    try:
        import miniaudio
    except Exception as exc:  # not installed (no wheel for this machine), or its library fails
        log.info("miniaudio cannot be used: %s", exc)
        problem = f"The miniaudio package cannot be used ({exc})"
    else:
        return MiniaudioPlayer(clip, miniaudio, quiet)
    if platform == "win32":
        return CommandPlayer(clip, None)
    commands = PLAYER_COMMANDS.get(platform, PLAYER_COMMANDS["linux"])
    for command in commands:
        if shutil.which(command[0]):
            log.info("sound: playing through %s", command[0])
            return CommandPlayer(clip, command)
    names = ", ".join(command[0] for command in commands)
    raise SoundError(f"{problem}, and no sound player ({names}) was found.")


_alsa_handler: Any = None


def quiet_alsa() -> None:
    """Keep libasound's configuration errors off stderr; the app says "no device" itself.

    With no sound card, ALSA prints about twenty lines per attempt to open a device, straight
    to the process's stderr. ``cocoach --verbose`` leaves them on.
    """
    global _alsa_handler
    if _alsa_handler is not None or not sys.platform.startswith("linux"):
        return
    import ctypes  # here, once the window is up: it takes a while to load

    try:
        lib = ctypes.CDLL("libasound.so.2")
        handler_type = ctypes.CFUNCTYPE(
            None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
        )
        handler: object = handler_type(lambda *_: None)
        lib.snd_lib_error_set_handler(handler)
    except (OSError, AttributeError) as exc:  # no ALSA here: nothing will print either
        log.debug("ALSA left as it is: %s", exc)
        handler = False
    _alsa_handler = handler  # kept alive for as long as ALSA may call it


class Chime(QObject):
    """Plays the shipped chime. Never raises, never blocks the GUI thread.

    Finding the sound system and the output device happens in a worker thread on first need
    (:meth:`prepare`, which the app schedules once its window is on screen). Until that
    check has finished, :attr:`unavailable_reason` is empty and :attr:`available` is False.
    """

    def __init__(
        self,
        wav: Path,
        enabled: bool = True,
        parent: QObject | None = None,
        find: Callable[[Clip], Player] | None = None,
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._wav = wav
        self._find = find or (
            lambda clip: find_player(clip, quiet=not log.isEnabledFor(logging.DEBUG))
        )
        self._player: Player | None = None
        self._reason = ""
        self._checked = False  # the worker has looked for a device (successfully or not)
        self._lock = threading.Lock()
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._pending = 0
        self._idle = threading.Event()
        self._idle.set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._probe_queued = False

    # --- the GUI side: never waits ---

    def prepare(self) -> None:
        """Look for a sound library and an output device, in the worker (once)."""
        with self._lock:
            if self._probe_queued:
                return
            self._probe_queued = True
        self._submit(self._probe)

    @property
    def available(self) -> bool:
        """A device was found (False until the check has finished)."""
        self.prepare()
        return self._checked and not self._reason

    @property
    def unavailable_reason(self) -> str:
        """Why the chime cannot play, in plain words; empty if it can or it is not known yet."""
        self.prepare()
        return self._reason

    def play(self, force: bool = False) -> bool:
        """Play once if sound is on (or ``force``) and possible; says whether it tries.

        A known lack of sound makes it return False; ``force`` (the Settings dialog's Test
        button) looks for a device again first, so one plugged in since is found.
        """
        if not (self.enabled or force) or self._stop.is_set():
            return False
        self.prepare()
        known_silent = self._checked and bool(self._reason)
        if known_silent and not force:
            return False
        with self._lock:
            busy = self._pending > 0 and self._checked
        if not busy:  # a chime already under way is enough
            self._submit(self._play_now if not known_silent else self._recheck_and_play)
        return not known_silent

    def wait(self, timeout: float) -> bool:
        """Wait until the worker has nothing left to do (for tests and for closing)."""
        return self._idle.wait(timeout)

    def close(self) -> None:
        """Stop any chime and let the worker end (at quit)."""
        self._stop.set()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=2.0)

    def _submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._stop.is_set():
                return
            self._pending += 1
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="chime", daemon=True)
                self._thread.start()
        self._jobs.put(job)

    # --- the worker side ---

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                if not self._stop.is_set():
                    job()
            except Exception:  # a broken audio stack must not stop a meeting
                log.exception("sound failed")
            finally:
                with self._lock:
                    self._pending -= 1
                    if self._pending == 0:
                        self._idle.set()

    def _probe(self) -> None:
        if self._checked:
            return
        try:
            if self._player is None:
                self._player = self._find(read_clip(self._wav))
            self._player.check()
        except SoundError as exc:
            self._reason = str(exc)
            log.info("the chime is off: %s", exc)
        except Exception as exc:
            self._reason = f"Sound could not start ({exc})."
            log.exception("sound could not start")
        else:
            self._reason = ""
        self._checked = True

    def _play_now(self) -> None:
        self._probe()
        if self._reason or self._player is None:
            return
        try:
            self._player.play(self._stop)
        except SoundError as exc:
            self._reason = str(exc)

    def _recheck_and_play(self) -> None:
        self._checked = False
        self._probe()
        self._play_now()
