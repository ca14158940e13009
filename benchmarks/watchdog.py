"""Where the GUI thread is when it is late: a thread that samples its stack whenever the
heartbeat has not been seen for longer than a threshold, and prints each distinct stall
once with its duration (a poor man's py-spy, which this machine does not have)."""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback


class Watchdog:
    def __init__(self, threshold: float = 0.05, every: float = 0.005) -> None:
        self._main = threading.main_thread().ident
        self._seen = time.monotonic()
        self._threshold = threshold
        self._every = every
        self._stop = threading.Event()
        self._armed = False
        self._stall: list[str] | None = None
        self._stall_start = 0.0
        self._thread = threading.Thread(target=self._run, name="watchdog", daemon=True)
        self._thread.start()
        self._gc_start = 0.0
        self.phase = ""  # what the tour is doing, named in the report
        self.collections: list[tuple[int, float, str, str]] = []  # generation, ms, thread, phase
        gc.callbacks.append(self._gc)

    def _gc(self, phase: str, info: dict[str, int]) -> None:
        # The cyclic collector runs in whichever thread allocated last, holding the
        # interpreter lock: a long one in a worker stalls the GUI thread as surely.
        if phase == "start":
            self._gc_start = time.perf_counter()
            return
        took = (time.perf_counter() - self._gc_start) * 1000
        if took > 20:
            thread = threading.current_thread().name
            self.collections.append((info["generation"], took, thread, self.phase))

    def alive(self) -> None:
        """Called by the heartbeat on the GUI thread (arms the watchdog)."""
        self._armed = True
        now = time.monotonic()
        if self._stall is not None:
            took = (now - self._stall_start + self._threshold) * 1000
            print(f"--- GUI thread late {took:.0f} ms, {self.phase}, in:", file=sys.stderr)
            print("".join(self._stall), file=sys.stderr)
            self._stall = None
        self._seen = now

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        gc.callbacks.remove(self._gc)
        for generation, took, thread, phase in self.collections:
            print(f"--- garbage collection of generation {generation}: {took:.0f} ms in "
                  f"{thread}, {phase}", file=sys.stderr)  # fmt: skip

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            now = time.monotonic()
            if self._armed and now - self._seen > self._threshold and self._stall is None:
                self._stall_start = now
                self._stall = self._stacks()

    def _stacks(self) -> list[str]:
        """The GUI thread's stack, then the last frames of every other thread: the one
        holding the interpreter lock is the one to look at."""
        names = {t.ident: t.name for t in threading.enumerate()}
        lines: list[str] = []
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            main = ident == self._main
            lines.append(f"  [{'GUI thread' if main else names.get(ident, ident)}]\n")
            lines += traceback.format_stack(frame)[-12 if main else -5 :]
        return lines
