#!/usr/bin/env bash
# The load test (issue 6): the built jar, as it runs in production, under wrk over loopback for
# LOAD_DURATION seconds (60) at LOAD_CONNECTIONS connections (64), on a mix of timeline, search,
# article and error pages. Passes when wrk saw no socket errors or timeouts, every answer has the
# status its page should have (200, or the 400 and 404 of the error pages), and the heap after a full
# collection is steady (within LOAD_HEAP_SLACK_MB) from before the load to after it. Writes a
# Markdown report between the load markers in docs/load.md (LOAD_REPORT), and exits 1 on a failure.
#
#   bench/load.sh                        # against nkr_bench100k (100,000 articles), made if missing
#   LOAD_DB=nkr_timeline bench/load.sh   # against any migrated database
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

DB="${LOAD_DB:-nkr_bench100k}"
DURATION="${LOAD_DURATION:-60}"
CONNECTIONS="${LOAD_CONNECTIONS:-64}"
THREADS="${LOAD_THREADS:-2}"
PORT="${LOAD_PORT:-18090}"
HEAP_SLACK_MB="${LOAD_HEAP_SLACK_MB:-16}"
REPORT="${LOAD_REPORT:-docs/load.md}"
JAVA_OPTS="${LOAD_JAVA_OPTS:--Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
read -r -a BENCH_JVM_OPTS <<<"$JAVA_OPTS"

fail() { echo "bench/load.sh: $*" >&2; exit 1; }
for tool in java jcmd psql curl wrk awk; do
  command -v "$tool" >/dev/null || fail "needs $tool on the PATH (Debian: apt-get install wrk postgresql-client curl openjdk-17-jdk-headless)"
done
if ! psql -X -d "$DB" -Atc 'select 1' >/dev/null 2>&1; then
  [ "$DB" = nkr_bench100k ] || fail "no database $DB on $PGHOST:$PGPORT"
  log "No $DB yet: generating it (bench/generate.sh, a few minutes)"
  bash bench/generate.sh "$DB"
fi

WORK=$(mktemp -d /tmp/nkr-load.XXXXXX)
trap 'bench_stop_app; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# The pages, each with the status it must answer. Articles by slug: the seeds, and synthetic ones
# if the database has them. Every one is asked for in turn, so that the cache holds them all after
# the first round, as it would hold a site's popular pages.
{
  echo "200 /"
  echo "200 /?topic=sanctions"
  echo "200 /?from=2024-01-01&to=2024-12-31"
  echo "200 /?order=desc&topic=military-cooperation"
  echo "200 /?q=russia"
  echo "200 /?q=summit%20treaty"
  echo "200 /?q=zeppelin"
  echo "200 /topics"
  echo "200 /entities"
  psql_db "$DB" -Atc "select '200 /articles/' || slug from article where not hidden order by id limit 10"
  echo "200 /entities/$(psql_db "$DB" -Atc "select slug from entity order by id limit 1")"
  echo "404 /articles/no-such-article"
  echo "404 /no/such/page"
  echo "400 /?from=2025-02-30"
  echo "400 /?order=sideways"
} >"$WORK/pages.txt"

cat >"$WORK/load.lua" <<'EOF'
-- Cycles through the pages; counts, per thread, requests made for each expected status and
-- answers received with each status. done() adds up the threads.
local pages = {}
for line in io.lines(os.getenv("LOAD_PAGES")) do
  local status, path = line:match("^(%d+) (.+)$")
  pages[#pages + 1] = { status = status, path = path }
end
local threads = {}
function setup(thread)
  thread:set("offset", #threads)
  threads[#threads + 1] = thread
end
function init(args)
  expected = {}
  answered = {}
  n = offset
end
function request()
  n = n + 1
  local page = pages[(n % #pages) + 1]
  expected[page.status] = (expected[page.status] or 0) + 1
  return wrk.format("GET", page.path, { ["Accept"] = "text/html" })
end
function response(status, headers, body)
  answered[tostring(status)] = (answered[tostring(status)] or 0) + 1
end
function done(summary, latency, requests)
  local e, a = {}, {}
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("expected")) do e[k] = (e[k] or 0) + v end
    for k, v in pairs(thread:get("answered")) do a[k] = (a[k] or 0) + v end
  end
  local function show(t)
    local keys, out = {}, {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. t[k] end
    return table.concat(out, ",")
  end
  local s = summary.errors
  io.write(string.format("LOAD requests=%d seconds=%.1f rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f "
      .. "connect=%d read=%d write=%d timeout=%d status_errors=%d expected=%s answered=%s\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, s.connect, s.read, s.write, s.timeout, s.status, show(e), show(a)))
end
EOF

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# Heap in use after a full collection, in MB: what the application really keeps. GC.heap_info prints
# "used NK" for each generation (serial) or for the whole heap (G1); Metaspace is not heap.
heap_after_gc_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/def new generation|tenured generation|garbage-first heap/ {
      for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); total += v } }
      END { printf "%.1f", total / 1024 }'
}

jar=$(bench_jar)
log "Starting $jar ($JAVA_OPTS) against $DB on port $PORT"
bench_start_app "$jar" "$DB" "$PORT" "$WORK/app.log" || fail "the app did not start"
pid=$BENCH_APP_PID
while read -r status path; do
  got=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H 'Accept: text/html' "http://127.0.0.1:$PORT$path")
  [ "$got" = "$status" ] || fail "$path answered $got before the load, not $status"
done <"$WORK/pages.txt"
log "Warm-up: 10 s"
LOAD_PAGES="$WORK/pages.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --timeout 10s -s "$WORK/load.lua" \
  "http://127.0.0.1:$PORT" >"$WORK/warmup.txt" 2>&1
sleep 2
heap_before=$(heap_after_gc_mb "$pid")
rss_before=$(rss_mb "$pid")
log_lines_before=$(wc -l <"$WORK/app.log")

log "Load: $DURATION s at $CONNECTIONS connections, $THREADS threads"
LOAD_PAGES="$WORK/pages.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency \
  -s "$WORK/load.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.txt" 2>&1 || fail "wrk failed: $(cat "$WORK/wrk.txt")"
rss_after=$(rss_mb "$pid")
hwm=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
heap_after=$(heap_after_gc_mb "$pid")
log "Resting 30 s"
sleep 30
rss_rest=$(rss_mb "$pid")
heap_rest=$(heap_after_gc_mb "$pid")
warnings=$(tail -n +"$((log_lines_before + 1))" "$WORK/app.log" | grep -c -E '^[0-9T:.-]+Z? +(WARN|ERROR)' || true)
server_errors=$(tail -n +"$((log_lines_before + 1))" "$WORK/app.log" | grep -c -E 'org.nkrtimeline.requests.* 5[0-9][0-9] [0-9]+ B' || true)
request_lines=$(tail -n +"$((log_lines_before + 1))" "$WORK/app.log" | grep -c 'org.nkrtimeline.requests' || true)
bench_stop_app

line=$(grep '^LOAD ' "$WORK/wrk.txt") || fail "no result line from wrk: $(cat "$WORK/wrk.txt")"
declare -A R
for field in ${line#LOAD }; do R[${field%%=*}]=${field#*=}; done

# Each status must have been answered as often as it was asked for, give or take the requests
# still in flight when wrk stopped (at most one per connection).
problems=()
socket_errors=$((R[connect] + R[read] + R[write] + R[timeout]))
[ "$socket_errors" = 0 ] || problems+=("socket errors or timeouts: ${R[connect]} connect, ${R[read]} read, ${R[write]} write, ${R[timeout]} timeout")
IFS=, read -r -a answered <<<"${R[answered]}"
for pair in "${answered[@]}"; do
  status=${pair%%=*}
  case $status in 200|400|404) ;; *) problems+=("${pair#*=} answers with status $status") ;; esac
done
for status in 200 400 404; do
  asked=$(tr , '\n' <<<"${R[expected]}" | awk -F= -v s="$status" '$1 == s { print $2 }')
  got=$(tr , '\n' <<<"${R[answered]}" | awk -F= -v s="$status" '$1 == s { print $2 }')
  if [ $(( ${asked:-0} - ${got:-0} )) -gt "$CONNECTIONS" ] || [ $(( ${got:-0} - ${asked:-0} )) -gt 0 ]; then
    problems+=("status $status: asked ${asked:-0} times, answered ${got:-0} times")
  fi
done
heap_growth=$(awk -v a="$heap_rest" -v b="$heap_before" 'BEGIN { printf "%.1f", a - b }')
if awk -v g="$heap_growth" -v s="$HEAP_SLACK_MB" 'BEGIN { exit !(g > s) }'; then
  problems+=("the heap after a full collection grew by $heap_growth MB (more than $HEAP_SLACK_MB)")
fi
[ "$server_errors" = 0 ] || problems+=("$server_errors 5xx answers in the request log")
verdict=$([ ${#problems[@]} = 0 ] && echo "passed" || echo "FAILED: ${problems[*]}")

articles=$(psql_db "$DB" -Atc 'select count(*) from article')
report=$(cat <<EOF
<!-- load:begin -->
Run on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, against
\`$DB\` ($(printf "%'d" "$articles") articles), JVM options \`$JAVA_OPTS\`: **$verdict**.

| | |
|---|---|
| load | $DURATION s, $CONNECTIONS connections, $THREADS wrk threads, $(wc -l <"$WORK/pages.txt") pages in turn |
| requests | $(printf "%'d" "${R[requests]}") ($(printf "%'d" "${R[rps]}") per second) |
| answers by status | ${R[answered]//,/, } |
| asked for, by expected status | ${R[expected]//,/, } |
| socket errors and timeouts | $socket_errors |
| latency p50 / p90 / p99 / max | ${R[p50]} / ${R[p90]} / ${R[p99]} / ${R[max]} ms |
| 5xx in the request log | $server_errors (of $(printf "%'d" "$request_lines") lines); WARN or ERROR lines: $warnings |
| heap after a full GC: before / after / 30 s later | $heap_before / $heap_after / $heap_rest MB (growth $heap_growth MB, allowed $HEAP_SLACK_MB) |
| resident memory: before / after / 30 s later (peak) | $rss_before / $rss_after / $rss_rest MB ($hwm MB) |

Pages: $(awk '{ printf "%s`%s` (%s)", (NR > 1 ? ", " : ""), $2, $1 }' "$WORK/pages.txt").
<!-- load:end -->
EOF
)
mkdir -p "$(dirname "$REPORT")"
if [ -f "$REPORT" ] && grep -q '<!-- load:begin -->' "$REPORT"; then
  awk -v report="$report" '/<!-- load:begin -->/ { print report; skip = 1 } /<!-- load:end -->/ { skip = 0; next } !skip' \
    "$REPORT" >"$WORK/report.md"
  cp "$WORK/report.md" "$REPORT"
else
  printf '%s\n' "$report" >>"$REPORT"
fi
printf '%s\n' "$report"
[ ${#problems[@]} = 0 ] || exit 1
