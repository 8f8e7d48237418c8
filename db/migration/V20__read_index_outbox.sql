-- The read index (docs/search.md) serves readers' pages from Lucene; PostgreSQL stays the one source
-- of truth. Every change to what the index holds is recorded here, in the changing transaction, by
-- triggers, whoever makes it: an editor, the import, a migration, another instance or SQL typed by
-- hand. Each app instance keeps its own index and reads this outbox from where its index stopped.
--
-- Sequence numbers are handed out before their transactions commit, and commits come in another
-- order, so "everything up to seq N" needs a moment when no change is being written. Each writing
-- transaction holds the advisory lock 7270517 shared from its first recorded change to its end; a
-- reader takes it exclusively (trying, never waiting), and while it holds it, every change it can
-- see is final: nothing up to the largest seq it sees can still appear. The lock is this database's
-- alone, so transactions in other databases of the server never hold a reader back.
create table index_change (
    seq        bigint generated always as identity primary key,
    -- null: every article (a truncate); the index is then rebuilt
    article_id bigint,
    changed_at timestamptz not null default now()
);

create index index_change_age on index_change (changed_at);

-- Old changes are pruned (after a week); an index whose position is older than the last pruned
-- change may have missed some, and is rebuilt.
create table index_change_pruned (
    only_row boolean primary key default true check (only_row),
    seq      bigint not null
);

insert into index_change_pruned (seq) values (0);

-- Which database an index was built from: an index found beside the app that was built from another
-- database (a data directory reused, a database dropped and made again) is rebuilt.
create table index_origin (
    only_row boolean primary key default true check (only_row),
    id       uuid    not null default gen_random_uuid()
);

insert into index_origin default values;

-- Statement-level triggers with transition tables: a bulk load records its ids in one insert.
create function index_change_from_articles() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    if tg_op = 'DELETE' then
        insert into index_change (article_id) select distinct id from old_rows;
    else
        insert into index_change (article_id) select distinct id from new_rows;
    end if;
    return null;
end
$$;

-- A link row may move to another article in an update: both are recorded.
create function index_change_from_links() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    if tg_op = 'INSERT' then
        insert into index_change (article_id) select distinct article_id from new_rows;
    elsif tg_op = 'DELETE' then
        insert into index_change (article_id) select distinct article_id from old_rows;
    else
        insert into index_change (article_id)
        select article_id from new_rows union select article_id from old_rows;
    end if;
    return null;
end
$$;

-- The index holds topic and entity slugs (and a topic's place, which orders an article's topics):
-- the articles they tag are indexed again when those change. Names are read from the database.
create function index_change_from_topics() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    insert into index_change (article_id)
    select distinct at.article_id
    from new_rows n
    join old_rows o on o.id = n.id
    join article_topic at on at.topic_id = n.id
    where (n.slug, n.position) is distinct from (o.slug, o.position);
    return null;
end
$$;

create function index_change_from_entities() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    insert into index_change (article_id)
    select distinct ae.article_id
    from new_rows n
    join old_rows o on o.id = n.id
    join article_entity ae on ae.entity_id = n.id
    where (n.slug, n.kind) is distinct from (o.slug, o.kind);
    return null;
end
$$;

create function index_change_everything() returns trigger
    language plpgsql as
$$
begin
    perform pg_advisory_xact_lock_shared(7270517);
    insert into index_change (article_id) values (null);
    return null;
end
$$;

create trigger article_inserted_index after insert on article
    referencing new table as new_rows for each statement execute function index_change_from_articles();
create trigger article_updated_index after update on article
    referencing new table as new_rows for each statement execute function index_change_from_articles();
create trigger article_deleted_index after delete on article
    referencing old table as old_rows for each statement execute function index_change_from_articles();
create trigger article_truncated_index after truncate on article
    for each statement execute function index_change_everything();

do
$$
declare
    link text;
begin
    foreach link in array array ['article_topic', 'article_entity']
        loop
            execute format('create trigger %I after insert on %I referencing new table as new_rows '
                               'for each statement execute function index_change_from_links()',
                           link || '_inserted_index', link);
            execute format('create trigger %I after update on %I '
                               'referencing old table as old_rows new table as new_rows '
                               'for each statement execute function index_change_from_links()',
                           link || '_updated_index', link);
            execute format('create trigger %I after delete on %I referencing old table as old_rows '
                               'for each statement execute function index_change_from_links()',
                           link || '_deleted_index', link);
            execute format('create trigger %I after truncate on %I '
                               'for each statement execute function index_change_everything()',
                           link || '_truncated_index', link);
        end loop;
end
$$;

create trigger topic_updated_index after update on topic
    referencing old table as old_rows new table as new_rows
    for each statement execute function index_change_from_topics();
create trigger entity_updated_index after update on entity
    referencing old table as old_rows new table as new_rows
    for each statement execute function index_change_from_entities();
