-- The counts, the facets and the overview of a timeline page join or group every article readers
-- may see. Through this narrow index they read about 5 MB per 100,000 articles, index-only,
-- instead of the whole article table (about 120 MB: the lede and search vector live in it).
-- Measured in docs/performance.md.
create index article_public_idx on article (id) include (event_date, published_date, event_date_estimated)
    where not hidden;
