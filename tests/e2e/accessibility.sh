#!/usr/bin/env bash
# Screen-reader audit: the app on a virtual display of its own (xcb) with Qt's accessibility
# bridge on, walked over AT-SPI by accessibility.py inside a private D-Bus session and
# accessibility bus: every phase of a visit and every dialog, with a table of what was found.
# usage: accessibility.sh <feltdialog binary> <output dir>
set -euo pipefail
app=$1
out=$2
# A display, a D-Bus session and an accessibility bus of its own (own_display.sh says why).
source "$(dirname "$0")/own_display.sh"
own_display "1280x800" "$0" "$@"
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 FELTDIALOG_NO_KEYSTORE=1 \
  FELTDIALOG_NMEA_FILE="$(cd "$(dirname "$0")/../../assets/nmea" && pwd)/good_fix.nmea" \
  "$app" --data-dir "$out/data" --lang da -platform xcb -qwindowgeometry 1280x800+0+0 >"$out/app.log" 2>&1 &
pid=$!
status=0
/usr/bin/python3 "$(dirname "$0")/accessibility.py" || status=$?
import -window root "$out/last-screen.png" || true
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
kill "$bus" 2>/dev/null || true
exit "$status"
