package org.nkrtimeline.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.Editorial;

/**
 * The editors' page of topic rules over real HTTP: it shows every rule, a phrase added there is what
 * the next import's review proposes, and a phrase that could never work is refused with a reason.
 * Only the rules a test adds are deleted after it (Editorial.reset: ids above the 84 seeded).
 */
class TopicRulePagesTest extends EditorWebTest {

    private static final String EDITOR = "rules-editor";
    private static final String PAGE = "/editor/topic-rules";
    private static final String ADD_FORM = "form[action=/editor/topic-rules]";

    private EditorSession editor;

    @BeforeEach
    void signIn() {
        editor = newEditor(EDITOR);
    }

    @Test
    void thePageListsEveryTopicInTaxonomyOrderWithEachOfItsPhrases() {
        Document page = editor.getOk(PAGE);

        List<String> topics = jdbc.sql("select slug from topic order by position")
                .query(String.class)
                .list();
        assertThat(page.select("section[id^=topic-]").eachAttr("id"))
                .containsExactlyElementsOf(
                        topics.stream().map(slug -> "topic-" + slug).toList());
        Map<String, List<String>> stored = new LinkedHashMap<>();
        for (String topic : topics) {
            stored.put(topic, jdbc.sql("""
                            select r.phrase from topic_rule r join topic t on t.id = r.topic_id
                            where t.slug = ?
                            order by lower(r.phrase), r.id""").param(topic).query(String.class).list());
        }
        for (String topic : topics) {
            assertThat(page.select("#topic-" + topic + " ul.rules > li > span").eachText())
                    .as(topic)
                    .isNotEmpty()
                    .containsExactlyElementsOf(stored.get(topic));
        }
        assertThat(page.select("ul.rules > li")).hasSize(Editorial.SEED_RULES);
        // Every topic can be chosen in the form, by its name.
        assertThat(page.select("select#topic option").eachAttr("value")).containsExactlyElementsOf(topics);
        assertThat(page.select("#topic-gifts-symbolism h2").text()).isEqualTo("Gifts & symbolism");
    }

    @Test
    void aPhraseAddedToATopicIsListedAndProposedByTheNextImportUntilItIsDeleted() {
        // The deminers article says nothing of gifts: the seeded rules do not propose the topic for it.
        assertThat(proposedForDeminers()).isNotEmpty().doesNotContain("gifts-symbolism");

        Page added = addPhrase("gifts-symbolism", "  deminers ");

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo(PAGE);
        Document page = editor.getOk(PAGE);
        assertThat(page.select(".notice").text())
                .isEqualTo("Added “deminers”. New imports are proposed the topic when their text has it.");
        assertThat(page.select("#topic-gifts-symbolism ul.rules > li > span").eachText())
                .as("stored trimmed, listed alphabetically")
                .contains("deminers")
                .containsSubsequence("deminers", "friendship exhibition");
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES + 1);
        assertThat(proposedForDeminers()).contains("gifts-symbolism");
        // The review marks the proposal beside the box too.
        assertThat(reviewOfDeminers()
                        .select("label[for=draft-0-topic-gifts-symbolism] .field-help")
                        .text())
                .isEqualTo("proposed by the rules");

        Page deleted = editor.submit(page, deleteFormOf(page, "gifts-symbolism", "deminers"), Map.of());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).isEqualTo(PAGE);
        Document after = editor.getOk(PAGE);
        assertThat(after.select(".notice").text()).isEqualTo("The rule was deleted.");
        assertThat(after.select("ul.rules > li > span").eachText()).doesNotContain("deminers");
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES);
        assertThat(proposedForDeminers()).doesNotContain("gifts-symbolism");
    }

    @Test
    void aPhraseOfSeveralWordsIsProposedOnlyForThoseWordsInThatOrder() {
        // The deminers headline says "deminers and military builders".
        assertThat(addPhrase("space", "builders military").status()).isEqualTo(302);
        assertThat(proposedForDeminers()).doesNotContain("space");

        assertThat(addPhrase("space", "military builders").status()).isEqualTo(302);
        assertThat(proposedForDeminers()).contains("space");
    }

    static List<Arguments> invalidPhrases() {
        return List.of(
                Arguments.of("summit-diplomacy", "", "Type a word or phrase."),
                Arguments.of("summit-diplomacy", "   ", "Type a word or phrase."),
                Arguments.of(
                        "summit-diplomacy",
                        "the",
                        "“the” has no word a text could match:"
                                + " common words such as “the” and punctuation are ignored."),
                Arguments.of(
                        "summit-diplomacy",
                        "of the & !",
                        "“of the & !” has no word a text could match:"
                                + " common words such as “the” and punctuation are ignored."),
                Arguments.of("summit-diplomacy", "x".repeat(101), "A phrase is one line of at most 100 characters."),
                Arguments.of("summit-diplomacy", "two\nlines", "A phrase is one line of at most 100 characters."),
                Arguments.of(
                        "summit-diplomacy",
                        "summit",
                        "The topic already has the phrase “summit”, which matches the same words."),
                Arguments.of(
                        "summit-diplomacy",
                        " summit ",
                        "The topic already has the phrase “summit”, which matches the same words."),
                Arguments.of("no-such-topic", "deminers", "Choose a topic from the list."),
                Arguments.of("", "deminers", "Choose a topic from the list."));
    }

    @ParameterizedTest
    @MethodSource("invalidPhrases")
    void aPhraseThatCannotWorkIsRefusedWithItsReasonAndNothingIsAdded(String topic, String phrase, String problem) {
        Page refused = addPhrase(topic, phrase);

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.document();
        assertThat(page.select(".form-problem").text()).isEqualTo(problem);
        assertThat(page.select("input#phrase").attr("aria-invalid")).isEqualTo("true");
        // The form keeps what was typed (a line break cannot be kept in a one-line field).
        if (!phrase.contains("\n")) {
            assertThat(page.select("input#phrase").val()).isEqualTo(phrase);
        }
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES);
        assertThat(page.select("ul.rules > li"))
                .as("the page still lists the rules")
                .hasSize(Editorial.SEED_RULES);
    }

    @Test
    void aPhraseThatDiffersFromAnExistingOneOnlyInCaseIsRefusedAsADuplicate() {
        // Matching ignores case (the page says so), so "SUMMIT" would be a second, useless "summit".
        Page refused = addPhrase("summit-diplomacy", "SUMMIT");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".form-problem").text()).startsWith("The topic already has the phrase");
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES);
    }

    @Test
    void aPhraseOfExactlyOneHundredCharactersIsAccepted() {
        String phrase = "a".repeat(100);

        assertThat(addPhrase("space", phrase).status()).isEqualTo(302);
        assertThat(editor.getOk(PAGE)
                        .select("#topic-space ul.rules > li > span")
                        .eachText())
                .contains(phrase);
    }

    @Test
    void theSamePhraseMayProposeTwoTopics() {
        // "summit" proposes Summit diplomacy; it may propose Space too: a rule is per topic.
        assertThat(addPhrase("space", "summit").status()).isEqualTo(302);
        assertThat(editor.getOk(PAGE)
                        .select("#topic-space ul.rules > li > span")
                        .eachText())
                .contains("summit");
    }

    @Test
    void deletingARuleThatIsAlreadyDeletedSaysSoWithoutAnError() {
        addPhrase("space", "deminers");
        Document page = editor.getOk(PAGE);
        String deleteForm = deleteFormOf(page, "space", "deminers");
        assertThat(editor.submit(page, deleteForm, Map.of()).status()).isEqualTo(302);
        // Following the redirect, as a browser does, shows (and uses up) the first notice.
        assertThat(editor.getOk(PAGE).select(".notice").text()).isEqualTo("The rule was deleted.");

        // The same page's form again, as from a second tab opened before the deletion.
        Page again = editor.submit(page, deleteForm, Map.of());

        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(PAGE);
        assertThat(editor.getOk(PAGE).select(".notice").text()).isEqualTo("That rule was already deleted.");
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES);
    }

    @Test
    void aNonNumericRuleIdIsABadRequestAndDeletesNothing() {
        String token =
                editor.getOk(PAGE).select(ADD_FORM + " input[name=_csrf]").val();

        Page refused = editor.post("/editor/topic-rules/abc/delete", List.of(Map.entry("_csrf", token)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from topic_rule").query(Long.class).single())
                .isEqualTo(Editorial.SEED_RULES);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Page addPhrase(String topic, String phrase) {
        return editor.submit(editor.getOk(PAGE), ADD_FORM, Map.of("topic", topic, "phrase", phrase));
    }

    /** The selector of the delete form of the rule with this phrase, found on the page under its topic. */
    private static String deleteFormOf(Document page, String topic, String phrase) {
        Element rule = page.select("#topic-" + topic + " ul.rules > li").stream()
                .filter(li -> li.selectFirst("span").text().equals(phrase))
                .findFirst()
                .orElseThrow();
        return "form[action=" + rule.selectFirst("form").attr("action") + "]";
    }

    /** The import's review of kursk-deminers.txt, uploaded by the editor; nothing is stored. */
    private Document reviewOfDeminers() {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Page review = editor.upload(editor.getOk("/editor/import"), List.of(Map.entry("kursk-deminers.txt", bytes)));
        assertThat(review.status()).isEqualTo(200);
        return review.document();
    }

    /** The topics the review ticks for kursk-deminers.txt. */
    private List<String> proposedForDeminers() {
        return reviewOfDeminers()
                .select("input[type=checkbox][name=files[0].metadata.topics][checked]")
                .eachAttr("value");
    }
}
