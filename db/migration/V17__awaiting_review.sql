-- Imported articles that no editor has reviewed are not public. The command-line import made every
-- file public at once, with a headline proposed from its first sentence and no event date: an
-- article now waits for an editor, who checks it and publishes it (or imports a trusted batch with
-- --publish, or publishes each file from the import review). Until then its address follows its
-- headline; after, it stays, and every address it had leads to it (article_slug, below).

-- True from the import until an editor publishes the article; never true again after that (hiding
-- is what takes a published article off the site). The default is false so that rows written by
-- SQL (the seeds, the benchmark's generator, tests) stay public as before: the import sets it.
alter table article
    add column awaiting_review boolean not null default false;

-- "Not public" is written once, in the view every public read uses (V16): an article awaiting
-- review is left out exactly as a hidden one is. public_article's "*" was expanded when it was
-- made, so re-creating it also shows the new column (docs/migrations.md).
create or replace view public_article as
    select * from article where not hidden and not awaiting_review;

comment on view public_article is
    'The articles readers may see: those an editor published and no editor hid. Every public read takes its articles from here, not from article.';

-- V14's narrow index for the counts and facets, with the view's condition, so that they still read
-- it index-only: under the old predicate the planner would have to visit the table for each row to
-- check awaiting_review.
drop index article_public_idx;
create index article_public_idx on article (id) include (event_date, published_date, event_date_estimated)
    where not hidden and not awaiting_review;

-- Publishing is part of an article's history, and so is a change of address (below).
alter table article_change drop constraint article_change_field_check;
alter table article_change add constraint article_change_field_check check (field in
    ('IMPORTED', 'HEADLINE', 'EVENT_DATE', 'PUBLISHED_DATE', 'TOPICS', 'ENTITIES', 'HIDDEN', 'PUBLISHED', 'ADDRESS'));

-- Every address an article has had, its current one (article.slug) included. An article's slug
-- follows its headline until the article is first published, and then stays; an address that
-- someone may have linked to, bookmarked or printed keeps leading to the article: the site answers
-- a former address with a permanent redirect to the current one. Holding the current address here
-- too makes "no two articles ever share an address, current or former" this table's primary key,
-- which holds under concurrent writers, where a check across two tables would not.
create table article_slug (
    slug       text   primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    article_id bigint not null references article (id) on delete cascade
);

create index article_slug_article_idx on article_slug (article_id);

insert into article_slug (slug, article_id)
select slug, id from article;

-- Whoever writes article (the application, a migration, SQL typed by hand), its new address is
-- recorded here, and an address another article has or had is refused as a unique violation. An
-- article may take back an address it had before (a headline changed and changed back).
create function record_article_slug() returns trigger
    language plpgsql as
$$
begin
    insert into article_slug (slug, article_id) values (new.slug, new.id) on conflict (slug) do nothing;
    if not exists (select 1 from article_slug where slug = new.slug and article_id = new.id) then
        raise exception 'the address "%" belongs or belonged to another article', new.slug
            using errcode = 'unique_violation';
    end if;
    return null;
end
$$;

create trigger article_slug_recorded
    after insert or update of slug on article
    for each row execute function record_article_slug();

-- A reader's redirect reads this table: it is one of the tables a public page reads (V13).
create trigger article_slug_changes_collection
    after insert or update or delete or truncate on article_slug
    for each statement execute function bump_collection_version();
