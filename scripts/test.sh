#!/usr/bin/env bash
# Builds Storefront in Release and runs every test through CTest, offscreen.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -R storage]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
storefront_install_packages
storefront_build release
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)" "$@"
