-- "Hidden articles are never public" was written into each public query, seven times in four
-- packages, and a new query had to remember it. It is written here once: every page, feed, file,
-- sitemap and API response reads its articles from this view, never from article (the test
-- PublicReadsTest fails on a public statement that reads article).
--
-- A simple view: PostgreSQL inlines it into the statement that uses it, so the planner sees
-- "article where not hidden" as before and picks the same plans, article_public_idx (V14) and the
-- sort-key indexes included. Not a security_barrier view, which would stop that.
--
-- "select *" fixes the view's columns when it is created: a migration that adds a column to
-- article must re-create the view in the same migration (docs/migrations.md), or public reads
-- cannot see the column. PublicArticleViewTest fails until it does.
create view public_article as
    select * from article where not hidden;

comment on view public_article is
    'The articles readers may see: those no editor hid. Every public read takes its articles from here, not from article.';
