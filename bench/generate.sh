#!/usr/bin/env bash
# Makes a database of synthetic articles for performance work (see bench/README.md):
#
#   bench/generate.sh [DB]        DB defaults to nkr_bench; ARTICLES (default 100000) articles
#
# Drops DB if it exists and creates it, migrates it by starting the built app once (building the
# jar if target/ has none), runs bench/generate.sql, VACUUM ANALYZE, and prints what it made and
# how long it took. Never goes through the web UI: the rows are written by SQL in the database.
#
# Needs: JDK 17+, psql, a word list (Debian's wamerican: installed with apt-get when missing and run
# as root), and a PostgreSQL 14+ at PGHOST:PGPORT (default 127.0.0.1:5432) where PGUSER (default
# postgres) may create databases. Environment: ARTICLES, OUT (default target/bench: the migrating
# app's log goes there), DICT (the word list, default /usr/share/dict/american-english), ZIPF_S (the
# exponent of the words' Zipf law, default 1.05), CHECK=1 to parse every synthetic article with the
# app's parser afterwards and compare it with the stored fields (bench/CheckSynthetic.java).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh

DB="${1:-nkr_bench}"
ARTICLES="${ARTICLES:-100000}"
OUT="${OUT:-target/bench}"
DICT="${DICT:-/usr/share/dict/american-english}"
ZIPF_S="${ZIPF_S:-1.05}"

# The name goes into SQL and a JDBC URL unquoted: only a plain identifier is safe in both.
if ! [[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "usage: bench/generate.sh [DB]: DB must be lower-case letters, digits and underscores" >&2
  exit 2
fi
if ! [[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]]; then
  echo "ARTICLES must be a positive whole number, not \"$ARTICLES\"" >&2
  exit 2
fi
if ! [[ "$ZIPF_S" =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
  echo "ZIPF_S must be a number such as 1.05, not \"$ZIPF_S\"" >&2
  exit 2
fi
# The synthetic texts' words come from a word list (bench/generate.sql, "Vocabulary"). Debian's is
# the package wamerican; root gets it, anyone else is told what to install.
if [ ! -s "$DICT" ]; then
  if [ "$DICT" = /usr/share/dict/american-english ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "No word list at $DICT: installing wamerican (apt-get)"
    apt-get install -y wamerican >&2 || { apt-get update >&2 && apt-get install -y wamerican >&2; } || true
  fi
  if [ ! -s "$DICT" ]; then
    echo "bench/generate.sh needs the word list $DICT: install it (Debian, as root: apt-get install wamerican)" \
         "or set DICT to another list of words, one a line." >&2
    exit 1
  fi
fi
mkdir -p "$OUT"
started=$SECONDS

# The migrating app is stopped by bench_create_database; the trap covers an interrupted start.
trap bench_stop_app EXIT
bench_create_database "$DB" "$OUT/app.log"

log "Inserting $ARTICLES synthetic articles"
loading=$SECONDS
# psql reads its script as it goes: a run of half an hour would take up an edit of bench/generate.sql
# made meanwhile from wherever it had got to. It reads a copy.
cp bench/generate.sql "$OUT/generate.sql"
psql_db "$DB" -v articles="$ARTICLES" -v dict="$DICT" -v zipf_s="$ZIPF_S" -f "$OUT/generate.sql"
loaded=$((SECONDS - loading))

log "VACUUM ANALYZE"
psql_db "$DB" -c "vacuum (analyze)"

psql_db "$DB" -P footer=off <<'SQL'
select count(*) as articles,
       count(*) filter (where slug like 'synthetic-%') as synthetic,
       count(*) filter (where event_date is null) as undated,
       count(*) filter (where published_date is null) as no_published_date,
       min(word_count) as min_words, round(avg(word_count)) as avg_words, max(word_count) as max_words,
       min(event_date) as first_event, max(event_date) as last_event,
       (select count(*) from article_topic) as topic_tags,
       (select count(*) from article_entity) as entity_tags,
       pg_size_pretty(pg_database_size(current_database())) as database_size
from article;
SQL
if [ "${CHECK:-0}" = 1 ]; then
  # The parser's classes as Maven compiled them, and the PostgreSQL driver from Maven's repository.
  driver=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)
  log "Checking the synthetic articles against the app's parser"
  java -cp "target/classes:$driver" bench/CheckSynthetic.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$PGUSER"
fi
log "Done: $DB made in $((SECONDS - started)) s (the SQL of bench/generate.sql: $loaded s)"
