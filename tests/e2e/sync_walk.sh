#!/usr/bin/env bash
# End-to-end, by real input: the office sets up a server (feltdialog-server's admin commands, TLS
# with a certificate made here), issues a one-time code; the consultant taps "Forbind til
# kontoret", types the server address and the code, writes a note on a visit, goes back to the
# list and taps "Synkronisér nu". Then the server's own database must hold the note's event, and
# nothing on the tablet may still be waiting. The office has planned today's visit with a focus:
# after enrolling, the tablet lists it and the consultant starts it there, so the note lands on
# the office's planned visit.
# usage: sync_walk.sh <feltdialog> <feltdialog-server> <output dir>
set -euo pipefail
app=$1
server=$2
out=$3
# shellcheck source=driver.sh
source "$(dirname "$0")/driver.sh"
e2e_begin "$0" "$@"
db="$out/server.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$out/key.pem" \
  -out "$out/cert.pem" -days 2 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 2>/dev/null
"$server" create-tenant --db "$db" --id socialtilsyn-midt --name "Socialtilsyn Midt" >/dev/null
"$server" create-consultant --db "$db" --tenant socialtilsyn-midt --id anne --name "Anne Sørensen" >/dev/null
"$server" create-facility --db "$db" --tenant socialtilsyn-midt --id demo-solhaven \
  --name "Botilbuddet Solhaven (demo)" --kind botilbud --address "Skovvej 12, 8600 Silkeborg" \
  --lat 56.1697 --lon 9.5451 >/dev/null
planned=6a1f3c2e-5d4b-4e8f-9a7c-2b1d0e9f8a71
"$server" plan-visit --db "$db" --tenant socialtilsyn-midt --facility demo-solhaven --date "$(date +%F)" \
  --focus 8.b,9.a --consultant anne --id "$planned" >/dev/null
code=$("$server" issue-code --db "$db" --consultant anne | awk '/^code /{print $2}')
[ -n "$code" ] || { echo "FAIL: no enrollment code"; exit 1; }
"$server" serve --db "$db" --cert "$out/cert.pem" --key "$out/key.pem" --listen 127.0.0.1 --port "$port" \
  >"$out/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true' EXIT

note="Tilsynet talte med lederen om ekstern supervision. Blåbærgrød på menuen."
FELTDIALOG_SYNC_CA_FILE="$out/cert.pem" start_app "$data"
type_pin 0.5
type_pin
shot 01-not-connected
click 1150 772 1              # Forbind til kontoret
click 640 378 0.3             # server address
xdotool type --delay 40 "https://127.0.0.1:$port"
click 640 438 0.3             # one-time code
xdotool type --delay 90 "$code"
shot 02-enroll-typed
click 853 501 1               # Forbind
# Enrolled when the tablet has kept the server's address (plain metadata; the token is sealed).
for _ in $(seq 100); do
  [ -n "$(sqlite3 "$data/feltdialog.sqlite" "SELECT value FROM meta WHERE key = 'sync_server_url'" 2>/dev/null)" ] && break
  sleep 0.2
done
sleep 2                       # the dialog closes itself after saying so
shot 03-enrolled-planned
click 1219 132 1              # Start, on the office's planned visit at the top of the list
click 955 159 0.5             # Ny note
xdotool type --delay 90 "$note"
sleep 1
click 1190 760 1              # Færdig
shot 04-visit-waiting         # the header says what waits for the office
click 24 24                   # back to the visit list
shot 05-waiting
click 1190 775 1              # Synkronisér nu
for _ in $(seq 100); do         # up to 20 s on a slow (sanitizer) build
  [ "$(sqlite3 "$db" "SELECT count(*) FROM events WHERE type = 'NoteWritten'" 2>/dev/null)" = 1 ] && break
  sleep 0.2
done
for _ in $(seq 50); do          # and the tablet has marked it confirmed
  [ "$(sqlite3 "$data/feltdialog.sqlite" "SELECT count(*) FROM events WHERE confirmed = 0" 2>/dev/null)" = 0 ] && break
  sleep 0.2
done
shot 06-synced
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true

waiting=$(sqlite3 "$data/feltdialog.sqlite" "SELECT count(*) FROM events WHERE confirmed = 0")
at_office=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE type = 'NoteWritten' AND author_id = 'anne' AND visit_id = '$planned'")
focus=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE type = 'VisitStarted' AND visit_id = '$planned' AND payload LIKE '%\"focusIndicators\":[\"8.b\",\"9.a\"]%'")
echo "events still waiting on the tablet: $waiting; notes at the office on the planned visit: $at_office"
[ "$waiting" = 0 ] || { echo "FAIL: $waiting events were not confirmed by the server"; exit 1; }
[ "$at_office" = 1 ] || { echo "FAIL: the note is not in the server's database under the planned visit"; exit 1; }
[ "$focus" = 1 ] || { echo "FAIL: the planned visit was not started with the office's focus"; exit 1; }
echo "PASS: enrolled by typing the code, the note reached the office's database; screenshots in $out"
