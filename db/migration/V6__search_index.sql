-- Full-text search, part 2: every article now has its body text (V5), so it is required, and the
-- stored search vector is generated from it. Being generated, the vector can never disagree with
-- the text: whatever stores or corrects an article, the database keeps its search entry current.
alter table article alter column body_text set not null;

-- The headline weighs more than the body when results are ordered by relevance.
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english_unaccent', headline), 'A')
    || setweight(to_tsvector('english_unaccent', body_text), 'B')) stored;

create index article_search_vector_idx on article using gin (search_vector);
