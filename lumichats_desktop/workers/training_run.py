"""TrainingRun: the trainer as a child process, read and stopped the same way on Windows, macOS and Linux.

The child is `python -m trainer ... --progress-format jsonl` (or lumichats-train beside the bundle). Its
stdout is the versioned JSON-lines protocol (trainer/progress.py), its stderr the human log; two reader
threads turn both into queued signals, so the UI thread never waits on the process.

Stop writes the stop file the trainer checks after every step (LUMICHATS_STOP_FILE): it finishes the
step, saves a checkpoint and exits 0. Signals are not used: Windows has no SIGTERM a child can catch.
kill() comes only when the trainer has not ended `stop_timeout_s` after being asked. Quitting the app
asks for the stop and returns at once; the trainer finishes its step and writes its checkpoint alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import threading
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, QTimer, Signal

from lumichats_desktop.wizard.flow import trainer_command

# The protocol this app reads (trainer/progress.py): the major must match; a newer minor only adds fields.
PROTOCOL_MAJOR = 1
STOP_FILE_ENV = "LUMICHATS_STOP_FILE"  # trainer/distributed.py
PARENT_PID_ENV = "LUMICHATS_LAUNCHER_PID"  # POSIX: a trainer whose parent is gone stops at its next step
STOP_FILE = ".stop"  # beside the run's train_config.toml, in its output folder


def protocol_problem(event: dict[str, Any]) -> str | None:
    """Why this app cannot read a trainer that sent `event`, with what to do; None when it can."""
    major = event.get("protocol")
    if major == PROTOCOL_MAJOR:
        return None
    spoken = f"version {major}" if major is not None else "no version (an old trainer)"
    return (
        f"The trainer speaks progress protocol {spoken}; this app reads version {PROTOCOL_MAJOR}. "
        "The app and the trainer come from different releases: update LumiChats Desktop and its trainer "
        "together (pip install -U lumichats-desktop, or reinstall the app), then start the run again. "
        "Checkpoints already written are kept."
    )


def child_environment(stop_file: Path) -> dict[str, str]:
    """The parent's environment plus UTF-8 pipes, unbuffered output and the stop file."""
    env = dict(os.environ)
    env.update(
        PYTHONIOENCODING="utf-8",
        PYTHONUTF8="1",
        PYTHONUNBUFFERED="1",
        **{STOP_FILE_ENV: str(stop_file), PARENT_PID_ENV: str(os.getpid())},
    )
    return env


class TrainingRun(QObject):
    """One trainer process at a time. Signals arrive on the thread that owns this object (the UI).

    progress(dict): one protocol event; a version mismatch arrives as an "error" event (kind
    ProtocolMismatch) and the child is ended. log(str): a stderr line (or a stdout line that is not an
    event). ended(exit code, crashed): the process is gone; crashed is True when it was killed or died
    on a signal.
    """

    progress = Signal(dict)
    log = Signal(str)
    ended = Signal(int, bool)
    _done = Signal(object, int)  # (the process, exit code), from the waiter thread to this object's thread

    def __init__(self, stop_timeout_s: float = 600.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop_timeout_s = stop_timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.stop_file: Path | None = None
        self.stopping = False
        self._killed = False
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill_if_running)
        self._done.connect(self._on_done)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start_trainer(
        self, config_file: Path, *, resume: bool = False, dry_run: bool = False, processes: int = 1
    ) -> list[str]:
        """Run the trainer on a saved config (resume: from the last checkpoint in its output folder);
        the stop file sits beside the config. Returns the command line (shown when a run fails)."""
        program, args = trainer_command(config_file, resume, dry_run, processes)
        self.start([program, *args], config_file.parent / STOP_FILE)
        return [program, *args]

    def start(self, command: list[str], stop_file: Path) -> None:
        """Start the trainer; raises RuntimeError while another run is alive, OSError when it cannot start."""
        if self.running and not self._killed:
            raise RuntimeError("A trainer process is still running; stop it first.")
        stop_file.parent.mkdir(parents=True, exist_ok=True)
        stop_file.unlink(missing_ok=True)  # a stop left from the last run must not end this one
        self.stop_file, self.stopping, self._killed = stop_file, False, False
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window pops up
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=child_environment(stop_file),
            creationflags=flags,
        )
        self.process = process
        readers = [
            threading.Thread(target=self._read_events, args=(process, process.stdout), daemon=True),
            threading.Thread(target=self._read_log, args=(process, process.stderr), daemon=True),
        ]
        for reader in readers:
            reader.start()
        threading.Thread(target=self._wait, args=(process, readers), daemon=True).start()

    def stop(self) -> None:
        """Ask the trainer to stop after its current step (it keeps a checkpoint); kill it if it hangs."""
        if not self.running or self.stop_file is None:
            return
        self.stopping = True
        self.stop_file.touch()
        self._kill_timer.start(int(self.stop_timeout_s * 1000))

    def kill(self) -> None:
        """End the process now (a check that is no longer wanted, a protocol mismatch); nothing waits."""
        if self.running and self.process is not None:
            self._killed = True
            self.process.kill()

    def shutdown(self) -> None:
        """The app is quitting: ask for the stop and return at once; the trainer saves and exits alone."""
        if self.running and self.stop_file is not None:
            self.stop_file.touch()
        self._kill_timer.stop()

    # reader threads: they only parse and emit (queued to the owner's thread) ------------------------

    def _read_events(self, process: subprocess.Popen[bytes], stream: IO[bytes] | None) -> None:
        checked = False
        for raw in stream or ():
            if process is not self.process:
                return  # a killed run's last lines: the run that replaced it does not want them
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            try:
                event = json.loads(line)
            except ValueError:
                event = None
            if not isinstance(event, dict) or "event" not in event:
                if line.strip():
                    _emit(self.log, line)
                continue
            if not checked:
                checked = True
                problem = protocol_problem(event)
                if problem is not None:
                    self._killed = True
                    process.kill()
                    _emit(self.progress, {"event": "error", "kind": "ProtocolMismatch", "message": problem})
                    return
            _emit(self.progress, event)

    def _read_log(self, process: subprocess.Popen[bytes], stream: IO[bytes] | None) -> None:
        for raw in stream or ():
            if process is not self.process:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if line.strip():
                _emit(self.log, line)

    def _wait(self, process: subprocess.Popen[bytes], readers: list[threading.Thread]) -> None:
        for reader in readers:
            reader.join()  # every line is emitted before `ended`
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        _emit(self._done, process, process.wait())

    def _on_done(self, process: subprocess.Popen[bytes], code: int) -> None:
        if process is not self.process:
            return
        self._kill_timer.stop()
        if self.stop_file is not None:
            self.stop_file.unlink(missing_ok=True)  # the output folder keeps only what the run wrote
        self.ended.emit(code, self._killed or code < 0)

    def _kill_if_running(self) -> None:
        if self.running and self.process is not None:
            self.log.emit(
                f"[the trainer did not stop within {self.stop_timeout_s:.0f} s of being asked; ended]"
            )
            self.kill()


def _emit(signal: Any, *args: Any) -> None:
    """Emit from a reader thread; a TrainingRun already deleted (its window closed) just drops the line."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)
