#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed, which the browser tests and `npm start`
# drive. They come from the distribution's packages (apt-get), never from a download by a test tool:
# see docs/browser-testing.md in the shared material.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
# Firefox shows the extension in another language (the popup's e2e tests in each interface language)
# only with that language's pack. Spanish is Spain's (es-ES): Debian splits Spanish by country.
if [ -z "${FIREFOX_PATH:-}" ] && command -v dpkg-query >/dev/null; then
  for pack in firefox-esr-l10n-de firefox-esr-l10n-fr firefox-esr-l10n-es-es firefox-esr-l10n-it firefox-esr-l10n-nl; do
    dpkg-query -W -f='${Status}' "$pack" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pack")
  done
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "ensure-browsers: ${missing[*]} missing and no apt-get here; install them, or set CHROMIUM_PATH / FIREFOX_PATH" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "ensure-browsers: installing ${missing[*]} from Debian" >&2
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
