package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticle;

/** What sets the reports of an event apart, and the wording they share. */
class ReportComparisonTest {

    private static final String A = "000_9fdcb7eda448ad73.txt";
    private static final String B = "001_63f00d1e24bae175.txt";
    private static final String E = "004_45fa822bdd41d378.txt";

    private static String body(String file) {
        return String.join("\n", SeedArticle.ofFile(file).lines());
    }

    private static ReportComparison.Report report(long id, String text) {
        return new ReportComparison.Report(id, text, Set.of());
    }

    @Test
    void theThreeSeptemberSeedsShareNoSentence() {
        Map<Long, ReportComparison.Findings> findings =
                ReportComparison.compare(List.of(report(0, body(A)), report(1, body(B)), report(4, body(E))));

        assertThat(findings.values())
                .allSatisfy(found -> assertThat(found.shared()).isEmpty());
    }

    @Test
    void theShareOfATextsWordTriplesInAnotherTellsACopyFromAnIndependentReport() {
        String original = body(E);
        String reworded = original.replace("Putin", "the Russian president");
        assertThat(reworded).isNotEqualTo(original);

        assertThat(WordTriples.shareOf(original, original)).isEqualTo(1.0);
        assertThat(WordTriples.shareOf(reworded, original)).isGreaterThan(0.8).isLessThan(1.0);
        // Written apart, the September reports share a few names ("kim jong un") and nothing more.
        assertThat(WordTriples.shareOf(body(A), original)).isLessThan(0.1);
        assertThat(WordTriples.shareOf("Too short.", original)).isZero();
    }

    @Test
    void aCopiedSentenceIsFoundSharedEvenReworded() {
        String copied = "Kim left his mark by signing the visitor's book with the words of his host.";
        String original = "The summit lasted hours. " + copied + " Putin smiled.";
        String rewrite = "Elsewhere the day was quiet. "
                + "Kim Left His Mark, by signing the visitor’s book with the words of his host! And more.";

        Map<Long, ReportComparison.Findings> findings =
                ReportComparison.compare(List.of(report(4, original), report(9, rewrite)));

        assertThat(findings.get(9L).shared()).singleElement().satisfies(shared -> {
            assertThat(shared.sentence()).startsWith("Kim Left His Mark");
            assertThat(shared.alsoIn()).containsExactly(4L);
        });
        assertThat(findings.get(4L).shared())
                .extracting(ReportComparison.SharedSentence::sentence)
                .containsExactly(copied);
    }

    @Test
    void sharedNamesAndSetPhrasesAloneAreNotSharedWording() {
        String one = "North Korean leader Kim Jong Un met President Vladimir Putin in Russia on Wednesday.";
        String other = "Talks between Kim Jong Un and President Vladimir Putin covered arms and space.";

        Map<Long, ReportComparison.Findings> findings =
                ReportComparison.compare(List.of(report(1, one), report(2, other)));

        assertThat(findings.values())
                .allSatisfy(found -> assertThat(found.shared()).isEmpty());
    }

    @Test
    void eachReportKeepsWhatOnlyItHas() {
        Map<Long, ReportComparison.Findings> findings = ReportComparison.compare(List.of(
                new ReportComparison.Report(0, body(A), Set.of(1L, 2L, 10L)),
                new ReportComparison.Report(1, body(B), Set.of(1L, 2L)),
                new ReportComparison.Report(4, body(E), Set.of(1L, 2L, 20L, 21L))));

        assertThat(findings.get(0L).onlyEntityIds()).containsExactly(10L);
        assertThat(findings.get(0L).onlyQuotations()).containsExactly("gift from the heart");
        assertThat(findings.get(0L).onlyFigures()).containsExactly("115,000 items", "200 countries");
        assertThat(findings.get(4L).onlyEntityIds()).containsExactlyInAnyOrder(20L, 21L);
        assertThat(findings.get(4L).onlyQuotations()).containsExactly("Glory to Russia");
        assertThat(findings.get(1L).onlyEntityIds()).isEmpty();
        assertThat(findings.get(1L).onlyQuotations()).isEmpty();
    }

    @Test
    void aQuotationAnotherReportHasUnquotedIsNotItsAlone() {
        Map<Long, ReportComparison.Findings> findings = ReportComparison.compare(List.of(
                report(1, "Kim wrote “Glory to Russia.” in the book."),
                report(2, "He wrote glory to Russia in the visitors' book.")));

        assertThat(findings.get(1L).onlyQuotations()).isEmpty();
    }

    @Test
    void containmentIsTheShareOfASentencesTriplesFoundInTheOtherText() {
        Set<String> sentence = WordTriples.of("one two three four five");

        assertThat(sentence).containsExactly("one two three", "two three four", "three four five");
        assertThat(ReportComparison.containment(sentence, WordTriples.of("zero one two three four six")))
                .isEqualTo(2.0 / 3);
    }
}
