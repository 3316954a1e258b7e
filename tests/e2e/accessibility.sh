#!/usr/bin/env bash
# Screen-reader audit: the app on a virtual display of its own (xcb) with Qt's accessibility
# bridge on, walked over AT-SPI by accessibility.py inside a private D-Bus session and
# accessibility bus: every phase of a visit and every dialog, with a table of what was found.
# usage: accessibility.sh <feltdialog binary> <output dir> [WIDTHxHEIGHT [scale]]
set -euo pipefail
app=$1
out=$2
size=${3:-1280x800}
scale=${4:-1}
# A display, a D-Bus session and an accessibility bus of its own (own_display.sh says why).
source "$(dirname "$0")/own_display.sh"
own_display "$size" "$0" "$@"
walk_app "$size" "$scale" accessibility.py
