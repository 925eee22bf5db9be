#!/usr/bin/env bash
# Installs the system packages the tests need (Debian/Ubuntu), or says exactly what is missing.
#   chromium   : Playwright drives Debian's Chromium (downloaded browsers are not used)
#   gcc, libssl-dev, valgrind : the conformance suite runs every case against real OpenSSL
set -u
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
[ -f /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
fonts_missing=0
fc-list 2>/dev/null | grep -qi 'dejavu' || fonts_missing=1
[ $fonts_missing = 1 ] && missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "ensure-system: missing ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ -n "$SUDO" ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null && exit 0
fi
echo "ensure-system: could not install: ${missing[*]}" >&2
echo "  install them yourself, e.g.: sudo apt-get install -y ${missing[*]}" >&2
exit 1
