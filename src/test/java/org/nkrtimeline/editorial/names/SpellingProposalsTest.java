package org.nkrtimeline.editorial.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.names.SpellingProposals.Proposal;
import org.nkrtimeline.entity.Script;

/** What ICU4J's transliterators propose for a name, and what they leave out. */
class SpellingProposalsTest {

    private final SpellingProposals proposals = new SpellingProposals();

    private List<String> proposed(String name, List<String> spellings, Script script) {
        return proposals.propose(name, spellings).stream()
                .filter(proposal -> proposal.script() == script)
                .map(Proposal::spelling)
                .toList();
    }

    @Test
    void englishTranscriptionsOfRussianNamesBecomeTheirCyrillicSpelling() {
        assertThat(proposed("Sergei Shoigu", List.of("Sergei Shoigu"), Script.CYRILLIC))
                .containsExactly("Сергей Шойгу");
        assertThat(proposed("Maria Zakharova", List.of(), Script.CYRILLIC)).containsExactly("Мария Захарова");
        assertThat(proposed("Khabarovsk", List.of(), Script.CYRILLIC)).containsExactly("Хабаровск");
        assertThat(proposed("Tsiolkovsky", List.of(), Script.CYRILLIC)).containsExactly("Циолковский");
    }

    @Test
    void everyNameGetsAHangulProposalInHangulOnly() {
        List<Proposal> hangul = proposals.propose("Vladimir Putin", List.of()).stream()
                .filter(proposal -> proposal.script() == Script.HANGUL)
                .toList();

        assertThat(hangul).singleElement().satisfies(proposal -> {
            assertThat(Script.of(proposal.spelling())).contains(Script.HANGUL);
            assertThat(proposal.from()).isEqualTo("Vladimir Putin");
            assertThat(proposal.method()).isEqualTo("ICU4J Latin-Hangul");
        });
    }

    @Test
    void hangulAndCyrillicSpellingsAreRomanised() {
        List<String> spellings = List.of("Kim Jong Un", "김정은", "Ким Чен Ын");

        assertThat(proposed("Kim Jong Un", spellings, Script.LATIN)).containsExactly("Gimjeong-Eun", "Kim Chen Yn");
    }

    @Test
    void aSpellingWithAccentsIsProposedWithout() {
        assertThat(proposed("Kim Jong Un", List.of("Kim Jong Un", "Kim Chŏng-ŭn"), Script.LATIN))
                .containsExactly("Kim Chong-un");
    }

    @Test
    void whatTheEntityHasAlreadyInAnyCaseIsNotProposed() {
        assertThat(proposed("Sergei Shoigu", List.of("Sergei Shoigu", "сергей шойгу"), Script.CYRILLIC))
                .isEmpty();
        assertThat(proposed("Kim Jong Un", List.of("Kim Jong Un", "김정은", "GIMJEONG-EUN"), Script.LATIN))
                .isEmpty();
    }
}
