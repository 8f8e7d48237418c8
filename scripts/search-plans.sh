#!/usr/bin/env bash
# Measures the timeline search's SQL on a collection of 100,000 synthetic articles and prints a
# Markdown table of the plans and times (the numbers in docs/search.md come from this script).
#
# 1. (Re)creates the scratch database nkr_searchbench and migrates it by starting the built app
#    against it once (Flyway runs the project's own migrations, seed articles included), and
# 2. inserts the synthetic articles: both by bench/generate.sh (see bench/README.md). Bodies of
#    300-900 words drawn from the vocabulary of the five seed articles (so "kim" and "russia" are in
#    nearly every article, the seeds' one-off words in a few percent), event dates over 30 years in
#    clusters (about 2% undated), topics and entities. One word is rare ("rason", in 20 articles),
#    one is only in the newest articles ("kursk").
# 3. Runs each query of a search page as EXPLAIN (ANALYZE, BUFFERS): one run as warm-up (kept as the
#    plan to read, with per-node timing), then RUNS runs with TIMING OFF whose median is reported.
# 4. Prints the tables, writes them to $OUT/results.md and every plan to $OUT/plans.txt, and drops
#    the scratch database (unless KEEP=1).
#
# Needs: JDK 17+, psql, and a PostgreSQL 14+ at PGHOST:PGPORT (default 127.0.0.1:5432) where PGUSER
# (default postgres) may create databases. Builds the jar if target/ has none. Takes about 7 minutes
# on 2 cores. Environment: ARTICLES (default 100000), RUNS (5), OUT (target/search-plans), KEEP (0).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

source bench/lib.sh
DB=nkr_searchbench
ARTICLES="${ARTICLES:-100000}"
RUNS="${RUNS:-5}"
OUT="${OUT:-target/search-plans}"
KEEP="${KEEP:-0}"
mkdir -p "$OUT"

psql_bench() { psql_db "$DB" "$@"; }

started=$SECONDS

# --- 1-2. A fresh database with the project's schema and the synthetic articles ------------------
# bench/generate.sh prints what it made on stdout: to stderr here, so stdout stays the tables.
ARTICLES="$ARTICLES" OUT="$OUT" bench/generate.sh "$DB" >&2

# --- 3. The queries -----------------------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "Measuring (warm-up + $RUNS runs each; load average $load_before)"
psql_bench -v runs="$RUNS" <<'SQL'
create schema bench;

create table bench.term (position integer primary key, label text not null, query text not null,
                         matches bigint, first_shown bigint);
insert into bench.term (position, label, query) values
    (1, 'common', 'kim'),
    (2, 'mid-frequency', 'ammunition'),
    (3, 'mid, newest only', 'kursk'),
    (4, 'rare', 'rason'),
    (5, 'absent', 'sakhalin'),
    (6, 'phrase', '"fur hat"'),
    (7, 'exclusion', 'kim -drones');

create table bench.result (
    term_position integer not null,
    variant       text    not null,
    generic       boolean not null,
    median_ms     numeric not null,
    min_ms        numeric not null,
    max_ms        numeric not null,
    rows_read     bigint,
    buffers       bigint,
    shape         text,
    class         text,
    plan          text,
    position      integer generated always as identity);

-- The statements of a search page, exactly as TimelineRepository builds them for a search with no
-- other filter (event axis, oldest first, first page of 50); :query is the reader's text. Variants:
--   fenced      findEntries as the app runs it (the search in a subquery fenced by offset 0)
--   naive       the same without the fence: where search_vector @@ q order by <key> limit 50
--   fenced-no-snippets  the fenced query without ts_headline (what the snippets cost)
--   fenced-once the fenced query without the search repeated outside the fence
--   fenced-once-gin  the same with seq scans disabled, so the subquery reads the matches through the GIN index
--   count-gin   a rewrite of countArticles that reads the matches once, through the GIN index (seq scans disabled)
--   relevance   findEntries ordered by relevance (order=relevance), fenced
--   count       countArticles, with the first shown article's id
--   topics, entities, overview: findTopicFacets, findEntityFacets, countArticlesByDay
create function bench.statement(variant text, first_shown bigint) returns text language plpgsql as $fn$
declare
    q constant text := 'websearch_to_tsquery(''english_unaccent'', :query)';
    timeline_key constant text := 'coalesce(%1$s.event_date, ''infinity''::date) asc, coalesce(%1$s.published_date, ''infinity''::date) asc, %1$s.headline asc, %1$s.id asc';
    rank_key constant text := '-ts_rank(%1$s.search_vector, ' || q || ') asc, %1$s.id asc';
    fenced constant text := '(select * from article where search_vector @@ ' || q || ' offset 0) a';
    entries constant text := $sql$select p.id, p.slug, p.headline, p.lede, p.event_date, p.event_date_precision,
       p.event_date_estimated, p.event_date_note, p.event_date_source_url,
       p.published_date, p.published_date_note,
       array(select t.slug from article_topic at join topic t on t.id = at.topic_id
             where at.article_id = p.id order by t.position) as topic_slugs,
       ts_headline('english_unaccent', p.body_text, %1$s, %5$L) as snippet,
       ts_headline('english_unaccent', p.headline, %1$s, %6$L) as marked_headline
from (select a.* from %2$s
      where %3$s
      order by %4$s
      limit 50) p
order by %7$s$sql$;
    snippet_options constant text := E'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
    headline_options constant text := E'StartSel=\uE000, StopSel=\uE001, HighlightAll=true';
    earlier text := 'false';
begin
    case variant
    when 'fenced' then
        return format(entries, q, fenced, 'a.search_vector @@ ' || q, format(timeline_key, 'a'),
                      snippet_options, headline_options, format(timeline_key, 'p'));
    when 'naive' then
        return format(entries, q, 'article a', 'a.search_vector @@ ' || q, format(timeline_key, 'a'),
                      snippet_options, headline_options, format(timeline_key, 'p'));
    when 'fenced-no-snippets' then
        return replace(format(entries, q, fenced, 'a.search_vector @@ ' || q, format(timeline_key, 'a'),
                              snippet_options, headline_options, format(timeline_key, 'p')),
                       format($sql$ts_headline('english_unaccent', p.body_text, %1$s, %2$L) as snippet,
       ts_headline('english_unaccent', p.headline, %1$s, %3$L) as marked_headline$sql$, q, snippet_options, headline_options),
                       'null as snippet, null as marked_headline');
    when 'fenced-once', 'fenced-once-gin' then
        return format(entries, q, fenced, 'true', format(timeline_key, 'a'),
                      snippet_options, headline_options, format(timeline_key, 'p'));
    when 'relevance' then
        return format(entries, q, fenced, 'a.search_vector @@ ' || q, format(rank_key, 'a'),
                      snippet_options, headline_options, format(rank_key, 'p'));
    when 'count' then
        if first_shown is not null then
            earlier := 'a.search_vector @@ ' || q || ' and (coalesce(a.event_date, ''infinity''::date), coalesce(a.published_date, ''infinity''::date), a.headline, a.id) < '
                || '(select coalesce(k.event_date, ''infinity''::date), coalesce(k.published_date, ''infinity''::date), k.headline, k.id from article k where k.id = ' || first_shown || ')';
        end if;
        return format($sql$select count(*) as total,
       count(*) filter (where a.search_vector @@ %1$s) as shown,
       count(*) filter (where a.search_vector @@ %1$s and a.event_date is null) as undated,
       count(*) filter (where %2$s) as earlier,
       numnode(%1$s) = 0 as search_has_no_words
from article a$sql$, q, earlier);
    when 'count-gin' then
        if first_shown is not null then
            earlier := '(coalesce(a.event_date, ''infinity''::date), coalesce(a.published_date, ''infinity''::date), a.headline, a.id) < '
                || '(select coalesce(k.event_date, ''infinity''::date), coalesce(k.published_date, ''infinity''::date), k.headline, k.id from article k where k.id = ' || first_shown || ')';
        end if;
        return format($sql$select (select count(*) from article) as total,
       count(*) as shown,
       count(*) filter (where a.event_date is null) as undated,
       count(*) filter (where %2$s) as earlier,
       numnode(%1$s) = 0 as search_has_no_words
from article a
where a.search_vector @@ %1$s$sql$, q, earlier);
    when 'topics' then
        return format($sql$select t.slug, t.name, t.description, count(a.id) as article_count
from topic t
left join article_topic at on at.topic_id = t.id
left join article a on a.id = at.article_id and a.search_vector @@ %1$s
group by t.id
order by t.position$sql$, q);
    when 'entities' then
        return format($sql$select slug, name, kind, article_count from (
    select e.slug, e.name, e.kind, count(a.id) as article_count,
           row_number() over (partition by e.kind
                              order by e.slug = any('{}'::text[]) desc, count(a.id) desc, e.name) as place
    from entity e
    left join article_entity ae on ae.entity_id = e.id
    left join article a on a.id = ae.article_id and a.search_vector @@ %1$s
    group by e.id) ranked
where (article_count > 0 and place <= 8) or slug = any('{}'::text[])
order by kind, article_count desc, name$sql$, q);
    when 'overview' then
        return format($sql$select a.event_date as day, count(*) as total, count(*) filter (where a.search_vector @@ %1$s) as matching,
       count(*) filter (where a.event_date_estimated) as estimated
from article a
group by a.event_date
order by a.event_date nulls last$sql$, q);
    end case;
end
$fn$;

-- Runs one statement: a warm-up with EXPLAIN (ANALYZE, BUFFERS), kept as its plan, then `runs`
-- runs with TIMING OFF (no per-node clock reads) whose execution times give the median. generic:
-- as a prepared statement forced onto its generic plan, which is what a server-side prepared
-- statement (pgjdbc uses one from a statement's 5th execution on a connection, prepareThreshold=5)
-- may settle on after five custom plans. Variants ending in -gin run with enable_seqscan off.
create function bench.measure(term_position integer, variant text, generic boolean, runs integer)
returns void language plpgsql as $fn$
declare
    t bench.term;
    sql text;
    run_sql text;
    plan json;
    times numeric[] := '{}';
    text_plan text := '';
    line text;
begin
    select * into t from bench.term where position = term_position;
    sql := bench.statement(variant, t.first_shown);
    if variant like '%-gin' then
        perform set_config('enable_seqscan', 'off', false);
    end if;
    if generic then
        execute 'prepare bench_statement(text) as ' || replace(sql, ':query', '$1');
        perform set_config('plan_cache_mode', 'force_generic_plan', false);
        run_sql := 'execute bench_statement(' || quote_literal(t.query) || ')';
    else
        run_sql := replace(sql, ':query', quote_literal(t.query));
    end if;
    for line in execute 'explain (analyze, buffers) ' || run_sql loop
        text_plan := text_plan || line || E'\n';
    end loop;
    for i in 1..runs loop
        execute 'explain (analyze, buffers, timing off, format json) ' || run_sql into plan;
        times := times || (plan -> 0 ->> 'Execution Time')::numeric;
    end loop;
    perform set_config('enable_seqscan', 'on', false);
    if generic then
        deallocate bench_statement;
        perform set_config('plan_cache_mode', 'auto', false);
    end if;
    insert into bench.result (term_position, variant, generic, median_ms, min_ms, max_ms, rows_read, buffers, shape, class, plan)
    with recursive node (n, path) as (
        select plan -> 0 -> 'Plan', array[1]
        union all
        select c.value, node.path || c.ordinality::integer
        from node, json_array_elements(node.n -> 'Plans') with ordinality as c
        -- the per-row topic array and the cursor's key lookup are not part of the plan's shape
        where coalesce(c.value ->> 'Parent Relationship', '') not in ('SubPlan', 'InitPlan')),
    labelled as (
        select path, n ->> 'Node Type' as type, n ->> 'Relation Name' as relation,
               n ->> 'Node Type'
                   || coalesce(' ' || (n ->> 'Index Name'), '')
                   || case when n ->> 'Node Type' in ('Seq Scan', 'Bitmap Heap Scan') then ' ' || (n ->> 'Relation Name') else '' end
                   || coalesce(' (' || (n ->> 'Sort Method') || ')', '') as label,
               ((n ->> 'Actual Rows')::bigint + coalesce((n ->> 'Rows Removed by Filter')::bigint, 0)
                   + coalesce((n ->> 'Rows Removed by Index Recheck')::bigint, 0)) * (n ->> 'Actual Loops')::bigint as rows_read
        from node)
    select term_position, variant, generic,
           percentile_cont(0.5) within group (order by x), min(x), max(x),
           (select sum(rows_read) from labelled
            where relation = 'article' and type in ('Seq Scan', 'Index Scan', 'Bitmap Heap Scan', 'Index Only Scan')),
           (plan -> 0 -> 'Plan' ->> 'Shared Hit Blocks')::bigint + (plan -> 0 -> 'Plan' ->> 'Shared Read Blocks')::bigint,
           (select string_agg(label, ' > ' order by path) from labelled
            where type not in ('Result', 'Hash', 'Materialize', 'Aggregate', 'WindowAgg', 'Group')),
           case
               when exists (select from labelled where label like '%article_event_asc_key_idx%') then 'walks the sort-key index'
               when exists (select from labelled where label like '%article_search_vector_idx%') then 'GIN bitmap'
               when exists (select from labelled where label like 'Seq Scan article%') then 'seq scan'
               else '?' end,
           text_plan
    from unnest(times) x;
end
$fn$;

update bench.term set matches = (select count(*) from article
                                 where search_vector @@ websearch_to_tsquery('english_unaccent', term.query));
do $$
declare t bench.term; first bigint;
begin
    for t in select * from bench.term loop
        execute 'select id from (' || replace(bench.statement('fenced', null), ':query', quote_literal(t.query)) || ') page limit 1' into first;
        update bench.term set first_shown = first where position = t.position;
    end loop;
end
$$;

\o /dev/null
select bench.measure(t.position, v.variant, v.generic, :runs)
from bench.term t
cross join (values (1, 'fenced', false), (2, 'naive', false), (3, 'fenced-no-snippets', false), (4, 'fenced-once', false),
                   (5, 'relevance', false), (6, 'count', false), (7, 'topics', false), (8, 'entities', false),
                   (9, 'overview', false), (10, 'fenced', true), (11, 'naive', true), (12, 'count', true),
                   (13, 'fenced-once-gin', false), (14, 'count-gin', false)) as v (position, variant, generic)
order by t.position, v.position;
\o

-- What plan_cache_mode=auto (the default) does with each statement of a search page: five
-- executions with custom plans for typical searches, then is the sixth execution's plan generic
-- (it shows $1 instead of the folded tsquery)?
create table bench.auto (variant text, generic boolean, position integer generated always as identity);
do $$
declare variant text; line text; generic boolean;
begin
    foreach variant in array array['fenced', 'naive', 'count', 'topics', 'entities', 'overview'] loop
        execute 'prepare bench_auto(text) as '
            || replace(bench.statement(variant, (select first_shown from bench.term where position = 1)), ':query', '$1');
        execute 'execute bench_auto(''kim'')';
        execute 'execute bench_auto(''russia'')';
        execute 'execute bench_auto(''ammunition'')';
        execute 'execute bench_auto(''rason'')';
        execute 'execute bench_auto(''kim -drones'')';
        generic := false;
        for line in execute 'explain execute bench_auto(''kursk'')' loop
            generic := generic or line like '%$1%';
        end loop;
        insert into bench.auto (variant, generic) values (variant, generic);
        deallocate bench_auto;
    end loop;
end
$$;
SQL

# --- 4. Report ----------------------------------------------------------------------------------
log "Writing $OUT/results.md and $OUT/plans.txt"
psql_bench -At >"$OUT/plans.txt" <<'SQL'
select format(E'==== %s %s / %s%s (median %s ms)\n%s\n%s', t.label, t.query, r.variant,
              case when r.generic then ' (generic plan)' when r.variant like '%-gin' then ' (enable_seqscan off)' else '' end,
              to_char(r.median_ms, 'FM999990.0'),
              case when r.generic then 'prepare bench_statement(text) as ' || replace(bench.statement(r.variant, t.first_shown), ':query', '$1')
                   else replace(bench.statement(r.variant, t.first_shown), ':query', quote_literal(t.query)) end,
              r.plan)
from bench.result r join bench.term t on t.position = r.term_position
order by r.position;
SQL
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))," \
       "$(free -g | awk '/^Mem:/ {print $2}') GB RAM, load average before measuring $load_before;" \
       "$(psql_bench -Atc "select split_part(version(), ' on ', 1)"); $ARTICLES synthetic articles + the 5 seeds." \
       "Times: median (ms) of $RUNS runs after a warm-up, execution time of EXPLAIN (ANALYZE, BUFFERS, TIMING OFF)."
  psql_bench -Atc "select 'Settings: ' || string_agg(name || '=' || setting || coalesce(unit, ''), ', ' order by name) from pg_settings
                   where name in ('shared_buffers', 'work_mem', 'jit', 'jit_above_cost', 'effective_cache_size', 'random_page_cost', 'max_parallel_workers_per_gather')"
  echo "Plans that used JIT: $(grep -c '^JIT:' "$OUT/plans.txt" || true)."
  psql_bench -Atc "select 'Table article: ' || pg_size_pretty(pg_table_size('article')) || ' with its TOAST table ('
                   || pg_size_pretty(pg_relation_size((select reltoastrelid from pg_class where relname = 'article'))) || '), GIN index '
                   || pg_size_pretty(pg_relation_size('article_search_vector_idx')) || '.'"
  echo
  echo "A page of 50 entries, and the count query (ms). GIN: bitmap scan of the GIN index, then a top-N sort;"
  echo "walk: Index Scan on article_event_asc_key_idx in timeline order, testing each row; seq scan: every row tested."
  echo
  psql_bench -At <<'SQL'
with cell as (
    select term_position, variant,
           to_char(median_ms, 'FM999990.0') || case when variant in ('fenced', 'naive')
               then ' (' || case class when 'walks the sort-key index' then 'walk' when 'GIN bitmap' then 'GIN' else class end || ')'
               else '' end as text
    from bench.result where not generic)
select line from (
    select -1 as sort, '| search | matches | fenced (app) | naive | fenced, no snippets | fenced, search once | relevance (fenced) | count query |' as line
    union all select 0, '|---|---:|---:|---:|---:|---:|---:|---:|'
    union all
    select t.position, format('| %s `%s` | %s | %s | %s | %s | %s | %s | %s |', t.label, t.query, t.matches,
                  max(text) filter (where variant = 'fenced'), max(text) filter (where variant = 'naive'),
                  max(text) filter (where variant = 'fenced-no-snippets'),
                  max(text) filter (where variant = 'fenced-once'), max(text) filter (where variant = 'relevance'),
                  max(text) filter (where variant = 'count'))
    from bench.term t join cell c on c.term_position = t.position
    group by t.position, t.label, t.query, t.matches) lines
order by sort;
SQL
  echo
  echo "The whole search page (ms): the other statements it runs, their sum with the two above (the app as it is),"
  echo "and two rewrites that read the matches once through the GIN index (enable_seqscan off)."
  echo
  psql_bench -At <<'SQL'
with m as (select term_position, variant, median_ms from bench.result where not generic)
select line from (
    select -1 as sort, '| search | topic facets | entity facets | overview by day | page total | fenced, search once, GIN | count via GIN |' as line
    union all select 0, '|---|---:|---:|---:|---:|---:|---:|'
    union all
    select t.position, format('| `%s` | %s | %s | %s | **%s** | %s | %s |', t.query,
                  to_char(max(median_ms) filter (where variant = 'topics'), 'FM999990.0'),
                  to_char(max(median_ms) filter (where variant = 'entities'), 'FM999990.0'),
                  to_char(max(median_ms) filter (where variant = 'overview'), 'FM999990.0'),
                  to_char(sum(median_ms) filter (where variant in ('fenced', 'count', 'topics', 'entities', 'overview')), 'FM999990'),
                  to_char(max(median_ms) filter (where variant = 'fenced-once-gin'), 'FM999990.0'),
                  to_char(max(median_ms) filter (where variant = 'count-gin'), 'FM999990.0'))
    from bench.term t join m on m.term_position = t.position
    group by t.position, t.query) lines
order by sort;
SQL
  echo
  echo "Generic plans (prepared statements; see the last line), ms:"
  echo
  psql_bench -At <<'SQL'
with shown as (select term_position, variant, generic, median_ms,
                      to_char(median_ms, 'FM999990.0') || ' (' || case class when 'walks the sort-key index' then 'walk'
                          when 'GIN bitmap' then 'GIN' else class end || ')' as ms_plan
               from bench.result)
select line from (
    select -1 as sort, '| search | fenced, custom | fenced, generic | naive, custom | naive, generic | count, custom | count, generic |' as line
    union all select 0, '|---|---:|---:|---:|---:|---:|---:|'
    union all
    select t.position, format('| `%s` | %s | %s | %s | %s | %s | %s |', t.query,
                  max(ms_plan) filter (where variant = 'fenced' and not generic),
                  max(ms_plan) filter (where variant = 'fenced' and generic),
                  max(ms_plan) filter (where variant = 'naive' and not generic),
                  max(ms_plan) filter (where variant = 'naive' and generic),
                  to_char(max(median_ms) filter (where variant = 'count' and not generic), 'FM999990.0'),
                  to_char(max(median_ms) filter (where variant = 'count' and generic), 'FM999990.0'))
    from bench.term t join shown r on r.term_position = t.position
    group by t.position, t.query) lines
order by sort;
SQL
  echo
  psql_bench -Atc "select 'With plan_cache_mode=auto, after five custom plans a prepared statement switched to its generic plan for: '
                   || coalesce(string_agg(variant, ', ' order by position) filter (where generic), 'none')
                   || '; kept custom plans: ' || coalesce(string_agg(variant, ', ' order by position) filter (where not generic), 'none') || '.'
                   from bench.auto"
  echo
  echo "Every measurement: rows of article read (returned + removed by filter or recheck), shared buffers (hit + read), and the plan's nodes:"
  echo
  psql_bench -At <<'SQL'
select line from (
    select -1 as sort, '| search | statement | median | min–max | rows read | buffers | plan |' as line
    union all select 0, '|---|---|---:|---:|---:|---:|---|'
    union all
    select r.position, format('| `%s` | %s%s | %s | %s–%s | %s | %s | %s |', t.query, r.variant, case when r.generic then ' (generic)' else '' end,
              to_char(r.median_ms, 'FM999990.0'), to_char(r.min_ms, 'FM999990.0'), to_char(r.max_ms, 'FM999990.0'),
              r.rows_read, r.buffers, r.shape)
    from bench.result r join bench.term t on t.position = r.term_position) lines
order by sort;
SQL
} | tee "$OUT/results.md"

if [ "$KEEP" = 1 ]; then
  log "Kept database $DB (drop it with: dropdb $DB)"
else
  psql_admin -c "drop database $DB with (force)"
  log "Dropped database $DB"
fi
log "Done in $((SECONDS - started)) s"
