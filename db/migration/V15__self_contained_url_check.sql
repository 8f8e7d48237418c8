-- are_web_urls() called is_web_url() by its bare name. pg_restore runs with an empty search_path,
-- so restoring a pg_dump of the database failed on article's check constraint ("function
-- is_web_url(text) does not exist"). The check now says the same without calling another function.
create or replace function are_web_urls(urls text[]) returns boolean
    language sql immutable
    as $$ select coalesce(bool_and(url ~ '^https?://[^[:space:]"<>]+$'), true) from unnest(urls) as url $$;
