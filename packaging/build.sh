#!/usr/bin/env bash
# Build the one-folder bundle: dist/salescoach/salescoach is the program a rep runs.
#
#     bash packaging/build.sh
#
# Uses (or creates) .venv, installs PyInstaller into it (the `package` extra), makes sure
# the X11 libraries Qt's xcb plugin links against are on this machine (PyInstaller copies
# them into the bundle; missing ones are silently left out, and the bundle then fails on a
# laptop that lacks them too), then runs packaging/salescoach.spec. Linux; on Windows and
# macOS run the same two steps by hand (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

# The xcb plugin's libraries that a bare Debian/Ubuntu lacks (the rest come with libxcb1 and
# Qt's own dependencies), and the Debian packages that hold them.
xcb_libs=(libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxcb-image.so.0
  libxcb-render-util.so.0 libxcb-shape.so.0 libxcb-randr.so.0 libxcb-xkb.so.1
  libxkbcommon-x11.so.0 libxcb-util.so.1 libX11-xcb.so.1)
xcb_debs=(libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-util1 libx11-xcb1)

missing_xcb() {
  local lib cache
  # Read once, then searched: `ldconfig -p | grep -q` under pipefail fails at random when
  # grep stops reading early and ldconfig dies of SIGPIPE (libraries reported missing).
  cache=$(ldconfig -p)
  for lib in "${xcb_libs[@]}"; do
    grep -qF "$lib" <<<"$cache" || echo "$lib"
  done
}

echo "== X11 libraries to bundle"
if [ -n "$(missing_xcb)" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${xcb_debs[@]}" >/dev/null
  fi
  if [ -n "$(missing_xcb)" ]; then
    echo "missing: $(missing_xcb | tr '\n' ' ')" >&2
    echo "install them with: sudo apt-get install ${xcb_debs[*]}" >&2
    exit 1
  fi
fi
echo "all present"

echo "== PyInstaller"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q -e ".[package]"
.venv/bin/pyinstaller --version

echo "== build"
start=$(date +%s)
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/salescoach.spec
# A Python built from source (pyenv) ships libpython with its debug information: 23 MB, of
# which the program needs 6.5. Only that is removed (symbols stay); other libraries are
# left as their wheels made them.
if command -v strip >/dev/null; then
  for lib in dist/salescoach/_internal/libpython3*.so*; do
    [ -f "$lib" ] && strip --strip-debug "$lib"
  done
fi
echo "built dist/salescoach in $(($(date +%s) - start)) s, $(du -sh dist/salescoach | cut -f1)"
