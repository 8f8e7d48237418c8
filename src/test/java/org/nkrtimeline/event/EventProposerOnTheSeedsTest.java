package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.event.EventProposer.Candidate;
import org.nkrtimeline.event.EventProposer.Proposal;
import org.nkrtimeline.event.EventProposer.Rarity;
import org.nkrtimeline.event.EventProposer.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measurement issue 18 asks for: the five seeds imported one at a time in the order of their
 * files, each joining the event proposed for it (as an editor confirming every proposal would) or
 * starting a new one, from what the texts give: the entities the recogniser tagged and the
 * publication date of the header, read as the app reads them for a proposal (EventAssignments).
 * The editors' grouping (seed-facts.md) is reproduced exactly.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EventAssignments.class)
class EventProposerOnTheSeedsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventAssignments assignments;

    @Test
    void confirmingEveryProposalGroupsTheSeedsAsTheEditorsDid() {
        Map<String, Subject> seeds = new LinkedHashMap<>();
        for (String slug : jdbc.sql("select slug from public_article order by source_file")
                .query(String.class)
                .list()) {
            seeds.put(slug, subject(slug));
        }
        Rarity rarity = rarity();
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        List<List<String>> groups = new ArrayList<>();
        for (Map.Entry<String, Subject> seed : seeds.entrySet()) {
            List<Candidate> events = new ArrayList<>();
            for (List<String> group : groups) {
                events.add(candidate(group, seeds));
            }
            Proposal proposal = EventProposer.propose(
                    EventProposer.ranked(seed.getValue(), events, rarity, wording(seed.getKey(), groups)));
            proposals.put(seed.getKey(), proposal);
            if (proposal.isNewEvent()) {
                groups.add(new ArrayList<>(List.of(seed.getKey())));
            } else {
                groups.get(events.indexOf(proposal.event())).add(seed.getKey());
            }
        }

        assertThat(groups).containsExactlyInAnyOrder(List.of(A, B, E), List.of(C), List.of(D));
        assertThat(proposals.get(B).shared()).containsExactly("un-security-council");
        assertThat(proposals.get(B).daysApart()).isEqualTo(2);
        assertThat(proposals.get(E).shared()).containsExactly("vladivostok", "sergei-shoigu", "vladimir-putin");
        assertThat(proposals.get(E).daysApart()).isZero();
        // Taken with room to spare: 0.46 and 0.50 against 0.35 (docs/events.md).
        assertThat(proposals.get(B).score()).isGreaterThan(EventProposer.MIN_SCORE + 0.1);
        assertThat(proposals.get(E).score()).isGreaterThan(EventProposer.MIN_SCORE + 0.1);
        // Written apart: their wording adds little (each shares under a tenth of its triples).
        assertThat(proposals.get(B).wording()).isLessThan(0.1);
        assertThat(proposals.get(E).wording()).isLessThan(0.1);
    }

    @Test
    void aSeedsWordingIsComparedWithTheOtherReportsOfAnEventOnly() {
        Candidate september = new Candidate("kim-jong-un-visits-russia-2023", "", Set.of(), List.of());
        Candidate condolences = new Candidate("kim-condolences-crocus-city-hall-2024", "", Set.of(), List.of());

        Map<String, Double> shares = assignments.wording(id(D)).shares(List.of(september, condolences));

        assertThat(shares).as("D, its only report, is not compared with itself").containsOnlyKeys(september.slug());
        String d = assignments.bodyOf(id(D));
        assertThat(shares.get(september.slug()))
                .isEqualTo(Math.max(
                        WordTriples.shareOf(d, assignments.bodyOf(id(A))),
                        Math.max(
                                WordTriples.shareOf(d, assignments.bodyOf(id(B))),
                                WordTriples.shareOf(d, assignments.bodyOf(id(E))))))
                .isBetween(0.0, 0.1);
    }

    /** The seed's wording against the groups made so far, as the app compares it with events' reports. */
    private EventProposer.Wording wording(String seed, List<List<String>> groups) {
        return events -> {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (Candidate event : events) {
                List<String> group = groups.stream()
                        .filter(members -> members.get(0).equals(event.slug()))
                        .findFirst()
                        .orElseThrow();
                for (String report : group) {
                    double share = WordTriples.shareOf(assignments.bodyOf(id(seed)), assignments.bodyOf(id(report)));
                    shares.merge(event.slug(), share, Math::max);
                }
            }
            return shares;
        };
    }

    @Test
    void noSeedLeftOnItsOwnCameCloseToAnEvent() {
        Rarity rarity = rarity();
        Candidate september = candidate(List.of(A, B, E), Map.of(A, subject(A), B, subject(B), E, subject(E)));
        Candidate condolences = candidate(List.of(D), Map.of(D, subject(D)));

        assertThat(EventProposer.score(subject(C), september, rarity).score()).isLessThan(EventProposer.MIN_SCORE);
        assertThat(EventProposer.score(subject(C), condolences, rarity).score()).isLessThan(EventProposer.MIN_SCORE);
        assertThat(EventProposer.score(subject(D), september, rarity).score()).isLessThan(EventProposer.MIN_SCORE);
    }

    /** What the app gives the proposer for the seed: its tagged entities and its publication date. */
    private Subject subject(String slug) {
        return assignments.inputs(id(slug)).article();
    }

    /** The entities' rarity among the public articles, as the app weighs it. */
    private Rarity rarity() {
        return assignments.inputs(id(A)).rarity();
    }

    private long id(String slug) {
        return jdbc.sql("select id from public_article where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private static Candidate candidate(List<String> reports, Map<String, Subject> seeds) {
        Set<String> entities = new HashSet<>();
        List<LocalDate> published = new ArrayList<>();
        for (String report : reports) {
            entities.addAll(seeds.get(report).entities());
            if (seeds.get(report).published() != null) {
                published.add(seeds.get(report).published());
            }
        }
        return new Candidate(reports.get(0), reports.get(0), entities, published);
    }
}
