-- The schema's one source of truth: Hibernate only validates against it (ddl-auto=validate).

-- Links that pages render must be web links, never javascript: or data: URLs.
create function is_web_url(url text) returns boolean
    language sql immutable
    as $$ select url ~ '^https?://[^[:space:]"<>]+$' $$;

create function are_web_urls(urls text[]) returns boolean
    language sql immutable
    as $$ select coalesce(bool_and(is_web_url(url)), true) from unnest(urls) as url $$;

create table topic (
    id          bigint generated always as identity primary key,
    slug        text    not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text    not null,
    description text    not null,
    position    integer not null unique
);

create table article (
    id                     bigint generated always as identity primary key,
    slug                   text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    headline               text        not null check (char_length(headline) between 1 and 120),
    -- The file the article came from and its text exactly as received: the page is rendered from it,
    -- so every sentence of the source survives whatever editors later correct in the metadata.
    source_file            text        not null unique,
    source_text            text        not null,
    lede                   text        not null,
    word_count             integer     not null check (word_count > 0),
    event_date             date,
    event_date_precision   text        not null default 'DAY' check (event_date_precision in ('DAY', 'MONTH', 'YEAR')),
    event_date_estimated   boolean     not null default false,
    event_date_note        text,
    event_date_source_url  text        check (is_web_url(event_date_source_url)),
    published_date         date,
    published_date_note    text,
    reference_urls         text[]      not null default '{}' check (are_web_urls(reference_urls)),
    created_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    -- An estimate is only honest with its reason attached.
    constraint estimate_has_date_and_reason
        check (not event_date_estimated or (event_date is not null and event_date_note is not null)),
    constraint month_precision_is_first_of_month
        check (event_date_precision <> 'MONTH' or extract(day from event_date) = 1),
    constraint year_precision_is_first_of_year
        check (event_date_precision <> 'YEAR' or (extract(day from event_date) = 1 and extract(month from event_date) = 1))
);

-- Date ranges on either axis.
create index article_event_date_idx on article (event_date);
create index article_published_date_idx on article (published_date);

-- The timeline's sort key on each axis, in each direction (see TimelineOrder): keyset pages and
-- previous/next links read these indexes instead of sorting the collection. A missing date sorts
-- last: 'infinity' oldest-first, '-infinity' newest-first.
create index article_event_asc_key_idx on article
    ((coalesce(event_date, 'infinity'::date)), (coalesce(published_date, 'infinity'::date)), headline, id);
create index article_event_desc_key_idx on article
    ((coalesce(event_date, '-infinity'::date)), (coalesce(published_date, '-infinity'::date)), headline, id);
create index article_published_asc_key_idx on article
    ((coalesce(published_date, 'infinity'::date)), (coalesce(event_date, 'infinity'::date)), headline, id);
create index article_published_desc_key_idx on article
    ((coalesce(published_date, '-infinity'::date)), (coalesce(event_date, '-infinity'::date)), headline, id);

create table article_topic (
    article_id bigint not null references article (id) on delete cascade,
    topic_id   bigint not null references topic (id) on delete cascade,
    primary key (article_id, topic_id)
);

create index article_topic_topic_idx on article_topic (topic_id, article_id);
