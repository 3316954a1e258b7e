#!/usr/bin/env bash
# Runs the console's Playwright suite (console/tests/) with Debian's Chromium. The server binary,
# the tablet helper and the output folder come from ctest (tests/console/CMakeLists.txt); the
# npm packages are the ones the CMake build installed from the lockfile (npm ci).
set -euo pipefail
cd "$(dirname "$0")/../../console"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -x /usr/bin/chromium ]]; then
    echo "browser.sh: /usr/bin/chromium is missing (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
if [[ ! -d node_modules/@playwright/test ]]; then
    echo "browser.sh: console/node_modules is missing (the CMake build runs npm ci)" >&2
    exit 1
fi
exec node_modules/.bin/playwright test --reporter=line "$@"
