-- Fills a migrated, otherwise empty database with synthetic articles in the shape the import gives
-- them (see bench/README.md): psql -v articles=N -f bench/generate.sql (default 100,000), and
-- optionally -v dict=WORD_LIST (default /usr/share/dict/american-english, Debian's wamerican) and
-- -v zipf_s=S (default 1.05). bench/generate.sh runs it on a fresh database; the five seed articles
-- stay, and their words are mixed with the word list's.
\set ON_ERROR_STOP on
\if :{?articles}
\else
\set articles 100000
\endif
set client_min_messages = warning;

-- The same articles on every run (on the same PostgreSQL version, with the same word list).
select setseed(0.2024) \g /dev/null

begin;

-- A synthetic article must parse as its stored fields say. Sentences.lede in SQL: the first
-- sentence, or the first two if they fit in 280 characters, splitting where Java splits (after
-- . ! or ?, closing quotes, then whitespace and a capital, quote or digit) but not after an
-- abbreviation or an initialism such as "U.N.". Pool paragraphs have single spaces, so joining
-- the pieces with one space gives back the paragraph's own text.
create function pg_temp.bench_lede(paragraph text) returns text language plpgsql immutable as $fn$
declare
    piece text;
    pending text;
    last_word text;
    sentences text[] := '{}';
begin
    for piece in
        select s from regexp_split_to_table(btrim(paragraph),
                                            $re$(?<=[.!?][”"’')\]]*)\s+(?=[[:upper:]“"‘'(\[[:digit:]])$re$)
                      with ordinality as t (s, n)
        order by n
    loop
        pending := case when pending is null then piece else pending || ' ' || piece end;
        last_word := regexp_replace(pending, '^.* ', '');
        if last_word <> all (array['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Sgt.',
                                   'Capt.', 'Gov.', 'Sen.', 'Rep.', 'Jr.', 'Sr.', 'No.', 'vs.', 'etc.', 'Jan.',
                                   'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'])
           and last_word !~ '^([[:alpha:]]\.)+$' then
            sentences := sentences || pending;
            pending := null;
        end if;
    end loop;
    if pending is not null then
        sentences := sentences || pending;
    end if;
    if coalesce(array_length(sentences, 1), 0) < 2 then
        return btrim(paragraph);
    end if;
    return case when length(sentences[1] || ' ' || sentences[2]) <= 280 then sentences[1] || ' ' || sentences[2]
                else sentences[1] end;
end
$fn$;

-- Words as org.nkrtimeline.collection.source.Words counts them (letters or digits, joined by ' ’ . or -).
create function pg_temp.bench_words(text text) returns integer language sql immutable as $fn$
    select count(*)::integer
    from regexp_matches(text, '[[:alpha:][:digit:]]+([''’.-][[:alpha:][:digit:]]+)*', 'g')
$fn$;

-- ContentHash in SQL: SHA-256 of the body text after NFKC, straight quotes, one space for any run of
-- whitespace, trimmed and lower-cased. Equal to the Java hash, so importing a synthetic article's
-- source text again is recognised as a duplicate, as for a real one. Normalising a 3 kB body costs
-- half a millisecond, so each pool paragraph is normalised once and a body's normal form is its
-- paragraphs' joined by one space (the newline between them).
create function pg_temp.bench_normal(text text) returns text language sql immutable as $fn$
    select lower(btrim(regexp_replace(translate(normalize(text, NFKC), '‘’“”', $q$''""$q$), '\s+', ' ', 'g')))
$fn$;

-- --- Vocabulary ------------------------------------------------------------------------------------

-- Three sources of words, mixed (see bench/README.md, "What an article looks like"):
--
-- 1. A dictionary with a Zipf-like frequency: the words of a word list (psql variable dict, default
--    Debian's wamerican, /usr/share/dict/american-english) made only of letters A-Z, two or more,
--    ranked in a fixed pseudo-random order (the MD5 of a fixed prefix and the word, so the same on
--    every run and PostgreSQL version) and drawn with probability 1/rank^s (psql variable zipf_s,
--    default 1.05). This is the long tail a search index has to hold: with 74,000 words, the word of
--    rank 1 is about one in ten of these draws and every word is drawn somewhere.
--    Left out: the abbreviations ArticleParser's sentence splitter knows ("Gen", "Sept"...), so that
--    any word may end a sentence; the words the search finds as "zeppelin", "rason" or "kursk"
--    ("Zeppelins" too), whose counts bench/run.sh and scripts/search-plans.sh rely on (none, 20
--    articles, the Kursk sentence below); and one search term (lexeme) in 256, chosen by another
--    MD5, with all its words: real words that no synthetic article uses.
-- 2. The five seed articles' own words, in an urn where a word occurs (its count in the seeds)^1.5
--    times, as before: a quarter of the words of a text. Function words ("the", "of") are most of it.
-- 3. The seeds' names: the same urn with only the words of the entities' names and aliases ("Kim",
--    "Jong", "Putin", "Russia", "Pyongyang"...): 6% of the words. With (2), "kim" is then in nearly
--    every article and "russia" and "putin" in about 95%, as with the seeds' words alone before.
\if :{?dict}
\else
\set dict /usr/share/dict/american-english
\endif
\if :{?zipf_s}
\else
\set zipf_s 1.05
\endif
\set bench_dict_text `cat :'dict'`

create temp table bench_vocab as
select row_number() over (order by md5('nkr-timeline zipf ' || word), word)::integer as rank, word
from (select word, array_to_string(tsvector_to_array(to_tsvector('english_unaccent', word)), ' ') as lexeme
      from (select distinct word
            from regexp_split_to_table(:'bench_dict_text', E'\n') as word
            where word ~ '^[A-Za-z]{2,}$'
              and lower(word) <> all (array['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt',
                                            'gov', 'sen', 'rep', 'jr', 'sr', 'no', 'vs', 'etc', 'jan', 'feb', 'aug',
                                            'sept', 'oct', 'nov', 'dec'])) as listed) as stemmed
where lexeme <> all (array['zeppelin', 'rason', 'kursk'])
  and left(md5('nkr-timeline absent ' || lexeme), 2) <> '00';
\unset bench_dict_text
do $$
begin
    if (select count(*) from bench_vocab) < 10000 then
        raise exception 'The word list (psql variable dict, default /usr/share/dict/american-english) has % usable words, not 10,000 or more: install it (Debian: apt-get install wamerican)',
            (select count(*) from bench_vocab);
    end if;
end
$$;

-- The seeds' urn. Only whole words as ArticleParser counts them, of letters A-Z joined by ' ’ or -
-- (not ending in one), so that a text's word count is its number of words and its normal form
-- (ContentHash) is its lower case with ’ made '.
create temp table bench_urn as
with words as (
    select regexp_replace(m[1], '[''’-]+$', '') as word
    from article, regexp_matches(body_text, '[[:alpha:]][[:alpha:]''’-]*', 'g') as m),
counted as (
    select mode() within group (order by word) as word, count(*) as n
    from words where word ~ '^[A-Za-z]+([''’-][A-Za-z]+)*$'
    group by lower(word))
select row_number() over (order by lower(word), n) as id, word
from counted, generate_series(1, greatest(1, round(n ^ 1.5))::int);

-- Headline and heading words: the same urn without the short words.
create temp table bench_headline_urn as
select row_number() over (order by id) as id, word from bench_urn where length(word) > 3;

-- The names' urn: the seed urn's words that are words of an entity's name or alias (not stop words).
create temp table bench_name_urn as
select row_number() over (order by u.id) as id, u.word
from bench_urn u
where lower(u.word) in (select lower(w)
                        from (select alias from entity_alias union select name from entity) as names (name),
                             regexp_split_to_table(names.name, '[^A-Za-z]+') as w
                        where to_tsvector('english_unaccent', w) <> ''::tsvector);

-- Every word by one number, for a single hash join from each drawn word: ids 1 to N are the
-- dictionary's ranks, then the seeds' urn, the headline urn and the names' urn.
create temp table bench_lex as
select rank as id, word from bench_vocab
union all
select (select count(*) from bench_vocab) + id, word from bench_urn
union all
select (select count(*) from bench_vocab) + (select count(*) from bench_urn) + id, word from bench_headline_urn
union all
select (select count(*) from bench_vocab) + (select count(*) from bench_urn) + (select count(*) from bench_headline_urn) + id, word
from bench_name_urn;
create unique index on bench_lex (id);
analyze bench_lex;

-- One draw u in [0, 1) gives one word (pg_temp.bench_word_id): below seed_share (a quarter), a
-- slot of the seeds' urn (or of the headline urn); then up to names_share more (6%), a slot of the
-- names' urn; above that, a dictionary rank, by inverting the
-- integral of x^-s from 1/2 to rank + 1/2 (rank r then has the probability of the integral from
-- r - 1/2 to r + 1/2: within 1% of 1/r^s from rank 3 on, 10% more for rank 1). A sentence's last
-- word is always from the dictionary, whose words can all end a sentence (the urn has "a", "U" and
-- the like). The constants are written into the functions, which PostgreSQL then inlines.
select (select count(*) from bench_vocab) as bench_n, (select count(*) from bench_urn) as bench_urn,
       (select count(*) from bench_headline_urn) as bench_headline_urn, (select count(*) from bench_name_urn) as bench_name_urn,
       0.25 as bench_seed_share, 0.31 as bench_mixed_share,
       0.5 ^ (1 - :zipf_s) as bench_lo, ((select count(*) from bench_vocab) + 0.5) ^ (1 - :zipf_s) as bench_hi,
       :zipf_s <= 0 or :zipf_s = 1 as bench_bad_s \gset
\if :bench_bad_s
do $$ begin raise exception 'zipf_s must be above 0 and not 1 (1.0001 will do)'; end $$;
\endif

-- The dictionary rank for u in [0, 1).
create function pg_temp.bench_rank(u float8) returns integer language sql immutable
return least(:bench_n, greatest(1, floor((:bench_lo + u * (:bench_hi - :bench_lo)) ^ (1 / (1 - :zipf_s::float8)) + 0.5)))::integer;

-- The word for a draw u: from the seeds' urn (for a headline: its long words) below seed_share,
-- from the names' urn below mixed_share, unless the word must end a sentence; else from the
-- dictionary, u stretched to [0, 1).
create function pg_temp.bench_word_id(u float8, ends_sentence boolean, headline boolean) returns integer
language sql immutable
return case when ends_sentence or u >= :bench_mixed_share
            then pg_temp.bench_rank(case when u < :bench_mixed_share then u / :bench_mixed_share
                                         else (u - :bench_mixed_share) / (1 - :bench_mixed_share) end)
            when u >= :bench_seed_share
            then :bench_n + :bench_urn + :bench_headline_urn + 1
                 + least(:bench_name_urn - 1, floor((u - :bench_seed_share) / (:bench_mixed_share - :bench_seed_share) * :bench_name_urn))::integer
            when headline
            then :bench_n + :bench_urn + 1 + least(:bench_headline_urn - 1, floor(u / :bench_seed_share * :bench_headline_urn))::integer
            else :bench_n + 1 + least(:bench_urn - 1, floor(u / :bench_seed_share * :bench_urn))::integer end;

-- The seeds' own paragraphs, so that phrases such as "fur hat" occur in their real context; 3% of
-- the paragraphs of the synthetic articles are one of them. The seeds' two heading lines stay out:
-- a body starting with one would have its lede elsewhere.
create temp table bench_paragraph as
select row_number() over (order by a.id, n)::integer as id, para as text
from article a, regexp_split_to_table(a.body_text, E'\n') with ordinality as t (para, n)
where pg_temp.bench_words(para) > 12 or para ~ '[.!?,;:”"’'')]\s*$';
alter table bench_paragraph add column words integer, add column lede text, add column normal text;
update bench_paragraph set words = pg_temp.bench_words(text), lede = pg_temp.bench_lede(text), normal = pg_temp.bench_normal(text);
create unique index on bench_paragraph (id);
analyze bench_paragraph;

-- --- When: event and publication dates -------------------------------------------------------------

-- The bursts of news around events in the relations of the two countries: 40% of the articles,
-- bigger bursts in recent years. Within a burst most articles follow the day within a week or
-- two (mean `spread` days), a fifth come in the two weeks before it. `topic` is the topic such
-- articles are five times likelier to have.
create temp table bench_burst (id integer, center date, weight numeric, spread integer, topic text, about text);
insert into bench_burst values
    (1, '2000-07-19', 4, 7, 'summit-diplomacy', 'Putin in Pyongyang'),
    (2, '2001-08-04', 3, 7, 'summit-diplomacy', 'Kim Jong Il in Moscow'),
    (3, '2006-10-09', 3, 7, 'sanctions-un', 'first nuclear test, Resolution 1718'),
    (4, '2011-08-24', 2, 5, 'summit-diplomacy', 'Kim Jong Il and Medvedev at Ulan-Ude'),
    (5, '2011-12-17', 3, 7, 'summit-diplomacy', 'death of Kim Jong Il'),
    (6, '2017-09-03', 4, 7, 'sanctions-un', 'sixth nuclear test, Resolution 2375'),
    (7, '2019-04-25', 8, 7, 'summit-diplomacy', 'Kim and Putin in Vladivostok'),
    (8, '2022-02-24', 8, 20, 'war-in-ukraine', 'Russia invades Ukraine'),
    (9, '2023-09-13', 14, 10, 'space', 'Kim and Putin at Vostochny'),
    (10, '2024-03-23', 5, 5, 'terrorism-condolences', 'Crocus City Hall attack'),
    (11, '2024-06-19', 14, 10, 'defence-treaty-troops', 'Putin in Pyongyang, the defence treaty'),
    (12, '2024-10-15', 14, 20, 'defence-treaty-troops', 'North Korean troops in Russia'),
    (13, '2025-04-28', 8, 15, 'war-in-ukraine', 'Pyongyang confirms its troops in Kursk');
create temp table bench_burst_range as
select id, center, spread,
       coalesce(sum(weight) over (order by id rows between unbounded preceding and 1 preceding), 0) / sum(weight) over () as lo,
       sum(weight) over (order by id) / sum(weight) over () as hi
from bench_burst;

-- Each article: 60% uniform over 1996-2025, 40% in a burst; 2% undated. Dates to the month (2%) or
-- year (0.5%) are written as the first day, and 3% are editors' estimates. Published 0-60 days
-- after the event, mostly within days (exponential, mean 4 days); an undated article's
-- publication date is anywhere in the 30 years; 2% have none (no date header). Lengths: a target
-- of 300-760 words, skewed towards short (median ~430); paragraphs are added until it is reached.
create temp table bench_plan as
-- (`unused` only keeps the random sequence, and so the articles, those bench/README.md describes)
with draws as materialized (
    select i, random() as undated, random() as mix, random() as unused, random() as before, random() as offset_draw,
           random() as uniform_day, random() as precision_draw, random() as estimate, random() as lag_draw,
           random() as unpublished, random() as length_draw
    from generate_series(1, :articles) as i),
dated as (
    select d.*, r.id as burst,
           case when d.undated < 0.02 then null
                when d.mix < 0.6 then date '1996-01-01' + floor(d.uniform_day * (date '2026-01-01' - date '1996-01-01'))::int
                when d.before < 0.2 then r.center - floor(d.offset_draw * 14)::int
                else r.center + least(60, floor(-ln(1 - d.offset_draw) * r.spread))::int end as day
    from draws d
    left join bench_burst_range r on d.mix >= 0.6 and d.undated >= 0.02 and (d.mix - 0.6) / 0.4 >= r.lo and (d.mix - 0.6) / 0.4 < r.hi)
select i, burst,
       case when precision_draw < 0.005 then date_trunc('year', day)::date
            when precision_draw < 0.025 then date_trunc('month', day)::date
            else day end as event_date,
       case when day is null then 'DAY' when precision_draw < 0.005 then 'YEAR' when precision_draw < 0.025 then 'MONTH' else 'DAY' end as date_precision,
       day is not null and estimate < 0.03 as estimated,
       case when unpublished < 0.02 then null
            when day is null then date '1996-01-01' + floor(lag_draw * (date '2026-01-01' - date '1996-01-01'))::int
            else day + least(60, floor(-ln(1 - lag_draw) * 4))::int end as published_date,
       300 + floor(460 * length_draw ^ 1.6)::int as target_words,
       -- the date that decides which topics and entities are likely (no war in Ukraine before 2014)
       coalesce(day, case when unpublished >= 0.02
                          then date '1996-01-01' + floor(lag_draw * (date '2026-01-01' - date '1996-01-01'))::int end,
                date '2015-01-01') as era
from dated;
create unique index on bench_plan (i);

-- --- What: bodies, headlines ------------------------------------------------------------------------

-- Each article's paragraphs: up to 20 slots, each a synthetic paragraph of 40-110 words or (3%) a
-- seed paragraph, taken in order until the article's length is reached (300-870 words); 8% have a
-- short heading line before their third paragraph.
create temp table bench_slot as
with slots as materialized (
    select b.i, k, b.target_words, random() as kind_draw, random() as seed_draw, random() as length_draw
    from bench_plan b cross join generate_series(1, 20) as k),
sized as (
    select s.i, s.k, s.target_words, p.id as seed_paragraph,
           coalesce(p.words, 40 + floor(s.length_draw * 71)::integer) as words
    from slots s
    left join bench_paragraph p
           on s.kind_draw < 0.03 and p.id = 1 + floor(s.seed_draw * (select count(*) from bench_paragraph))::integer),
running as (
    select *, sum(words) over (partition by i order by k) - words as words_before from sized)
select i, k, seed_paragraph, words from running where words_before < target_words;
alter table bench_slot add column cuts integer[];
-- A synthetic paragraph's sentences: about 17 words each (its length / 17, rounded, at least two),
-- each cut moved by up to 5 words, so sentences have 4 to 33 words; `cuts` holds each sentence's
-- last word, the paragraph's last included.
update bench_slot
set cuts = array(select round(words * j / greatest(2, round(words / 17.0)) + (random() - 0.5) * 10)::integer
                 from generate_series(1, greatest(2, round(words / 17.0))::integer - 1) as j
                 order by j) || words
where seed_paragraph is null;
create index on bench_slot (i);
analyze bench_slot;

-- The synthetic paragraphs' text, word by word: one draw for the word and one for a comma after
-- it (4%); a capital at each sentence's start, a full stop at its end. Sorting 50 million words at
-- once would spill to disk: 10,000 articles at a time (about 5 million words) are sorted in memory.
create temp table bench_text (i integer, k integer, text text);
set local work_mem = '512MB';  -- until the bodies are made
do $$
declare
    first integer;
begin
    for first in select generate_series(1, max(i), 10000) from bench_plan loop
        insert into bench_text (i, k, text)
        select w.i, w.k,
               string_agg(case when w.starts_sentence then upper(left(x.word, 1)) || substr(x.word, 2) else x.word end
                          || case when w.ends_sentence then '.' when w.comma then ',' else '' end,
                          ' ' order by w.pos)
        -- (offset 0 keeps the draw u a column: with random() itself as its argument PostgreSQL
        -- would not inline bench_word_id, which would then cost three times as much)
        from (select d.*, pg_temp.bench_word_id(d.u, d.ends_sentence, false) as id
              from (select s.i, s.k, pos, pos = any(s.cuts) as ends_sentence,
                           pos = 1 or pos - 1 = any(s.cuts) as starts_sentence, random() < 0.04 as comma, random() as u
                    from bench_slot s, generate_series(1, s.words) as pos
                    where s.seed_paragraph is null and s.i between first and first + 9999
                    offset 0) as d) as w
        join bench_lex x on x.id = w.id
        group by w.i, w.k;
    end loop;
end
$$;
create index on bench_text (i, k);

-- Headings: 3-6 capitalised words, headline words (no short ones from the seeds).
create temp table bench_heading as
with picks as materialized (
    select i, pos, pg_temp.bench_word_id(u, false, true) as id
    from (select h.i, pos, random() as u
          from (select s.i, 3 + floor(random() * 4)::integer as length from bench_slot s where s.k = 3 and random() < 0.08) as h,
               lateral generate_series(1, h.length) as pos
          offset 0) as d)
select p.i, string_agg(upper(left(x.word, 1)) || substr(x.word, 2), ' ' order by pos) as text, count(*)::integer as words
from picks p join bench_lex x on x.id = p.id group by p.i;

-- A synthetic paragraph's lede is its first sentence, or its first two if they fit in 280
-- characters (Sentences.lede): its words have no full stops, so a sentence ends at the first. Its
-- normal form (ContentHash) is its lower case with ’ made ': its words are ASCII but for ’, and
-- single spaces separate them.
create temp table bench_body as
with blocks as (
    select s.i, s.k::numeric as k,
           coalesce(p.text, t.text) as text,
           coalesce(p.normal, lower(replace(t.text, '’', ''''))) as normal,
           s.words,
           case when s.k > 1 then null
                when p.id is not null then p.lede
                when length(substring(t.text from '^[^.]*\.[^.]*\.')) <= 280 then substring(t.text from '^[^.]*\.[^.]*\.')
                else substring(t.text from '^[^.]*\.') end as lede
    from bench_slot s
    left join bench_paragraph p on p.id = s.seed_paragraph
    left join bench_text t on t.i = s.i and t.k = s.k
    union all
    select i, 2.5, text, lower(replace(text, '’', '''')), words, null from bench_heading)
select i, array_agg(text order by k) as blocks, array_agg(normal order by k) as normals, sum(words)::integer as words,
       (array_agg(lede order by k))[1] as lede
from blocks
group by i;
reset work_mem;
create unique index on bench_body (i);

-- A rare word, in exactly 20 articles spread over the collection (for 100,000 articles, the same
-- ones as before), and a word that only articles about the events of August 2024 on use: a fifth
-- of them, about 2.5% of all articles.
update bench_body set blocks = blocks || 'Officials also discussed the port of Rason.'::text,
                      normals = normals || 'officials also discussed the port of rason.'::text, words = words + 7
where i in (select greatest(1, round((k - 0.5) * :articles / 20.0))::int from generate_series(1, 20) as k);
update bench_body y set blocks = blocks || 'North Korean soldiers were reported fighting in the Kursk region.'::text,
                        normals = normals || 'north korean soldiers were reported fighting in the kursk region.'::text,
                        words = words + 10
from bench_plan b
where b.i = y.i and b.event_date >= date '2024-08-01' and random() < 0.2;

-- Two articles with the same paragraphs in the same order would have the same content hash, which
-- must be unique: the later one gets one more paragraph, until none are left.
alter table bench_body add column hash text;
update bench_body set hash = encode(sha256(convert_to(array_to_string(normals, ' '), 'UTF8')), 'hex');
do $$
declare
    duplicates integer;
begin
    loop
        with later as (
            select i from (select i, row_number() over (partition by hash order by i) as nth from bench_body) n where nth > 1)
        update bench_body y
        set blocks = y.blocks || p.text, normals = y.normals || p.normal, words = y.words + p.words
        from later, bench_paragraph p
        where y.i = later.i and p.id = 1 + y.i % (select count(*) from bench_paragraph);
        get diagnostics duplicates = row_count;
        exit when duplicates = 0;
        raise warning '% articles had the same body as another: one paragraph added to each', duplicates;
        update bench_body set hash = encode(sha256(convert_to(array_to_string(normals, ' '), 'UTF8')), 'hex');
    end loop;
end
$$;

-- Headlines: 5-13 headline words, cut after a whole word to at most 118 characters.
create temp table bench_headline as
with picks as materialized (
    select i, k, pg_temp.bench_word_id(u, false, true) as id
    from (select b.i, k, random() as u from bench_plan b cross join lateral generate_series(1, 5 + (b.i % 9)) as k
          offset 0) as d)
select i, case when length(headline) <= 118 then headline else substring(left(headline, 119) from '^(.*) ') end as headline
from (select i, string_agg(x.word, ' ' order by k) as headline
      from picks join bench_lex x on x.id = picks.id group by i) as drawn;
create unique index on bench_headline (i);

-- --- The articles ---------------------------------------------------------------------------------

-- The article table's indexes other than its keys' go while the articles are inserted and are made
-- again after, from their own definitions: built once, the search index (GIN) takes a fraction of
-- the time that growing it article by article does.
create temp table bench_article_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
where i.indrelid = 'article'::regclass and not exists (select from pg_constraint c where c.conindid = i.indexrelid);
do $$
declare
    dropped record;
begin
    for dropped in select name from bench_article_index loop
        execute 'drop index ' || dropped.name;
    end loop;
end
$$;

-- The source text in the seeds' format: " date YYYY-MM-DD " and the first paragraph on the first
-- line (no header without a publication date), a blank line between paragraphs, a final newline;
-- scraping debris the parser removes ("Advertisement" after the second paragraph in 5%, "Read the
-- original article here" at the end in 3%). The file name as the seed files have it.
insert into article (slug, headline, source_file, source_text, lede, word_count, event_date, event_date_precision,
                     event_date_estimated, event_date_note, published_date, reference_urls, body_text, content_hash)
select 'synthetic-' || b.i,
       upper(left(h.headline, 1)) || substr(h.headline, 2),
       lpad(b.i::text, 6, '0') || '_' || left(y.hash, 16) || '.txt',
       coalesce(' date ' || b.published_date || ' ', '')
           || array_to_string(case when random() < 0.05 and cardinality(y.blocks) > 2
                                   then y.blocks[1:2] || 'Advertisement'::text || y.blocks[3:]
                                   else y.blocks end, E'\n\n')
           || case when random() < 0.03 then E'\n\nRead the original article here' else '' end
           || E'\n',
       y.lede,
       y.words,
       b.event_date,
       b.date_precision,
       b.estimated,
       case when b.estimated then 'Estimated from the article''s wording; the source gives no date for the event.' end,
       b.published_date,
       case when random() < 0.7 then array['https://example.org/synthetic/' || b.i] else '{}' end,
       array_to_string(y.blocks, E'\n'),
       y.hash
from bench_plan b
join bench_headline h using (i)
join bench_body y using (i)
order by b.i;

set local maintenance_work_mem = '512MB';
do $$
declare
    dropped record;
begin
    for dropped in select definition from bench_article_index loop
        execute dropped.definition;
    end loop;
end
$$;
reset maintenance_work_mem;

create temp table bench_article as
select b.*, a.id as article_id
from bench_plan b join article a on a.slug = 'synthetic-' || b.i;
create unique index on bench_article (i);

-- Every import is recorded in the article's history, by no editor for the command-line import.
insert into article_change (article_id, editor_id, article_version, field, old_value, new_value)
select a.id, null, 0, 'IMPORTED', null, 'from ' || a.source_file
from article a join bench_article b on b.article_id = a.id;

-- --- Topics and entities --------------------------------------------------------------------------

-- Topics: 1 (45%), 2 (35%) or 3 (20%) per article, drawn without replacement by weight (the
-- Efraimidis-Spirakis keys -ln(u)/w). Weights: diplomacy and arms dominate; the war in Ukraine
-- only from 2014, mostly from 2022; the treaty and troops mostly from June 2024; the topic of an
-- article's burst five times as likely.
create temp table bench_topic_weight (slug text, weight numeric, since date, weight_before numeric);
insert into bench_topic_weight values
    ('summit-diplomacy', 30, null, null),
    ('arms-military-cooperation', 22, null, null),
    ('sanctions-un', 16, null, null),
    ('war-in-ukraine', 30, '2022-02-24', 3),
    ('defence-treaty-troops', 30, '2024-06-19', 3),
    ('gifts-symbolism', 5, null, null),
    ('space', 4, null, null),
    ('terrorism-condolences', 3, null, null);
do $$
begin
    if (select count(*) from bench_topic_weight w join topic t on t.slug = w.slug) <> (select count(*) from topic) then
        raise exception 'bench_topic_weight does not name every topic: update bench/generate.sql';
    end if;
end
$$;

insert into article_topic (article_id, topic_id)
with weighted as (
    select b.article_id, t.id as topic_id, b.i,
           case when w.since is null or b.era >= w.since then w.weight
                when w.slug = 'war-in-ukraine' and b.era < date '2014-02-20' then 0
                else w.weight_before end
           * case when bb.topic = t.slug then 5 else 1 end as weight
    from bench_article b
    cross join topic t
    join bench_topic_weight w on w.slug = t.slug
    left join bench_burst bb on bb.id = b.burst),
keyed as (
    select article_id, topic_id, i, -ln(1 - random()) / weight as key
    from weighted where weight > 0),
counts as (
    select i, case when r < 0.45 then 1 when r < 0.8 then 2 else 3 end as topics
    from (select i, random() as r from bench_article) c),
ranked as (
    select article_id, topic_id, i, row_number() over (partition by article_id order by key) as nth from keyed)
select article_id, topic_id
from ranked join counts using (i)
where nth <= topics;

-- Entities: the four main ones in most articles (Kim Jong Un from 2010, when he was named heir;
-- Putin from 2000), the others rarer, some only in their years (Kim Jong Il until his death).
-- Each with a probability `p` from `since` on and `p_before` before it. Mentions: the main four
-- 1-20 times (mean 4), the others mostly once.
create temp table bench_entity_weight (slug text, p numeric, since date, p_before numeric);
insert into bench_entity_weight values
    ('north-korea', 0.95, null, null),
    ('russia', 0.95, null, null),
    ('kim-jong-un', 0.92, '2010-09-28', 0.05),
    ('vladimir-putin', 0.88, '2000-01-01', 0.1),
    ('pyongyang', 0.45, null, null),
    ('moscow', 0.35, null, null),
    ('kcna', 0.2, null, null),
    ('south-korea', 0.2, null, null),
    ('un-security-council', 0.15, null, null),
    ('united-states', 0.15, null, null),
    ('korean-peninsula', 0.1, null, null),
    ('vladivostok', 0.08, null, null),
    ('kim-jong-il', 0.05, '2011-12-17', 0.85),
    ('kim-il-sung', 0.04, null, null),
    ('sergei-lavrov', 0.1, '2004-03-09', 0),
    ('sergei-shoigu', 0.08, '2012-11-06', 0.01),
    ('kim-yo-jong', 0.05, '2018-01-01', 0),
    ('alexander-matsegora', 0.03, '2014-10-01', 0),
    ('ukraine', 0.35, '2022-02-24', 0.03),
    ('south-korean-intelligence', 0.12, '2022-02-24', 0.03),
    ('vostochny-cosmodrome', 0.02, '2016-04-28', 0),
    ('myohyangsan', 0.01, null, null),
    ('international-friendship-exhibition', 0.01, null, null),
    ('kim-il-sung-square', 0.02, null, null),
    ('kim-il-sung-university', 0.005, null, null),
    ('kim-il-sung-stadium', 0.005, null, null),
    ('kumsusan-palace-of-the-sun', 0.01, null, null),
    ('kim-chaek-university-of-technology', 0.003, null, null),
    ('mansu-hill-grand-monument', 0.005, null, null),
    ('vostochny-port', 0.005, null, null),
    ('tass', 0.08, null, null),
    ('ria-novosti', 0.04, null, null),
    ('yonhap', 0.1, null, null);
do $$
begin
    if (select count(*) from bench_entity_weight w join entity e on e.slug = w.slug) <> (select count(*) from entity) then
        raise exception 'bench_entity_weight does not name every entity: update bench/generate.sql';
    end if;
end
$$;

insert into article_entity (article_id, entity_id, mention_count)
select b.article_id, e.id,
       case when e.slug in ('kim-jong-un', 'russia', 'north-korea', 'vladimir-putin')
            then least(20, 1 + floor(-ln(1 - random()) * 3))::int
            else 1 + floor(-ln(1 - random()) * 0.5)::int end
from bench_article b
cross join entity e
join bench_entity_weight w on w.slug = e.slug
where random() < case when w.since is null or b.era >= w.since then w.p else w.p_before end;

-- --- Events (issue 18) ------------------------------------------------------------------------------

-- Three in five synthetic articles with an event date report an event; the others stand alone. In
-- the order of their event dates, they are cut into clusters of 1 to 30 reports whose sizes follow a
-- Zipf-like law (P(size >= k) about k^-1.4: most events have one to three reports, a few dozens):
-- reports of one event are close in time, as real coverage is. An event starts on its earliest
-- report's event date; its first report is its earliest publication, a fifth of the others are
-- rewrites of it and a tenth reposts, the rest follow-ups. The titles and summaries say they are
-- synthetic.
create temp table bench_in_event as
select article_id, row_number() over (order by event_date, article_id) as n
from (select b.article_id, a.event_date from bench_article b join article a on a.id = b.article_id
      where a.event_date is not null and random() < 0.6) candidates;

create temp table bench_cluster as
with sizes as (
    select c, least(30, floor(1 / power(1 - random(), 0.7)))::int as size
    from generate_series(1, (select count(*) from bench_in_event)) c),
bounds as (
    select c, sum(size) over (order by c) - size + 1 as first_n, sum(size) over (order by c) as last_n
    from sizes)
select c, first_n, last_n from bounds where first_n <= (select count(*) from bench_in_event);

-- Each cluster's members by number (an equi-join: a join on "n between first_n and last_n" is a
-- nested loop over every pair, 1.5 billion at 100,000 articles and a hundred times that at a million).
create temp table bench_event_report as
select k.c, e.article_id, a.published_date, a.event_date,
       row_number() over (partition by k.c order by a.published_date nulls last, e.article_id) as nth
from bench_cluster k
cross join lateral generate_series(k.first_n, k.last_n) as member (n)
join bench_in_event e on e.n = member.n
join article a on a.id = e.article_id;

insert into event (slug, title, event_date, event_date_precision, summary)
select 'synthetic-event-' || c,
       'Synthetic event ' || c,
       min(event_date),
       'DAY',
       'A synthetic event of the benchmark, with ' || count(*) || ' reports. It was written by no editor.'
from bench_event_report group by c;

insert into event_report (article_id, event_id, role, rewrite_of_article_id)
select r.article_id, ev.id,
       case when r.nth = 1 then 'first_report'
            when x.u < 0.2 then 'rewrite'
            when x.u < 0.3 then 'repost'
            else 'follow_up' end,
       case when r.nth > 1 and x.u < 0.2 then f.article_id end
from bench_event_report r
join event ev on ev.slug = 'synthetic-event-' || r.c
join bench_event_report f on f.c = r.c and f.nth = 1
cross join lateral (select random() + 0 * r.article_id as u) x;

commit;
