#!/usr/bin/env bash
# Regenerates the sample report page (docs/sample/report.html) and its screenshot (docs/sample/report.png) from the
# user guide's Example 2. Needs Debian's chromium for the screenshot.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/migration_test.yaml" "$work/"
(cd "$work" && "$here/../../synth" --config migration_test.yaml --compare-strategies --html-report report.html)
cp "$work/migration_test/report.html" "$here/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size=1280,2200 --screenshot="$here/report.png" "file://$here/report.html" 2>/dev/null
echo "wrote $here/report.html and $here/report.png"
