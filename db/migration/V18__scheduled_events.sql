-- An article cannot normally report an event after it was published: an event date later than the
-- publication date was saved without a word, and pages then showed a negative lag ("30 days
-- earlier") as if it were a typing mistake. Such a date is now refused unless an editor confirms that
-- the article reports a scheduled event, and the confirmation is kept: it is a fact about the
-- article, which pages and the API then state ("before the scheduled event").

-- "After" as far as the date's precision allows: a month or a year is stored as its first day
-- (V1), the earliest day the event could be, which is what the comparison takes.
alter table article
    add column event_scheduled boolean not null default false,
    add constraint scheduled_event_is_after_publication
        check (not event_scheduled
               or (event_date is not null and published_date is not null and event_date > published_date));

-- public_article's "*" was expanded when it was made: re-create it to show the new column
-- (docs/migrations.md).
create or replace view public_article as
    select * from article where not hidden and not awaiting_review;
