#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a scratch directory (as an
# unprivileged user when called as root; PostgreSQL refuses to run as root), started on a free
# port on 127.0.0.1 only, with FELTDIALOG_TEST_PG_URL naming an empty database. The cluster is
# always stopped and removed afterwards. If PostgreSQL cannot start, this fails: never a skip.
#
#   tests/server/with_postgres.sh COMMAND [ARG...]
#
# Needs (Debian): postgresql (the server binaries in /usr/lib/postgresql/<version>/bin), python3.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
    echo "with_postgres.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi

scratch=$(mktemp -d /tmp/feltdialog-pg.XXXXXX)
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    chown nobody: "$scratch"
    as_owner=(runuser -u nobody --)
fi

cleanup() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$scratch/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT

run_as_owner() { (cd "$scratch" && "${as_owner[@]}" "$@"); }

if ! run_as_owner "$bindir/initdb" -D "$scratch/data" -U feltdialog --auth=trust -E UTF8 --no-locale --no-sync \
    >"$scratch/initdb.log" 2>&1; then
    echo "with_postgres.sh: initdb failed:" >&2
    cat "$scratch/initdb.log" >&2
    exit 1
fi

started=false
for _ in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # fsync off: a test cluster that is thrown away afterwards need not survive a power cut.
    if run_as_owner "$bindir/pg_ctl" -D "$scratch/data" -l "$scratch/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $scratch -c fsync=off -c full_page_writes=off" start >/dev/null; then
        started=true
        break
    fi
done
if [[ $started != true ]]; then
    echo "with_postgres.sh: PostgreSQL did not start:" >&2
    cat "$scratch/server.log" >&2 || true
    exit 1
fi

if ! run_as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U feltdialog feltdialog_test; then
    echo "with_postgres.sh: createdb failed" >&2
    exit 1
fi

export FELTDIALOG_TEST_PG_URL="postgresql://feltdialog@127.0.0.1:$port/feltdialog_test"
status=0
"$@" || status=$?
exit $status
