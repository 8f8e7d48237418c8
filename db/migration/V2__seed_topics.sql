-- The starting taxonomy from the editorial facts about the seed articles.
insert into topic (slug, name, description, position) values
('summit-diplomacy', 'Summit diplomacy',
 'Meetings between the two countries'' leaders and envoys, and the invitations and messages they exchange.', 1),
('arms-military-cooperation', 'Arms & military cooperation',
 'Weapons, munitions, military technology and defence cooperation between Pyongyang and Moscow.', 2),
('gifts-symbolism', 'Gifts & symbolism',
 'Gifts exchanged between the leaders and the symbolic gestures of the relationship.', 3),
('war-in-ukraine', 'War in Ukraine',
 'North Korea''s stance on, and part in, Russia''s war against Ukraine.', 4),
('sanctions-un', 'Sanctions & the UN',
 'UN Security Council resolutions, international sanctions and whether they are kept.', 5),
('space', 'Space',
 'Space centres, rockets and space technology in the relationship.', 6),
('terrorism-condolences', 'Terrorism & condolences',
 'Messages of sympathy after attacks, and each side''s stance on terrorism.', 7),
('defence-treaty-troops', 'Defence treaty & troops',
 'The mutual defence treaty and North Korean troops sent to fight for Russia.', 8);
