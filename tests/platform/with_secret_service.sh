#!/usr/bin/env bash
# Runs a command against a private Secret Service: its own D-Bus session bus (dbus-run-session) and
# an unlocked gnome-keyring-daemon whose HOME and XDG directories are a scratch directory, removed
# afterwards. Never touches the caller's keyring or session bus; needs no X display, works as root.
#
#   tests/platform/with_secret_service.sh COMMAND [ARG...]
#
# Needs (Debian): dbus-daemon (dbus-run-session), dbus-bin (dbus-send), gnome-keyring, util-linux.
set -euo pipefail

if [[ ${1:-} == --inside-session ]]; then
    # Second stage, inside dbus-run-session: start the daemon, wait for its bus name, run.
    shift
    # --unlock reads the password of the "login" keyring from stdin and creates that keyring (the
    # default collection) unlocked, so storing a secret needs no prompt.
    printf '%s' feltdialog-test |
        gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$FELTDIALOG_KEYRING_SCRATCH/daemon.out" 2>"$FELTDIALOG_KEYRING_SCRATCH/daemon.err" &
    daemon=$!
    # shellcheck disable=SC2317 # called from the trap
    stop_daemon() {
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    }
    trap stop_daemon EXIT

    owned=false
    for _ in $(seq 100); do # up to 10 s on a slow machine
        reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null || true)
        if [[ $reply == *"boolean true"* ]]; then
            owned=true
            break
        fi
        if ! kill -0 "$daemon" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    if [[ $owned != true ]]; then
        echo "with_secret_service.sh: gnome-keyring-daemon did not take org.freedesktop.secrets" >&2
        cat "$FELTDIALOG_KEYRING_SCRATCH/daemon.err" >&2 || true
        exit 2
    fi

    status=0
    "$@" || status=$?
    exit "$status"
fi

if [[ $# -lt 1 ]]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with_secret_service.sh: $tool not found (apt-get install dbus dbus-bin gnome-keyring)" >&2
        exit 2
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/feltdialog-keyring.XXXXXX")
session=""
# shellcheck disable=SC2317 # called from the trap
cleanup() {
    # The bus, the daemon and the command run in their own process group (setsid below): end
    # whatever is left of it (everything, if we were interrupted), then drop the scratch files.
    if [[ -n $session ]]; then
        kill -TERM -- "-$session" 2>/dev/null || true
        wait "$session" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
trap 'exit 129' HUP
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/run"
chmod 700 "$scratch/run"

# A scratch identity: no way to reach the real keyring, session bus or desktop.
export FELTDIALOG_KEYRING_SCRATCH="$scratch"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/run"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION

# In the background so that the traps above run at once when a signal arrives; setsid (which does
# not fork here: a background job is no group leader) makes its PID the process group to end.
setsid dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@" &
session=$!
status=0
wait "$session" || status=$?
exit "$status"
