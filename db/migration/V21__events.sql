-- Events (issue 18): what happened, as the editors date and summarise it, and the articles that
-- report it. An article tells one story of one moment; an event gathers the reports of the same
-- happening, so a reader can see who reported it when, and what each report alone adds.

-- The dates are modelled as the article's event date is (V1): a precision, an estimate only with its
-- reason, a month or year stored as its first day. An event may last several days (a visit from 12
-- to 19 Sep 2023): its last day, when it has one, is as precise as its first.
create table event (
    id                    bigint generated always as identity primary key,
    slug                  text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 text        not null check (char_length(title) between 1 and 120),
    event_date            date,
    event_end_date        date,
    event_date_precision  text        not null default 'DAY' check (event_date_precision in ('DAY', 'MONTH', 'YEAR')),
    event_date_estimated  boolean     not null default false,
    event_date_note       text,
    event_date_source_url text        check (is_web_url(event_date_source_url)),
    -- Two or three sentences an editor wrote: never generated text presented as reporting.
    summary               text        not null check (char_length(summary) between 1 and 1000),
    created_at            timestamptz not null default now(),
    corrected_at          timestamptz,
    -- Optimistic locking, as for articles: a save names the version its form was read at.
    version               bigint      not null default 0,
    constraint event_estimate_has_date_and_reason
        check (not event_date_estimated or (event_date is not null and event_date_note is not null)),
    constraint event_month_precision_is_first_of_month
        check (event_date_precision <> 'MONTH'
               or (extract(day from event_date) = 1 and (event_end_date is null or extract(day from event_end_date) = 1))),
    constraint event_year_precision_is_first_of_year
        check (event_date_precision <> 'YEAR'
               or (extract(day from event_date) = 1 and extract(month from event_date) = 1
                   and (event_end_date is null
                        or (extract(day from event_end_date) = 1 and extract(month from event_end_date) = 1)))),
    -- A range has a first day and ends after it; one day is stored without an end.
    constraint event_end_after_start
        check (event_end_date is null or (event_date is not null and event_end_date > event_date))
);

-- An article reports at most one event: article_id is the key, so assigning a report to a second
-- event is refused by the database as a unique violation, whoever writes.
create table event_report (
    article_id            bigint not null primary key references article (id) on delete cascade,
    event_id              bigint not null references event (id) on delete cascade,
    role                  text   not null
        check (role in ('first_report', 'follow_up', 'rewrite', 'repost', 'background')),
    -- The report a rewrite was written from, when the editors know it.
    rewrite_of_article_id bigint references article (id) on delete set null,
    constraint only_a_rewrite_names_its_original
        check (rewrite_of_article_id is null or role = 'rewrite'),
    constraint not_a_rewrite_of_itself
        check (rewrite_of_article_id is null or rewrite_of_article_id <> article_id)
);

create index event_report_event_idx on event_report (event_id);

-- Event pages are public pages: a change to either table moves the collection's version (V13), so
-- no cached page shows an event as it was before.
create trigger event_changes_collection
    after insert or update or delete or truncate on event
    for each statement execute function bump_collection_version();

create trigger event_report_changes_collection
    after insert or update or delete or truncate on event_report
    for each statement execute function bump_collection_version();
