#!/usr/bin/env bash
# Times whole search pages through the app, against the 100,000-article database that
# scripts/search-plans.sh leaves behind with KEEP=1 (or that bench/generate.sh nkr_searchbench
# makes, the same articles without the measurements). Starts the given jar (default: the built one)
# on a free port, warms it up, then requests each URL RUNS times in a row and prints the median and
# the slowest time per URL as a Markdown table. Single requests, one at a time: latency, not load.
#
#   KEEP=1 scripts/search-plans.sh && scripts/search-pages.sh [path/to/app.jar]
#   bench/generate.sh nkr_searchbench && scripts/search-pages.sh [path/to/app.jar]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

source bench/lib.sh
DB=nkr_searchbench
RUNS="${RUNS:-9}"
PORT="${PORT:-18080}"
jar="${1:-$(bench_jar)}"

if ! psql -X -d "$DB" -Atc 'select 1' >/dev/null 2>&1; then
  echo "No database $DB: run KEEP=1 scripts/search-plans.sh (or bench/generate.sh $DB) first." >&2
  exit 1
fi

log=$(mktemp)
trap 'bench_stop_app; rm -f "$log"' EXIT
bench_start_app "$jar" "$DB" "$PORT" "$log"

urls=(
  "/"
  "/?q=kim"
  "/?q=ammunition"
  "/?q=kursk"
  "/?q=rason"
  "/?q=sakhalin"
  "/?q=%22fur+hat%22"
  "/?q=kim+-drones"
  "/?q=rason&order=relevance"
)

for url in "${urls[@]}"; do   # warm-up: JIT, connection pool, PostgreSQL's caches
  curl -s -o /dev/null "http://127.0.0.1:$PORT$url"
done

echo "| page | median ms | slowest ms |"
echo "|---|---:|---:|"
for url in "${urls[@]}"; do
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v url="$url" '
    { t[NR] = $1 * 1000 }
    END { printf "| `%s` | %.0f | %.0f |\n", url, t[int((NR + 1) / 2)], t[NR] }'
done
