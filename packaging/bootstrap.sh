#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (root, no display needed):
#   packaging/bootstrap.sh demo   install what is missing, build, run the main job on the embedded demo corpus
#   packaging/bootstrap.sh test   install what is missing, build, run every test
# Idempotent: installed packages and an existing build tree are reused, so a second run is fast.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MPH_BUILD_DIR:-$here/build}"
mode="${1:-demo}"

packages=(cmake ninja-build g++ pkg-config nodejs npm
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libqscintilla2-qt6-dev libarchive-dev libtree-sitter-dev libeigen3-dev libgl-dev
          libqt6svg6 xvfb xauth bandit zip dpkg-dev zlib1g-dev liblzma-dev libbz2-dev fonts-hack libqt6sql6-sqlite)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come from another vendor's nodejs package; only ask apt for it when no npm is on the PATH.
if command -v npm >/dev/null; then missing=("${missing[@]/npm}"); fi
if command -v node >/dev/null; then missing=("${missing[@]/nodejs}"); fi
read -r -a missing <<<"${missing[*]}"
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
  demo)
    if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
      exec "$build/app/gui/mphunter"
    fi
    echo "No display found: running the same analysis headless (mphunter-cli scan --demo)."
    exec "$build/app/cli/mphunter-cli" scan --demo --top 10 --timings
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    exec ctest --output-on-failure --timeout 1800 -j "$(nproc)"
    ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac
