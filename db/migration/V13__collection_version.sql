-- The version of everything readers see. Rendered pages are cached by the app (pagecache) and
-- carry ETag/Last-Modified headers; both are only right if every change to what a public page
-- shows moves this version, whoever makes it: an editor in this app, another instance, the
-- command-line import, or SQL typed by hand. So triggers move it, not the application.
--
-- One row, updated in the changing transaction: another reader sees the new version only once the
-- change is committed, so a page rendered from older data is never filed under the new version.
create table collection_version (
    only_row   boolean     primary key default true check (only_row),
    number     bigint      not null,
    changed_at timestamptz not null
);

insert into collection_version (number, changed_at) values (1, now());

create function bump_collection_version() returns trigger
    language plpgsql as
$$
begin
    update collection_version set number = number + 1, changed_at = now();
    return null;
end
$$;

-- Every table a public page reads. Statement-level, so a bulk load moves the version once per
-- statement rather than once per row.
do
$$
declare
    shown text;
begin
    foreach shown in array array ['article', 'article_topic', 'article_entity', 'topic', 'entity', 'entity_alias']
        loop
            execute format('create trigger %I after insert or update or delete or truncate on %I '
                               'for each statement execute function bump_collection_version()',
                           shown || '_changes_collection', shown);
        end loop;
end
$$;
