#!/usr/bin/env bash
# The offline promise, checked: on a machine with only a JDK, after one `./mvnw -DskipTests package`,
# `./mvnw -o spring-boot:run` runs the app with no network and no PostgreSQL, and so does README's
# `./mvnw -o -Dmaven.test.skip=true spring-boot:run`.
#
# In a temporary directory: a copy of this checkout (its tracked files with their uncommitted changes;
# no target/, no data/) and an empty local Maven repository, which `./mvnw -DskipTests package` fills.
# Then, with no network (network and process namespaces of their own, only loopback up, so
# PostgreSQL on localhost:5432 is out of reach too) and as a user other than root (PostgreSQL refuses
# root), `./mvnw -o spring-boot:run` must answer the page / with 200: the app starts the embedded
# PostgreSQL. The app is stopped, and the same is asked of `./mvnw -o -Dmaven.test.skip=true
# spring-boot:run`. Then the directory is removed; any failure ends the script with a message and the
# end of the log.
#
# The packaging step downloads from ~/.m2/repository as a file:// mirror when there is one, so that CI
# does not download everything again; only what that step asks for lands in the fresh repository.
# OFFLINE_RUN_MIRROR=central downloads from Maven Central instead, OFFLINE_RUN_MIRROR=URL from URL.
# The Maven distribution is copied from ~/.m2/wrapper when it is there.
#
# Needs unshare (util-linux) and ip (iproute2). As root the app runs as OFFLINE_RUN_USER (nobody);
# as any other user, in a user namespace of its own (unprivileged user namespaces must be allowed).
#
#   scripts/offline-run.sh     # about a minute: the packaging step, then the app's first start
set -Eeuo pipefail
trap 'fail "line $LINENO: \"$BASH_COMMAND\" failed"' ERR

TIMEOUT="${OFFLINE_RUN_TIMEOUT:-300}"    # seconds from `spring-boot:run` to the first 200
PORT=8080                                # the app's default: the namespace has the port to itself
RUNS=("spring-boot:run" "-Dmaven.test.skip=true spring-boot:run")   # each split into ./mvnw -o's arguments

log() { printf '\n==> %s\n' "$*" >&2; }
fail() {
  printf '\nOFFLINE RUN FAILED: %s\n' "$1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    printf -- '--- the last 40 lines of %s:\n' "$2" >&2
    tail -n 40 "$2" >&2
  fi
  exit 1
}
seconds_since() { awk -v from="$1" -v to="$(date +%s%N)" 'BEGIN { printf "%.1f", (to - from) / 1e9 }'; }

# The status of GET / on the app, or nothing while it does not answer (bash's /dev/tcp: no curl needed).
status_of_root() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 0
    printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3 || exit 0
    IFS=' ' read -r -t 10 _ status _ <&3 || exit 0
    printf '%s' "${status%$'\r'}"
  ) 2>/dev/null
}

# Runs in the namespaces, as the unprivileged user: each of RUNS in turn.
serve() {
  local work=$1 run
  cd "$work/project"
  # The app must find no database by configuration either.
  unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
  export HOME="$work/home" MAVEN_USER_HOME="$work/maven-home"
  for run in "${RUNS[@]}"; do
    serve_once "$work" "$run"
  done
}

# Starts the app with `./mvnw -o RUN`, waits for its first 200 on /, stops it.
serve_once() {
  local work=$1 run=$2 started pid status
  local -a args
  read -r -a args <<<"$run"
  log "Offline: ./mvnw -o $run (as $(id -un 2>/dev/null || id -u), no network)"
  started=$(date +%s%N)
  set -m   # the build in a process group of its own: Maven and the app it forks stop together
  ./mvnw -B -o -s "$work/settings.xml" -Dmaven.repo.local="$work/repository" "${args[@]}" \
    >"$work/run.log" 2>&1 </dev/null &
  pid=$!
  set +m
  while :; do
    status=$(status_of_root)
    if [ "$status" = 200 ]; then
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" || true
      fail "./mvnw -o $run exited before the page / answered 200" "$work/run.log"
    fi
    if [ $(( ($(date +%s%N) - started) / 1000000000 )) -ge "$TIMEOUT" ]; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      fail "no 200 from / within $TIMEOUT s (last status: ${status:-no answer})" "$work/run.log"
    fi
    sleep 0.5
  done
  echo "./mvnw -o $run: first 200 on / after $(seconds_since "$started") s" >>"$work/first-200"
  grep -E 'Database: embedded' "$work/run.log" >&2 \
    || fail "the app did not use the embedded PostgreSQL" "$work/run.log"
  log "Stopping the app"
  kill -TERM -- "-$pid"   # Maven and the app it forked (one process group): the app stops its PostgreSQL
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || true
    fail "the app did not stop within 30 s of SIGTERM" "$work/run.log"
  fi
}

# Runs as PID 1 of the new namespaces: loopback up, then serve() as an unprivileged user.
in_namespace() {
  local work=$1 user=$2
  ip link set lo up || fail "cannot bring up loopback in the network namespace"
  if [ "$user" = "-" ]; then
    # A user namespace mapped to root: one more, as an ordinary user id, for PostgreSQL.
    unshare --user --map-user=65534 --map-group=65534 -- bash "$work/offline-run.sh" --serve "$work"
  else
    runuser -u "$user" -- env -i PATH="$PATH" JAVA_HOME="${JAVA_HOME:-}" LANG=C.UTF-8 \
      bash "$work/offline-run.sh" --serve "$work"
  fi
}

case "${1:-}" in
  --serve) serve "$2"; exit 0 ;;
  --namespace) in_namespace "$2" "$3"; exit 0 ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
for tool in git unshare ip tar; do
  command -v "$tool" >/dev/null || fail "this script needs $tool (util-linux, iproute2, git, tar)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/nkr-offline-run.XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
chmod 755 "$work"
mkdir -p "$work/project" "$work/repository" "$work/home" "$work/maven-home/wrapper"
cp "${BASH_SOURCE[0]}" "$work/offline-run.sh"

log "A copy of the checkout in $work/project"
git update-index -q --refresh || true   # else `git stash create` fails on a stale index
snapshot=$(git stash create)   # the working tree's tracked files as a commit; empty when nothing changed
git archive "${snapshot:-HEAD}" | tar -x -C "$work/project"

maven_user_home="${MAVEN_USER_HOME:-$HOME/.m2}"
if [ -d "$maven_user_home/wrapper/dists" ]; then
  cp -a "$maven_user_home/wrapper/dists" "$work/maven-home/wrapper/"
fi
mirror="${OFFLINE_RUN_MIRROR:-}"
if [ -z "$mirror" ] && [ -d "$maven_user_home/repository" ]; then
  mirror="file://$(cd "$maven_user_home/repository" && pwd)"
fi
if [ -n "$mirror" ] && [ "$mirror" != central ]; then
  cat >"$work/settings.xml" <<XML
<settings>
  <mirrors>
    <mirror><id>offline-run-mirror</id><mirrorOf>*</mirrorOf><url>$mirror</url></mirror>
  </mirrors>
</settings>
XML
else
  mirror="Maven Central"
  echo '<settings/>' >"$work/settings.xml"
fi

log "Online: ./mvnw -DskipTests package, into an empty local repository (from $mirror)"
started=$(date +%s%N)
(
  cd "$work/project"
  MAVEN_USER_HOME="$work/maven-home" ./mvnw -B -s "$work/settings.xml" -Dmaven.repo.local="$work/repository" \
    -DskipTests package >"$work/package.log" 2>&1 </dev/null
) || fail "./mvnw -DskipTests package failed" "$work/package.log"
package_seconds=$(seconds_since "$started")
files=$(find "$work/repository" -type f \( -name '*.jar' -o -name '*.pom' \) | wc -l)
size=$(du -sm "$work/repository" | cut -f1)
echo "package: $package_seconds s; the fresh repository holds $files jars and poms ($size MB)" >&2
if [ -d "$work/repository/nu/validator" ]; then
  fail "the packaging step downloaded the tests' HTML checker, so the offline run would prove nothing"
fi

if [ "$(id -u)" -eq 0 ]; then
  user="${OFFLINE_RUN_USER:-nobody}"
  chown -R "$user" "$work"
  unshare --net --pid --fork --kill-child --mount-proc -- \
    bash "$work/offline-run.sh" --namespace "$work" "$user" || fail "the offline run failed"
else
  unshare --user --map-root-user --net --pid --fork --kill-child --mount-proc -- \
    bash "$work/offline-run.sh" --namespace "$work" - || fail "the offline run failed"
fi
[ -f "$work/first-200" ] || fail "the offline run ended without a 200 from /" "$work/run.log"

[ "$(wc -l <"$work/first-200")" -eq "${#RUNS[@]}" ] || fail "not every offline run answered 200" "$work/run.log"
printf '\nOFFLINE RUN PASSED: package %s s (%s jars and poms, %s MB from %s)\n' "$package_seconds" "$files" "$size" \
  "$mirror"
cat "$work/first-200"
