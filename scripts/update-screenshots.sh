#!/usr/bin/env bash
# Re-takes the screenshots in docs/screenshots/: runs only the browser tests (TimelineBrowserIT,
# DiscoveryBrowserIT and EditorBrowserIT), which save them to target/screenshots/, and copies them over. Needs what the tests need
# (PostgreSQL or Docker, see the README) plus Chromium and chromium-driver (or CHROME_BIN and
# CHROMEDRIVER). Extra arguments go to Maven, e.g. scripts/update-screenshots.sh -o
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

rm -rf target/screenshots
# CI=true: fail with a clear message, rather than skip, if Chromium is missing.
CI=true ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*BrowserIT' "$@"

shopt -s nullglob
shots=(target/screenshots/*.png)
if [ "${#shots[@]}" -eq 0 ]; then
  echo "The browser tests passed but saved no screenshots in target/screenshots/." >&2
  exit 1
fi
mkdir -p docs/screenshots
cp -v "${shots[@]}" docs/screenshots/
