-- Topic rules: the words and phrases that make an article a candidate for a topic. Editors keep
-- them in the database; TopicRules proposes a topic for an article when its headline or text
-- contains any one of the topic's phrases. An editor confirms or drops each proposal, so a rule
-- is a hint, never an assignment.
--
-- Matching is PostgreSQL full-text matching with the search configuration (english_unaccent): each
-- phrase is read by phraseto_tsquery, so words are stemmed ("drone" finds "drones", "meeting" finds
-- "meet"), case and accents are ignored, the words of a phrase must come in that order with only
-- stop words between them, and quotes or operators in a phrase are just punctuation.
--
-- One matching phrase is enough, for every topic. A phrase is already as narrow as an editor
-- wants it ("North Korean troops", not "troops"), and a rule that proposes on its own can be
-- judged on its own; a count of phrases would make every rule's effect depend on the others. On
-- the five seed articles, asking for two phrases would miss 7 of the 21 curated topics, those an
-- article names once ("supplying Russia with ammunition"), while one phrase already proposes
-- nothing the editors left out (TopicRulesAgreementTest).
create table topic_rule (
    id       bigint generated always as identity primary key,
    topic_id bigint not null references topic (id) on delete cascade,
    phrase   text   not null check (phrase <> '' and length(phrase) <= 100),
    -- A phrase of stop words or punctuation alone ("the", "&!") could never match anything.
    constraint phrase_has_words check (numnode(phraseto_tsquery('english_unaccent', phrase)) > 0),
    unique (topic_id, phrase)
);

-- The starting rules: the vocabulary news reports use for each topic, whatever the article. Left
-- out on purpose, because they name other things as often as the topic:
--   'visit', 'message', 'diplomatic' (summit): every article about the two countries has them, and a
--     message of condolence is not summit diplomacy;
--   'military' alone (arms): military news that is not about arms or their exchange;
--   'symbol', 'symbolic', 'gesture' (gifts): news prose calls support or a meeting "symbolic";
--   'rocket', 'satellite' and 'space' alone (space): rocket attacks, multiple rocket launchers and
--     satellite images of arms shipments are war and arms news;
--   'troops', 'treaty' alone (treaty and troops): Russian troops in Ukraine, and every other treaty;
--   'Security Council' alone (sanctions): Russia has a Security Council of its own.
-- A slug with a typo gives a null topic_id and stops the migration instead of losing the rule.
insert into topic_rule (topic_id, phrase)
select (select id from topic where slug = rule.slug), rule.phrase
from (values
    ('summit-diplomacy', 'summit'),
    ('summit-diplomacy', 'meeting'),
    ('summit-diplomacy', 'talks'),
    ('summit-diplomacy', 'state visit'),
    ('summit-diplomacy', 'official visit'),
    ('summit-diplomacy', 'invitation'),
    ('summit-diplomacy', 'envoy'),
    ('summit-diplomacy', 'delegation'),

    ('arms-military-cooperation', 'weapons'),
    ('arms-military-cooperation', 'arms deal'),
    ('arms-military-cooperation', 'arms trade'),
    ('arms-military-cooperation', 'arms transfers'),
    ('arms-military-cooperation', 'arms supplies'),
    ('arms-military-cooperation', 'ammunition'),
    ('arms-military-cooperation', 'munitions'),
    ('arms-military-cooperation', 'artillery'),
    ('arms-military-cooperation', 'missile'),
    ('arms-military-cooperation', 'drone'),
    ('arms-military-cooperation', 'rifle'),
    ('arms-military-cooperation', 'warship'),
    ('arms-military-cooperation', 'fighter jet'),
    ('arms-military-cooperation', 'military cooperation'),
    ('arms-military-cooperation', 'military technology'),
    ('arms-military-cooperation', 'military equipment'),
    ('arms-military-cooperation', 'military aid'),
    ('arms-military-cooperation', 'military assistance'),
    ('arms-military-cooperation', 'defence cooperation'),
    ('arms-military-cooperation', 'defense cooperation'),

    ('gifts-symbolism', 'gift'),
    ('gifts-symbolism', 'souvenir'),
    ('gifts-symbolism', 'keepsake'),
    ('gifts-symbolism', 'friendship exhibition'),
    ('gifts-symbolism', 'symbolic gesture'),
    ('gifts-symbolism', 'gesture of goodwill'),
    ('gifts-symbolism', 'goodwill gesture'),
    ('gifts-symbolism', 'token of friendship'),

    ('war-in-ukraine', 'Ukraine'),
    ('war-in-ukraine', 'Ukrainian'),
    ('war-in-ukraine', 'Kyiv'),
    ('war-in-ukraine', 'Kursk'),
    ('war-in-ukraine', 'Donbas'),
    ('war-in-ukraine', 'Zelensky'),
    ('war-in-ukraine', 'special military operation'),

    ('sanctions-un', 'sanctions'),
    ('sanctions-un', 'embargo'),
    ('sanctions-un', 'Security Council resolution'),
    ('sanctions-un', 'UN Security Council'),
    ('sanctions-un', 'U.N. Security Council'),
    ('sanctions-un', 'United Nations Security Council'),
    ('sanctions-un', 'UN resolution'),
    ('sanctions-un', 'U.N. resolution'),
    ('sanctions-un', 'panel of experts'),
    ('sanctions-un', 'asset freeze'),

    ('space', 'cosmodrome'),
    ('space', 'spaceport'),
    ('space', 'space base'),
    ('space', 'space centre'),
    ('space', 'space center'),
    ('space', 'space station'),
    ('space', 'spacesuit'),
    ('space', 'space suit'),
    ('space', 'cosmonaut'),
    ('space', 'astronaut'),
    ('space', 'space rocket'),
    ('space', 'carrier rocket'),
    ('space', 'space launch'),
    ('space', 'satellite launch'),
    ('space', 'spy satellite'),
    ('space', 'reconnaissance satellite'),
    ('space', 'space technology'),

    ('terrorism-condolences', 'condolences'),
    ('terrorism-condolences', 'sympathy'),
    ('terrorism-condolences', 'terrorism'),
    ('terrorism-condolences', 'terrorist'),
    ('terrorism-condolences', 'terror attack'),
    ('terrorism-condolences', 'mourning'),

    ('defence-treaty-troops', 'defence treaty'),
    ('defence-treaty-troops', 'defense treaty'),
    ('defence-treaty-troops', 'mutual defence'),
    ('defence-treaty-troops', 'mutual defense'),
    ('defence-treaty-troops', 'mutual assistance'),
    ('defence-treaty-troops', 'comprehensive strategic partnership'),
    ('defence-treaty-troops', 'North Korean troops'),
    ('defence-treaty-troops', 'North Korean soldiers')
) as rule (slug, phrase);
