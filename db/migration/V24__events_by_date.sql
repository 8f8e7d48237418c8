-- The events newest first, as an entity's page walks them to find the latest its reports name
-- (EventRepository.findPublicEventsNaming): it stops after a few instead of counting them all.
create index event_newest_first_idx on event (event_date desc nulls last, id desc);
