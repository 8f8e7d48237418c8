-- The read index holds the slug of the event each article reports (the timeline groups reports by
-- event, docs/events.md), so the outbox (V20) learns of every change to who reports what: a report
-- added, moved to another event or removed (also when its event is deleted, whose cascade deletes
-- the reports' rows and so fires these triggers), and an event's slug changed. An event's title,
-- dates and summary are read from the database, not the index, and need no change recorded.
create trigger event_report_inserted_index after insert on event_report
    referencing new table as new_rows for each statement execute function index_change_from_links();
create trigger event_report_updated_index after update on event_report
    referencing old table as old_rows new table as new_rows
    for each statement execute function index_change_from_links();
create trigger event_report_deleted_index after delete on event_report
    referencing old table as old_rows for each statement execute function index_change_from_links();
create trigger event_report_truncated_index after truncate on event_report
    for each statement execute function index_change_everything();

create function index_change_from_events() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    insert into index_change (article_id)
    select distinct r.article_id
    from new_rows n
    join old_rows o on o.id = n.id
    join event_report r on r.event_id = n.id
    where n.slug is distinct from o.slug;
    return null;
end
$$;

create trigger event_updated_index after update on event
    referencing old table as old_rows new table as new_rows
    for each statement execute function index_change_from_events();
