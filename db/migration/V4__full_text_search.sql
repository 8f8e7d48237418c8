-- Full-text search, part 1: a text search configuration that stems English and ignores accents
-- and case ("Café" finds "cafe"), and a column for the text it searches.

-- unaccent is a trusted extension: the database's owner may create it without being a superuser.
create extension if not exists unaccent;

create text search configuration english_unaccent (copy = english);
alter text search configuration english_unaccent
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- The article's blocks as its page shows them, one per line: the source text without its date
-- header and without the scraping debris the parser removes. Search and search snippets read this,
-- so neither can match or quote a line the reader never sees. V5 fills it; V6 makes it required.
alter table article add column body_text text;
