package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.EntityKind;

class EntityRecogniserTest {

    private static final GazetteerEntry KIM_JONG_UN = person(1, "Kim Jong Un", "Kim");
    private static final GazetteerEntry KIM_YO_JONG = person(2, "Kim Yo Jong");
    private static final GazetteerEntry PUTIN = person(3, "Vladimir Putin", "President Vladimir Putin", "Putin");
    private static final GazetteerEntry RUSSIA = place(4, "Russia");
    private static final GazetteerEntry NORTH_KOREA =
            place(5, "North Korea", "DPRK", "Democratic People's Republic of Korea");
    private static final GazetteerEntry SOUTH_KOREA = place(6, "South Korea", "Republic of Korea");
    private static final GazetteerEntry UN = organisation(7, "United Nations", "UN", "U.N.");
    private static final GazetteerEntry UNITED_STATES = organisation(8, "United States", "US", "U.S.");
    private static final GazetteerEntry KOMSOMOLSK = place(9, "Komsomolsk-on-Amur");

    private final EntityRecogniser recogniser = new EntityRecogniser(
            List.of(KIM_JONG_UN, KIM_YO_JONG, PUTIN, RUSSIA, NORTH_KOREA, SOUTH_KOREA, UN, UNITED_STATES, KOMSOMOLSK));

    @Test
    void everyAliasOfAnEntityResolvesToThatEntity() {
        assertThat(entities("President Vladimir Putin spoke. Vladimir Putin smiled. Putin left."))
                .containsExactly(PUTIN, PUTIN, PUTIN);
    }

    @Test
    void theLongestAliasAtAPositionWins() {
        assertThat(words("Kim Yo Jong and Kim Jong Un met Kim.")).containsExactly("Kim Yo Jong", "Kim Jong Un", "Kim");
        assertThat(entities("Kim Yo Jong and Kim Jong Un met Kim."))
                .containsExactly(KIM_YO_JONG, KIM_JONG_UN, KIM_JONG_UN);
        assertThat(words("President Vladimir Putin")).containsExactly("President Vladimir Putin");
    }

    @Test
    void aMentionNeverOverlapsAnEarlierOne() {
        assertThat(entities("the Democratic People's Republic of Korea")).containsExactly(NORTH_KOREA);
        assertThat(entities("the Republic of Korea")).containsExactly(SOUTH_KOREA);
    }

    @Test
    void aPossessiveStillNamesTheEntityWithEitherApostrophe() {
        assertThat(words("Russia's war, Putin’s message, Kim Jong Un's visit"))
                .containsExactly("Russia", "Putin", "Kim Jong Un");
    }

    @Test
    void noMatchInsideOtherWords() {
        assertThat(recogniser.find("Russian forces, Belarussia, BelaRussia, UNESCO, Unusual, SUNDAY, 2UN, UNs, "
                        + "North Korean troops, USSR, Kimchi, AKim"))
                .isEmpty();
    }

    @Test
    void aNameBetweenPunctuationOrHyphensIsStillAName() {
        assertThat(entities("(Russia) \"UN\" North Korea-Russia relations, anti-US"))
                .containsExactly(RUSSIA, UN, NORTH_KOREA, RUSSIA, UNITED_STATES);
    }

    @Test
    void aliasesAreCaseSensitive() {
        assertThat(recogniser.find("Tell us, kim, about russia and the Us.")).isEmpty();
        assertThat(entities("Tell the US")).containsExactly(UNITED_STATES);
    }

    @Test
    void anyRunOfWhitespaceMatchesTheSpaceInsideAnAlias() {
        assertThat(words("Kim\nJong  Un and North\r\n\tKorea and South\u00A0Korea"))
                .containsExactly("Kim\nJong  Un", "North\r\n\tKorea", "South\u00A0Korea");
        assertThat(entities("Kim\nJong  Un and North\r\n\tKorea and South\u00A0Korea"))
                .containsExactly(KIM_JONG_UN, NORTH_KOREA, SOUTH_KOREA);
    }

    @Test
    void typographicApostrophesAndHyphensMatchStraightOnes() {
        assertThat(entities("the Democratic People’s Republic of Korea")).containsExactly(NORTH_KOREA);
        assertThat(entities("Komsomolsk\u2010on\u2010Amur")).containsExactly(KOMSOMOLSK);
    }

    @Test
    void aliasesEndingInAFullStopMatch() {
        assertThat(words("U.N. resolutions and U.S. sanctions")).containsExactly("U.N.", "U.S.");
    }

    @Test
    void offsetsPointAtTheWordsOfTheMention() {
        String text = "Kim met Putin in Russia.";

        assertThat(recogniser.find(text))
                .containsExactly(
                        new Mention(KIM_JONG_UN, 0, 3), new Mention(PUTIN, 8, 13), new Mention(RUSSIA, 17, 23));
    }

    @Test
    void countsHowOftenEachEntityIsNamedInOrderOfFirstMention() {
        assertThat(recogniser.count(
                        "Putin met Kim Jong Un. Kim thanked Putin, and Vladimir Putin thanked Kim. Russia."))
                .containsExactly(entry(PUTIN, 3), entry(KIM_JONG_UN, 3), entry(RUSSIA, 1));
        assertThat(recogniser.count("nothing here")).isEmpty();
    }

    @Test
    void aSpellingThatWouldNameTwoEntitiesIsRejected() {
        GazetteerEntry kimYoJong = person(2, "Kim Yo Jong", "Kim");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EntityRecogniser(List.of(KIM_JONG_UN, kimYoJong)))
                .withMessageContaining("\"Kim\"");
    }

    @Test
    void theNameIsAlwaysAnAlias() {
        assertThat(RUSSIA.aliases()).containsExactly("Russia");
        assertThat(PUTIN.aliases()).containsExactly("Vladimir Putin", "President Vladimir Putin", "Putin");
    }

    private static final GazetteerEntry SHOIGU = person(10, "Sergei Shoigu", "Сергей Шойгу", "Шойгу", "쇼이구");
    private static final GazetteerEntry KIM_IN_HANGUL = person(11, "Kim Jong Il", "김정일", "Ким Чен Ир");
    private static final GazetteerEntry PYONGYANG = place(12, "Pyongyang", "평양", "Пхеньян");
    private static final GazetteerEntry LAVROV = person(13, "Sergei Lavrov", "Лавров");
    private static final GazetteerEntry MOSCOW = place(14, "Moscow", "Москва");
    private static final GazetteerEntry RUSSIA_IN_CYRILLIC = place(15, "Russia", "Россия");
    private static final GazetteerEntry NORTH_KOREA_IN_CYRILLIC = place(16, "North Korea", "Северная Корея");

    private final EntityRecogniser scripts = new EntityRecogniser(List.of(
            SHOIGU, KIM_IN_HANGUL, PYONGYANG, LAVROV, MOSCOW, RUSSIA_IN_CYRILLIC, NORTH_KOREA_IN_CYRILLIC, PUTIN));

    private List<String> named(String text) {
        return scripts.find(text).stream()
                .map(mention -> mention.entity().name() + "=" + text.substring(mention.start(), mention.end()))
                .toList();
    }

    @Test
    void hangulNamesAreFoundWithTheParticlesKoreanWritesOntoThem() {
        assertThat(named("쇼이구는 평양에서 김정일의 동상을 보았다. 쇼이구이름 평양시"))
                .containsExactly("Sergei Shoigu=쇼이구", "Pyongyang=평양", "Kim Jong Il=김정일");
    }

    @Test
    void russianNamesAreFoundDeclinedAndWithAStressMarkButNotInsideOtherWords() {
        assertThat(named("Сергей Шойгу́ встретился в Пхеньяне. Лавровым и Лавровский; Шойгу"))
                .containsExactly(
                        "Sergei Shoigu=Сергей Шойгу\u0301",
                        "Pyongyang=Пхеньян",
                        "Sergei Lavrov=Лавров",
                        "Sergei Shoigu=Шойгу");
        assertThat(named("Москва")).containsExactly("Moscow=Москва");
    }

    @Test
    void russianNamesInAOrYaAreFoundInEveryCaseButNotInsideOtherWords() {
        assertThat(named("Из Москвы в Москву, о Москве, под Москвой, с Россией и России, Россию."))
                .containsExactly(
                        "Moscow=Москв",
                        "Moscow=Москв",
                        "Moscow=Москв",
                        "Moscow=Москв",
                        "Russia=Росси",
                        "Russia=Росси",
                        "Russia=Росси");
        assertThat(named("Москвич, Москворецкий, Москвами, Росси, Россиянин")).isEmpty();
        assertThat(named("Северной Кореи"))
                .as("the adjective of a two-word name changes too: found as written only")
                .isEmpty();
    }

    private List<GazetteerEntry> entities(String text) {
        return recogniser.find(text).stream().map(Mention::entity).toList();
    }

    private List<String> words(String text) {
        return recogniser.find(text).stream()
                .map(mention -> text.substring(mention.start(), mention.end()))
                .toList();
    }

    private static GazetteerEntry person(long id, String name, String... aliases) {
        return new GazetteerEntry(id, slug(name), name, EntityKind.PERSON, "A person.", List.of(aliases));
    }

    private static GazetteerEntry place(long id, String name, String... aliases) {
        return new GazetteerEntry(id, slug(name), name, EntityKind.PLACE, "A place.", List.of(aliases));
    }

    private static GazetteerEntry organisation(long id, String name, String... aliases) {
        return new GazetteerEntry(id, slug(name), name, EntityKind.ORGANISATION, "An organisation.", List.of(aliases));
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
