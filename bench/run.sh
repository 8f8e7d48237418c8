#!/usr/bin/env bash
# The committed benchmark (issue 5; see bench/README.md). Drives the built jar over loopback with
# wrk on a fixed set of reader pages of a large collection, measures two baselines on the same
# machine in the same run (B0: the same bytes from nginx; B1: the same SQL and HTML in a minimal
# servlet of the same JVM), startup, resident memory and SQL statements per request, and writes a
# Markdown report between the markers <!-- bench:begin --> and <!-- bench:end --> of
# docs/performance.md.
#
#   bench/run.sh                                  # the whole run, about 15 minutes on 2 cores
#   BENCH_DURATION=3 BENCH_WARMUP=1 bench/run.sh  # a quick check of the script itself
#
# Environment (defaults in brackets):
#   BENCH_DB [nkr_bench100k]   database; made with bench/generate.sh if it lacks ARTICLES [100000]
#   BENCH_JAR [target/...]     the jar to measure (built by ./mvnw if target/ has none)
#   BENCH_JAVA_OPTS            JVM options of every app start [the recommended ones, see below]
#   BENCH_JAVA_OPTS_COMPARE    option sets to compare, separated by ";" [three]; empty: skip
#   BENCH_DURATION [10]  BENCH_WARMUP [3]   seconds of each measured wrk run and of its warm-up
#   BENCH_CONNECTIONS [16]  BENCH_THREADS [2]  BENCH_TIMEOUT [60s]   wrk's -c, -t and --timeout
#   BENCH_STARTUP_RUNS [3]     starts timed per way of starting (the median is reported)
#   BENCH_PHASES               the parts to run [statements cold warm b0 jvm startup]
#   BENCH_PORT [18480]  BENCH_NGINX_PORT [18481]   loopback ports for the app and for nginx
#   BENCH_OUT [a new /tmp/nkr-bench.* directory]   raw wrk outputs, logs and report.md (kept)
#   BENCH_REPORT [docs/performance.md]             where the report goes; "-" for nowhere
# PGHOST, PGPORT, PGUSER and PGPASSWORD as for bench/generate.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh

started=$SECONDS
DB="${BENCH_DB:-nkr_bench100k}"
ARTICLES="${ARTICLES:-100000}"
DURATION="${BENCH_DURATION:-10}"
WARMUP="${BENCH_WARMUP:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
TIMEOUT="${BENCH_TIMEOUT:-60s}"
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-3}"
PHASES=" ${BENCH_PHASES:-statements cold warm b0 jvm startup} "
PORT="${BENCH_PORT:-18480}"
NGINX_PORT="${BENCH_NGINX_PORT:-18481}"
REPORT="${BENCH_REPORT:-docs/performance.md}"
# Chosen by measuring the sets of BENCH_JAVA_OPTS_COMPARE on 2 cores (see bench/README.md): the
# live heap after a full GC is under 40 MB, so 96 MB leaves room for the page cache; the serial
# collector's young pauses are a few ms at this size, it runs no concurrent threads to take the
# cores from the app, and it needs less memory of its own than G1. C1 only (TieredStopAtLevel=1)
# starts in about half the time with a CDS archive and takes about 40 MB less, for about 20% less
# throughput on cached pages: it is the only set that meets the startup and memory targets.
JAVA_OPTS="${BENCH_JAVA_OPTS--Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
JAVA_OPTS_COMPARE="${BENCH_JAVA_OPTS_COMPARE--Xmx256m;-Xmx96m -XX:+UseSerialGC;-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
PAGE_SIZE=50       # the app's page size, fixed in TimelinePaging
DEEP_PAGE=500
# A run slower than this many requests at half its peak rate says nothing about p99: skipped.
HALF_MIN_REQUESTS=100

if ! [[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "BENCH_DB must be lower-case letters, digits and underscores, not \"$DB\"" >&2
  exit 2
fi
for var in DURATION WARMUP CONNECTIONS THREADS STARTUP_RUNS PORT NGINX_PORT; do
  if ! [[ "${!var}" =~ ^[0-9]+$ ]]; then
    echo "BENCH_$var must be a whole number, not \"${!var}\"" >&2
    exit 2
  fi
done
read -r -a BENCH_JVM_OPTS <<<"$JAVA_OPTS"

phase() { [[ "$PHASES" == *" $1 "* ]]; }

# ---------------------------------------------------------------------------------------------
# Tools, work directory, clean-up

# nginx is often in /usr/sbin, which a plain user's PATH lacks.
if ! command -v nginx >/dev/null && [ -x /usr/sbin/nginx ]; then PATH="$PATH:/usr/sbin"; fi
need_tools() {
  local missing=() tool
  # wrk and nginx are only for benchmarking, so a root user (a container, a CI machine) gets them.
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "Installing wrk and nginx-light (apt-get)"
      apt-get install -y wrk nginx-light >&2 || true
    fi
  fi
  for tool in java psql curl wrk nginx awk; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bench/run.sh needs ${missing[*]} on the PATH (Debian: apt-get install wrk nginx-light" \
         "postgresql-client curl openjdk-17-jdk-headless)." >&2
    exit 1
  fi
  NGINX=$(command -v nginx)
}
need_tools

WORK=$(mktemp -d /tmp/nkr-bench-work.XXXXXX)
OUT="${BENCH_OUT:-$(mktemp -d /tmp/nkr-bench.XXXXXX)}"
mkdir -p "$OUT"
NGINX_PID=
cleanup() {
  bench_stop_app
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID"
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "bench/run.sh: $*" >&2; exit 1; }

# Nothing may answer on our ports already: its answers would be taken for the app's.
for port in "$PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    fail "something already answers on 127.0.0.1:$port; set BENCH_PORT / BENCH_NGINX_PORT"
  fi
done

# ---------------------------------------------------------------------------------------------
# PostgreSQL and the collection

if ! psql -X -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  # A local Debian cluster that is merely stopped can be started; anything else is the user's.
  if [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null \
     && [[ "$PGHOST" =~ ^(127\.0\.0\.1|localhost|/.*)$ ]]; then
    cluster=$(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port { print $1, $2; exit }')
    [ -n "$cluster" ] || fail "no PostgreSQL answers on $PGHOST:$PGPORT and no local cluster uses that port"
    log "Starting PostgreSQL cluster $cluster"
    # shellcheck disable=SC2086 # "version name", two arguments
    pg_ctlcluster $cluster start
  else
    fail "no PostgreSQL answers on $PGHOST:$PGPORT as $PGUSER; start it or set PGHOST/PGPORT/PGUSER"
  fi
fi

articles=$(psql_db "$DB" -Atc 'select count(*) from article' 2>/dev/null || echo 0)
if [ "$articles" -lt $((ARTICLES + 5)) ]; then
  # The five seed articles come with the migrations; fewer than ARTICLES + 5 means not loaded.
  # generate.sh drops the database first: never one with articles of its own (a real collection).
  own=$(psql_db "$DB" -Atc "select count(*) from article where slug not like 'synthetic-%'" 2>/dev/null || echo 0)
  if [ "$own" -gt 5 ]; then
    fail "$DB has $articles articles, $own of them not synthetic: not loading it (that would drop it); set BENCH_DB"
  fi
  log "$DB has $articles articles, not $ARTICLES synthetic ones: loading them (bench/generate.sh)"
  ARTICLES="$ARTICLES" OUT="$OUT/generate" bench/generate.sh "$DB"
fi
articles=$(psql_db "$DB" -Atc 'select count(*) from article where not hidden')

JAR="${BENCH_JAR:-$(bench_jar)}"
[ -f "$JAR" ] || fail "no jar at $JAR"
BASE="http://127.0.0.1:$PORT"

# ---------------------------------------------------------------------------------------------
# The pages: name, address. The deep page is keyset-paged, so its address needs the id of the
# article just before it in the timeline's order (TimelineRepository's default order).

deep_after=$(psql_db "$DB" -Atc "
  select id from article where not hidden
  order by coalesce(event_date, 'infinity'), coalesce(published_date, 'infinity'), headline, id
  offset $(((DEEP_PAGE - 1) * PAGE_SIZE - 1)) limit 1")
[ -n "$deep_after" ] || fail "$DB has fewer than $(((DEEP_PAGE - 1) * PAGE_SIZE)) visible articles: no page $DEEP_PAGE"
# As the page prints it ("Showing articles 24,951–25,000."), whatever the locale here.
thousands() { sed -E ':a;s/([0-9])([0-9]{3})($|,)/\1,\2\3/;ta' <<<"$1"; }
deep_first=$(thousands $(((DEEP_PAGE - 1) * PAGE_SIZE + 1)))

NAMES=(timeline topic dates search-common search-absent deep-page article)
declare -A URL=(
  [timeline]="/"
  [topic]="/?topic=sanctions"
  [dates]="/?from=2024-01-01&to=2024-12-31"
  [search-common]="/?q=russia"
  [search-absent]="/?q=zeppelin"
  [deep-page]="/?after=$deep_after"
  [article]="/articles/synthetic-500"
)
TIMELINE_NAMES=(timeline topic dates search-common search-absent deep-page)
HALF_NAMES=(timeline search-common search-absent)

# B1 answers the same query parameters under /bench/b1.
b1_url() { local u=${URL[$1]}; printf '/bench/b1%s' "${u#/}"; }

# ---------------------------------------------------------------------------------------------
# Measuring helpers

# The Lua for wrk: done() prints one parseable line. The paced variant adds delay(), which holds
# each thread to BENCH_RATE_PER_THREAD requests a second by handing out send slots (wrk has no
# rate option; LuaJIT's ffi gives the monotonic clock that plain Lua lacks).
cat >"$WORK/report.lua" <<'LUA'
function done(summary, latency, requests)
  local e = summary.errors
  local ms = function(p) return latency:percentile(p) / 1000 end
  io.write(string.format(
    "BENCH requests=%d rps=%.2f p50=%.3f p90=%.3f p99=%.3f p999=%.3f max=%.3f http_errors=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), ms(50), ms(90), ms(99), ms(99.9),
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
LUA
{
  cat "$WORK/report.lua"
  cat <<'LUA'
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local now_ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_ts)  -- CLOCK_MONOTONIC
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end
local interval = 1000 / tonumber(os.getenv("BENCH_RATE_PER_THREAD"))
local next_slot = 0
-- Called before each request but a connection's first: wait for the next free slot. A slot
-- missed because every connection was busy is not made up later (no bursts).
function delay()
  local now = now_ms()
  if next_slot < now then next_slot = now end
  local wait = next_slot - now
  next_slot = next_slot + interval
  return wait
end
LUA
} >"$WORK/paced.lua"

declare -A RPS P50 P99 P999 REQS ERRS NONE
ERRORS_SEEN=()

# Waits until the app and its database are idle (bench/lib.sh).
settle() { bench_wait_idle "$DB" "$BENCH_APP_PID"; }

# wrk_once RAWFILE SECONDS URL [SCRIPT] [RATE]: one wrk run, then settle; its parsed line goes to
# stdout.
wrk_once() {
  local raw=$1 seconds=$2 url=$3 script=${4:-$WORK/report.lua} rate=${5:-}
  local per_thread=1 line
  if [ -n "$rate" ]; then per_thread=$(awk -v r="$rate" -v t="$THREADS" 'BEGIN { printf "%.4f", r / t }'); fi
  BENCH_RATE_PER_THREAD=$per_thread \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout "$TIMEOUT" --latency -s "$script" "$url" >"$raw" 2>&1 \
    || fail "wrk failed on $url; see $raw"
  line=$(grep '^BENCH ' "$raw") || fail "no result line from wrk for $url; see $raw"
  settle
  printf '%s\n' "$line"
}

# wrk_run KEY URL [SCRIPT] [RATE]: warm-up, then the measured run; results in RPS[KEY] etc., the
# raw wrk output in $OUT/wrk-KEY.txt.
wrk_run() {
  local key=$1 url=$2 script=${3:-} rate=${4:-} line field
  log "wrk $key${rate:+ at $rate req/s}: $url"
  if [ "$WARMUP" -gt 0 ]; then wrk_once "$OUT/wrk-$key.warmup.txt" "$WARMUP" "$url" "$script" "$rate" >/dev/null; fi
  line=$(wrk_once "$OUT/wrk-$key.txt" "$DURATION" "$url" "$script" "$rate")
  for field in $line; do
    case $field in
      requests=*) REQS[$key]=${field#*=} ;;
      rps=*) RPS[$key]=${field#*=} ;;
      p50=*) P50[$key]=${field#*=} ;;
      p99=*) P99[$key]=${field#*=} ;;
      p999=*) P999[$key]=${field#*=} ;;
      http_errors=*) ERRS[$key]=${field#*=} ;;
      socket_errors=*) ERRS[$key]=$((${ERRS[$key]} + ${field#*=})) ;;
    esac
  done
  if [ "${ERRS[$key]}" != 0 ]; then ERRORS_SEEN+=("$key: ${ERRS[$key]}"); fi
  if [ "${REQS[$key]}" = 0 ]; then
    # Not one answer within the run: every latency is at least its length (shown as "> ms").
    RPS[$key]=0
    P50[$key]=$((DURATION * 1000)) P99[$key]=$((DURATION * 1000)) P999[$key]=$((DURATION * 1000))
    NONE[$key]=1
  fi
}

# HTTP status of a page of the running app (or nginx); the body goes to the optional file.
status_of() { curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 120 "$1" || true; }

rss_mb() { bench_rss_mb "$1"; }
hwm_mb() { bench_hwm_mb "$1"; }

# start_app NAME [APP ARGUMENT...]: starts the jar with BENCH_JAVA_OPTS, waits for it, and checks
# that the timeline answers.
start_app() {
  local name=$1
  shift
  log "Starting the app ($name): ${BENCH_JVM_OPTS[*]} $*"
  bench_start_app "$JAR" "$DB" "$PORT" "$OUT/app-$name.log" "$@" || fail "the app did not start ($name)"
  local status
  status=$(status_of "$BASE/")
  [ "$status" = 200 ] || fail "the app ($name) answered $status on /; see $OUT/app-$name.log"
}

# check_pages: every page answers 200 (wrk would count a redirect as a success), and the
# deep page is the one asked for.
check_pages() {
  local name status
  for name in "${NAMES[@]}"; do
    status=$(status_of "$BASE${URL[$name]}" "$WORK/page.html")
    [ "$status" = 200 ] || fail "$name (${URL[$name]}) answered $status, not 200"
    if [ "$name" = deep-page ] && ! grep -q "$deep_first" "$WORK/page.html"; then
      fail "the deep page ${URL[$name]} does not show article $deep_first (page $DEEP_PAGE of $PAGE_SIZE):" \
           "the app's order or page size differs from bench/run.sh's; its text: $(grep -o 'Showing articles[^<]*' "$WORK/page.html" || echo none)"
    fi
  done
}

# half_peak MODE: the timeline and the searches again, at half the rate MODE reached.
half_peak() {
  local mode=$1 name rate
  for name in "${HALF_NAMES[@]}"; do
    if [ -z "${RPS[$mode.$name]:-}" ] || [ -n "${NONE[$mode.$name]:-}" ]; then continue; fi
    rate=$(awk -v r="${RPS[$mode.$name]}" 'BEGIN { printf "%.2f", r / 2 }')
    HALF_RATE[$mode.$name]=$rate
    if awk -v r="$rate" -v d="$DURATION" -v m="$HALF_MIN_REQUESTS" 'BEGIN { exit !(r * d < m) }'; then
      log "half-$mode.$name skipped: $rate req/s for $DURATION s is under $HALF_MIN_REQUESTS requests"
      continue
    fi
    wrk_run "half-$mode.$name" "$BASE${URL[$name]}" "$WORK/paced.lua" "$rate"
  done
}
declare -A HALF_RATE STMTS RSS_START RSS_LOAD RSS_PEAK STARTUP STARTED_LOG JVM_RESULT

APP_ARGS=(--spring.profiles.active=bench)

# ---------------------------------------------------------------------------------------------
# 1. SQL statements per request: a start of its own (cache off, Server-Timing on), one request to
#    warm each page and a second to count, never during a wrk run (the header costs time).

if phase statements; then
  start_app statements "${APP_ARGS[@]}" --timeline.page-cache.enabled=false --timeline.server-timing.enabled=true
  check_pages
  for name in "${NAMES[@]}"; do
    curl -s -o /dev/null "$BASE${URL[$name]}"
    header=$(curl -s -o /dev/null -D - "$BASE${URL[$name]}" | tr -d '\r' | grep -i '^server-timing:' || true)
    STMTS[$name]=$(sed -nE 's/.*sql;[^,]*desc="?([0-9]+)( statements?)?"?.*/\1/p' <<<"$header" | head -n 1)
    STMTS[$name]=${STMTS[$name]:-n/a}
  done
  bench_stop_app
fi

# ---------------------------------------------------------------------------------------------
# 2. Cold path: the page cache off, every request renders; B1 in the same JVM for comparison.

if phase cold; then
  start_app cold "${APP_ARGS[@]}" --timeline.page-cache.enabled=false
  RSS_START[cold]=$(rss_mb "$BENCH_APP_PID")
  check_pages
  for name in "${NAMES[@]}"; do wrk_run "cold.$name" "$BASE${URL[$name]}"; done
  B1_STATUS=$(status_of "$BASE$(b1_url timeline)")
  if [ "$B1_STATUS" = 200 ]; then
    for name in "${TIMELINE_NAMES[@]}"; do
      status=$(status_of "$BASE$(b1_url "$name")")
      [ "$status" = 200 ] || fail "B1 answered $status on $(b1_url "$name")"
      wrk_run "b1.$name" "$BASE$(b1_url "$name")"
    done
  else
    log "No B1: /bench/b1 answered $B1_STATUS (is there a bench profile?); B1 is n/a"
  fi
  half_peak cold
  RSS_LOAD[cold]=$(rss_mb "$BENCH_APP_PID")
  RSS_PEAK[cold]=$(hwm_mb "$BENCH_APP_PID")
  bench_stop_app
fi

# ---------------------------------------------------------------------------------------------
# 3. Warm cache: the app as it runs in production (page cache on). Its pages are then saved as
#    they were served, for B0.

if phase warm || phase b0; then
  start_app warm "${APP_ARGS[@]}"
  RSS_START[warm]=$(rss_mb "$BENCH_APP_PID")
  check_pages
  if phase warm; then
    for name in "${NAMES[@]}"; do wrk_run "warm.$name" "$BASE${URL[$name]}"; done
    half_peak warm
    RSS_LOAD[warm]=$(rss_mb "$BENCH_APP_PID")
    RSS_PEAK[warm]=$(hwm_mb "$BENCH_APP_PID")
  fi
  mkdir -p "$WORK/b0"
  for name in "${TIMELINE_NAMES[@]}"; do
    curl -s -o "$WORK/b0/$name.html" "$BASE${URL[$name]}"
  done
  bench_stop_app
fi

# ---------------------------------------------------------------------------------------------
# 4. B0: those bytes as static files from nginx, on the same cores.

if phase b0; then
  mkdir -p "$WORK/nginx"
  user_line=
  # Workers of a root master would run as nobody, who cannot read the 0700 work directory.
  if [ "$(id -u)" = 0 ]; then user_line="user $(id -un) $(id -gn);"; fi
  cat >"$WORK/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; }
  charset utf-8;
  sendfile on;
  tcp_nopush on;
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/client_body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/b0;
  }
}
NGINX
  log "Starting nginx on 127.0.0.1:$NGINX_PORT"
  # -e: the error log before the configuration is read (nginx ≥ 1.19.5), else /var/log/nginx.
  "$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$OUT/nginx.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 100); do
    [ "$(status_of "http://127.0.0.1:$NGINX_PORT/timeline.html")" = 200 ] && break
    kill -0 "$NGINX_PID" 2>/dev/null || fail "nginx did not start: $(cat "$OUT/nginx.log" "$WORK/nginx/error.log" 2>/dev/null)"
    sleep 0.1
  done
  for name in "${TIMELINE_NAMES[@]}"; do
    wrk_run "b0.$name" "http://127.0.0.1:$NGINX_PORT/$name.html"
  done
  kill "$NGINX_PID"
  wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=
fi

# ---------------------------------------------------------------------------------------------
# 5. Heap and collector: the timeline (cached) under each option set, and the memory.

JVM_SETS=()
if phase jvm && [ -n "$JAVA_OPTS_COMPARE" ]; then
  IFS=';' read -r -a JVM_SETS <<<"$JAVA_OPTS_COMPARE"
  saved_opts=("${BENCH_JVM_OPTS[@]}")
  for i in "${!JVM_SETS[@]}"; do
    read -r -a BENCH_JVM_OPTS <<<"${JVM_SETS[$i]}"
    start_app "jvm$i" "${APP_ARGS[@]}"
    JVM_RESULT[$i.start]=$(rss_mb "$BENCH_APP_PID")
    wrk_run "jvm$i.timeline" "$BASE${URL[timeline]}"
    JVM_RESULT[$i.load]=$(rss_mb "$BENCH_APP_PID")
    JVM_RESULT[$i.peak]=$(hwm_mb "$BENCH_APP_PID")
    bench_stop_app
  done
  BENCH_JVM_OPTS=("${saved_opts[@]}")
fi

# ---------------------------------------------------------------------------------------------
# 6. Startup: from the process's start to the first successful request (a 200 on the stylesheet,
#    polled every 50 ms), and to the first 200 on / right after it, which at 100,000 articles
#    also renders the page from an empty cache. Plain java -jar,
#    then with a CDS archive of the classes a training run loaded (Spring Boot's documented way:
#    extract the jar, train with -Dspring.context.exit=onRefresh, run with the archive). JDK 17
#    has no AOT cache (-XX:AOTCache is JDK 24+).

# time_start NAME JAR: milliseconds to the first 200 into STARTUP_MS, and to the first 200 on /
# into FIRST_PAGE_MS (not printed: a subshell would hide the app's PID from the clean-up).
time_start() {
  local name=$1 jar=$2 t0 status
  t0=$(date +%s%N)
  bench_launch_app "$jar" "$DB" "$PORT" "$OUT/app-$name.log"
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$BASE/css/site.css" || true)
    [ "$status" = 200 ] && break
    kill -0 "$BENCH_APP_PID" 2>/dev/null || fail "the app exited while starting ($name); see $OUT/app-$name.log"
    [ $(($(date +%s%N) - t0)) -lt 180000000000 ] || fail "the app took over 3 minutes to answer ($name)"
    sleep 0.05
  done
  STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$BASE/" || true)
  [ "$status" = 200 ] || fail "/ answered $status right after startup ($name); see $OUT/app-$name.log"
  FIRST_PAGE_MS=$((($(date +%s%N) - t0) / 1000000))
  bench_stop_app
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "n/a" }'; }

if phase startup; then
  for mode in plain cds; do
    jar=$JAR
    if [ $mode = cds ]; then
      log "Extracting the jar and training a CDS archive"
      java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/cds" >"$OUT/cds-extract.log" 2>&1 \
        || fail "extracting the jar failed; see $OUT/cds-extract.log"
      jar="$WORK/cds/$(basename "$JAR")"
      saved_opts=("${BENCH_JVM_OPTS[@]}")
      BENCH_JVM_OPTS+=(-XX:ArchiveClassesAtExit="$WORK/cds/app.jsa" -Dspring.context.exit=onRefresh)
      bench_launch_app "$jar" "$DB" "$PORT" "$OUT/app-cds-training.log"
      # The training run stops by itself once the context is refreshed; three minutes at most.
      for _ in $(seq 1 1800); do kill -0 "$BENCH_APP_PID" 2>/dev/null || break; sleep 0.1; done
      bench_stop_app
      BENCH_JVM_OPTS=("${saved_opts[@]}")
      [ -s "$WORK/cds/app.jsa" ] || fail "the CDS training run made no archive; see $OUT/app-cds-training.log"
      BENCH_JVM_OPTS+=(-XX:SharedArchiveFile="$WORK/cds/app.jsa")
    fi
    times=()
    firsts=()
    for run in $(seq 1 "$STARTUP_RUNS"); do
      log "Timing startup ($mode, $run of $STARTUP_RUNS)"
      time_start "startup-$mode-$run" "$jar"
      times+=("$STARTUP_MS")
      firsts+=("$FIRST_PAGE_MS")
      STARTED_LOG[$mode.$run]=$(sed -nE 's/.*Started TimelineApplication in ([0-9.]+) seconds \(process running for ([0-9.]+)\).*/\2/p' \
        "$OUT/app-startup-$mode-$run.log")
    done
    STARTUP[$mode]=$(printf '%s\n' "${times[@]}" | median)
    STARTUP[$mode.all]="${times[*]}"
    STARTUP[$mode.first]=$(printf '%s\n' "${firsts[@]}" | median)
    STARTED_LOG[$mode]=$(for run in $(seq 1 "$STARTUP_RUNS"); do echo "${STARTED_LOG[$mode.$run]:-}"; done | grep . | median)
    if [ $mode = cds ]; then BENCH_JVM_OPTS=("${saved_opts[@]}"); fi
  done
fi

# ---------------------------------------------------------------------------------------------
# 7. The report

# Number formatting: throughput to 3 significant figures or whole numbers, times in ms.
have() { [ -n "${1:-}" ] && [ "$1" != n/a ]; }
n() {
  if ! have "${1:-}"; then echo n/a; return; fi
  awk -v v="$1" 'BEGIN { if (v >= 100) printf "%.0f", v; else if (v >= 10) printf "%.1f", v; else printf "%.2f", v }'
}
ratio() {
  if ! have "${1:-}" || ! have "${2:-}"; then echo n/a; return; fi
  awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) print "n/a"; else if (a / b < 0.01 && a > 0) printf "%.2g", a / b; else printf "%.2f", a / b }'
}
# t KEY p50|p99|p999: a latency cell, "> ms" when no answer came back within the run.
t() {
  local v
  case $2 in p50) v=${P50[$1]:-} ;; p99) v=${P99[$1]:-} ;; p999) v=${P999[$1]:-} ;; esac
  if [ -n "${NONE[$1]:-}" ]; then echo "> $v"; else n "$v"; fi
}
mb() { if have "${1:-}"; then echo "$1 MB"; else echo n/a; fi; }
# seconds MS DECIMALS
seconds() {
  if ! have "${1:-}"; then echo n/a; return; fi
  awk -v v="$1" -v d="$2" 'BEGIN { printf "%.*f s", d, v / 1000 }'
}
# verdict VALUE OP LIMIT: met or missed (OP is <, <= or >=), n/a when there is no value.
verdict() {
  if ! have "${1:-}"; then echo n/a; return; fi
  awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<" ? v < l : op == "<=" ? v <= l : v >= l); print (ok ? "met" : "missed") }'
}
# Largest (or smallest) of the values that are there, with the name it came with: "value name".
extreme() { local dir=$1; shift; printf '%s\n' "$@" | awk -v d="$dir" '$1 != "n/a" && $1 != "" { if (!seen || (d == "max" ? $1 > v : $1 < v)) { v = $1; w = $2; seen = 1 } } END { if (seen) print v, w; else print "n/a" }'; }
b() { printf "\`%s\`" "$1"; }

git_commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then git_commit="$git_commit (with local changes)"; fi
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram=$(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -version 2>&1 | sed -n 2p)
pg_version=$(psql_db "$DB" -Atc 'show server_version')
nginx_version=$("$NGINX" -v 2>&1 | sed 's/.*version: //')
wrk_version=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }' || true)

{
  echo "## Benchmark results"
  echo
  echo "Made by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), app commit $git_commit, in $(((SECONDS - started) / 60)) min."
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| CPU | ${cpu:-unknown}, $(nproc) cores |"
  echo "| RAM | $ram |"
  echo "| kernel | $(uname -sr) |"
  echo "| Java | $java_version |"
  echo "| PostgreSQL | $pg_version |"
  echo "| nginx, wrk | $nginx_version, $wrk_version |"
  echo "| collection | $(thousands "$articles") visible articles in \`$DB\` |"
  echo "| JVM options | \`${JAVA_OPTS:-none}\` |"
  echo "| wrk | -t$THREADS -c$CONNECTIONS, ${DURATION} s after ${WARMUP} s of warm-up, over 127.0.0.1 |"
  echo
  echo "Timeline pages show $PAGE_SIZE articles. The deep page is page $DEEP_PAGE (articles $deep_first–…)."
  echo "Latencies in ms. The app, nginx, wrk and PostgreSQL share the same cores."
  echo

  echo "### Targets"
  echo
  echo "| target | where it stands | |"
  echo "|---|---|---|"
  rows=()
  for name in "${TIMELINE_NAMES[@]}"; do rows+=("$(ratio "${RPS[cold.$name]:-}" "${RPS[b1.$name]:-}") $name"); done
  read -r worst worst_name <<<"$(extreme min "${rows[@]}")"
  echo "| timeline pages ≥ 0.5 × B1 throughput (cache off) | lowest ratio $worst${worst_name:+ ($worst_name)} | $(verdict "$worst" ">=" 0.5) |"
  rows=()
  for name in "${TIMELINE_NAMES[@]}"; do rows+=("$(ratio "${RPS[warm.$name]:-}" "${RPS[b0.$name]:-}") $name"); done
  read -r worst worst_name <<<"$(extreme min "${rows[@]}")"
  echo "| with a warm cache ≥ 0.5 × B0 throughput | lowest ratio $worst${worst_name:+ ($worst_name)} | $(verdict "$worst" ">=" 0.5) |"
  # Where a half-of-peak p99 stands: measured, or why not.
  half_text() {
    local key=half-$1.$2
    if [ -n "${REQS[$key]:-}" ]; then
      echo "$(t "$key" p99) ms at $(n "${RPS[$key]}") req/s"
    elif [ -n "${NONE[$1.$2]:-}" ]; then
      echo "not measured: no answer within $DURATION s at full load"
    elif [ -n "${HALF_RATE[$1.$2]:-}" ]; then
      echo "not measured: half of its peak, ${HALF_RATE[$1.$2]} req/s, is too slow"
    else
      echo n/a
    fi
  }
  for mode in warm cold; do
    label=$([ $mode = warm ] && echo "cache on" || echo "cache off")
    echo "| timeline p99 < 25 ms at half of peak load ($label) | $(half_text $mode timeline) | $(verdict "${P99[half-$mode.timeline]:-}" "<" 25) |"
  done
  for mode in warm cold; do
    label=$([ $mode = warm ] && echo "cache on, the same search repeated" || echo "cache off: every search computed")
    read -r worst _ <<<"$(extreme max "${P99[half-$mode.search-common]:-n/a} search-common" "${P99[half-$mode.search-absent]:-n/a} search-absent")"
    text="$(b "${URL[search-common]}"): $(half_text $mode search-common); $(b "${URL[search-absent]}"): $(half_text $mode search-absent)"
    echo "| any search p99 < 50 ms at half of peak load ($label) | $text | $(verdict "$worst" "<" 50) |"
  done
  for mode in cold warm; do
    label=$([ $mode = warm ] && echo "cache on" || echo "cache off")
    r=n/a
    if [ -z "${NONE[$mode.deep-page]:-}${NONE[$mode.timeline]:-}" ]; then r=$(ratio "${P50[$mode.deep-page]:-}" "${P50[$mode.timeline]:-}"); fi
    text=n/a
    if [ -n "${P50[$mode.deep-page]:-}" ] && [ -n "${P50[$mode.timeline]:-}" ]; then
      text="$r × ($(t "$mode.deep-page" p50) vs $(t "$mode.timeline" p50) ms)"
    fi
    echo "| deep page (page $DEEP_PAGE) p50 ≤ 1.2 × first page's ($label) | $text | $(verdict "$r" "<=" 1.2) |"
  done
  s=${STARTUP[cds]:-n/a}
  echo "| startup to the first request < 3 s with the cache (CDS) | $(seconds "$s" 1); the first \`/\` at $(seconds "${STARTUP[cds.first]:-n/a}" 1) | $(verdict "$s" "<" 3000) |"
  read -r worst worst_name <<<"$(extreme max "${RSS_LOAD[cold]:-n/a} cache-off" "${RSS_LOAD[warm]:-n/a} cache-on")"
  echo "| RSS < 300 MB under load (\`${JAVA_OPTS:-no options}\`) | $(mb "$worst")${worst_name:+ ($worst_name)} | $(verdict "$worst" "<" 300) |"
  echo

  echo "### Cold path (page cache off) against B1 (same SQL, StringBuilder HTML, same JVM)"
  echo
  echo "| page | app req/s | p50 | p99 | B1 req/s | p50 | p99 | app / B1 | SQL statements |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for name in "${NAMES[@]}"; do
    echo "| $(b "${URL[$name]}") | $(n "${RPS[cold.$name]:-}") | $(t "cold.$name" p50) | $(t "cold.$name" p99) | $(n "${RPS[b1.$name]:-}") | $(t "b1.$name" p50) | $(t "b1.$name" p99) | $(ratio "${RPS[cold.$name]:-}" "${RPS[b1.$name]:-}") | ${STMTS[$name]:-n/a} |"
  done
  echo
  echo "SQL statements: from the \`Server-Timing\` header of a separate start with the cache off, second request to each page."
  echo

  echo "### Warm cache (the default) against B0 (the same bytes from nginx)"
  echo
  echo "| page | app req/s | p50 | p99 | p99.9 | B0 req/s | p50 | p99 | app / B0 |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for name in "${NAMES[@]}"; do
    echo "| $(b "${URL[$name]}") | $(n "${RPS[warm.$name]:-}") | $(t "warm.$name" p50) | $(t "warm.$name" p99) | $(t "warm.$name" p999) | $(n "${RPS[b0.$name]:-}") | $(t "b0.$name" p50) | $(t "b0.$name" p99) | $(ratio "${RPS[warm.$name]:-}" "${RPS[b0.$name]:-}") |"
  done
  echo

  echo "### At half of peak load"
  echo
  echo "Each page again at half the throughput it reached above, paced by wrk's \`delay()\`."
  echo
  echo "| page | cache | asked req/s | achieved req/s | p50 | p99 | p99.9 |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for mode in warm cold; do
    for name in "${HALF_NAMES[@]}"; do
      key=half-$mode.$name
      if [ -z "${HALF_RATE[$mode.$name]:-}" ]; then continue; fi
      if [ -z "${REQS[$key]:-}" ]; then
        echo "| $(b "${URL[$name]}") | $([ $mode = warm ] && echo on || echo off) | ${HALF_RATE[$mode.$name]} | not run: under $HALF_MIN_REQUESTS requests | | | |"
      else
        echo "| $(b "${URL[$name]}") | $([ $mode = warm ] && echo on || echo off) | ${HALF_RATE[$mode.$name]} | $(n "${RPS[$key]:-}") | $(t "$key" p50) | $(t "$key" p99) | $(t "$key" p999) |"
      fi
    done
  done
  echo

  echo "### Startup and memory"
  echo
  echo "| start | to the first 200 (median of $STARTUP_RUNS) | runs, ms | to the first 200 on \`/\` | the app's \"process running for\" |"
  echo "|---|---:|---|---:|---:|"
  for mode in plain cds; do
    label=$([ $mode = plain ] && echo "\`java -jar\`" || echo "extracted jar with a CDS archive")
    v=${STARTUP[$mode]:-n/a}
    echo "| $label | $(seconds "$v" 2) | ${STARTUP[$mode.all]:-n/a} | $(seconds "${STARTUP[$mode.first]:-n/a}" 2) | $(if have "${STARTED_LOG[$mode]:-}"; then echo "${STARTED_LOG[$mode]} s"; else echo n/a; fi) |"
  done
  echo
  echo "| app (\`${JAVA_OPTS:-no options}\`) | RSS after startup | RSS after the load | peak RSS |"
  echo "|---|---:|---:|---:|"
  echo "| page cache off | $(mb "${RSS_START[cold]:-}") | $(mb "${RSS_LOAD[cold]:-}") | $(mb "${RSS_PEAK[cold]:-}") |"
  echo "| page cache on | $(mb "${RSS_START[warm]:-}") | $(mb "${RSS_LOAD[warm]:-}") | $(mb "${RSS_PEAK[warm]:-}") |"
  echo
  if [ ${#JVM_SETS[@]} -gt 0 ]; then
    echo "Heap and collector (a start of its own for each, cache on, \`/\` under wrk):"
    echo
    echo "| JVM options | \`/\` req/s | p50 | p99 | RSS after startup | after the load | peak |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for i in "${!JVM_SETS[@]}"; do
      echo "| \`${JVM_SETS[$i]:-(none)}\` | $(n "${RPS[jvm$i.timeline]:-}") | $(t "jvm$i.timeline" p50) | $(t "jvm$i.timeline" p99) | $(mb "${JVM_RESULT[$i.start]}") | $(mb "${JVM_RESULT[$i.load]}") | $(mb "${JVM_RESULT[$i.peak]}") |"
    done
    echo
  fi
  if [ ${#ERRORS_SEEN[@]} -gt 0 ]; then
    echo "**Errors** (HTTP status ≥ 400 or socket errors, per run): ${ERRORS_SEEN[*]}."
    echo
  fi
  echo "n/a: not measured in this run (a phase left out, or the app lacks the page cache flag, the"
  echo "\`Server-Timing\` header or the \`bench\` profile's \`/bench/b1\`)."
} >"$OUT/report.md"

# Replaces what is between the markers, adding them after the first paragraph if absent.
if [ "$REPORT" != - ]; then
  if ! grep -q '^<!-- bench:begin -->$' "$REPORT" || ! grep -q '^<!-- bench:end -->$' "$REPORT"; then
    awk '{ print } !done && /^#/ { heading = 1 } !done && heading && /^[^#]/ && NF { para = 1 }
         !done && para && !NF { print "<!-- bench:begin -->"; print "<!-- bench:end -->"; print ""; done = 1 }' \
      "$REPORT" >"$WORK/report.tmp"
    cat "$WORK/report.tmp" >"$REPORT"
  fi
  awk -v report="$OUT/report.md" '
    /^<!-- bench:begin -->$/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /^<!-- bench:end -->$/ { skip = 0 }
    !skip { print }' "$REPORT" >"$WORK/report.tmp"
  cat "$WORK/report.tmp" >"$REPORT"
  log "Report written into $REPORT"
fi
log "Done in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s; raw results and report.md in $OUT"
