#!/usr/bin/env bash
# Runs a Qt Quick test binary on the real X11 (xcb) platform, under Xvfb when there is no display.
# Offscreen is not X11: a render-thread hang of the visit page below 600 px showed only on xcb
# (the note's tag pickers grew to an infinite width there); the layout tests run on both.
# usage: on_xcb.sh <test binary> [test arguments...]
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-noreset -screen 0 1280x1280x24" "$0" "$@"
fi
test_binary=$1
shift
exec "$test_binary" -platform xcb "$@"
