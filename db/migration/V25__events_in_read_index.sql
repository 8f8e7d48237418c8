-- The read index holds the id of the event each article reports (the timeline groups reports by
-- event, docs/events.md), so the outbox (V20) learns of every change to who reports what: a report
-- added, moved to another event or removed (also when its event is deleted, whose cascade deletes
-- the reports' rows and so fires these triggers). An event's slug, title, dates and summary are read
-- from the database, not the index, and need no change recorded.
create trigger event_report_inserted_index after insert on event_report
    referencing new table as new_rows for each statement execute function index_change_from_links();
create trigger event_report_updated_index after update on event_report
    referencing old table as old_rows new table as new_rows
    for each statement execute function index_change_from_links();
create trigger event_report_deleted_index after delete on event_report
    referencing old table as old_rows for each statement execute function index_change_from_links();
create trigger event_report_truncated_index after truncate on event_report
    for each statement execute function index_change_everything();
