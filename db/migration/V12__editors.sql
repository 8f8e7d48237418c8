-- Editors, their corrections and the record of every change.

-- The people who may import and correct articles. No account exists until one is made (README:
-- "The first editor"); there is no default account or password anywhere. The password is stored
-- only as a bcrypt hash in Spring Security's delegating format ("{bcrypt}$2a$...").
create table editor (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash text        not null check (password_hash like '{%}%'),
    created_at    timestamptz not null default now()
);

alter table article
    -- A hidden article stays in the database, with its history, but no public page shows it.
    add column hidden       boolean not null default false,
    -- When a field readers see last changed after the article was first published: the article
    -- page says "Corrected on ...". Null for an article never corrected.
    add column corrected_at timestamptz;

-- Every change to an article, from its import on: who, when, which field, the value before and
-- after, as the editor saw them. Nothing here is ever updated or deleted by the application.
create table article_change (
    id              bigint generated always as identity primary key,
    article_id      bigint      not null references article (id) on delete cascade,
    -- Null for the command-line import, which runs as no editor.
    editor_id       bigint      references editor (id),
    changed_at      timestamptz not null default now(),
    -- The article's version after the change: a stale edit form names the changes it missed.
    article_version bigint      not null,
    field           text        not null check (field in
                        ('IMPORTED', 'HEADLINE', 'EVENT_DATE', 'PUBLISHED_DATE', 'TOPICS', 'ENTITIES', 'HIDDEN')),
    old_value       text,
    new_value       text
);

create index article_change_article_idx on article_change (article_id, id);

-- An editor may name an entity the recogniser cannot find in the text (the article says "the
-- Russian leader", never "Putin"): such a tag has no mention to count.
alter table article_entity drop constraint article_entity_mention_count_check;
alter table article_entity add constraint article_entity_mention_count_check check (mention_count >= 0);
