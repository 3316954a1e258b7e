#!/usr/bin/env bash
# Runs every libFuzzer target for longer than the test run does (20 s each there).
# usage: scripts/fuzz.sh [seconds per target, default 3600] [target ...]
# Each target starts from its corpus in the tree (tests/server/fuzz-corpus/<target>) and keeps what
# it finds in build/dev/fuzz/<target>; a crash is written there as crash-* and stops the run with a
# non-zero exit. To keep new coverage in the tree afterwards (small, reviewed inputs only):
#   build/dev/tests/server/<target>_clang -merge=1 tests/server/fuzz-corpus/<target> build/dev/fuzz/<target>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-3600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_push_request fuzz_sync_api fuzz_office_reference)

scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target "${targets[@]/%/_build}"

status=0
for target in "${targets[@]}"; do
  corpus=build/dev/fuzz/$target
  mkdir -p "$corpus"
  echo "=== $target: $seconds s ==="
  if ! (cd "$corpus" && ASAN_OPTIONS=detect_leaks=1 "../../tests/server/${target}_clang" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      . "../../../../tests/server/fuzz-corpus/$target" 2>&1 | tail -n 25); then
    status=1
  fi
  if compgen -G "$corpus/crash-*" >/dev/null; then
    echo "FAIL: $target found a crash: $(ls "$corpus"/crash-*)"
    status=1
  fi
done
exit $status
