-- Places, buildings and institutions named after people. The recogniser reads the longest name it
-- knows, so without these "Kim Il Sung Square" was read as the man Kim Il Sung, and "Kim Chaek
-- University of Technology" as Kim Jong Un (V8's bare "Kim"). Each is described in one neutral line,
-- as in V8; the facts are public (the institutions' own sites, encyclopaedias, news reports).
--
-- Left out on purpose:
--   Kimilsungia and Kimjongilia: flowers (an orchid and a begonia cultivar), neither a person, a place
--     nor an organisation, and one word each, so no name inside them is read.
--   Kim Jong Un's namesakes: no place or institution is commonly named after him in the news.
--   The town that serves the cosmodrome: Tsiolkovsky (Uglegorsk until 2015) shares its name with the
--     rocket scientist Konstantin Tsiolkovsky, and Uglegorsk is also a town on Sakhalin and the Russian
--     name of Vuhlehirsk in Ukraine, so neither name would be read right.
--   Mansu Hill alone: the hill also holds the Korean Revolution Museum and the Mansudae Assembly Hall,
--     so the hill is not the monument; "Mansudae" alone is also the Mansudae Art Studio.
insert into entity (slug, name, kind, description) values
('kim-il-sung-square', 'Kim Il Sung Square', 'PLACE',
 'Central square of Pyongyang on the Taedong River, where military parades and mass rallies are held.'),
('kim-il-sung-university', 'Kim Il Sung University', 'ORGANISATION',
 'North Korea''s first university, founded in Pyongyang in 1946.'),
('kim-il-sung-stadium', 'Kim Il Sung Stadium', 'PLACE', 'Stadium in Pyongyang, used mainly for football.'),
('kumsusan-palace-of-the-sun', 'Kumsusan Palace of the Sun', 'PLACE',
 'Mausoleum in Pyongyang where the preserved bodies of Kim Il Sung and Kim Jong Il lie in state.'),
('kim-chaek-university-of-technology', 'Kim Chaek University of Technology', 'ORGANISATION',
 'University of technology in Pyongyang, founded in 1948 and named after Kim Chaek, a commander who died in '
 || 'the Korean War.'),
('mansu-hill-grand-monument', 'Mansu Hill Grand Monument', 'PLACE',
 'Monument on Mansu Hill in Pyongyang with bronze statues of Kim Il Sung (1972) and Kim Jong Il (2012).'),
('vostochny-port', 'Vostochny Port', 'PLACE',
 'Russian seaport on Wrangel Bay near Nakhodka, in Primorsky Krai on the Sea of Japan.');

insert into entity_alias (entity_id, alias)
select id, name from entity
where slug in ('kim-il-sung-square', 'kim-il-sung-university', 'kim-il-sung-stadium', 'kumsusan-palace-of-the-sun',
               'kim-chaek-university-of-technology', 'mansu-hill-grand-monument', 'vostochny-port');

-- "Vostochny" alone named the cosmodrome (V8), but the port at Nakhodka and the cosmodrome's town
-- share the word: alone it names nothing now. The seed texts never use it alone (only a headline
-- does, and its text says "Vostochny space centre"), so their entities stay as they are.
delete from entity_alias
where alias = 'Vostochny' and entity_id = (select id from entity where slug = 'vostochny-cosmodrome');

-- The other spellings, as in V8 (a typo in a slug stops the migration). Each namesake is written
-- the ways its person is: "Kim Il Sung", "Kim Il-sung" and "Kim Il-Sung" (capitalised after the
-- hyphen, as some agencies write all the Kims; without these, "Kim Il-Sung" was read as the bare
-- "Kim", Kim Jong Un). "square" and "stadium" also in lower case, as news copy often writes them.
insert into entity_alias (entity_id, alias)
select (select id from entity where slug = spelling.slug), spelling.alias
from (values
    ('kim-il-sung', 'Kim Il-Sung'),
    ('kim-jong-il', 'Kim Jong-Il'),
    ('kim-jong-un', 'Kim Jong-Un'),
    ('kim-yo-jong', 'Kim Yo-Jong'),
    ('kim-il-sung-square', 'Kim Il-sung Square'),
    ('kim-il-sung-square', 'Kim Il-Sung Square'),
    ('kim-il-sung-square', 'Kim Il Sung square'),
    ('kim-il-sung-square', 'Kim Il-sung square'),
    ('kim-il-sung-university', 'Kim Il-sung University'),
    ('kim-il-sung-university', 'Kim Il-Sung University'),
    ('kim-il-sung-stadium', 'Kim Il-sung Stadium'),
    ('kim-il-sung-stadium', 'Kim Il-Sung Stadium'),
    ('kim-il-sung-stadium', 'Kim Il Sung stadium'),
    ('kim-il-sung-stadium', 'Kim Il-sung stadium'),
    ('kumsusan-palace-of-the-sun', 'Kumsusan Memorial Palace'),
    ('kumsusan-palace-of-the-sun', 'Kumsusan Palace'),
    ('kim-chaek-university-of-technology', 'Kim Chaek University'),
    ('mansu-hill-grand-monument', 'Mansudae Grand Monument'),
    ('mansu-hill-grand-monument', 'Grand Monument on Mansu Hill'),
    ('vostochny-port', 'Vostochny port'),
    ('vostochny-port', 'port of Vostochny'),
    ('vostochny-cosmodrome', 'Vostochny cosmodrome'),
    ('vostochny-cosmodrome', 'Vostochny spaceport'),
    ('vostochny-cosmodrome', 'Vostochny space center')
) as spelling (slug, alias);
