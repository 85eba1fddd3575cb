#!/usr/bin/env bash
# The browser tests load the built extension into Debian's Chromium: Google
# Chrome 137+ ignores --load-extension, and Playwright's own browser download
# is not reachable from CI. Installs it only when it is missing.
set -euo pipefail
for bin in /usr/lib/chromium/chromium /usr/bin/chromium; do
  if [ -x "$bin" ]; then exit 0; fi
done
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: install Debian's chromium package (apt-get install -y chromium) as root." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
