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
 */
public final class EventProposer {

    static final double MIN_SCORE = 0.35;
    static final double MIN_SHARED = 0.15;
    private static final double SHARED_WEIGHT = 0.7;
    private static final double CLOSENESS_WEIGHT = 0.3;
    private static final double CLOSENESS_DAYS = 30;

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
     */
    public record Proposal(Candidate event, double score, List<String> shared, Long daysApart) {

        public boolean isNewEvent() {
            return event == null;
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

    /** The best of {@code events} for the article, or a new event when none is close enough. */
    public static Proposal propose(Subject article, List<Candidate> events, Rarity rarity) {
        List<Proposal> ranked = ranked(article, events, rarity);
        return !ranked.isEmpty() && ranked.get(0).score() >= MIN_SCORE
                ? ranked.get(0)
                : new Proposal(null, 0, List.of(), null);
    }

    /**
     * Every one of {@code events} scored for the article, best first (of equal scores, the first
     * given), those below {@link #MIN_SCORE} included: the editor may pick another than the proposal.
     */
    public static List<Proposal> ranked(Subject article, List<Candidate> events, Rarity rarity) {
        List<Proposal> scored = new ArrayList<>();
        for (Candidate event : events) {
            scored.add(score(article, event, rarity));
        }
        // A stable sort: of equal scores the first given stays first, as propose has always chosen.
        scored.sort(Comparator.comparingDouble(Proposal::score).reversed());
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
        return new Proposal(event, score, List.copyOf(shared), daysApart);
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
