#!/usr/bin/env bash
# Lighthouse audits of the app's pages, in Debian's Chromium, written into docs/lighthouse.md.
#
# It builds the jar if there is none, makes a fresh database of the five seed articles
# (nkr_lighthouse on the PostgreSQL of bench/lib.sh), starts the app from the jar and runs Lighthouse
# (npm, pinned: 12.2.3 is the newest that runs on Node.js 20) on each page twice: with Lighthouse's
# mobile defaults (a mid-range phone, 4x CPU slowdown, simulated slow 4G) and its desktop preset.
# Lighthouse is installed outside the repository, in $LIGHTHOUSE_DIR. Full reports (HTML and JSON)
# go to target/lighthouse/. Takes about five minutes.
#
#   scripts/lighthouse.sh            # needs node, npm, python3, /usr/bin/chromium and a PostgreSQL server
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

LIGHTHOUSE_VERSION=12.2.3
LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-$HOME/.cache/nkr-timeline/lighthouse}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
PORT="${PORT:-8093}"
DB=nkr_lighthouse
OUT=target/lighthouse
REPORT=docs/lighthouse.md
export CHROME_PATH

mkdir -p "$OUT" "$LIGHTHOUSE_DIR"
lighthouse="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ] || [ "$("$lighthouse" --version)" != "$LIGHTHOUSE_VERSION" ]; then
  log "Installing lighthouse@$LIGHTHOUSE_VERSION into $LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund -E "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

jar=$(bench_jar)
bench_create_database "$DB" "$OUT/migrate.log"
trap bench_stop_app EXIT
log "Starting the app on port $PORT"
bench_start_app "$jar" "$DB" "$PORT" "$OUT/app.log" --timeline.site-url="http://127.0.0.1:$PORT"
base="http://127.0.0.1:$PORT"

article=$(psql_db "$DB" -Atc "select slug from article where not hidden order by event_date nulls last, id limit 1")
entity=$(psql_db "$DB" -Atc "select e.slug from entity e join article_entity ae on ae.entity_id = e.id
                               group by e.slug order by count(*) desc, e.slug limit 1")
pages=(
  "Timeline|/"
  "Article|/articles/$article"
  "Search|/?q=drones"
  "Filtered timeline|/?topic=arms-military-cooperation&axis=published"
  "Entity|/entities/$entity"
)

# The flags the project's browser tests use: this machine's network is closed to everything but
# package registries, so Chromium's background connections are turned off.
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
--disable-background-networking --disable-component-update --disable-sync --disable-quic"

score() { # score JSON CATEGORY -> 0..100
  node -e 'const r = require(process.argv[1]); const c = r.categories[process.argv[2]];
           process.stdout.write(String(Math.round(c.score * 100)));' "$(realpath "$1")" "$2"
}
metric() { # metric JSON AUDIT -> display value
  node -e 'const r = require(process.argv[1]); process.stdout.write(r.audits[process.argv[2]].displayValue || "");' \
    "$(realpath "$1")" "$2"
}
failing() { # failing JSON -> the audits below 1 in the scored categories other than performance
  node -e 'const r = require(process.argv[1]); const seen = new Set();
    for (const id of ["accessibility", "best-practices", "seo"]) {
      for (const ref of r.categories[id].auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1 && !seen.has(a.id)) { seen.add(a.id); console.log(id + ": " + a.id + " (" + a.title + ")"); }
      }
    }' "$(realpath "$1")"
}

rows=()
problems=()
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  for form in mobile desktop; do
    file="$OUT/$(echo "$name-$form" | tr 'A-Z ' 'a-z-')"
    extra=()
    [ "$form" = desktop ] && extra=(--preset=desktop)
    log "Lighthouse: $name ($form) $path"
    "$lighthouse" "$base$path" --quiet --output=json --output=html --output-path="$file" \
      --chrome-flags="$chrome_flags" --only-categories=performance,accessibility,best-practices,seo "${extra[@]}"
    json="$file.report.json"
    rows+=("| $name | \`$path\` | $form | $(score "$json" performance) | $(score "$json" accessibility) | $(score "$json" best-practices) | $(score "$json" seo) | $(metric "$json" first-contentful-paint) | $(metric "$json" largest-contentful-paint) | $(metric "$json" total-blocking-time) | $(metric "$json" cumulative-layout-shift) |")
    while IFS= read -r line; do
      [ -n "$line" ] && problems+=("- $name ($form): $line")
    done < <(failing "$json")
  done
done

commit=$(git rev-parse --short HEAD)
dirty=$(git status --porcelain --untracked-files=no | grep -q . && echo " (with uncommitted changes)" || true)
{
  echo "<!-- lighthouse:start -->"
  echo "Run on $(date -u +%Y-%m-%d) at commit \`$commit\`$dirty, Lighthouse $LIGHTHOUSE_VERSION, $("$CHROME_PATH" --version),"
  echo "the app from its jar on the five seed articles, page cache on (as served)."
  echo
  echo "| Page | Address | Form | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS |"
  echo "|---|---|---|---:|---:|---:|---:|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [ ${#problems[@]} -eq 0 ]; then
    echo "Every audit of accessibility, best practices and SEO passed on every page."
  else
    echo "Audits that did not pass:"
    echo
    printf '%s\n' "${problems[@]}"
  fi
  echo "<!-- lighthouse:end -->"
} > "$OUT/summary.md"

if [ -f "$REPORT" ] && grep -q '<!-- lighthouse:start -->' "$REPORT"; then
  python3 - "$REPORT" "$OUT/summary.md" <<'EOF'
import sys
report, summary = sys.argv[1], open(sys.argv[2]).read()
text = open(report).read()
start, end = text.index("<!-- lighthouse:start -->"), text.index("<!-- lighthouse:end -->") + len("<!-- lighthouse:end -->")
open(report, "w").write(text[:start] + summary.rstrip("\n") + text[end:])
EOF
else
  cat "$OUT/summary.md" > "$REPORT"
fi
cat "$OUT/summary.md"
log "Reports in $OUT; summary written into $REPORT"
