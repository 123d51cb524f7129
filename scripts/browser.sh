#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are installed for the browser tests (Selenium drives
# /usr/bin/chromium through /usr/bin/chromedriver; nothing is downloaded at test time). Sourced by scripts/test.sh.

browser_ensure_installed() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "The browser tests need Debian's 'chromium' and 'chromium-driver' packages. Install them, or run as root." >&2
    exit 1
  fi
  echo "browser: installing Chromium and ChromeDriver from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}
