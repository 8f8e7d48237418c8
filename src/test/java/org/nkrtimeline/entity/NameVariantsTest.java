package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a search is rewritten: variants into their entity's English names, nothing else touched. */
class NameVariantsTest {

    private static final List<NameVariants.Row> GAZETTEER = List.of(
            new NameVariants.Row("kim-jong-un", "Kim Jong Un", false),
            new NameVariants.Row("kim-jong-un", "Kim", false),
            new NameVariants.Row("kim-jong-un", "김정은", true),
            new NameVariants.Row("kim-jong-un", "Kim Jong Eun", true),
            new NameVariants.Row("kim-yo-jong", "Kim Yo Jong", false),
            new NameVariants.Row("sergei-shoigu", "Sergei Shoigu", false),
            new NameVariants.Row("sergei-shoigu", "Shoigu", false),
            new NameVariants.Row("sergei-shoigu", "Шойгу", true));

    private static NameVariants.Expansion expand(String query) {
        return NameVariants.expand(query, NameVariants.build(GAZETTEER));
    }

    @Test
    void aVariantBecomesItselfOrTheEntitysEnglishNamesLeavingOutAWordOfAnotherName() {
        NameVariants.Expansion expansion = expand("김정은 drones");

        assertThat(expansion.query()).isEqualTo("\"김정은\" or \"Kim Jong Un\" drones");
        assertThat(expansion.alsoSearched()).containsExactly("Kim Jong Un");
    }

    @Test
    void aLongerVariantWinsAcrossHyphensAndCaseAndAnExcludedOneExcludesAll() {
        assertThat(expand("kim jong-eun -Шойгу").query())
                .isEqualTo("\"Kim Jong Eun\" or \"Kim Jong Un\" -\"Шойгу\" -\"Sergei Shoigu\" -\"Shoigu\"");
        assertThat(expand("\"Шойгу\" or Putin").query())
                .isEqualTo("\"Шойгу\" or \"Sergei Shoigu\" or \"Shoigu\" or Putin");
    }

    @Test
    void wordsThatOnlyContainAVariantAndEnglishNamesAreLeftAlone() {
        assertThat(expand("Шойгуев Shoigu Kim").alsoSearched()).isEmpty();
        assertThat(expand("Шойгуев Shoigu Kim").query()).isEqualTo("Шойгуев Shoigu Kim");
        assertThat(expand("\"Шойгу said\"").query()).isEqualTo("\"Шойгу said\"");
    }

    @Test
    void stressMarksAndAccentsAreIgnored() {
        assertThat(NameVariants.key("Шойгу\u0301")).isEqualTo(NameVariants.key("шойгу"));
        assertThat(NameVariants.key("Kim  Jong–Eun")).isEqualTo("kim jong eun");
    }
}
