# Sourced by the walks that aim over AT-SPI (phone_walk.sh, tagged_note.sh, accessibility.sh).
# own_display SIZE "$0" "$@": runs the calling script again under a display and a D-Bus session of
# its own, then sets the Danish keyboard, empties $out and starts the accessibility bus ($bus).
# Its own display: a display shared with other tests can hold another run's accessibility bus
# address (AT_SPI_BUS on the root window), which the app would then connect to; and with its own
# session the walk waits for no other test.
# -noreset: Xvfb otherwise resets its keymap when its last client (setxkbmap) leaves, and every
# æ, ø and å is then typed through a keycode xdotool remaps for the moment, which the app can read
# after the mapping is already undone (a dropped letter that no consultant's keyboard would drop).
own_display() {
  local size=$1 script=$2
  shift 2
  if [ -z "${FELTDIALOG_OWN_DISPLAY:-}" ]; then
    FELTDIALOG_OWN_DISPLAY=1 exec xvfb-run -a -s "-noreset -screen 0 ${size}x24" "$script" "$@"
  fi
  if [ -z "${FELTDIALOG_A11Y_SESSION:-}" ]; then
    FELTDIALOG_A11Y_SESSION=1 exec dbus-run-session -- "$script" "$@"
  fi
  setxkbmap dk
  # No auto-repeat: a loaded X server can see xdotool's key held past the repeat delay and type
  # it twice (typing_kill9.py says more).
  xset r off
  rm -rf "$out"
  mkdir -p "$out"
  /usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/bus.log" 2>&1 &
  bus=$!
  sleep 1
}

# walk_app SIZE SCALE WALK.py [walk arguments...]: starts the app on this display with the
# accessibility bridge on (at QT_SCALE_FACTOR=SCALE, its window filling SIZE), runs the walk
# against it, keeps a last screenshot and stops the app and the bus; exits with the walk's status
# when it failed.
walk_app() {
  local size=$1 scale=$2 walk=$3
  shift 3
  local width height pid status=0
  width=$(python3 -c "print(round(${size%x*} / $scale))")
  height=$(python3 -c "print(round(${size#*x} / $scale))")
  QT_SCALE_FACTOR=$scale QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 FELTDIALOG_NO_KEYSTORE=1 \
    FELTDIALOG_NMEA_FILE="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../assets/nmea" && pwd)/good_fix.nmea" \
    "$app" --data-dir "$out/data" --lang da -platform xcb -qwindowgeometry "${width}x${height}+0+0" \
    >"$out/app.log" 2>&1 &
  pid=$!
  FELTDIALOG_E2E_SCALE=$scale /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/$walk" "$@" || status=$?
  import -window root "$out/last-screen.png" || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$bus" 2>/dev/null || true
  [ "$status" = 0 ] || exit "$status"
}
