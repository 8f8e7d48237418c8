package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.nkrtimeline.support.SeedArticles.D;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.EntityKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** The tagger and the gazetteer it loads, against the migrated database; each test rolls back. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EntityTaggerTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void taggingAgainReplacesTheArticlesRowsWithTheNewCounts() throws SQLException {
        long article = jdbc.sql("select id from article where slug = ?")
                .param(D)
                .query(Long.class)
                .single();
        // The test's transaction, so that the rollback undoes the tagging.
        Connection connection = DataSourceUtils.getConnection(dataSource);

        EntityTagger.fromDatabase(connection)
                .tag(
                        connection,
                        article,
                        "Putin in Moscow",
                        List.of("Moscow mourns.", "President Putin and\nVladimir Putin."));

        assertThat(mentionCounts(article)).containsOnly(entry("vladimir-putin", 3), entry("moscow", 2));
    }

    @Test
    void taggingManyArticlesAtOnceGivesEachTheRowsTaggingItAloneWould() throws SQLException {
        List<Long> articles =
                jdbc.sql("select id from article order by id").query(Long.class).list();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        EntityTagger tagger = EntityTagger.fromDatabase(connection);
        List<EntityTagger.Text> texts = List.of(
                new EntityTagger.Text(articles.get(0), "Putin in Moscow", List.of("Moscow mourns.")),
                new EntityTagger.Text(articles.get(1), "Nothing named", List.of("no one at all")),
                new EntityTagger.Text(articles.get(2), "", List.of("Шойгу встретился с Путиным в Москве.")));
        Map<String, Integer> untouched = mentionCounts(articles.get(3));

        tagger.tagAll(jdbc, texts);

        assertThat(mentionCounts(articles.get(0))).containsOnly(entry("vladimir-putin", 1), entry("moscow", 2));
        assertThat(mentionCounts(articles.get(1))).as("its old rows are gone").isEmpty();
        assertThat(mentionCounts(articles.get(2)))
                .containsOnly(entry("sergei-shoigu", 1), entry("vladimir-putin", 1), entry("moscow", 1));
        assertThat(mentionCounts(articles.get(3)))
                .as("an article not given is left alone")
                .isNotEmpty()
                .isEqualTo(untouched);
    }

    @Test
    void theGazetteerLoadsEachEntityWithItsAliases() throws SQLException {
        List<GazetteerEntry> gazetteer = EntityTagger.loadGazetteer(DataSourceUtils.getConnection(dataSource));

        assertThat(gazetteer)
                .filteredOn(entity -> entity.slug().equals("north-korea"))
                .singleElement()
                .satisfies(northKorea -> {
                    assertThat(northKorea.kind()).isEqualTo(EntityKind.PLACE);
                    assertThat(northKorea.aliases())
                            .contains("North Korea", "DPRK", "Democratic People's Republic of Korea");
                });
    }

    @Test
    void theAliasTableHoldsEveryNameSoNoOtherEntityCanTakeIt() {
        List<String> namesWithoutAlias = jdbc.sql("""
                        select e.name from entity e
                        where not exists (select 1 from entity_alias a where a.entity_id = e.id and a.alias = e.name)
                        """).query(String.class).list();

        assertThat(namesWithoutAlias).isEmpty();
    }

    private Map<String, Integer> mentionCounts(long article) {
        return jdbc
                .sql("""
                        select e.slug, ae.mention_count
                        from article_entity ae
                        join entity e on e.id = ae.entity_id
                        where ae.article_id = ?
                        """)
                .param(article)
                .query((row, n) -> Map.entry(row.getString("slug"), row.getInt("mention_count")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
