# Shared by the end-to-end scripts (sourced, not run): start the app and drive it by real input.
# Expects $app, $out and $pin to be set by the script that sources it.

# e2e_display SIZE "$0" "$@": runs the calling script again under an X display of its own (Xvfb,
# SIZE a tablet's screen), then sets the Danish keyboard. Its own display, so the walk need not run
# alone: on a display shared with other tests, another test's window could take a click or a key
# aimed at this one, and `xdotool search --name Feltdialog` could find another test's app.
# -noreset: Xvfb otherwise resets its keymap when its last client (setxkbmap) leaves (own_display.sh
# says why that drops letters).
e2e_display() {
  local size=$1 script=$2
  shift 2
  if [ -z "${FELTDIALOG_OWN_DISPLAY:-}" ]; then
    FELTDIALOG_OWN_DISPLAY=1 exec xvfb-run -a -s "-noreset -screen 0 ${size}x24" "$script" "$@"
  fi
  # A Danish keyboard, as on the tablets: xdotool then types æ, ø and å as real keys instead of
  # remapping a spare key for each, which races with a slow (sanitizer) build.
  setxkbmap dk
  xset r off # no auto-repeat under load (typing_kill9.py says why)
}

# e2e_begin "$0" "$@": runs the calling script again on a display of its own (a 1280x800 tablet
# screen); then starts from an empty output directory and sets $data, and $pin unless the script
# chose one.
e2e_begin() {
  e2e_display 1280x800 "$@"
  rm -rf "$out"
  mkdir -p "$out"
  data="$out/data"
  pin=${pin:-135792}
}

# start_app DATA_DIR [extra app arguments...]: sets $pid once the window is up. No keystore, so a
# desktop keyring on the machine running the tests can neither help nor prompt.
# Location stamps replay a recorded receiver unless the script chose a source itself, so no run
# depends on whether the machine has GeoClue.
start_app() {
  local data=$1
  shift
  local nmea=${FELTDIALOG_NMEA_FILE:-}
  [ -n "$nmea${FELTDIALOG_POSITION_PLUGIN:-}" ] ||
    nmea="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../assets/nmea" && pwd)/good_fix.nmea"
  # Up to three tries: on a loaded CI machine the X server has been seen to refuse the very first
  # connection ("could not connect to display") while screenshots of it still worked.
  for attempt in 1 2 3; do
    FELTDIALOG_NO_KEYSTORE=1 FELTDIALOG_NMEA_FILE=$nmea "$app" --data-dir "$data" --lang da -qwindowgeometry 1280x800+0+0 "$@" \
      >>"$out/app.log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
      xdotool search --name Feltdialog >/dev/null 2>&1 && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null && xdotool search --name Feltdialog >/dev/null 2>&1; then
      sleep 1
      return 0
    fi
    echo "start_app: attempt $attempt: no window (see $out/app.log)" >&2
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 1
  done
  echo "FAIL: the app did not open a window on $DISPLAY"
  exit 1
}
shot() { import -window root "$out/$1.png"; }
# still: waits (up to 10 s) until two looks at the screen a moment apart are the same: a page's
# transition or a dialog's fade is over, so a tap lands on what it aims at even when a loaded
# machine draws late (a tap into a fading dialog's shade is taken by the shade). A screen that
# never stops moving (a busy indicator) is tapped after the 10 s, as before.
still() {
  local last="" now
  for _ in $(seq 40); do
    now=$(import -window root rgb:- 2>/dev/null | md5sum)
    [ "$now" = "$last" ] && return 0
    last=$now
    sleep 0.1
  done
}
click() { still; xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.8}"; }
# The PIN field has the focus on the lock page once it is drawn (still: a digit typed before that
# is lost); Return submits (or moves on to the repeat field).
type_pin() { still; xdotool type --delay 80 "$pin"; xdotool key Return; sleep "${1:-1.5}"; }
