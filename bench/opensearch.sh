#!/usr/bin/env bash
# The OpenSearch index's own costs (docs/operations.md, "The OpenSearch index"): its build from
# PostgreSQL by the app (time and size), how long a change made with SQL typed by hand takes to be
# found in OpenSearch, a restart that reads on from the index's position, and the start of an
# instance whose pages read OpenSearch, with no read index of its own. OpenSearch 2.19.6 runs
# here as the tests run it (support.OpenSearchNode, from the jars Maven copies to target/opensearch),
# without a Docker engine. Writes a Markdown report to OPENSEARCH_REPORT (default: standard output only).
#
#   bench/opensearch.sh                        # BENCH_DB=nkr_bench100k_zipf
#
# Environment (defaults in brackets): BENCH_DB [nkr_bench100k_zipf], BENCH_JAR [target/...],
# BENCH_JAVA_OPTS [-Xmx256m -XX:+UseSerialGC], BENCH_PORT [18485], OPENSEARCH_PORT [19200],
# OPENSEARCH_JAVA_OPTS [-Xms1g -Xmx1g], BENCH_OUT [a new /tmp/nkr-opensearch.*], BENCH_INDEX_DIR
# [target/bench-index/DB: the app's read index, built at its first start], OPENSEARCH_EDITS [5]
# changes timed, OPENSEARCH_REPORT [-]. PGHOST, PGPORT, PGUSER as for bench/generate.sh.
# OPENSEARCH_LONGTAIL [no]: "yes" then runs bench/longtail.sh (its own environment applies; its
# LONGTAIL_MODES defaults to "off" here) with the timeline's pages reading this OpenSearch index
# (timeline.opensearch.reads), while the node is up.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

DB="${BENCH_DB:-nkr_bench100k_zipf}"
PORT="${BENCH_PORT:-18485}"
OS_PORT="${OPENSEARCH_PORT:-19200}"
OS_JAVA_OPTS="${OPENSEARCH_JAVA_OPTS:--Xms1g -Xmx1g}"
EDITS="${OPENSEARCH_EDITS:-5}"
REPORT="${OPENSEARCH_REPORT:--}"
JAVA_OPTS="${BENCH_JAVA_OPTS--Xmx256m -XX:+UseSerialGC}"
OUT="${BENCH_OUT:-$(mktemp -d /tmp/nkr-opensearch.XXXXXX)}"
INDEX_DIR="${BENCH_INDEX_DIR:-target/bench-index/$DB}"
OS="http://127.0.0.1:$OS_PORT"
ALIAS=timeline-articles

[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "BENCH_DB must be a plain identifier" >&2; exit 2; }
[[ "$EDITS" =~ ^[0-9]+$ ]] || { echo "OPENSEARCH_EDITS must be a whole number" >&2; exit 2; }
read -r -a BENCH_JVM_OPTS <<<"$JAVA_OPTS"
read -r -a NODE_JVM_OPTS <<<"$OS_JAVA_OPTS"
jar=$(bench_jar)
mkdir -p "$OUT" "$INDEX_DIR"

if ! ls target/opensearch/*.jar >/dev/null 2>&1 || [ ! -f target/test-classes/org/nkrtimeline/support/OpenSearchNode.class ]; then
  log "Copying OpenSearch's jars to target/opensearch and compiling the tests (./mvnw process-test-classes)"
  ./mvnw -q process-test-classes >&2
fi

NODE_PID=
stop_all() {
  bench_stop_app
  if [ -n "$NODE_PID" ] && kill -0 "$NODE_PID" 2>/dev/null; then
    kill "$NODE_PID"
    wait "$NODE_PID" 2>/dev/null || true
  fi
}
trap stop_all EXIT

log "Starting OpenSearch on port $OS_PORT"
java "${NODE_JVM_OPTS[@]}" -cp target/test-classes org.nkrtimeline.support.OpenSearchNode "$OS_PORT" >"$OUT/opensearch.log" 2>&1 &
NODE_PID=$!
until grep -q 'OpenSearch is up' "$OUT/opensearch.log"; do
  kill -0 "$NODE_PID" 2>/dev/null || { tail -n 20 "$OUT/opensearch.log" >&2; exit 1; }
  sleep 1
done

start_app() {
  BENCH_START_SECONDS=1800 bench_start_app "$jar" "$DB" "$PORT" "$1" \
    --timeline.index.directory="$INDEX_DIR" --timeline.opensearch.url="$OS" \
    --timeline.page-cache.enabled=false --timeline.request-log.enabled=false
}

# Waits (up to 30 minutes) for the OpenSearch indexer's "is up to date" in a log.
await_up_to_date() {
  local logfile=$1
  for _ in $(seq 1 1800); do
    if grep -q 'OpenSearch index .* is up to date' "$logfile"; then return 0; fi
    kill -0 "$BENCH_APP_PID" 2>/dev/null || break
    sleep 1
  done
  echo "The OpenSearch index was not up to date; the app's log is in $logfile" >&2
  exit 1
}

# The slugs of the articles whose headline has a word, as OpenSearch finds them now.
found() {
  curl -s "$OS/$ALIAS/_search?q=headline:$1&filter_path=hits.hits._source.slug"
}

log "Building the OpenSearch index of $DB (the read index in $INDEX_DIR, built first if missing)"
start_app "$OUT/build.log"
await_up_to_date "$OUT/build.log"
built_line=$(grep 'The OpenSearch index .* holds' "$OUT/build.log" | tail -n 1)
articles=$(sed -E 's/.*holds ([0-9]+) articles.*/\1/' <<<"$built_line")
size_mb=$(sed -E 's/.*articles \(([0-9]+) MB\).*/\1/' <<<"$built_line")
build_ms=$(sed -E 's/.*built in ([0-9]+) ms.*/\1/' <<<"$built_line")
node_rss=$(bench_rss_mb "$NODE_PID")
db_mb=$(psql_db "$DB" -Atc "select pg_database_size(current_database()) / 1048576")

log "Changes made with SQL typed by hand, until OpenSearch finds them"
opensearch_finds() { found "$1" | grep -q slug; }
bench_time_edits "$DB" "$EDITS" opensearch_finds
bench_stop_app

log "A change while the app is stopped, then a restart"
target=$(psql_db "$DB" -Atc "select id from public_article order by id limit 1")
original=$(psql_db "$DB" -Atc "select headline from article where id = $target")
word="zqxrestart$RANDOM"
psql_db "$DB" -c "update article set headline = 'Restart check $word' where id = $target"
began=$(date +%s%N)
start_app "$OUT/restart.log"
until found "$word" | grep -q slug; do
  sleep 0.1
  if (( ($(date +%s%N) - began) / 1000000 > 120000 )); then echo "not found 120 s after the restart" >&2; exit 1; fi
done
restart_found_s=$(( ($(date +%s%N) - began) / 1000000000 ))
rebuilt=$(grep -c 'Building the OpenSearch index' "$OUT/restart.log" || true)
psql_db "$DB" -v headline="$original" <<<"update article set headline = :'headline' where id = $target"
own_started_s=$(grep -o 'Started TimelineApplication in [0-9.]*' "$OUT/restart.log" | grep -o '[0-9.]*$')
own_rss=$(bench_rss_mb "$BENCH_APP_PID")
bench_stop_app

log "An instance whose pages read OpenSearch, with no read index of its own (an empty index directory)"
mkdir -p "$OUT/no-read-index"
began=$(date +%s%N)
bench_start_app "$jar" "$DB" "$PORT" "$OUT/reads.log" \
  --timeline.index.directory="$OUT/no-read-index" --timeline.opensearch.url="$OS" \
  --timeline.opensearch.reads=true --timeline.page-cache.enabled=false --timeline.request-log.enabled=false
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; do
  sleep 0.1
  if (( ($(date +%s%N) - began) / 1000000 > 120000 )); then echo "not ready 120 s after its start" >&2; exit 1; fi
done
reads_ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
reads_started_s=$(grep -o 'Started TimelineApplication in [0-9.]*' "$OUT/reads.log" | grep -o '[0-9.]*$')
curl -s -o /dev/null "http://127.0.0.1:$PORT/?q=russia"
reads_rss=$(bench_rss_mb "$BENCH_APP_PID")
reads_files=$(find "$OUT/no-read-index" -mindepth 1 | wc -l)
bench_stop_app

report=$(cat <<MD
| OpenSearch index of \`$DB\` | |
|---|---|
| articles indexed | $articles |
| build from PostgreSQL, in the background after the app started | $((build_ms / 1000)).$(printf '%03d' $((build_ms % 1000))) s |
| index size (primary store) | $size_mb MB (the database: $db_mb MB) |
| OpenSearch node | 2.19.6, one node, \`$OS_JAVA_OPTS\`; resident memory after the build $node_rss MB |
| a change by SQL, until OpenSearch finds it | $EDIT_MS ms ($EDITS changes) |
| a change made while the app was stopped | found $restart_found_s s after the restart began; rebuilt: $([ "$rebuilt" = 0 ] && echo no || echo yes) |
| that restart, keeping its own read index (built) | started in $own_started_s s; resident memory $own_rss MB |
| an instance whose pages read OpenSearch, no read index | started in $reads_started_s s, ready $((reads_ready_ms / 1000)).$(printf '%03d' $((reads_ready_ms % 1000))) s after its launch; resident memory after one search $reads_rss MB; files in its index directory: $reads_files |
MD
)
printf '%s\n' "$report"
if [ "$REPORT" != - ]; then
  printf '%s\n' "$report" >"$REPORT"
fi
if [ "${OPENSEARCH_LONGTAIL:-no}" = yes ]; then
  log "The long-tail mix, the timeline's pages reading OpenSearch"
  BENCH_APP_ARGS="--timeline.opensearch.url=$OS --timeline.opensearch.reads=true" \
    LONGTAIL_MODES="${LONGTAIL_MODES:-off}" BENCH_DB="$DB" BENCH_INDEX_DIR="$INDEX_DIR" \
    BENCH_JAR="$jar" bash bench/longtail.sh
fi
stop_all
log "Done; logs in $OUT"
