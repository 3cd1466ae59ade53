#!/usr/bin/env bash
# Installs what Switchboard needs to build, run and test on Debian 12.
# Only packages that are missing are installed; as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-serialport-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libusb-1.0-0-dev umockdev libumockdev-dev libsodium-dev
  libqt6sql6-sqlite libsqlite3-dev  # the service's history (QSQLITE) and its online backups
  qt6-translations-l10n desktop-file-utils appstream xvfb clang libclang-rt-14-dev clang-format
  fonts-dejavu-core  # the layout tests measure text in a known font
  mosquitto mosquitto-clients libmosquitto-dev  # SB-BUS/1: the tests start their own broker
  qtkeychain-qt6-dev  # a console's broker password, only in the desktop keyring
  openssl  # tst_busrecipe makes the broker's TLS certificates as docs/deployment.md says
  python3-paho-mqtt  # tst_conformance: the SB-BUS/1 checker is an independent Python client
  poppler-utils  # tst_supervisor: the report's PDF pages as pictures (pdftoppm, pdfinfo, pdftotext)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
else
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
