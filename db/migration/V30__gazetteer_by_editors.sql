-- Editors add people, places and organisations, and confirm their spellings in other alphabets
-- (issue 19): until now only migrations changed the gazetteer. Who added an entity or a spelling, and
-- when, is kept with it; null for what a migration added.
alter table entity
    add column added_by  bigint references editor (id),
    add column added_at  timestamptz;
alter table entity_alias
    add column added_by  bigint references editor (id),
    add column added_at  timestamptz;

-- Each instance keeps the gazetteer and its recogniser in memory (entity.Gazetteer, NameVariants) and
-- reads this number on a schedule: a change made through another instance, or by SQL typed by hand,
-- reaches them all. Statement-level, as V13's collection version.
create table gazetteer_version (
    only_row boolean primary key default true check (only_row),
    number   bigint  not null
);
insert into gazetteer_version (number) values (0);

create function bump_gazetteer_version() returns trigger
    language plpgsql as
$$
begin
    update gazetteer_version set number = number + 1;
    return null;
end
$$;

create trigger entity_changes_gazetteer after insert or update or delete or truncate on entity
    for each statement execute function bump_gazetteer_version();
create trigger entity_alias_changes_gazetteer after insert or update or delete or truncate on entity_alias
    for each statement execute function bump_gazetteer_version();
