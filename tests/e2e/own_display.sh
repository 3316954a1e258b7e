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
  rm -rf "$out"
  mkdir -p "$out"
  /usr/libexec/at-spi-bus-launcher --launch-immediately >"$out/bus.log" 2>&1 &
  bus=$!
  sleep 1
}
