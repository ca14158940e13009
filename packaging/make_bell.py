"""Write resources/sounds/bell.wav, the short bell rung when a deal is won.

    .venv/bin/python packaging/make_bell.py

Synthesised here (standard library only, no randomness: the same file every time) rather
than taken from a sound library, so its licence is the project's own. A church-bell-like
strike: a few inharmonic partials (hum, prime, minor-third tierce, quint, nominal and two
upper ones), each dying away at its own rate, the high ones first. 1.3 s, mono, 16-bit,
22,050 Hz: about 57 KB.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "bell.wav"
RATE = 22_050
SECONDS = 1.3
FUNDAMENTAL = 880.0  # A5: bright, but not shrill on laptop speakers
# (ratio to the fundamental, amplitude, seconds to fade to 1/e)
PARTIALS = (
    (0.5, 0.22, 1.10),
    (1.0, 1.00, 0.75),
    (1.183, 0.40, 0.50),
    (1.506, 0.30, 0.42),
    (2.0, 0.45, 0.35),
    (2.74, 0.16, 0.22),
    (3.76, 0.08, 0.14),
)
ATTACK = 0.004  # seconds: no click at the strike
RELEASE = 0.08  # seconds of fade at the very end
PEAK = 0.7  # of full scale


def samples() -> list[float]:
    n = int(RATE * SECONDS)
    out = []
    for i in range(n):
        t = i / RATE
        value = sum(
            amp * math.exp(-t / decay) * math.sin(2 * math.pi * FUNDAMENTAL * ratio * t)
            for ratio, amp, decay in PARTIALS
        )
        value *= min(1.0, t / ATTACK) * min(1.0, (SECONDS - t) / RELEASE)
        out.append(value)
    return out


def main() -> int:
    values = samples()
    scale = PEAK * 32767 / max(abs(v) for v in values)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", round(v * scale)) for v in values))
    print(f"{OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
