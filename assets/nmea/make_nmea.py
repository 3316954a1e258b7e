#!/usr/bin/env python3
"""Writes the NMEA 0183 recordings the location-stamp tests replay (tests/app/tst_locationstamper).

Each file is one receiver session near the demo facility Solhaven (56.1697 N, 9.5451 E), one
RMC + GGA pair a second, starting at 2026-11-23 09:00:00 UTC; the tests read "now" as that
session's clock. Run it again after changing a case: python3 assets/nmea/make_nmea.py
"""
from functools import reduce
from pathlib import Path

HERE = Path(__file__).resolve().parent
FACILITY = (56.1697, 9.5451)
DATE = "231126"  # ddmmyy


def checksum(body):
    return "%02X" % reduce(lambda a, c: a ^ ord(c), body, 0)


def sentence(body):
    return "$%s*%s\r\n" % (body, checksum(body))


def lat(v):
    d = int(abs(v))
    return "%02d%07.4f,%s" % (d, (abs(v) - d) * 60, "N" if v >= 0 else "S")


def lon(v):
    d = int(abs(v))
    return "%03d%07.4f,%s" % (d, (abs(v) - d) * 60, "E" if v >= 0 else "W")


def fix(time, position, hdop=0.9):
    """A valid fix: RMC (date, status A) and GGA (quality 1, 9 satellites, HDOP)."""
    p = lat(position[0]) + "," + lon(position[1])
    return (sentence("GPRMC,%s,A,%s,0.0,0.0,%s,,,A" % (time, p, DATE)) +
            sentence("GPGGA,%s,%s,1,09,%.1f,61.0,M,41.0,M,," % (time, p, hdop)))


def no_fix(time):
    """The receiver is on but has no position yet: RMC status V, GGA quality 0."""
    return (sentence("GPRMC,%s,V,,,,,,,%s,,,N" % (time, DATE)) +
            sentence("GPGGA,%s,,,,,0,00,99.9,,M,,M,," % time))


def t(step, hour=9):
    """hhmmss.ss of the step-th half second of the session. Qt's replay reports a fix when the
    next time arrives, so the last fix of a file is never reported."""
    return "%02d00%02d.%02d" % (hour, step // 2, 50 * (step % 2))


def near(dnorth_m, deast_m=0.0):
    return (FACILITY[0] + dnorth_m / 111_320.0, FACILITY[1] + deast_m / 62_000.0)


CASES = {
    # Fresh, accurate, steady at the facility: stamped as soon as two fixes agree.
    "good_fix.nmea": "".join(fix(t(s), near(8 + s)) for s in range(6)),
    # HDOP 40 (about 200 m with the 5 m range error the app assumes): never good enough, so the
    # best fix is taken at the deadline and the record shows its accuracy.
    "poor_accuracy.nmea": "".join(fix(t(s), near(30 * s), hdop=40.0 + s) for s in range(6)),
    # The receiver never gets a position.
    "no_fix.nmea": "".join(no_fix(t(s)) for s in range(6)),
    # A receiver replaying the fix it remembers from an hour earlier (08:00).
    "stale_fix.nmea": "".join(fix(t(s, hour=8), near(5)) for s in range(4)),
    # One wild position 4 km north between fixes at the facility: ignored, the agreeing pair is taken.
    "jump.nmea": fix(t(0), near(5)) + fix(t(1), near(4000)) + fix(t(2), near(6)) + fix(t(3), near(7))
    + fix(t(4), near(7)),
    # Searching, one fix, then the stream stops in the middle of a sentence: the fix is never
    # confirmed by a second.
    "stops_mid_stream.nmea": no_fix(t(0)) + fix(t(1), near(10)) + fix(t(2), near(11))
    + sentence("GPRMC,%s,A,%s,0.0,0.0,%s,,,A" % (t(3), lat(FACILITY[0]) + "," + lon(FACILITY[1]), DATE))[:23],
}

for name, text in CASES.items():
    (HERE / name).write_text(text, newline="")
