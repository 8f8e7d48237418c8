package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.event.EventProposer.Candidate;
import org.nkrtimeline.event.EventProposer.Proposal;
import org.nkrtimeline.event.EventProposer.Rarity;
import org.nkrtimeline.event.EventProposer.Subject;

class EventProposerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 19);

    /** 1,000 articles: Putin in 800, Kim in 900, Pyongyang in 300, Shoigu in 40, Vostochny in 5. */
    private static final Rarity RARITY = new Rarity(
            1_000,
            Map.of(
                    "vladimir-putin",
                    800L,
                    "kim-jong-un",
                    900L,
                    "pyongyang",
                    300L,
                    "sergei-shoigu",
                    40L,
                    "vostochny-cosmodrome",
                    5L));

    private static final Candidate SUMMIT = new Candidate(
            "summit",
            "Summit",
            Set.of("vladimir-putin", "kim-jong-un", "pyongyang", "vostochny-cosmodrome"),
            List.of(DAY));

    @Test
    void anArticleNamingTheEventsRarePlacesOnTheSameDaysIsProposedForIt() {
        Proposal proposal = EventProposer.propose(
                new Subject(Set.of("kim-jong-un", "vladimir-putin", "vostochny-cosmodrome"), DAY.plusDays(2)),
                List.of(SUMMIT),
                RARITY);

        assertThat(proposal.isNewEvent()).isFalse();
        assertThat(proposal.event().slug()).isEqualTo("summit");
        assertThat(proposal.shared()).containsExactly("vostochny-cosmodrome", "vladimir-putin", "kim-jong-un");
        assertThat(proposal.daysApart()).isEqualTo(2);
    }

    @Test
    void theSameDayAndOnlyTheCommonestNamesAreNotEnough() {
        Proposal proposal = EventProposer.propose(
                new Subject(Set.of("kim-jong-un", "vladimir-putin", "sergei-shoigu"), DAY), List.of(SUMMIT), RARITY);

        assertThat(proposal.isNewEvent()).isTrue();
    }

    @Test
    void anUndatedArticleNeedsMostOfItsRareNamesInCommon() {
        Subject undated = new Subject(Set.of("vostochny-cosmodrome", "pyongyang"), null);

        assertThat(EventProposer.propose(undated, List.of(SUMMIT), RARITY).event())
                .isEqualTo(SUMMIT);
        assertThat(EventProposer.propose(
                                new Subject(Set.of("pyongyang", "sergei-shoigu"), null), List.of(SUMMIT), RARITY)
                        .isNewEvent())
                .isTrue();
    }

    @Test
    void theBestScoringEventWins() {
        Candidate visit =
                new Candidate("visit", "Visit", Set.of("sergei-shoigu", "pyongyang"), List.of(DAY.plusDays(300)));

        Proposal proposal = EventProposer.propose(
                new Subject(Set.of("sergei-shoigu", "pyongyang", "vostochny-cosmodrome"), DAY.plusDays(301)),
                List.of(SUMMIT, visit),
                RARITY);

        assertThat(proposal.event()).isEqualTo(visit);
    }

    @Test
    void theRankingScoresEveryEventBestFirstAndLeadsWithTheProposal() {
        Candidate visit =
                new Candidate("visit", "Visit", Set.of("sergei-shoigu", "pyongyang"), List.of(DAY.plusDays(300)));
        Candidate unrelated = new Candidate("other", "Other", Set.of("kim-jong-un"), List.of(DAY));
        Subject article = new Subject(Set.of("sergei-shoigu", "pyongyang", "vostochny-cosmodrome"), DAY.plusDays(301));

        List<Proposal> ranked = EventProposer.ranked(article, List.of(unrelated, SUMMIT, visit), RARITY);

        assertThat(ranked).extracting(proposal -> proposal.event().slug()).containsExactly("visit", "summit", "other");
        assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(ranked.get(2).score())
                .as("below the threshold, still listed for the editor to pick")
                .isZero();
        assertThat(EventProposer.propose(article, List.of(unrelated, SUMMIT, visit), RARITY))
                .isEqualTo(ranked.get(0));
    }

    @Test
    void aRewordedCopyOfOneReportIsLiftedOverEventsAlikeInNamesAndTime() {
        Candidate march = new Candidate("march", "March", Set.of("sergei-shoigu", "pyongyang"), List.of());
        Candidate june = new Candidate("june", "June", Set.of("sergei-shoigu", "pyongyang"), List.of());
        Subject undated = new Subject(Set.of("sergei-shoigu", "pyongyang"), null);
        List<String> compared = new java.util.ArrayList<>();
        EventProposer.Wording wording = events -> {
            events.forEach(event -> compared.add(event.slug()));
            return Map.of("june", 0.8, "march", 0.04);
        };

        List<Proposal> byNames = EventProposer.ranked(undated, List.of(march, june), RARITY);
        List<Proposal> withWording = EventProposer.ranked(undated, List.of(march, june), RARITY, wording);

        assertThat(byNames.get(0).score())
                .as("a tie by names and time")
                .isEqualTo(byNames.get(1).score());
        assertThat(byNames.get(0).event()).isEqualTo(march);
        assertThat(withWording).extracting(proposal -> proposal.event().slug()).containsExactly("june", "march");
        assertThat(withWording.get(0).wording()).isEqualTo(0.8);
        assertThat(withWording.get(0).score()).isCloseTo(byNames.get(0).score() + 0.3 * 0.8, within(1e-9));
        assertThat(withWording.get(1).score()).isCloseTo(byNames.get(0).score() + 0.3 * 0.04, within(1e-9));
        assertThat(compared).containsExactlyInAnyOrder("march", "june");
    }

    @Test
    void onlyTheBestEventsThatShareNamesAreComparedAndWordingAloneProposesNothing() {
        List<Candidate> events = new java.util.ArrayList<>();
        for (int i = 0; i < EventProposer.REWORDED + 5; i++) {
            events.add(new Candidate("visit-" + i, "Visit", Set.of("sergei-shoigu"), List.of(DAY.minusDays(i))));
        }
        Candidate nothingShared = new Candidate("other", "Other", Set.of("kim-jong-un"), List.of(DAY));
        events.add(nothingShared);
        List<List<String>> asked = new java.util.ArrayList<>();
        EventProposer.Wording wording = candidates -> {
            asked.add(candidates.stream().map(Candidate::slug).toList());
            return Map.of("other", 1.0, "visit-14", 1.0);
        };

        List<Proposal> ranked =
                EventProposer.ranked(new Subject(Set.of("sergei-shoigu", "kim-jong-un"), DAY), events, RARITY, wording);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).hasSize(EventProposer.REWORDED).doesNotContain("other", "visit-14");
        assertThat(ranked.get(0).event().slug()).isEqualTo("visit-0");
        assertThat(ranked)
                .filteredOn(proposal -> proposal.event() == nothingShared)
                .singleElement()
                .satisfies(proposal -> assertThat(proposal.score()).isZero());
    }

    @Test
    void withNoEventsANewOneIsProposed() {
        assertThat(EventProposer.propose(new Subject(Set.of("pyongyang"), DAY), List.of(), RARITY)
                        .isNewEvent())
                .isTrue();
    }
}
