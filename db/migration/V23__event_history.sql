-- An editor's assignment of an article to an event (issue 18) is part of the article's history:
-- which event, in which role ("kim-jong-un-visits-russia-2023 (follow_up)"), by whom and when. The
-- event itself keeps no history yet; its reports are the articles whose history says so.
alter table article_change drop constraint article_change_field_check;
alter table article_change add constraint article_change_field_check check (field in
    ('IMPORTED', 'HEADLINE', 'EVENT_DATE', 'PUBLISHED_DATE', 'TOPICS', 'ENTITIES', 'HIDDEN', 'PUBLISHED', 'ADDRESS',
     'SOURCE_NAME', 'SOURCE_URL', 'EVENT'));
