-- V17 recorded each new address with a row trigger whose insert into article_slug is a statement of
-- its own, and each such statement moves the collection version (V13): a statement writing N
-- articles updated the one version row N more times in its transaction, each update reading every
-- earlier version of that row, so its time grew with N squared (a million articles inserted by one
-- statement did not finish in 80 minutes; 20,000 spent 5 s of 21 on it). A statement trigger with a
-- transition table records all of a statement's addresses in one insert, whoever writes them.
drop trigger article_slug_recorded on article;
drop function record_article_slug();

-- An article may take back an address it had before; an address another article has or had is
-- refused as a unique violation, as before.
create function record_article_slugs() returns trigger
    language plpgsql as
$$
declare
    taken text;
begin
    -- (nested: an insert's trigger has no old_rows to plan a query on)
    if tg_op = 'UPDATE' then
        if not exists (select 1 from new_rows n join old_rows o on o.id = n.id where n.slug <> o.slug) then
            return null;
        end if;
    end if;
    insert into article_slug (slug, article_id)
    select slug, id from new_rows
    on conflict (slug) do nothing;
    select n.slug into taken
    from new_rows n
    where not exists (select 1 from article_slug s where s.slug = n.slug and s.article_id = n.id)
    limit 1;
    if taken is not null then
        raise exception 'the address "%" belongs or belonged to another article', taken
            using errcode = 'unique_violation';
    end if;
    return null;
end
$$;

create trigger article_slug_recorded
    after insert on article
    referencing new table as new_rows
    for each statement execute function record_article_slugs();

-- A transition table cannot go with "update of slug": the function returns at once when no
-- address changed.
create trigger article_slug_changed
    after update on article
    referencing old table as old_rows new table as new_rows
    for each statement execute function record_article_slugs();
