-- Editors correct events after their creation (issue 18): the title, the dates and the summary, and
-- what each report is to its event. Every change is kept, as article_change keeps an article's:
-- which field, from what to what, by whom and when. A change of a report (its role changed, or the
-- report taken from the event) is also in the article's own history (field EVENT, V23).
create table event_change (
    id         bigint generated always as identity primary key,
    event_id   bigint      not null references event (id) on delete cascade,
    editor_id  bigint      references editor (id) on delete set null,
    -- The event's version after the change: a stale edit form names the changes it missed.
    event_version bigint   not null,
    field      text        not null check (field in ('TITLE', 'DATES', 'SUMMARY', 'REPORT')),
    old_value  text,
    new_value  text,
    changed_at timestamptz not null default now()
);

create index event_change_event_idx on event_change (event_id, id);
