-- Names across alphabets (issue 19): readers search in the spellings they know, Hangul, Cyrillic and
-- the romanisations the English names are not written in (hyphenated, McCune-Reischauer, the DPRK's
-- own). They are aliases like the others, so the recogniser finds them in an imported text; marked as
-- variants, so a search that names one also searches the entity's English names (entity.NameVariants);
-- each with the source of its spelling, because they are curated, not generated (V29_1 seeds them from
-- db/seeds/entity-variants.json).
alter table entity_alias
    add column variant boolean not null default false,
    add column script  text    not null default 'latin' check (script in ('latin', 'hangul', 'cyrillic')),
    add column source  text,
    add constraint a_variant_names_its_source check (not variant or (source is not null and source <> ''));
