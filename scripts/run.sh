#!/usr/bin/env bash
# Builds Feltdialog and starts it on its embedded local database (SQLite in the user's data
# directory) with the demo facilities. Without a display it serves the window over VNC on
# localhost so the app can still be seen.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target feltdialog

app=build/release/app/feltdialog
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

port=${FELTDIALOG_VNC_PORT:-5900}
cat <<MSG
No display found on this machine, so Feltdialog is served over VNC on this machine only:
  connect a VNC viewer to localhost:$port   (for example: vncviewer localhost:$port,
  or from another computer: ssh -L $port:localhost:$port <this machine>, then localhost:$port)
Stop it with Ctrl+C.
MSG
exec "$app" -platform "vnc:size=1280x800:addr=127.0.0.1:port=$port" "$@"
