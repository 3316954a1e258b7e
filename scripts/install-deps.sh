#!/usr/bin/env bash
# Installs the Debian 12 packages Feltdialog needs to build, run and test.
# Idempotent: when everything is present it only runs dpkg-query and returns in a second or two.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libsqlite3-dev libsodium-dev qtkeychain-qt6-dev
  # sync server: gzip, QR codes for enrollment, TLS certificates in tests, PostgreSQL (the store
  # for real deployments and the second test run), clang for the libFuzzer target
  zlib1g-dev libqrencode-dev openssl postgresql clang libclang-rt-14-dev python3
  # runtime: every QML import the app uses; a missing one only shows at run time
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml
  qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtpositioning qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  libgl1-mesa-dri fonts-dejavu-core sqlite3 qt6-translations-l10n
  # runtime: the platform keystore (QtKeychain loads libsecret when it runs)
  libqt6keychain1 libsecret-1-0
  # tests: the visit record read back (pdftotext, pdfinfo, pdffonts, pdftoppm); fonts-dejavu-core
  # above is also compiled into the record's PDF
  poppler-utils
  # tests: virtual display, real input, screenshots; xset turns the keyboard's auto-repeat off
  xvfb xauth xdotool x11-xkb-utils imagemagick x11-utils x11-xserver-utils
  # tests: a private Secret Service for the keystore test
  gnome-keyring dbus-daemon dbus-bin dbus-user-session
  # tests: the desktop font setting read as GNOME sets it (e2e_large_font)
  qt6-gtk-platformtheme
  # tests: the accessibility bus and a screen-reader-like client
  at-spi2-core python3-pyatspi
  # tests: the office console in a real browser (Playwright from npm drives Debian's Chromium;
  # Playwright's own browser download cannot reach its host here)
  chromium
)

# The office console (console/) is built with npm from its lockfile during the CMake build.
# Node.js may come from elsewhere than Debian (a newer one): only install Debian's when there is
# no npm at all, since Debian's npm package conflicts with other Node.js packages.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
