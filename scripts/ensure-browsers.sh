#!/usr/bin/env bash
# Installs the Debian browser packages named (chromium, firefox-esr) that are
# missing, with apt-get, and poppler-utils, whose pdftotext reads the printed
# report back. The browser tests load the built extension into these:
# Google Chrome 137+ ignores --load-extension, and no browser download
# (Playwright's, Puppeteer's) is reachable from CI.
# Usage: scripts/ensure-browsers.sh chromium firefox-esr poppler-utils
set -euo pipefail
missing=()
for package in "$@"; do
  case "$package" in
    chromium) binaries=(/usr/lib/chromium/chromium /usr/bin/chromium) ;;
    firefox-esr) binaries=(/usr/lib/firefox-esr/firefox-esr /usr/bin/firefox-esr) ;;
    poppler-utils) binaries=(/usr/bin/pdftotext) ;;
    *) echo "unknown browser package: $package" >&2; exit 2 ;;
  esac
  found=no
  for bin in "${binaries[@]}"; do
    if [ -x "$bin" ]; then found=yes; fi
  done
  if [ "$found" = no ]; then missing+=("$package"); fi
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Install Debian's packages as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
