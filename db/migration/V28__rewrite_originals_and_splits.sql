-- Editors name the report a rewrite was copied from, and split reports off into a new event (issue 18).
--
-- A chain of "rewrite of" never comes back to where it started: a report cannot be a rewrite of its
-- own rewrite, however many steps apart. Every writer meets this rule (the editors' pages, the import,
-- SQL typed by hand), so it lives here, once. A chain stays inside one event (the editors' pages keep
-- it so), so the walk is short.
create function refuse_rewrite_cycles() returns trigger
    language plpgsql as $$
begin
    if exists (
        with recursive chain (article_id, steps) as (
            select new.rewrite_of_article_id, 1
            union all
            select r.rewrite_of_article_id, chain.steps + 1
            from chain join event_report r on r.article_id = chain.article_id
            where r.rewrite_of_article_id is not null and chain.steps < 1000
        )
        select 1 from chain where article_id = new.article_id
    ) then
        raise exception 'rewrite_of_cycle: article % would be a rewrite of its own rewrite', new.article_id
            using errcode = 'check_violation', constraint = 'rewrite_of_cycle';
    end if;
    return new;
end
$$;

create trigger event_report_rewrite_of_no_cycle
    before insert or update of rewrite_of_article_id on event_report
    for each row when (new.rewrite_of_article_id is not null)
    execute function refuse_rewrite_cycles();

alter table event_change drop constraint event_change_field_check;
alter table event_change add constraint event_change_field_check
    check (field in ('TITLE', 'DATES', 'SUMMARY', 'REPORT', 'MERGED', 'ORIGINAL', 'SPLIT'));
