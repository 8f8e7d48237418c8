-- The entities the editorial facts list for the five seed articles, each described in one neutral
-- line. The United States is an organisation here, as in the editorial facts: the texts name it
-- as the government that imposes sanctions, not as a place.
insert into entity (slug, name, kind, description) values
('kim-jong-un', 'Kim Jong Un', 'PERSON', 'Leader of North Korea since 2011.'),
('vladimir-putin', 'Vladimir Putin', 'PERSON', 'President of Russia.'),
('sergei-shoigu', 'Sergei Shoigu', 'PERSON',
 'Russia''s defence minister from 2012 to May 2024, then Secretary of its Security Council.'),
('sergei-lavrov', 'Sergei Lavrov', 'PERSON', 'Russia''s foreign minister since 2004.'),
('kim-yo-jong', 'Kim Yo Jong', 'PERSON',
 'Kim Jong Un''s younger sister and a senior official of North Korea''s ruling Workers'' Party.'),
('alexander-matsegora', 'Alexander Matsegora', 'PERSON', 'Russian diplomat, ambassador to North Korea from 2014.'),
('kim-jong-il', 'Kim Jong Il', 'PERSON', 'Leader of North Korea from 1994 until his death in 2011; Kim Jong Un''s father.'),
('kim-il-sung', 'Kim Il Sung', 'PERSON',
 'Founding leader of North Korea from 1948 until his death in 1994; Kim Jong Un''s grandfather.'),
('russia', 'Russia', 'PLACE', 'Country spanning Eastern Europe and northern Asia; it shares a short border with North Korea.'),
('north-korea', 'North Korea', 'PLACE',
 'Country in the north of the Korean Peninsula, officially the Democratic People''s Republic of Korea (DPRK).'),
('pyongyang', 'Pyongyang', 'PLACE', 'Capital of North Korea.'),
('moscow', 'Moscow', 'PLACE', 'Capital of Russia.'),
('vladivostok', 'Vladivostok', 'PLACE', 'Russian port city on the Sea of Japan, in the Far East.'),
('vostochny-cosmodrome', 'Vostochny Cosmodrome', 'PLACE', 'Russian spaceport in the Amur region of the Far East.'),
('myohyangsan', 'Myohyangsan', 'PLACE', 'Mountain area in North Korea, home of the International Friendship Exhibition.'),
('ukraine', 'Ukraine', 'PLACE', 'Country in Eastern Europe, invaded by Russia in February 2022.'),
('korean-peninsula', 'Korean Peninsula', 'PLACE', 'Peninsula in East Asia, divided between North Korea and South Korea.'),
('south-korea', 'South Korea', 'PLACE', 'Country in the south of the Korean Peninsula, officially the Republic of Korea.'),
('un-security-council', 'UN Security Council', 'ORGANISATION',
 'The United Nations body charged with international peace and security; Russia is a permanent member with a veto.'),
('kcna', 'Korean Central News Agency', 'ORGANISATION', 'North Korea''s state news agency.'),
('international-friendship-exhibition', 'International Friendship Exhibition', 'ORGANISATION',
 'Museum at Myohyangsan in North Korea that displays gifts given to the country''s leaders.'),
('south-korean-intelligence', 'South Korean intelligence', 'ORGANISATION',
 'South Korea''s intelligence services, chiefly the National Intelligence Service (NIS).'),
('united-states', 'United States', 'ORGANISATION', 'The government of the United States of America.');

-- The name is an alias too, so the unique alias column also keeps one entity's name from being
-- another's alias.
insert into entity_alias (entity_id, alias)
select id, name from entity;

-- The other spellings. Case matters (see EntityRecogniser), and straight apostrophes here also
-- match typographic ones in the texts. A slug with a typo gives a null entity_id and stops the
-- migration instead of losing the alias.
--
-- 'Kim' alone is Kim Jong Un: in the seed texts a bare "Kim" always means him, after he has been
-- named in full, while his sister, father and grandfather are always named in full (and their
-- longer aliases win). That is the usual news style; an article that called Kim Yo Jong "Kim"
-- would be misread, and needs an editor's eye.
--
-- Left out on purpose:
--   'Security Council' alone: the seed texts also name Russia's Security Council ("Russian Security
--     Council Secretary Sergei Shoigu"), which is not the UN's.
--   'U.N.' and 'UN' alone: the UN itself is not in the gazetteer, and "U.N. resolutions" are not
--     the Security Council by name.
--   'National Intelligence Service' and 'NIS' alone: other countries' services have that name.
insert into entity_alias (entity_id, alias)
select (select id from entity where slug = spelling.slug), spelling.alias
from (values
    ('kim-jong-un', 'Kim'),
    ('kim-jong-un', 'Kim Jong-un'),
    ('vladimir-putin', 'Putin'),
    ('vladimir-putin', 'President Putin'),
    ('vladimir-putin', 'President Vladimir Putin'),
    ('sergei-shoigu', 'Shoigu'),
    ('sergei-shoigu', 'Sergey Shoigu'),
    ('sergei-lavrov', 'Lavrov'),
    ('sergei-lavrov', 'Sergey Lavrov'),
    ('kim-yo-jong', 'Kim Yo-jong'),
    ('alexander-matsegora', 'Matsegora'),
    ('alexander-matsegora', 'Aleksandr Matsegora'),
    ('kim-jong-il', 'Kim Jong-il'),
    ('kim-il-sung', 'Kim Il-sung'),
    ('russia', 'Russian Federation'),
    ('north-korea', 'DPRK'),
    ('north-korea', 'Democratic People''s Republic of Korea'),
    ('vostochny-cosmodrome', 'Vostochny'),
    ('vostochny-cosmodrome', 'Vostochny space centre'),
    ('myohyangsan', 'Mount Myohyang'),
    ('korean-peninsula', 'Korean peninsula'),
    ('south-korea', 'Republic of Korea'),
    ('un-security-council', 'U.N. Security Council'),
    ('un-security-council', 'United Nations Security Council'),
    ('kcna', 'KCNA'),
    ('south-korean-intelligence', 'South Korea''s National Intelligence Service'),
    ('united-states', 'US'),
    ('united-states', 'U.S.'),
    ('united-states', 'USA'),
    ('united-states', 'United States of America')
) as spelling (slug, alias);
