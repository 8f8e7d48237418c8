-- An event merged into another (issue 18) leaves its address behind: links and bookmarks to it are
-- sent to the event it became part of (301), and its history goes with its reports. The
-- address's event is the one it was merged into; if that one is merged in turn, its addresses follow.
create table event_redirect (
    slug     text   primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    event_id bigint not null references event (id) on delete cascade
);

create index event_redirect_event_idx on event_redirect (event_id);

alter table event_change drop constraint event_change_field_check;
alter table event_change add constraint event_change_field_check
    check (field in ('TITLE', 'DATES', 'SUMMARY', 'REPORT', 'MERGED'));
