-- Imported articles that no editor has reviewed are not public. The command-line import made every
-- file public at once, with a headline proposed from its first sentence and no event date: an
-- article now waits for an editor, who checks it and publishes it (or imports a trusted batch with
-- --publish, or publishes each file from the import review).

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

-- Publishing is part of an article's history.
alter table article_change drop constraint article_change_field_check;
alter table article_change add constraint article_change_field_check check (field in
    ('IMPORTED', 'HEADLINE', 'EVENT_DATE', 'PUBLISHED_DATE', 'TOPICS', 'ENTITIES', 'HIDDEN', 'PUBLISHED'));
