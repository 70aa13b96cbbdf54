#!/usr/bin/env bash
# Installs what OCRDesk needs: Qt's system libraries and a Chinese font (Debian/Ubuntu), and a
# virtual environment in .venv with the Python packages. Safe to run again: it skips what is there.
#   scripts/setup.sh          app only
#   scripts/setup.sh --test   app plus test tools (and LibreOffice Calc, which opens our exports in tests)
# Without root or sudo it stops at once and prints the one command an administrator has to run;
# OCRDESK_SKIP_SYSTEM_PACKAGES=1 goes on without them (when the libraries come from elsewhere).
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
python=${PYTHON:-python3}

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "OCRDesk needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
    exit 1
fi

# Libraries Qt needs for a window (X11, Wayland) and offscreen (tests), plus a CJK font so Chinese text is not
# drawn as boxes. Measured on Debian 12 (a missing one shows up in
# `ldd .venv/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so | grep "not found"`).
apt_packages=(
    libglib2.0-0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libwayland-cursor0 fonts-noto-cjk
)
# a real spreadsheet program for the export tests (tests/e2e/test_spreadsheet_roundtrip.py): about 190 MB, 35 s to install
[ -n "$extras" ] && apt_packages+=(libreoffice-calc-nogui)
# a real PostgreSQL for the team-queue tests (tests/unit/team start a private server from its binaries)
[ -n "$extras" ] && apt_packages+=(postgresql)

if [ "${OCRDESK_SKIP_SYSTEM_PACKAGES:-0}" != 1 ] && command -v apt-get >/dev/null 2>&1 \
    && command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for package in "${apt_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        ask_admin() {
            {
                echo "OCRDesk needs these system packages, and installing them needs root:"
                echo
                echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}"
                echo
                echo "Ask an administrator to run that command (as root, without 'sudo'), then run this script again."
                echo "(With OCRDESK_SKIP_SYSTEM_PACKAGES=1 it goes on without them, if they are provided otherwise.)"
            } >&2
            exit 1
        }
        if [ "$(id -u)" -eq 0 ]; then
            sudo=""
        elif command -v sudo >/dev/null 2>&1 && { [ -t 0 ] || sudo -n true 2>/dev/null; }; then
            sudo="sudo"  # asks for the password on a terminal
        else
            ask_admin
        fi
        # as root a failure is apt's own (network, a lock): its message says it; through sudo it may be a refusal
        install_failed() { [ -n "$sudo" ] && ask_admin; exit 1; }
        echo "Installing system packages: ${missing[*]}"
        $sudo apt-get update -qq || install_failed
        $sudo env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || install_failed
    fi
fi

if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv"
    "$python" -m venv .venv
fi

# Reinstall only when the dependency list (or the extras asked for) changed; a test install
# also serves the app.
stamp=".venv/.ocrdesk-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)${extras}"
case "$(cat "$stamp" 2>/dev/null || true)" in
    "$want" | "$want[test]") ;;
    *)
        echo "Installing Python packages into .venv"
        # -qq: errors only; setuptools explains editable installs in a banner on every run, which is no news here
        .venv/bin/python -m pip install -qq --disable-pip-version-check --upgrade pip
        .venv/bin/python -m pip install -qq --disable-pip-version-check -e ".${extras}"
        echo "$want" > "$stamp"
        ;;
esac
