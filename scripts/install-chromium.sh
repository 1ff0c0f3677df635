#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (driven by Microsoft.Playwright with ExecutablePath=/usr/bin/chromium).
# As root only; never runs 'playwright install' (it downloads a browser, which these machines cannot do).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "/usr/bin/chromium is missing: run 'sudo apt-get install -y chromium' (or set ATTACHE_SKIP_BROWSER=1 to skip the browser tests)" >&2
  exit 1
fi
echo "installing Chromium (apt-get)..." >&2
apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
