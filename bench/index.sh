#!/usr/bin/env bash
# The read index's own costs (issue 17; see bench/README.md, "The read index: index.sh"): its build from
# PostgreSQL (time and size), the app's memory after a load of varied pages with the index's mapped
# files counted apart from the rest, a restart that finds the index built, and how long a change made
# with SQL typed by hand takes to reach a search. Writes a Markdown report to INDEX_REPORT (default:
# standard output only).
#
#   bench/index.sh                        # BENCH_DB=nkr_bench100k_zipf; about 2 minutes at 100,000
#   BENCH_DB=nkr_bench1m bench/index.sh   # a 1,000,000-article database
#
# Environment (defaults in brackets): BENCH_DB [nkr_bench100k_zipf], BENCH_JAR [target/...],
# BENCH_JAVA_OPTS [-Xmx256m -XX:+UseSerialGC], BENCH_PORT [18484], BENCH_OUT [a new /tmp/nkr-index.*],
# INDEX_EDITS [5] changes timed, INDEX_REPORT [-]. PGHOST, PGPORT, PGUSER as for bench/generate.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

DB="${BENCH_DB:-nkr_bench100k_zipf}"
PORT="${BENCH_PORT:-18484}"
EDITS="${INDEX_EDITS:-5}"
REPORT="${INDEX_REPORT:--}"
JAVA_OPTS="${BENCH_JAVA_OPTS--Xmx256m -XX:+UseSerialGC}"
OUT="${BENCH_OUT:-$(mktemp -d /tmp/nkr-index.XXXXXX)}"
INDEX="$OUT/index"

[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DB must be a plain identifier" >&2; exit 2; }
[[ "$EDITS" =~ ^[0-9]+$ ]] || { echo "INDEX_EDITS must be a whole number" >&2; exit 2; }
read -r -a BENCH_JVM_OPTS <<<"$JAVA_OPTS"
jar=$(bench_jar)
trap bench_stop_app EXIT
mkdir -p "$OUT"
rm -rf "$INDEX"

# Waits for the app's start however long the index takes to build (a million articles: minutes);
# sets STARTED_IN to the seconds it took. Not in a subshell: BENCH_APP_PID must reach the caller.
start_and_wait() {
  local logfile=$1 began=$SECONDS
  bench_launch_app "$jar" "$DB" "$PORT" "$logfile" \
    --timeline.index.directory="$INDEX" --timeline.page-cache.enabled=false --timeline.request-log.enabled=false
  until grep -q 'Started TimelineApplication' "$logfile"; do
    if ! kill -0 "$BENCH_APP_PID" 2>/dev/null; then
      echo "The app stopped; its log is in $logfile" >&2
      tail -n 20 "$logfile" >&2
      exit 1
    fi
    sleep 1
  done
  STARTED_IN=$((SECONDS - began))
}

# The resident memory of the mappings of the index's files, in MB.
index_rss_mb() {
  awk -v dir="$INDEX/" '
    /^[0-9a-f]+-[0-9a-f]+ / { mapped = index($0, dir) > 0 }
    mapped && /^Rss:/ { kb += $2 }
    END { printf "%.0f", kb / 1024 }' "/proc/$1/smaps"
}

# Used and committed heap after a full collection, in MB (jcmd's GC.heap_info after GC.run).
heap_mb() {
  jcmd "$1" GC.run >/dev/null
  jstat -gc "$1" | awk 'NR == 2 { printf "%.0f of %.0f", ($3 + $4 + $6 + $8) / 1024, ($1 + $2 + $5 + $7) / 1024 }'
}

log "Building the read index of $DB from PostgreSQL (an empty index directory)"
start_and_wait "$OUT/build.log"
start_seconds=$STARTED_IN
built_line=$(grep 'The read index holds' "$OUT/build.log" | tail -n 1)
articles=$(sed -E 's/.*holds ([0-9]+) articles.*/\1/' <<<"$built_line")
build_ms=$(sed -E 's/.*built in ([0-9]+) ms.*/\1/' <<<"$built_line")
index_mb=$(du -sm "$INDEX" | cut -f1)
db_mb=$(psql_db "$DB" -Atc "select pg_database_size(current_database()) / 1048576")

log "A load of varied pages, for the memory figures"
slugs=$(psql_db "$DB" -Atc "select slug from public_article order by id desc limit 50")
for word in russia kim putin treaty drone kursk sanctions '"kim jong un"' 'fur -hat' 'glove or shell'; do
  for axis in event published; do
    curl -s -o /dev/null -G "http://127.0.0.1:$PORT/" --data-urlencode "q=$word" --data-urlencode "axis=$axis"
  done
done
for slug in $slugs; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/articles/$slug?q=russia"
done
for page in / /topics /entities /entities/vladimir-putin /feed.atom '/api/v1/articles?order=desc' '/?topic=space&order=desc'; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$page"
done
rss=$(bench_rss_mb "$BENCH_APP_PID")
hwm=$(bench_hwm_mb "$BENCH_APP_PID")
rss_index=$(index_rss_mb "$BENCH_APP_PID")
heap=$(heap_mb "$BENCH_APP_PID")

log "Changes made with SQL typed by hand, until a search finds them"
pages_find() { curl -s "http://127.0.0.1:$PORT/?q=$1" | grep -q "$1"; }
bench_time_edits "$DB" "$EDITS" pages_find
bench_stop_app

log "A restart that finds the index built"
start_and_wait "$OUT/restart.log"
restart_seconds=$STARTED_IN
rebuilt=$(grep -c 'Building the read index' "$OUT/restart.log" || true)
bench_stop_app

report=$(cat <<MD
| read index of \`$DB\` | |
|---|---|
| articles indexed | $articles |
| build from PostgreSQL at startup | $((build_ms / 1000)).$(printf '%03d' $((build_ms % 1000))) s (the app started in $start_seconds s) |
| index size on disk | $index_mb MB (the database: $db_mb MB) |
| restart with the index built | $restart_seconds s to started, rebuilt: $([ "$rebuilt" = 0 ] && echo no || echo yes) |
| JVM options | \`${JAVA_OPTS:-none}\` |
| heap used after a full GC, of committed | $heap MB |
| resident memory after the load (VmRSS) | $rss MB, of which the index's mapped files $rss_index MB; peak (VmHWM) $hwm MB |
| a change by SQL, until a search shows it | $EDIT_MS ms ($EDITS changes) |
MD
)
printf '%s\n' "$report"
if [ "$REPORT" != - ]; then
  printf '%s\n' "$report" >"$REPORT"
fi
log "Done; logs in $OUT"
