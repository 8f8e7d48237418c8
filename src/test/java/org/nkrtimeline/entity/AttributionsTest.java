package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.EntityKind;

class AttributionsTest {

    private static final GazetteerEntry KCNA =
            new GazetteerEntry(1, "kcna", "Korean Central News Agency", EntityKind.ORGANISATION, "", List.of("KCNA"));
    private static final GazetteerEntry INTELLIGENCE = new GazetteerEntry(
            2,
            "south-korean-intelligence",
            "South Korean intelligence",
            EntityKind.ORGANISATION,
            "",
            List.of("South Korea's spy agency"));
    private static final GazetteerEntry TASS =
            new GazetteerEntry(3, "tass", "TASS", EntityKind.ORGANISATION, "", List.of());
    private static final GazetteerEntry PESKOV =
            new GazetteerEntry(4, "dmitry-peskov", "Dmitry Peskov", EntityKind.PERSON, "", List.of("Peskov"));
    private static final GazetteerEntry RUSSIA =
            new GazetteerEntry(5, "russia", "Russia", EntityKind.PLACE, "", List.of());

    private final Attributions attributions = new Attributions(List.of(KCNA, INTELLIGENCE, TASS, PESKOV, RUSSIA));

    private List<GazetteerEntry> attributed(String text) {
        return attributions.find(List.of(text)).stream()
                .map(Attribution::entity)
                .toList();
    }

    @Test
    void findsAnEntityInAReportingPhraseBeforeIt() {
        assertThat(attributed("The message, as reported by the KCNA state news agency, was warm."))
                .containsExactly(KCNA);
        assertThat(attributed("According to TASS, the talks lasted hours.")).containsExactly(TASS);
        assertThat(attributed("Citing South Korea's spy agency, lawmakers said so."))
                .containsExactly(INTELLIGENCE);
    }

    @Test
    void findsAnEntityFollowedByAReportingVerbMaybeAfterWordsThatSayWhatKindOfSourceItIs() {
        assertThat(attributed("Peskov said the visit was useful.")).containsExactly(PESKOV);
        assertThat(attributed("The meeting follows South Korean intelligence suggesting troop deployments."))
                .containsExactly(INTELLIGENCE);
        assertThat(attributed("KCNA state news agency reported the visit.")).containsExactly(KCNA);
        assertThat(attributed("Russia's foreign ministry said nothing new.")).containsExactly(RUSSIA);
    }

    @Test
    void aMentionOutsideAReportingPhraseAttributesNothing() {
        assertThat(attributed("Russia's invasion was reported widely.")).isEmpty();
        assertThat(attributed("Kim told TASS reporters nothing.")).isEmpty();
        assertThat(attributed("KCNA is North Korea's state news agency.")).isEmpty();
        assertThat(attributed("The unknown agency said so, according to Reuters."))
                .as("not in the gazetteer")
                .isEmpty();
    }

    @Test
    void givesEachEntityOnceWithTheFirstSentenceThatAttributesToItInTextOrder() {
        List<Attribution> found = attributions.find(
                List.of("Kim met Putin. TASS reported the talks. KCNA said they were warm.", "TASS said so again."));

        assertThat(found)
                .containsExactly(
                        new Attribution(TASS, "TASS reported the talks."),
                        new Attribution(KCNA, "KCNA said they were warm."));
    }

    @Test
    void aLongSentenceIsReadQuickly() {
        String sentence = "according to ".repeat(20_000) + "KCNA said " + "x ".repeat(50_000);

        List<GazetteerEntry> found = assertTimeout(Duration.ofSeconds(2), () -> attributed(sentence));

        assertThat(found).containsExactly(KCNA);
    }
}
