#!/usr/bin/env bash
# The two commands of the README:
#   scripts/dev.sh run    install what is missing, build, open the Contingent window on the demo store
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
# Debian 12 (bookworm). Installs packages with apt-get (as root, or through sudo).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CONTINGENT_BUILD_DIR:-$here/build}
jobs=${CONTINGENT_JOBS:-$(nproc)}

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6-dev qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
  qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-settings qml6-module-qtcore
  qml6-module-qt-labs-qmlmodels qml6-module-qt-labs-folderlistmodel qml6-module-qtqml-models
  qml-qt6 libgl-dev qt6-base-private-dev
  libboost-dev libboost-filesystem-dev libhowardhinnant-date-dev libsqlite3-dev sqlite3
  libbenchmark-dev xvfb xauth poppler-utils tzdata fonts-dejavu-core abigail-tools
  pkg-config libminizip-dev zlib1g-dev
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCONTINGENT_BUILD_TESTS=ON -DCONTINGENT_BUILD_BENCHMARKS=ON "$@"
  cmake --build "$build" -j "$jobs"
}

case "${1:-}" in
  run)
    install_missing
    configure_and_build
    shift
    # --demo: the demo store in the user's data folder, filled on first use;
    # never the real store. Without a display, contingent says how to proceed.
    exec "$build/bin/contingent" --demo "$@"
    ;;
  test)
    install_missing
    configure_and_build
    cd "$build"
    export TZ=UTC QT_QPA_PLATFORM=offscreen
    ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
  *)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac
