#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian 12 packages the build needs when any is
# missing, then configures and builds the given CMake preset. Idempotent and incremental.
set -euo pipefail

# What Storefront builds with (all from Debian 12):
#   cmake ninja-build g++ pkg-config   build tools
#   qt6-base-dev qt6-base-dev-tools    Qt 6 Core, Gui, Widgets, Sql, Concurrent, Test
#   libqt6sql6-sqlite                  the Qt SQL driver for SQLite
#   qt6-charts-dev libqt6opengl6-dev   Qt Charts (the staff evaluation dashboard); Charts'
#                                      CMake package needs Qt OpenGL's, which qt6-charts-dev
#                                      only recommends (and --no-install-recommends skips)
#   qt6-image-formats-plugins          extra image formats (WebP) for catalog pictures
#   qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   Qt Linguist tools (translations)
#   libgl-dev                          OpenGL headers that Qt6Gui's CMake package requires
#   libeigen3-dev                      Eigen 3.4 (recommender maths)
#   libsodium-dev                      libsodium (Argon2id password hashing, random tokens)
STOREFRONT_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-image-formats-plugins qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools libgl-dev libeigen3-dev libsodium-dev)

storefront_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

storefront_install_packages() {
    local missing=()
    for pkg in "${STOREFRONT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "storefront: installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}"
    # apt-get accepts a virtual package name and installs its provider, but dpkg-query never
    # reports the virtual name as installed, so every later run would call apt-get again (and
    # fail offline). Name the real package instead.
    for pkg in "${missing[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            echo "storefront: $pkg is still not installed after apt-get (a virtual package?" \
                "list the package that provides it in scripts/setup.sh)" >&2
            return 1
        fi
    done
}

# storefront_build PRESET: configure once, then build incrementally.
storefront_build() {
    local preset="$1"
    cd "$storefront_root"
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
