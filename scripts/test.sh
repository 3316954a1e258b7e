#!/usr/bin/env bash
# Builds Feltdialog and runs every check: formatting, QML lint, the QML self-test, all tests
# (core, QML, kill -9 durability, end-to-end under a virtual display), and the whole test suite
# again under AddressSanitizer + UndefinedBehaviorSanitizer. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

step() { printf '\n=== %s ===\n' "$*"; }

step "Dependencies"
scripts/install-deps.sh

step "Formatting (clang-format)"
# Tracked and new files alike, but not ones deleted in the work tree.
mapfile -t cxx < <( (git ls-files --cached --others --exclude-standard '*.cpp' '*.h' 2>/dev/null ||
    find core app platform server tests -name '*.cpp' -o -name '*.h') | sort -u | while read -r f; do
    [[ -f $f ]] && echo "$f"; done)
clang-format --dry-run --Werror "${cxx[@]}"

step "Build (warnings are errors)"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"

step "QML lint"
cmake --build --preset dev --target all_qmllint

step "QML self-test"
build/dev/app/feltdialog --self-test

step "Tests"
# Twice as many ctest slots as cores: a test that computes takes two, an end-to-end test that
# mostly waits on the app takes one, so the waiting ones overlap (tests/CMakeLists.txt).
slots=$((2 * jobs))
# A virtual display for the tests that use one without starting their own (tst_qml_xcb); the
# end-to-end tests each start an X display of their own and drive the real window with xdotool.
xvfb-run -a -s "-noreset -screen 0 1280x1280x24" ctest --preset dev -j "$slots"

step "Sanitizers (ASan + UBSan)"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
# The sanitizers slow everything; the fault schedules (500 on SQLite, 200 on PostgreSQL in the dev
# run) and the kills while typing (34 per field there) are fewer here, and the long layout walks
# (label walk: a phone's screen, twice the text size) run in the dev build only.
FELTDIALOG_FAULT_SCHEDULES=40 TYPING_KILL9_ROUNDS=6 xvfb-run -a -s "-noreset -screen 0 1280x1280x24" \
  ctest --preset asan -j "$slots" -LE "bench|walk"
