#!/usr/bin/env bash
# Installs the browsers the tests use from Debian's apt when they are missing:
# chromium, firefox-esr, webkit2gtk-driver (WebKitWebDriver + MiniBrowser) and xvfb.
# Needs root and apt-get; otherwise lists what is missing and fails.
# Usage: scripts/ensure-browsers.sh [chromium] [firefox] [webkit]   (default: all three)
set -euo pipefail
engines=("$@")
[ "${#engines[@]}" -gt 0 ] || engines=(chromium firefox webkit)
need=()
for e in "${engines[@]}"; do
  case "$e" in
    chromium) command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium) ;;
    firefox) [ -x /usr/lib/firefox-esr/firefox-esr ] || [ -n "${FIREFOX_PATH:-}" ] || need+=(firefox-esr) ;;
    webkit)
      command -v WebKitWebDriver >/dev/null 2>&1 || need+=(webkit2gtk-driver)
      command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
      ;;
    *) echo "unknown engine: $e" >&2; exit 2 ;;
  esac
done
[ "${#need[@]}" -eq 0 ] && { echo "Browsers present: ${engines[*]}"; exit 0; }
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from apt: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Missing: ${need[*]} (install them with apt-get, or set CHROME_PATH / FIREFOX_PATH)" >&2
  exit 1
fi
