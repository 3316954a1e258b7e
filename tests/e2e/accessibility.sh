#!/usr/bin/env bash
# Screen-reader check: the app on a virtual display with Qt's accessibility bridge on, walked
# over AT-SPI by accessibility.py inside a private D-Bus session and accessibility bus.
# usage: accessibility.sh <feltdialog binary> <output dir>
set -euo pipefail
app=$1
out=$2
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-noreset -screen 0 1280x800x24" "$0" "$@"
fi
if [ -z "${FELTDIALOG_A11Y_SESSION:-}" ]; then
  FELTDIALOG_A11Y_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
rm -rf "$out"
mkdir -p "$out"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/bus.log" 2>&1 &
bus=$!
sleep 1
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 FELTDIALOG_NO_KEYSTORE=1 \
  "$app" --data-dir "$out/data" --lang da -qwindowgeometry 1280x800+0+0 >"$out/app.log" 2>&1 &
pid=$!
status=0
/usr/bin/python3 "$(dirname "$0")/accessibility.py" || status=$?
import -window root "$out/last-screen.png" || true
kill "$pid" "$bus" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
exit "$status"
