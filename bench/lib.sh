# shellcheck shell=bash
# Shared by bench/generate.sh, bench/run.sh, bench/longtail.sh and scripts/search-*.sh: the
# PostgreSQL connection, a log line, the built jar, starting the app against a database (which is
# also how a database gets migrated: Flyway runs the project's own migrations, Java ones and seed
# articles included, at startup), waiting for it to be idle, and its resident memory.
# Source it from the project's root directory; it sets no shell options of its own.

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

# psql_db DB [psql arguments...]
psql_db() { local db=$1; shift; psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# Prints the path of the runnable jar in target/, building it first if there is none.
bench_jar() {
  local jar
  jar=$(ls target/nkr-timeline-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
  if [ -z "$jar" ]; then
    log "No jar in target/: building it (./mvnw -B -q -DskipTests package)"
    ./mvnw -B -q -DskipTests package >&2
    jar=$(ls target/nkr-timeline-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
  fi
  printf '%s\n' "$jar"
}

# JVM options for the apps started below, as an array (bench/run.sh puts the heap size and the
# garbage collector here). Empty by default: the other scripts start the jar as a user would.
BENCH_JVM_OPTS=()

# bench_launch_app JAR DB PORT LOGFILE [APP ARGUMENT...]: starts the app in the background (PID in
# BENCH_APP_PID) and returns at once, for callers that wait in their own way (bench/run.sh times the
# start to the first answered request). The arguments go to the app, e.g. --spring.profiles.active=x.
BENCH_APP_PID=
bench_launch_app() {
  local jar=$1 db=$2 port=$3 logfile=$4
  shift 4
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    java "${BENCH_JVM_OPTS[@]}" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 "$@" >"$logfile" 2>&1 &
  BENCH_APP_PID=$!
}

# bench_start_app JAR DB PORT LOGFILE [APP ARGUMENT...]: starts the app in the background (PID in
# BENCH_APP_PID) and waits until it has started. Returns 1, with the log's tail on stderr, if it exits
# or takes more than two minutes. Port 0: any free port, for a start that serves nobody.
bench_start_app() {
  local logfile=$4
  bench_launch_app "$@"
  # BENCH_START_SECONDS [120]: a first start on a large collection builds the read index first.
  for _ in $(seq 1 $(( ${BENCH_START_SECONDS:-120} * 2 ))); do
    if grep -q 'Started TimelineApplication' "$logfile"; then return 0; fi
    if ! kill -0 "$BENCH_APP_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "The app did not start; its log is in $logfile:" >&2
  tail -n 30 "$logfile" >&2
  bench_stop_app
  return 1
}

# Stops the app bench_start_app started, if it still runs; safe to call twice (and from a trap).
bench_stop_app() {
  if [ -n "$BENCH_APP_PID" ] && kill -0 "$BENCH_APP_PID" 2>/dev/null; then
    kill "$BENCH_APP_PID"
    wait "$BENCH_APP_PID" 2>/dev/null || true
  fi
  BENCH_APP_PID=
}

# bench_create_database DB LOGFILE: drops DB if it exists, creates it empty (UTF8, as the app
# creates its own: the generator's normalize() needs it) and migrates it by starting the app once.
bench_create_database() {
  local db=$1 logfile=$2 jar
  jar=$(bench_jar)
  log "Creating database $db on $PGHOST:$PGPORT"
  psql_admin -c "set client_min_messages = warning" -c "drop database if exists $db with (force)" \
             -c "create database $db encoding 'UTF8' template template0"
  log "Migrating $db by starting $jar once"
  bench_start_app "$jar" "$db" 0 "$logfile" || return 1
  bench_stop_app
  if [ "$(psql_db "$db" -Atc "select count(*) > 0 and bool_and(success) from flyway_schema_history")" != t ]; then
    echo "The migrations of $db did not all succeed; see $logfile." >&2
    return 1
  fi
}

# bench_wait_idle DB [PID]: waits (up to two minutes) until the app and its database are idle: wrk
# stops without waiting for the answers in flight, and on a slow page those are seconds of work that
# would slow the next run. Idle: no active statement in DB and, with a PID, under 10% of a core used
# by that process for 0.2 s.
bench_wait_idle() {
  local db=$1 pid=${2:-} active before after
  for _ in $(seq 1 500); do
    active=$(psql_db "$db" -Atc "select count(*) from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid()")
    if [ -n "$pid" ]; then
      before=$(bench_cpu_ticks "$pid")
      sleep 0.2
      after=$(bench_cpu_ticks "$pid")
    else
      before=0 after=0
    fi
    if [ "$active" = 0 ] && [ $((after - before)) -lt 2 ]; then return 0; fi
    [ -n "$pid" ] || sleep 0.2
  done
  log "Still busy after two minutes; going on"
}

# CPU time a process has used, user and system, in clock ticks (1/100 s on Linux).
bench_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# Resident memory of a process now (VmRSS) and at its peak (VmHWM), in MB; n/a when it is gone.
bench_rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo n/a; }
bench_hwm_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo n/a; }

# bench_time_edits DB N FOUND: changes the headline of the first public article of DB N times with
# SQL typed by hand, each time to a word of its own, and times how long until the command `FOUND WORD`
# succeeds (10 s at most), putting the headline back after each. The sorted times in ms go into
# EDIT_MS, space-separated.
bench_time_edits() {
  local db=$1 edits=$2 found=$3 target original word began i times=()
  target=$(psql_db "$db" -Atc "select id from public_article order by id limit 1")
  original=$(psql_db "$db" -Atc "select headline from article where id = $target")
  for i in $(seq 1 "$edits"); do
    word="zqxfresh${i}x$RANDOM"
    began=$(date +%s%N)
    # A headline of its own (headlines have a length limit), put back after.
    psql_db "$db" -c "update article set headline = 'Freshness check $word' where id = $target"
    until "$found" "$word"; do
      sleep 0.02
      if (( ($(date +%s%N) - began) / 1000000 > 10000 )); then echo "$word not found after 10 s" >&2; exit 1; fi
    done
    times+=($(( ($(date +%s%N) - began) / 1000000 )))
    psql_db "$db" -v headline="$original" <<<"update article set headline = :'headline' where id = $target"
  done
  EDIT_MS=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
}
