-- The gazetteer: the people, places and organisations the timeline knows by name, each with a
-- one-line description for its page and for readers who meet the name for the first time.
create table entity (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null unique,
    kind        text not null check (kind in ('PERSON', 'PLACE', 'ORGANISATION')),
    description text not null check (description <> '' and position(E'\n' in description) = 0)
);

-- Every spelling that names an entity in a text, its name included. One spelling names at most one
-- entity: otherwise a mention of it would be a guess.
create table entity_alias (
    entity_id bigint not null references entity (id) on delete cascade,
    alias     text   not null unique,
    primary key (entity_id, alias)
);

-- Which entities an article names and how often: derived from the article's text by the
-- recogniser (EntityTagger), never typed in, so it can be rebuilt whenever the gazetteer changes.
create table article_entity (
    article_id    bigint  not null references article (id) on delete cascade,
    entity_id     bigint  not null references entity (id) on delete cascade,
    mention_count integer not null check (mention_count > 0),
    primary key (article_id, entity_id)
);

-- An entity's articles: the primary key serves an article's entities, this the other direction.
create index article_entity_entity_idx on article_entity (entity_id, article_id);
