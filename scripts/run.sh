#!/usr/bin/env bash
# Builds Storefront in Release and launches it on the bundled demo store.
# Usage: scripts/run.sh [storefront options, e.g. --db PATH or --kiosk]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
storefront_install_packages
storefront_build release

binary="$storefront_root/build/release/app/storefront"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat <<MSG
Storefront is built, but there is no display to show its window on (neither DISPLAY nor
WAYLAND_DISPLAY is set). To run it:
  - on a desktop session, run scripts/run.sh again from a terminal there;
  - over SSH, connect with X forwarding (ssh -X) and run it again;
  - on a headless machine, start a virtual display: xvfb-run -a scripts/run.sh
    (apt-get install xvfb), or use the command line: $storefront_root/build/release/app/storefront-cli --help
The program itself is $binary
MSG
    exit 0
fi
exec "$binary" "$@"
