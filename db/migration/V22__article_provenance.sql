-- Provenance (issue 18): where an article's text came from and whom it takes its information from.
-- V21 is another change's: versions may have gaps, and this one comes after it either way.
--
-- Stored here: the source's name and address, which a source file may give in header lines
-- (" source NAME", " url https://…") and editors may correct, so the header is only where they
-- start from. Not stored: the markers a repost leaves ("Read the original article here") and the
-- attributions ("reported by the KCNA state news agency"). Both are found in the source text, which
-- is stored verbatim and parsed on every read of the article already, so they cost no column, no
-- backfill and no statement, and they can never drift from the text.

-- Both null for the five seeds: their files name no source. The limits are the parser's and the
-- edit form's (ArticleParser.MAX_SOURCE_NAME, MAX_SOURCE_URL); the address, like every stored link,
-- is a web address, never javascript: or data: (V1's is_web_url, written out as V15 does for
-- pg_restore).
alter table article
    add column source_name text
        check (char_length(source_name) between 1 and 200 and source_name !~ '[[:cntrl:]]'),
    add column source_url text
        check (char_length(source_url) <= 2000 and source_url ~ '^https?://[^[:space:]"<>]+$');

-- public_article's "*" was expanded when it was made: re-create it to show the new columns, with
-- the condition V17 gave it (docs/migrations.md).
create or replace view public_article as
    select * from article where not hidden and not awaiting_review;

-- An editor's correction of the source is part of the article's history, as every other field is.
alter table article_change drop constraint article_change_field_check;
alter table article_change add constraint article_change_field_check check (field in
    ('IMPORTED', 'HEADLINE', 'EVENT_DATE', 'PUBLISHED_DATE', 'TOPICS', 'ENTITIES', 'HIDDEN', 'PUBLISHED', 'ADDRESS',
     'SOURCE_NAME', 'SOURCE_URL'));

-- The news agencies and intelligence services that articles on North Korea and Russia attribute
-- their information to, so that an attribution names a known entity. KCNA and South Korean
-- intelligence are V8's; the others are new, each described in one neutral line as in V8. None is
-- named in the five seed texts, so their entities stay as they are.
--
-- Left out on purpose, as in V8: "National Intelligence Service" and "NIS" alone (other countries'
-- services have that name) and "RIA" alone (the initials of many things).
insert into entity (slug, name, kind, description) values
('tass', 'TASS', 'ORGANISATION', 'Russia''s state news agency.'),
('ria-novosti', 'RIA Novosti', 'ORGANISATION', 'Russian state news agency, part of the Rossiya Segodnya group.'),
('yonhap', 'Yonhap News Agency', 'ORGANISATION', 'South Korea''s largest news agency.');

insert into entity_alias (entity_id, alias)
select id, name from entity where slug in ('tass', 'ria-novosti', 'yonhap');

-- The other spellings; a typo in a slug gives a null entity_id and stops the migration.
insert into entity_alias (entity_id, alias)
select (select id from entity where slug = spelling.slug), spelling.alias
from (values
    ('tass', 'Tass'),
    ('ria-novosti', 'RIA-Novosti'),
    ('yonhap', 'Yonhap'),
    ('south-korean-intelligence', 'South Korea''s spy agency'),
    ('south-korean-intelligence', 'South Korean spy agency'),
    ('south-korean-intelligence', 'South Korea''s intelligence agency'),
    ('south-korean-intelligence', 'South Korea''s NIS')
) as spelling (slug, alias);
