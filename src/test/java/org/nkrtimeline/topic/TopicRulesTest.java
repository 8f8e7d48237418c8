package org.nkrtimeline.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.E;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a rule matches, with a topic of the test's own ("test-topic") so the seeded rules cannot
 * interfere; each test rolls back.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TopicRuleRepository.class)
class TopicRulesTest {

    private static final String TOPIC = "test-topic";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TopicRuleRepository rules;

    @BeforeEach
    void addTopicWithoutRules() {
        jdbc.sql("insert into topic (slug, name, description, position) values (?, 'Test', 'For tests.', 100)")
                .param(TOPIC)
                .update();
    }

    @Test
    void wordsAreStemmedSoARuleMatchesOtherFormsOfItsWords() {
        addRule(TOPIC, "drone");

        assertThat(rules.proposeTopics("Kim returns home", "He brought back drones."))
                .contains(TOPIC);
        assertThat(rules.proposeTopics("Kim returns home", "A drone was among the gifts."))
                .contains(TOPIC);
        assertThat(rules.proposeTopics("Kim returns home", "He brought back a fur hat."))
                .doesNotContain(TOPIC);
    }

    @Test
    void caseAndAccentsAreIgnored() {
        addRule(TOPIC, "Cosmodrome");

        assertThat(rules.proposeTopics("AT THE COSMODRÔME", "")).contains(TOPIC);
    }

    @Test
    void aPhraseMatchesItsWordsInItsOrderOnly() {
        addRule(TOPIC, "defence treaty");

        assertThat(rules.proposeTopics("", "They reaffirmed the mutual defence treaty."))
                .contains(TOPIC);
        // The words in another order, or apart, are not the phrase.
        assertThat(rules.proposeTopics("", "A treaty on defence.")).doesNotContain(TOPIC);
        assertThat(rules.proposeTopics("", "Defence ministers signed a trade treaty."))
                .doesNotContain(TOPIC);
    }

    @Test
    void theHeadlineAloneIsEnough() {
        addRule(TOPIC, "space base");

        assertThat(rules.proposeTopics("Leaders meet at a space base", "They talked for hours."))
                .contains(TOPIC);
    }

    @Test
    void aTopicWithoutRulesIsNeverProposed() {
        assertThat(rules.proposeTopics("Test", "Test topic test test.")).doesNotContain(TOPIC);
        assertThat(rules.proposeTopics(id(B))).doesNotContain(TOPIC).contains("space");

        jdbc.sql("delete from topic_rule where topic_id = (select id from topic where slug = 'space')")
                .update();

        assertThat(rules.proposeTopics(id(B))).doesNotContain("space");
    }

    @Test
    void aRuleAnEditorAddsChangesTheProposalAtOnce() {
        assertThat(rules.proposeTopics(id(E))).doesNotContain("gifts-symbolism");

        // E: Kim "signing the visitor’s book with the words “Glory to Russia.”"
        addRule("gifts-symbolism", "visitor's book");

        assertThat(rules.proposeTopics(id(E)))
                .containsExactly(
                        "summit-diplomacy", "arms-military-cooperation", "gifts-symbolism", "war-in-ukraine", "space");
    }

    @Test
    void proposalsComeInTaxonomyOrder() {
        assertThat(rules.proposeTopics("Condolences and a space base", "Sanctions, drones, a summit."))
                .containsExactly(
                        "summit-diplomacy",
                        "arms-military-cooperation",
                        "sanctions-un",
                        "space",
                        "terrorism-condolences");
    }

    @Test
    void anUnknownArticleGetsNoProposals() {
        assertThat(rules.proposeTopics(Long.MAX_VALUE)).isEmpty();
    }

    /** Query syntax in a phrase is punctuation: the words around it still match, and nothing fails. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"drone\"",
                "'drone'",
                "drone!",
                "!drone",
                "drone:*",
                "drone & ",
                "(drone",
                "drone <->",
                "drone | \\",
                "drone;--",
                "\u201Cdrone\u201D"
            })
    void queryOperatorsInAPhraseAreReadAsPlainText(String phrase) {
        addRule(TOPIC, phrase);

        assertThat(rules.proposeTopics("", "Two drones.")).contains(TOPIC);
        assertThat(rules.proposeTopics("", "A fur hat.")).doesNotContain(TOPIC);
    }

    @Test
    void operatorsNeverBecomeQuerySyntax() {
        // As syntax, ":*" would make "dro" a prefix of "drones", "!gift" would match any text without
        // "gift", and "hat | rifle" would match "hat" alone.
        addRule(TOPIC, "dro:*");
        addRule(TOPIC, "!gift");
        addRule(TOPIC, "hat | rifle");

        assertThat(rules.proposeTopics("", "Two drones.")).doesNotContain(TOPIC);
        assertThat(rules.proposeTopics("", "A fur hat.")).doesNotContain(TOPIC);
        assertThat(rules.proposeTopics("", "A gift.")).contains(TOPIC);
    }

    @Test
    void hostileArticleTextIsJustText() {
        addRule(TOPIC, "drone");

        assertThat(rules.proposeTopics("'); drop table topic_rule; --", "&!:* <-> | drones \\"))
                .contains(TOPIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "the", "&!:*", "of the and"})
    void aPhraseWithoutWordsIsRefused(String phrase) {
        assertThatThrownBy(() -> addRule(TOPIC, phrase)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPhraseIsAtMostAHundredCharacters() {
        addRule(TOPIC, "drone ".repeat(16).strip());

        assertThatThrownBy(() -> addRule(TOPIC, "drone ".repeat(17)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aTopicHasEachPhraseOnce() {
        addRule(TOPIC, "drone");

        assertThatThrownBy(() -> addRule(TOPIC, "drone")).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void addRule(String topic, String phrase) {
        jdbc.sql("insert into topic_rule (topic_id, phrase) select id, ? from topic where slug = ?")
                .param(phrase)
                .param(topic)
                .update();
    }

    private long id(String article) {
        return jdbc.sql("select id from article where slug = ?")
                .param(article)
                .query(Long.class)
                .single();
    }
}
