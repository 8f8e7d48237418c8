package org.nkrtimeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which event a newly imported article most likely reports, for an editor to confirm: never applied
 * without one. An event is proposed when the article shares enough of its rarer people, places and
 * organisations with the event's reports, helped by being published close to them; otherwise a new
 * event is proposed.
 *
 * <p>The score is {@code 0.7 × shared + 0.3 × closeness}. "Shared" is the part of the article's
 * entity weight that the event's reports also name, each entity weighted by its rarity in the
 * collection ({@code ln(N / articles naming it)}: an entity every article names, such as North Korea,
 * weighs nothing). "Closeness" is {@code exp(-days / 30)} between the article's publication and the
 * nearest report's, 0 when either is undated. An event is proposed only with a score of at least
 * {@link #MIN_SCORE} and a shared part of at least {@link #MIN_SHARED}, so that a day full of unrelated
 * events never groups articles by their date alone. docs/events.md gives the measurement on the seeds.
 *
 * <p>Then the wording: the {@link #REWORDED} best events by names and time gain {@code 0.3 × wording},
 * the largest share of the article's word triples found in one of their reports. Reports written apart
 * share under a tenth of their triples (names and set phrases: the seeds' September reports, none a
 * sentence), so it moves them little; a rewrite or copy shares over half, so it is lifted over the
 * threshold and above events alike in names and dates. Only the best few are compared, because each
 * comparison reads the reports' texts.
 */
public final class EventProposer {

    static final double MIN_SCORE = 0.35;
    static final double MIN_SHARED = 0.15;
    private static final double SHARED_WEIGHT = 0.7;
    private static final double CLOSENESS_WEIGHT = 0.3;
    private static final double CLOSENESS_DAYS = 30;
    private static final double WORDING_WEIGHT = 0.3;

    /** How many of the best events by names and time are compared with the article's wording. */
    static final int REWORDED = 10;

    /**
     * How much of the article's wording each event's reports have: for each of {@code events} (by slug),
     * the largest share of the article's word triples found in one report, from 0 to 1.
     */
    @FunctionalInterface
    public interface Wording {

        /** No wording known: names and time alone. */
        Wording NONE = events -> Map.of();

        Map<String, Double> shares(List<Candidate> events);
    }

    /** What the proposer knows of an article: its entities' slugs and its publication date (or null). */
    public record Subject(Set<String> entities, LocalDate published) {}

    /**
     * An existing event, as its reports describe it.
     *
     * @param entities  the slugs of the entities any of its reports names
     * @param published its reports' publication dates, the undated left out
     */
    public record Candidate(String slug, String title, Set<String> entities, List<LocalDate> published) {}

    /**
     * A proposal: an existing event, or a new one when {@code event} is null.
     *
     * @param shared    the shared entities that carry weight, rarest first
     * @param daysApart days from the article's publication to the nearest report's; null when unknown
     * @param wording   the largest share of the article's word triples in one of the event's reports;
     *                  0 when not compared
     */
    public record Proposal(Candidate event, double score, List<String> shared, Long daysApart, double wording) {

        public boolean isNewEvent() {
            return event == null;
        }

        /** The proposal with the wording's share added to its score (an event scored 0 stays 0: no names shared). */
        Proposal withWording(double share) {
            return score == 0 || share == 0
                    ? this
                    : new Proposal(event, score + WORDING_WEIGHT * share, shared, daysApart, share);
        }
    }

    /** How many of the collection's articles name each entity, and how many articles there are. */
    public record Rarity(long articles, Map<String, Long> articlesNaming) {

        double weight(String entity) {
            long naming = articlesNaming.getOrDefault(entity, 0L);
            return naming == 0 || articles == 0 ? 0 : Math.max(0, Math.log((double) articles / naming));
        }
    }

    private EventProposer() {}

    /** The best of {@code events} for the article by names and time, or a new event when none is close enough. */
    public static Proposal propose(Subject article, List<Candidate> events, Rarity rarity) {
        return propose(ranked(article, events, rarity, Wording.NONE));
    }

    /** The first of a ranking ({@link #ranked}), or a new event when it is not close enough. */
    public static Proposal propose(List<Proposal> ranked) {
        return !ranked.isEmpty() && ranked.get(0).score() >= MIN_SCORE
                ? ranked.get(0)
                : new Proposal(null, 0, List.of(), null, 0);
    }

    /** {@link #ranked(Subject, List, Rarity, Wording)} by names and time alone. */
    public static List<Proposal> ranked(Subject article, List<Candidate> events, Rarity rarity) {
        return ranked(article, events, rarity, Wording.NONE);
    }

    /**
     * Every one of {@code events} scored for the article, best first (of equal scores, the first
     * given), those below {@link #MIN_SCORE} included: the editor may pick another than the proposal.
     * The {@link #REWORDED} best that share names with it are compared with its wording, once.
     */
    public static List<Proposal> ranked(Subject article, List<Candidate> events, Rarity rarity, Wording wording) {
        List<Proposal> scored = new ArrayList<>();
        for (Candidate event : events) {
            scored.add(score(article, event, rarity));
        }
        // Stable sorts: of equal scores the first given stays first, as propose has always chosen.
        scored.sort(Comparator.comparingDouble(Proposal::score).reversed());
        List<Candidate> compared = scored.stream()
                .filter(proposal -> proposal.score() > 0)
                .limit(REWORDED)
                .map(Proposal::event)
                .toList();
        if (!compared.isEmpty()) {
            Map<String, Double> shares = wording.shares(compared);
            scored.replaceAll(proposal -> compared.contains(proposal.event())
                    ? proposal.withWording(shares.getOrDefault(proposal.event().slug(), 0.0))
                    : proposal);
            scored.sort(Comparator.comparingDouble(Proposal::score).reversed());
        }
        return List.copyOf(scored);
    }

    static Proposal score(Subject article, Candidate event, Rarity rarity) {
        double own = article.entities().stream().mapToDouble(rarity::weight).sum();
        List<String> shared = new ArrayList<>(article.entities().stream()
                .filter(event.entities()::contains)
                .filter(entity -> rarity.weight(entity) > 0)
                .toList());
        shared.sort(Comparator.comparingDouble(rarity::weight).reversed().thenComparing(Comparator.naturalOrder()));
        double sharedPart =
                own == 0 ? 0 : shared.stream().mapToDouble(rarity::weight).sum() / own;
        Long daysApart = daysApart(article.published(), event.published());
        double closeness = daysApart == null ? 0 : Math.exp(-daysApart / CLOSENESS_DAYS);
        double score = sharedPart < MIN_SHARED ? 0 : SHARED_WEIGHT * sharedPart + CLOSENESS_WEIGHT * closeness;
        return new Proposal(event, score, List.copyOf(shared), daysApart, 0);
    }

    private static Long daysApart(LocalDate published, List<LocalDate> reports) {
        if (published == null) {
            return null;
        }
        return reports.stream()
                .map(report -> Math.abs(ChronoUnit.DAYS.between(published, report)))
                .min(Long::compare)
                .orElse(null);
    }
}
