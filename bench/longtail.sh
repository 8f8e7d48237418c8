#!/usr/bin/env bash
# The long-tail mix (issue 17; see bench/README.md, "The long-tail mix: longtail.sh"): the built jar
# under wrk over loopback on a list of reader addresses that never repeats one, drawn from a fixed
# seed against the database (bench/LongtailUrls.java): filtered timelines, searches from common to
# absent words, phrases, exclusions, deep pages, article pages with a timeline's filter, entity pages,
# the feed and the API. Each address belongs to a band. With the page cache off and then on: one
# client (curl on one connection), then 16 connections (wrk -t2 -c16), BENCH_DURATION seconds each. Then about
# 200 addresses of the mix one at a time with curl, for the Server-Timing header's breakdown.
# Writes a Markdown report between <!-- longtail:begin --> and <!-- longtail:end --> of
# LONGTAIL_REPORT (appending the markers if the file lacks them).
#
#   bench/longtail.sh                                  # 5-10 minutes with the defaults
#   BENCH_DURATION=5 BENCH_WARMUP=2 LONGTAIL_REPORT=/tmp/longtail.md bench/longtail.sh
#
# Environment (defaults in brackets):
#   BENCH_DB [nkr_bench100k_zipf]   the database (ARTICLES=100000 bench/generate.sh nkr_bench100k_zipf)
#   BENCH_JAR [target/...]          the jar to measure (built by ./mvnw if target/ has none)
#   BENCH_JAVA_OPTS [-Xmx256m -XX:+UseSerialGC]   JVM options of every app start
#   BENCH_DURATION [20]  BENCH_WARMUP [90]  seconds of each measured wrk run, and of the warm-up
#                                   (addresses of its own) after each app start: the JIT compiles for
#                                   a minute or two on 2 cores, and a shorter warm-up measures its work
#                                   (the report counts what it still compiles)
#   BENCH_WARMUP_CONNECTIONS [2]    the warm-up's connections. At 16 the JIT's two compiler threads
#                                   share the 2 cores with 16 busy request threads and still compile
#                                   about a thousand methods a minute after three minutes; at 2 they
#                                   settle in about 90 s (bench/README.md, "The warm-up")
#   BENCH_TIMEOUT [60s]             wrk's --timeout
#   BENCH_PORT [18482]              loopback port for the app
#   BENCH_OUT [a new /tmp/nkr-longtail.* directory]   address lists, raw wrk outputs, logs, report.md
#   LONGTAIL_SEED [17]              the seed of the address list (a whole number)
#   LONGTAIL_MODES [off on]         page cache states to run, in order
#   LONGTAIL_URLS_PER_RUN [1000 per second of BENCH_DURATION, at least 5000]   addresses each run
#                                   may use; a run that uses them all stops early and says so
#   LONGTAIL_SAMPLE [200]           addresses fetched one at a time for the Server-Timing breakdown;
#                                   0 skips it
#   LONGTAIL_WORDS [/usr/share/dict/american-english]  where absent search words come from
#   LONGTAIL_REPORT [docs/performance.md]              where the report goes; "-" for nowhere
#   BENCH_INDEX_DIR [target/bench-index/DB]            the app's read index, built at its first start
#   BENCH_START_SECONDS [120]       how long an app start may take (the first at 1,000,000 builds the index)
#   BENCH_APP_ARGS []               more arguments for every app start, such as the OpenSearch
#                                   cluster pages read (bench/opensearch.sh does that)
# PGHOST, PGPORT, PGUSER and PGPASSWORD as for bench/generate.sh.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh

started=$SECONDS
DB="${BENCH_DB:-nkr_bench100k_zipf}"
DURATION="${BENCH_DURATION:-20}"
WARMUP="${BENCH_WARMUP:-90}"
WARMUP_CONNECTIONS="${BENCH_WARMUP_CONNECTIONS:-2}"
TIMEOUT="${BENCH_TIMEOUT:-60s}"
PORT="${BENCH_PORT:-18482}"
SEED="${LONGTAIL_SEED:-17}"
MODES="${LONGTAIL_MODES:-off on}"
SAMPLE="${LONGTAIL_SAMPLE:-200}"
WORDS="${LONGTAIL_WORDS:-/usr/share/dict/american-english}"
REPORT="${LONGTAIL_REPORT:-docs/performance.md}"
# The app's read index, kept between runs: only the first start on a database builds it.
INDEX_DIR="${BENCH_INDEX_DIR:-target/bench-index/$DB}"
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
JAVA_OPTS="${BENCH_JAVA_OPTS--Xmx256m -XX:+UseSerialGC}"
SAMPLE_WARMUP=30   # addresses fetched before the Server-Timing sample, after the app's start

fail() { echo "bench/longtail.sh: $*" >&2; exit 1; }

if ! [[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  fail "BENCH_DB must be lower-case letters, digits and underscores, not \"$DB\""
fi
for var in DURATION WARMUP WARMUP_CONNECTIONS PORT SEED SAMPLE; do
  [[ "${!var}" =~ ^[0-9]+$ ]] || fail "the $var setting must be a whole number, not \"${!var}\""
done
[ "$DURATION" -gt 0 ] || fail "BENCH_DURATION must be at least 1"
[ "$WARMUP_CONNECTIONS" -gt 0 ] || fail "BENCH_WARMUP_CONNECTIONS must be at least 1"
PER_RUN="${LONGTAIL_URLS_PER_RUN:-$((DURATION * 1000 > 5000 ? DURATION * 1000 : 5000))}"
[[ "$PER_RUN" =~ ^[1-9][0-9]*$ ]] || fail "LONGTAIL_URLS_PER_RUN must be a positive whole number, not \"$PER_RUN\""
for mode in $MODES; do
  [[ "$mode" =~ ^(off|on)$ ]] || fail "LONGTAIL_MODES takes off and on, not \"$mode\""
done
read -r -a BENCH_JVM_OPTS <<<"$JAVA_OPTS"

# wrk is only for benchmarking, so a root user (a container, a CI machine) gets it.
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "Installing wrk (apt-get)"
  apt-get install -y wrk >&2 || true
fi
for tool in java psql curl wrk awk sort; do
  command -v "$tool" >/dev/null \
    || fail "needs $tool on the PATH (Debian: apt-get install wrk postgresql-client curl openjdk-17-jdk-headless)"
done

psql -X -d postgres -Atc 'select 1' >/dev/null 2>&1 \
  || fail "no PostgreSQL answers on $PGHOST:$PGPORT as $PGUSER; start it or set PGHOST/PGPORT/PGUSER"
articles=$(psql_db "$DB" -Atc 'select count(*) from public_article' 2>/dev/null) \
  || fail "no database $DB with the app's tables; make one with: ARTICLES=100000 bench/generate.sh $DB"
[ "$articles" -gt 0 ] || fail "$DB has no public articles"

JAR="${BENCH_JAR:-$(bench_jar)}"
[ -f "$JAR" ] || fail "no jar at $JAR"
BASE="http://127.0.0.1:$PORT"
curl -s -o /dev/null --max-time 2 "$BASE/" && fail "something already answers on 127.0.0.1:$PORT; set BENCH_PORT"

WORK=$(mktemp -d /tmp/nkr-longtail-work.XXXXXX)
OUT="${BENCH_OUT:-$(mktemp -d /tmp/nkr-longtail.XXXXXX)}"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)   # the app's access log needs an absolute directory
trap 'bench_stop_app; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# The address list: one part (slice) per use, in this order, so that no app start asks for an
# address twice: a check of a few addresses; the warm-up, one client and 16 connections, which each
# cache state's start walks alike (the same addresses, so the two compare); the Server-Timing
# sample's warm-up and the sample.

SLICES=(check warmup c1 c16)
declare -A SLICE_SIZE=([check]=32 [warmup]=$PER_RUN [c1]=$PER_RUN [c16]=$PER_RUN)
if [ "$SAMPLE" -gt 0 ]; then
  SLICES+=(sample-warmup sample)
  SLICE_SIZE[sample-warmup]=$SAMPLE_WARMUP
  SLICE_SIZE[sample]=$SAMPLE
fi
total=0
for slice in "${SLICES[@]}"; do total=$((total + SLICE_SIZE[$slice])); done

driver=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$driver" ]; then
  # The app's jar carries the driver.
  command -v unzip >/dev/null || fail "needs the PostgreSQL JDBC driver in ~/.m2 or unzip to take it from $JAR"
  unzip -q -o -j -d "$WORK" "$JAR" 'BOOT-INF/lib/postgresql-*.jar'
  driver=$(ls "$WORK"/postgresql-*.jar | head -n 1)
fi
log "Drawing $total addresses from $DB (seed $SEED)"
java -cp "$driver" bench/LongtailUrls.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER" "$SEED" "$total" "$WORDS" \
  >"$OUT/urls.tsv" 2>"$OUT/urls.log" || { cat "$OUT/urls.log" >&2; fail "bench/LongtailUrls.java failed"; }
cat "$OUT/urls.log" >&2
[ "$(wc -l <"$OUT/urls.tsv")" = "$total" ] || fail "expected $total addresses in $OUT/urls.tsv"
[ -z "$(cut -f2 "$OUT/urls.tsv" | sort | uniq -d | head -n 1)" ] || fail "an address is in $OUT/urls.tsv twice"
first=1
for slice in "${SLICES[@]}"; do
  sed -n "${first},$((first + SLICE_SIZE[$slice] - 1))p" "$OUT/urls.tsv" >"$OUT/urls-$slice.tsv"
  first=$((first + SLICE_SIZE[$slice]))
done
# Each address with the slice it is in, for the access logs: "slice TAB band TAB path".
for slice in "${SLICES[@]}"; do awk -v s="$slice" '{ print s "\t" $0 }' "$OUT/urls-$slice.tsv"; done >"$WORK/slices.tsv"
BANDS=$(cut -f1 "$OUT/urls.tsv" | awk '!seen[$0]++' | sort)

# ---------------------------------------------------------------------------------------------
# Runs

declare -A RUN RSS HWM RUN_END CLASSES COMPILES
NOTES=()

# start_app NAME [APP ARGUMENT...]: starts the jar, with Tomcat's access log in $OUT/access-NAME.log
# (status, microseconds, the epoch millisecond it ended, request line) for the bands' numbers;
# checks that / answers.
start_app() {
  local name=$1
  shift
  log "Starting the app ($name): ${BENCH_JVM_OPTS[*]} $*"
  bench_start_app "$JAR" "$DB" "$PORT" "$OUT/app-$name.log" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$OUT" \
    --server.tomcat.accesslog.prefix="access-$name" --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false \
    --server.tomcat.accesslog.pattern='%s %D %{end:msec}t %r' \
    --timeline.index.directory="$INDEX_DIR" "${APP_ARGS[@]}" "$@" || fail "the app did not start ($name)"
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$BASE/" || true)
  [ "$status" = 200 ] || fail "the app ($name) answered $status on /; see $OUT/app-$name.log"
}

# wrk_run MODE SLICE THREADS CONNECTIONS SECONDS: wrk on the addresses of SLICE, then waits until
# the app and the database are idle. The result line goes into RUN[MODE-SLICE], the epoch
# millisecond wrk ended into RUN_END (the bands count the requests that ended before it, as wrk does).
wrk_run() {
  local mode=$1 slice=$2 threads=$3 connections=$4 seconds=$5 key=$1-$2 line
  log "wrk $key: -t$threads -c$connections for $seconds s"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout "$TIMEOUT" --latency -s bench/longtail.lua "$BASE" \
    -- "$OUT/urls-$slice.tsv" "$threads" >"$OUT/wrk-$key.txt" 2>&1 || fail "wrk failed; see $OUT/wrk-$key.txt"
  run_ended "$mode" "$slice"
  line=$(grep '^LONGTAIL ' "$OUT/wrk-$key.txt") || fail "no result line from wrk; see $OUT/wrk-$key.txt"
  run_result "$key" "$line"
}

# run_ended MODE SLICE: the epoch millisecond a run ended, into RUN_END and the mode's ends (the
# bands count the requests that ended before it, as wrk does).
run_ended() {
  RUN_END[$1-$2]=$(date +%s%3N)
  printf '%s\t%s\n' "$2" "${RUN_END[$1-$2]}" >>"$WORK/ends-$1.tsv"
}

# run_result KEY LINE: a run's result line into RUN, a note if it ran out of addresses, then waits
# until the app and the database are idle.
run_result() {
  RUN[$1]=$2
  if [[ "$2" == *exhausted=1* ]]; then
    NOTES+=("$1 used all of its $PER_RUN addresses before the end: its throughput is understated; set LONGTAIL_URLS_PER_RUN higher.")
  fi
  bench_wait_idle "$DB" "$BENCH_APP_PID"
}

# curl_run MODE SLICE SECONDS: one client, curl on one kept-alive connection, for SECONDS: the same
# result line as wrk_run's, from each request's own time (curl's time_total). Not wrk -c1: at a
# million articles wrk reported a mean latency that one connection could not have had (398 requests
# in 20.06 s, mean 63 ms: 25 s of requests), while curl's times agree with the server's to a
# millisecond and add up to the run's length (docs/performance.md, "One client, measured again").
# Line-buffered (stdbuf): a curl stopped by timeout loses the lines it had not flushed.
curl_run() {
  local mode=$1 slice=$2 seconds=$3 key=$1-$2 started line
  log "curl $key: one connection for $seconds s"
  while IFS=$'\t' read -r _ path; do
    printf 'url = "%s%s"\noutput = "/dev/null"\n' "$BASE" "$path"
  done <"$OUT/urls-$slice.tsv" >"$WORK/curl-$slice.conf"
  started=$(date +%s%N)
  timeout "$seconds" stdbuf -oL curl -s --max-time "${TIMEOUT%s}" -K "$WORK/curl-$slice.conf" \
    -w '%{http_code}\t%{time_total}\n' >"$OUT/curl-$key.tsv" || true
  run_ended "$mode" "$slice"
  # Requests, seconds, rate, nearest-rank percentiles in ms, errors as wrk counts them (status 400
  # or above; 000, no answer, a socket error); "used" counts the answered, as the killed one is not.
  line=$(sort -t$'\t' -k2,2g "$OUT/curl-$key.tsv" | awk -F'\t' -v ns="$(($(date +%s%N) - started))" \
    -v lines="$(wc -l <"$OUT/urls-$slice.tsv")" '
      { ms[NR] = $2 * 1000; if ($1 == "000") socket++; else if ($1 + 0 >= 400) http++ }
      function at(p,  i) { i = int(p * NR); if (i < p * NR) i++; if (i < 1) i = 1; return ms[i] }
      END {
        if (NR == 0) exit 1
        printf "LONGTAIL requests=%d seconds=%.3f rps=%.2f p50=%.3f p90=%.3f p99=%.3f max=%.3f", \
          NR, ns / 1e9, NR / (ns / 1e9), at(0.5), at(0.9), at(0.99), ms[NR]
        printf " http_errors=%d socket_errors=%d timeouts=0 used=%d exhausted=%d\n", http, socket, NR, NR >= lines
      }') || fail "no answer in the one-client run; see $OUT/curl-$key.tsv"
  run_result "$key" "$line"
}

# jvm_counters PID: "classes-loaded compilations" so far, from the JVM's performance counters (jcmd),
# or "n/a n/a". Classes still loaded after the warm-up mean code made at run time (once, SpEL compiling
# Thymeleaf's expressions again and again), which the JIT then compiles in turn: both cost the run CPU.
jvm_counters() {
  local out classes compiles
  out=$(jcmd "$1" PerfCounter.print 2>/dev/null) || { echo "n/a n/a"; return; }
  classes=$(sed -n 's/^java.cls.loadedClasses=//p' <<<"$out")
  compiles=$(sed -n 's/^sun.ci.totalCompiles=//p' <<<"$out")
  echo "${classes:-n/a} ${compiles:-n/a}"
}

# field KEY NAME: a field of a run's result line.
field() { tr ' ' '\n' <<<"${RUN[$1]:-}" | sed -n "s/^$2=//p"; }

for mode in $MODES; do
  cache=$([ "$mode" = on ] && echo true || echo false)
  start_app "$mode" --timeline.page-cache.enabled="$cache"
  if [ "$mode" = "${MODES%% *}" ]; then
    # Every band answers 200: a redirect or an error would be measured as a fast page.
    bad=0
    while IFS=$'\t' read -r band path; do
      status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$BASE$path" || true)
      if [ "$status" != 200 ]; then
        bad=$((bad + 1))
        NOTES+=("The check of $band answered $status: \`$path\`.")
      fi
    done <"$OUT/urls-check.tsv"
    [ "$bad" -lt 16 ] || fail "$bad of 32 addresses did not answer 200; see $OUT/report.md's notes or $OUT/app-$mode.log"
  fi
  : >"$WORK/ends-$mode.tsv"
  if [ "$WARMUP" -gt 0 ]; then
    wrk_run "$mode" warmup "$((WARMUP_CONNECTIONS < 2 ? 1 : 2))" "$WARMUP_CONNECTIONS" "$WARMUP"
  fi
  read -r classes_before compiles_before < <(jvm_counters "$BENCH_APP_PID")
  curl_run "$mode" c1 "$DURATION"
  wrk_run "$mode" c16 2 16 "$DURATION"
  read -r classes_after compiles_after < <(jvm_counters "$BENCH_APP_PID")
  if [ "$classes_before" != n/a ] && [ "$classes_after" != n/a ]; then
    CLASSES[$mode]=$((classes_after - classes_before))
    COMPILES[$mode]=$((compiles_after - compiles_before))
  fi
  RSS[$mode]=$(bench_rss_mb "$BENCH_APP_PID")
  HWM[$mode]=$(bench_hwm_mb "$BENCH_APP_PID")
  bench_stop_app   # also writes out the access log
done

# Server-Timing: one request at a time with the cache off. The old app sends sql;desc="N
# statements"; the new one also index and render, each with dur= (ms).
if [ "$SAMPLE" -gt 0 ]; then
  start_app timing --timeline.page-cache.enabled=false --timeline.server-timing.enabled=true
  while IFS=$'\t' read -r _ path; do curl -s -o /dev/null --max-time 120 "$BASE$path" || true; done <"$OUT/urls-sample-warmup.tsv"
  log "Fetching $SAMPLE addresses one at a time for the Server-Timing header"
  while IFS=$'\t' read -r band path; do
    : >"$WORK/headers"
    result=$(curl -s -o /dev/null -D "$WORK/headers" -w '%{http_code} %{time_total}' --max-time 120 "$BASE$path" || echo "000 0")
    timing=$(tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ss]erver-[Tt]iming: *//p' | paste -sd, -)
    printf '%s\t%s\t%s\n' "$band" "$result" "$timing"
  done <"$OUT/urls-sample.tsv" >"$OUT/server-timing.tsv"
  bench_stop_app
fi

# ---------------------------------------------------------------------------------------------
# The bands' numbers from the access logs: each logged request's slice and band by its address.

for mode in $MODES; do
  [ -f "$OUT/access-$mode.log" ] || fail "no access log $OUT/access-$mode.log"
done
# "MODE-SLICE TAB band TAB status TAB microseconds" for each logged request of the mix that ended
# before its wrk run did.
for mode in $MODES; do
  awk -F'\t' -v mode="$mode" -v ends="$WORK/ends-$mode.tsv" -v slices="$WORK/slices.tsv" '
    FILENAME == ends { end[$1] = $2; next }
    FILENAME == slices { slice[$3] = $1; band[$3] = $2; next }
    {
      split($0, f, " "); path = f[5]
      if ((path in slice) && (!(slice[path] in end) || f[3] <= end[slice[path]]))
        printf "%s-%s\t%s\t%s\t%s\n", mode, slice[path], band[path], f[1], f[2]
    }' "$WORK/ends-$mode.tsv" "$WORK/slices.tsv" "$OUT/access-$mode.log"
done >"$WORK/requests.tsv"
# Per slice and band, and per slice ("all"): requests, p50 and p99 in ms (nearest rank), errors
# (status 400 and above), 503s, redirects (a page after= past the end of its list is answered with
# the first page's address: rare, but it is not a page).
awk -F'\t' '{ print; print $1 "\tall\t" $3 "\t" $4 }' "$WORK/requests.tsv" | sort -t$'\t' -k1,1 -k2,2 -k4,4n >"$WORK/sorted.tsv"
awk -F'\t' '
  FNR == NR { n[$1 "\t" $2]++; next }
  {
    key = $1 "\t" $2; i[key]++
    if ($3 >= 400) errors[key]++
    if ($3 == 503) unavailable[key]++
    if ($3 >= 300 && $3 < 400) redirects[key]++
    if (i[key] == int((n[key] * 50 + 99) / 100)) p50[key] = $4
    if (i[key] == int((n[key] * 99 + 99) / 100)) p99[key] = $4
  }
  END { for (key in n) printf "%s\t%d\t%.3f\t%.3f\t%d\t%d\t%d\n", key, n[key], p50[key] / 1000, p99[key] / 1000, errors[key], unavailable[key], redirects[key] }
' "$WORK/sorted.tsv" "$WORK/sorted.tsv" | sort >"$OUT/bands.tsv"

declare -A BAND_N BAND_P50 BAND_P99 BAND_ERR BAND_503 BAND_3XX
while IFS=$'\t' read -r slice band n p50 p99 errors unavailable redirects; do
  BAND_N[$slice.$band]=$n BAND_P50[$slice.$band]=$p50 BAND_P99[$slice.$band]=$p99
  BAND_ERR[$slice.$band]=$errors BAND_503[$slice.$band]=$unavailable BAND_3XX[$slice.$band]=$redirects
done <"$OUT/bands.tsv"

# Server-Timing per band: mean total ms (curl), mean share of each part's dur in it, mean counts.
if [ -f "$OUT/server-timing.tsv" ]; then
  awk -F'\t' '
    {
      band = $1; split($2, r, " "); total = r[2] * 1000
      for (b = 0; b < 2; b++) {
        key = (b ? "all" : band); n[key]++; ms[key] += total
        if (r[1] != 200) bad[key]++
        m = split($3, metrics, ",")
        for (j = 1; j <= m; j++) {
          metric = metrics[j]; gsub(/^ +| +$/, "", metric)
          name = metric; sub(/;.*/, "", name)
          if (match(metric, /dur=[0-9.]+/)) {
            dur = substr(metric, RSTART + 4, RLENGTH - 4) + 0
            if (total > 0) share[key, name] += dur / total
            has_dur[name] = 1
          }
          if (match(metric, /desc="?[0-9]+/)) {
            d = substr(metric, RSTART, RLENGTH); gsub(/[^0-9]/, "", d)
            count[key, name] += d; has_count[name] = 1
          }
        }
      }
    }
    END {
      for (key in n) {
        line = key "\t" n[key] "\t" sprintf("%.1f", ms[key] / n[key]) "\t" bad[key] + 0
        rest = 1
        split("index sql render", names, " ")
        for (j = 1; j <= 3; j++) {
          name = names[j]
          if (has_dur[name]) { s = share[key, name] / n[key]; rest -= s; line = line "\t" sprintf("%.0f%%", 100 * s) } else line = line "\tn/a"
        }
        line = line "\t" (has_dur["index"] || has_dur["sql"] || has_dur["render"] ? sprintf("%.0f%%", 100 * rest) : "n/a")
        line = line "\t" (has_count["sql"] ? sprintf("%.1f", count[key, "sql"] / n[key]) : "n/a")
        line = line "\t" (has_count["index"] ? sprintf("%.1f", count[key, "index"] / n[key]) : "n/a")
        print line
      }
    }' "$OUT/server-timing.tsv" | sort >"$OUT/server-timing-bands.tsv"
fi

# ---------------------------------------------------------------------------------------------
# The report

have() { [ -n "${1:-}" ] && [ "$1" != n/a ]; }
n() {
  if ! have "${1:-}"; then echo n/a; return; fi
  awk -v v="$1" 'BEGIN { if (v >= 100) printf "%.0f", v; else if (v >= 10) printf "%.1f", v; else printf "%.2f", v }'
}
# verdict VALUE OP LIMIT: met or missed (OP is < or <=), n/a without a value.
verdict() {
  if ! have "${1:-}"; then echo n/a; return; fi
  awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { print ((op == "<" ? v < l : v <= l) ? "met" : "missed") }'
}
thousands() { sed -E ':a;s/([0-9])([0-9]{3})($|,)/\1,\2\3/;ta' <<<"$1"; }
label() { case $1 in off) echo "cache off" ;; on) echo "cache on" ;; esac; }
errors_of() { local key=$1; echo $(($(field "$key" http_errors) + $(field "$key" socket_errors) + $(field "$key" timeouts))); }
seconds_of() { field "$1" seconds; }

git_commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then git_commit="$git_commit (with local changes)"; fi
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
java_version=$(java -version 2>&1 | sed -n 2p)
pg_version=$(psql_db "$DB" -Atc 'show server_version')
terms=$(sed -n 's/.*search words: //p' "$OUT/urls.log")

{
  echo "## The long-tail mix"
  echo
  echo "Made by \`bench/longtail.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') in $(((SECONDS - started) / 60)) min: app jar \`$(basename "$JAR")\` built from the"
  echo "working tree at $git_commit, database \`$DB\` ($(thousands "$articles") public articles; search words by band: $terms),"
  echo "$(nproc) cores (${cpu:-unknown CPU}), $java_version, PostgreSQL $pg_version. JVM options (heap): \`${JAVA_OPTS:-none}\`."
  echo "Each run walks its own part of one list of addresses (seed $SEED, $(thousands "$PER_RUN") per run), so no start of the"
  echo "app is asked for an address twice and the page cache never holds the page asked for; each cache state walks the"
  echo "same parts. wrk runs ${DURATION} s, after a warm-up of ${WARMUP} s (${WARMUP_CONNECTIONS} connections, addresses of its own) at each start."
  echo "Latencies in ms. The app, wrk and PostgreSQL share the cores."
  echo

  echo "### Targets"
  echo
  echo "| target | $(for mode in $MODES; do printf '%s | ' "$(label "$mode")"; done)"
  echo "|---|$(for _ in $MODES; do printf -- '---|'; done)"
  row() { # row TEXT KEYSUFFIX FIELD OP LIMIT
    local text=$1 suffix=$2 name=$3 op=$4 limit=$5 mode v
    printf '| %s |' "$text"
    for mode in $MODES; do
      v=$(field "$mode-$suffix" "$name")
      printf ' %s ms: %s |' "$(n "$v")" "$(verdict "$v" "$op" "$limit")"
    done
    echo
  }
  row "one client: p50 < 20 ms" c1 p50 "<" 20
  row "one client: p99 < 50 ms" c1 p99 "<" 50
  row "16 connections: p99 < 250 ms" c16 p99 "<" 250
  printf '| 16 connections: no errors |'
  for mode in $MODES; do e=$(errors_of "$mode-c16"); printf ' %s: %s |' "$e" "$(verdict "$e" "<=" 0)"; done
  echo
  printf '| 16 connections: no 503 |'
  for mode in $MODES; do e=${BAND_503[$mode-c16.all]:-0}; printf ' %s: %s |' "$e" "$(verdict "$e" "<=" 0)"; done
  echo
  if [[ " $MODES " == *" off "* ]] && [[ " $MODES " == *" on "* ]]; then
    # "Same or better": each of the cache-on latencies within 10% of cache off (run-to-run noise).
    worst=0 text=()
    for run in c1 c16; do
      for p in p50 p99; do
        r=$(awk -v a="$(field "on-$run" "$p")" -v b="$(field "off-$run" "$p")" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
        text+=("$run $p ×$r")
        worst=$(awk -v a="$r" -v b="$worst" 'BEGIN { print (a == "n/a" || a + 0 > b + 0) ? a : b }')
      done
    done
    echo "| cache on: the same or better (latencies within 10% of cache off) | | $(printf '%s, ' "${text[@]}" | sed 's/, $//'): $(verdict "$worst" "<=" 1.1) |"
  fi
  echo

  echo "### All requests (at the client: curl for one client, wrk for 16 connections)"
  echo
  echo "| cache | connections | requests | req/s | p50 | p90 | p99 | max | errors | 503s | redirects | addresses used |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for mode in $MODES; do
    for run in c1 c16; do
      key=$mode-$run
      echo "| $(label "$mode") | ${run#c} | $(field "$key" requests) | $(n "$(field "$key" rps)") | $(n "$(field "$key" p50)") | $(n "$(field "$key" p90)") | $(n "$(field "$key" p99)") | $(n "$(field "$key" max)") | $(errors_of "$key") | ${BAND_503[$key.all]:-0} | ${BAND_3XX[$key.all]:-0} | $(field "$key" used) |"
    done
  done
  echo
  echo "Errors: HTTP status 400 or above, socket errors and timeouts as wrk counts them (curl: status 400 or above, or none); 503s and redirects (a"
  echo "later page past the end of its list) from the access log."
  echo

  for mode in $MODES; do
    echo "### By band, $(label "$mode") (the server's own times)"
    echo
    echo "| band | 1 client: requests | req/s | p50 | p99 | 16 connections: requests | req/s | p50 | p99 | errors | 503s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for band in $BANDS all; do
      c1=$mode-c1.$band c16=$mode-c16.$band
      rate1=$(awk -v n="${BAND_N[$c1]:-0}" -v s="$(seconds_of "$mode-c1")" 'BEGIN { if (s > 0) print n / s; else print "n/a" }')
      rate16=$(awk -v n="${BAND_N[$c16]:-0}" -v s="$(seconds_of "$mode-c16")" 'BEGIN { if (s > 0) print n / s; else print "n/a" }')
      name=$band
      [ "$band" = all ] && name="**all**"
      echo "| $name | ${BAND_N[$c1]:-0} | $(n "$rate1") | $(n "${BAND_P50[$c1]:-}") | $(n "${BAND_P99[$c1]:-}") | ${BAND_N[$c16]:-0} | $(n "$rate16") | $(n "${BAND_P50[$c16]:-}") | $(n "${BAND_P99[$c16]:-}") | $((${BAND_ERR[$c1]:-0} + ${BAND_ERR[$c16]:-0})) | $((${BAND_503[$c1]:-0} + ${BAND_503[$c16]:-0})) |"
    done
    echo
  done
  echo "From Tomcat's access log (\`%D\`: from reading the request to the response's end, without the"
  echo "loopback and wrk's own time), each request's band found by its address; only requests that ended"
  echo "before wrk stopped, as wrk counts them. Errors and 503s: both runs."
  echo

  echo "### Memory"
  echo
  echo "| cache | JVM options | VmRSS after the runs | VmHWM (peak) | classes loaded during the runs | JIT compilations during the runs |"
  echo "|---|---|---:|---:|---:|---:|"
  for mode in $MODES; do
    echo "| $(label "$mode") | \`${JAVA_OPTS:-none}\` | ${RSS[$mode]:-n/a} MB | ${HWM[$mode]:-n/a} MB | ${CLASSES[$mode]:-n/a} | ${COMPILES[$mode]:-n/a} |"
  done
  echo

  if [ -f "$OUT/server-timing-bands.tsv" ]; then
    echo "### Where the time goes (Server-Timing, $SAMPLE addresses one at a time, cache off)"
    echo
    echo "| band | requests | mean ms (curl) | non-200 | index | sql | render | other | SQL statements | index queries |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    grep -v '^all	' "$OUT/server-timing-bands.tsv" | while IFS=$'\t' read -r band rest; do
      echo "| $band | ${rest//$'\t'/ | } |"
    done
    grep '^all	' "$OUT/server-timing-bands.tsv" | while IFS=$'\t' read -r band rest; do
      echo "| **all** | ${rest//$'\t'/ | } |"
    done
    echo
    echo "Shares: each part's \`dur\` over the request's whole time as curl saw it, averaged over the band's"
    echo "requests; \"other\" is the rest. Counts: the \`desc\` numbers (\`sql;desc=\"N statements\"\`,"
    echo "\`index;desc=\"N queries\"\`) averaged. n/a: the app does not send that part."
    echo
  fi
  if [ ${#NOTES[@]} -gt 0 ]; then
    echo "**Notes.**"
    for note in "${NOTES[@]}"; do echo "- $note"; done
    echo
  fi
  echo "Raw results: \`$OUT\` (address lists, wrk outputs, access and app logs)."
} >"$OUT/report.md"

# Replaces what is between the markers, appending them to the file if absent.
if [ "$REPORT" != - ]; then
  [ -f "$REPORT" ] || : >"$REPORT"
  if ! grep -q '^<!-- longtail:begin -->$' "$REPORT" || ! grep -q '^<!-- longtail:end -->$' "$REPORT"; then
    printf '\n<!-- longtail:begin -->\n<!-- longtail:end -->\n' >>"$REPORT"
  fi
  awk -v report="$OUT/report.md" '
    /^<!-- longtail:begin -->$/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /^<!-- longtail:end -->$/ { skip = 0 }
    !skip { print }' "$REPORT" >"$WORK/report.tmp"
  cat "$WORK/report.tmp" >"$REPORT"
  log "Report written into $REPORT"
fi
log "Done in $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s; raw results and report.md in $OUT"
