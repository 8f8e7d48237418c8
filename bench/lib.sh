# shellcheck shell=bash
# Shared by bench/generate.sh, bench/run.sh and scripts/search-*.sh: the PostgreSQL connection, a
# log line, the built jar, and starting the app against a database (which is also how a database
# gets migrated: Flyway runs the project's own migrations, Java ones and seed articles included, at
# startup).
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
  for _ in $(seq 1 240); do
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
