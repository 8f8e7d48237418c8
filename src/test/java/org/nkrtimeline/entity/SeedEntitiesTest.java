package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.Block;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations tag the five seed articles with the entities their texts name. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SeedEntitiesTest {

    /** seed-facts.md, "Named entities mentioned in the texts", per article. */
    private static final Map<String, Set<String>> EDITORIAL_FACTS = Map.of(
            A,
                    Set.of(
                            "kim-jong-un",
                            "sergei-shoigu",
                            "alexander-matsegora",
                            "kim-jong-il",
                            "kim-il-sung",
                            "russia",
                            "north-korea",
                            "myohyangsan",
                            "un-security-council",
                            "international-friendship-exhibition"),
            B,
                    Set.of(
                            "kim-jong-un",
                            "vladimir-putin",
                            "russia",
                            "north-korea",
                            "vostochny-cosmodrome",
                            "vladivostok",
                            "un-security-council"),
            C,
                    Set.of(
                            "kim-jong-un",
                            "vladimir-putin",
                            "sergei-shoigu",
                            "russia",
                            "north-korea",
                            "pyongyang",
                            "ukraine",
                            "korean-peninsula",
                            "south-korea",
                            "south-korean-intelligence"),
            D,
                    Set.of(
                            "kim-jong-un",
                            "vladimir-putin",
                            "russia",
                            "north-korea",
                            "moscow",
                            "ukraine",
                            "kcna",
                            "united-states"),
            E,
                    Set.of(
                            "kim-jong-un",
                            "vladimir-putin",
                            "sergei-shoigu",
                            "sergei-lavrov",
                            "kim-yo-jong",
                            "russia",
                            "north-korea",
                            "pyongyang",
                            "vladivostok",
                            "ukraine"));

    /** Places the texts name that the editorial list leaves out for that article. */
    private static final Map<String, Set<String>> ALSO_IN_THE_TEXT = Map.of(
            A, Set.of("moscow"), // "These actions by Moscow raise questions"
            C, Set.of("moscow"), // "between Pyongyang and Moscow", twice
            D, Set.of("pyongyang")); // "The bolstering of ties between Pyongyang and Moscow"

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {A, B, C, D, E})
    void eachSeedArticleIsTaggedWithExactlyTheEntitiesItsTextNames(String article) {
        Set<String> expected = new HashSet<>(EDITORIAL_FACTS.get(article));
        expected.addAll(ALSO_IN_THE_TEXT.getOrDefault(article, Set.of()));

        assertThat(mentionCounts(article).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void mentionCountsCountEveryMentionInTheHeadlineAndTheBody() {
        assertThat(List.of(A, B, C, D, E))
                .allSatisfy(article -> assertThat(mentionCounts(article).values())
                        .allSatisfy(count -> assertThat(count).isPositive()));
        // The headline "... in talks with Shoigu", then "Russian Security Council Secretary Sergei Shoigu".
        assertThat(mentionCounts(C)).contains(entry("sergei-shoigu", 2), entry("ukraine", 4));
        // "North Korea's" three times, "North Korea and Russia", "Democratic People's Republic of Korea's",
        // "(DPRK)" and "DPRK's"; never the adjective "North Korean".
        assertThat(mentionCounts(D)).contains(entry("north-korea", 7), entry("kcna", 1));
        // "Kim" twice in the headline, "Kim Jong Un" four times and "Kim" alone four times in the body;
        // his sister "Kim Yo Jong" is not him.
        assertThat(mentionCounts(E)).contains(entry("kim-yo-jong", 1), entry("kim-jong-un", 10));
    }

    @Test
    void shoiguIsNamedInArticlesACAndEOnly() {
        List<String> articles = jdbc.sql("""
                        select a.slug
                        from article_entity ae
                        join article a on a.id = ae.article_id
                        join entity e on e.id = ae.entity_id
                        where e.slug = 'sergei-shoigu'
                        """).query(String.class).list();

        assertThat(articles).containsExactlyInAnyOrder(A, C, E);
    }

    @Test
    void theGazetteerHoldsEveryListedEntityWithAOneLineDescription() {
        Set<String> listed =
                EDITORIAL_FACTS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<String, String> descriptions = jdbc
                .sql("select slug, description from entity")
                .query((row, n) -> Map.entry(row.getString("slug"), row.getString("description")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        // Every listed entity, and others too: places and institutions named after people (V19) are in
        // the gazetteer so that they are not read as the people, though no seed names them.
        assertThat(descriptions.keySet()).containsAll(listed);
        assertThat(descriptions.values())
                .allSatisfy(description -> assertThat(description)
                        .isNotBlank()
                        .doesNotContain("\n")
                        .endsWith("."));
    }

    /**
     * The seeds were tagged by V9, with V8's gazetteer; read again with the gazetteer as the later
     * migrations leave it, they still name exactly the same entities. (Counts may differ where a
     * spelling no longer counts: B's headline says "Vostochny" alone, which V19 no longer reads as
     * the cosmodrome, while its text names the "Vostochny space centre".)
     */
    @ParameterizedTest
    @ValueSource(strings = {A, B, C, D, E})
    void theGazetteerAsItIsNowFindsTheSameEntitiesInEachSeed(String article) {
        var stored = jdbc.sql("select headline, source_file, source_text from article where slug = ?")
                .param(article)
                .query()
                .singleRow();
        List<String> body = new ArticleParser()
                .parseStored((String) stored.get("source_text"), (String) stored.get("source_file")).blocks().stream()
                        .map(Block::text)
                        .toList();
        EntityTagger tagger = new EntityTagger(new EntityRecogniser(EntityTagger.loadGazetteer(jdbc)));

        Set<String> found = tagger.count((String) stored.get("headline"), body).keySet().stream()
                .map(GazetteerEntry::slug)
                .collect(Collectors.toSet());

        assertThat(found)
                .containsExactlyInAnyOrderElementsOf(mentionCounts(article).keySet());
    }

    private Map<String, Integer> mentionCounts(String article) {
        return jdbc
                .sql("""
                        select e.slug, ae.mention_count
                        from article_entity ae
                        join article a on a.id = ae.article_id
                        join entity e on e.id = ae.entity_id
                        where a.slug = ?
                        """)
                .param(article)
                .query((row, n) -> Map.entry(row.getString("slug"), row.getInt("mention_count")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
