package org.nkrtimeline.editorial.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.event.EventAssignments;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.event.EventLink;
import org.nkrtimeline.event.EventProposer;
import org.nkrtimeline.event.EventProposer.Proposal;
import org.nkrtimeline.event.NearDuplicate;
import org.nkrtimeline.event.NearDuplicates;
import org.nkrtimeline.event.ReportRole;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which event an article reports: the proposal for an editor to confirm, pick another or replace with
 * a new event, and the assignment, recorded in the article's history. Nothing is ever assigned
 * without an editor.
 */
@Service
public class ArticleEvents {

    /** How many events besides the proposal the page offers. */
    static final int ALTERNATIVES = 5;

    /** How many shared names a reason gives, rarest first. */
    static final int NAMES_IN_A_REASON = 5;

    /** The share of its wording, in percent, from which a reason names it. */
    static final int WORDING_SHOWN_FROM_PERCENT = 5;

    private final EventAssignments assignments;
    private final ArticleChangeRepository changes;
    private final NearDuplicates nearDuplicates;
    private final SiteText text;

    ArticleEvents(
            EventAssignments assignments,
            ArticleChangeRepository changes,
            NearDuplicates nearDuplicates,
            SiteText text) {
        this.assignments = assignments;
        this.changes = changes;
        this.nearDuplicates = nearDuplicates;
        this.text = text;
    }

    @Transactional(readOnly = true)
    public ArticleEventPage page(EditableArticle article) {
        String newDate = newDate(article.dates());
        Optional<EventLink> current = assignments.eventOf(article.id());
        if (current.isPresent()) {
            return new ArticleEventPage(article, current.get(), null, List.of(), ReportRole.FOLLOW_UP, newDate, null);
        }
        EventAssignments.Inputs inputs = assignments.inputs(article.id());
        List<Proposal> ranked = EventProposer.ranked(
                inputs.article(), inputs.events(), inputs.rarity(), assignments.wording(article.id()));
        Proposal proposal = EventProposer.propose(ranked);
        List<ArticleEventPage.Choice> choices = new ArrayList<>();
        ranked.stream()
                .limit(proposal.isNewEvent() ? ALTERNATIVES : ALTERNATIVES + 1)
                .forEach(scored -> choices.add(choice(scored, inputs)));
        Optional<Copied> copied = copied(article);
        if (copied.isPresent()) {
            // A copy of a report belongs to that report's event, as its rewrite, whatever the names say.
            EventLink event = copied.get().event();
            NearDuplicate original = copied.get().original();
            ArticleEventPage.Choice rewrite = new ArticleEventPage.Choice(
                    event.slug(),
                    event.title(),
                    text.get("editor.event.reason.rewrite", original.headline(), text.count(original.percent())));
            List<ArticleEventPage.Choice> withRewrite = new ArrayList<>(List.of(rewrite));
            choices.stream()
                    .filter(choice -> !choice.slug().equals(event.slug()))
                    .limit(ALTERNATIVES)
                    .forEach(withRewrite::add);
            return new ArticleEventPage(article, null, rewrite, withRewrite, ReportRole.REWRITE, newDate, original);
        }
        ReportRole role =
                !proposal.isNewEvent() && publishedFirst(inputs.article().published(), proposal)
                        ? ReportRole.FIRST_REPORT
                        : ReportRole.FOLLOW_UP;
        return new ArticleEventPage(
                article, null, proposal.isNewEvent() ? null : choices.get(0), choices, role, newDate, null);
    }

    private record Copied(NearDuplicate original, EventLink event) {}

    /** The first published article (not this one) of which this one is substantially a copy, and its event. */
    private Optional<Copied> copied(EditableArticle article) {
        return nearDuplicates.of(assignments.bodyOf(article.id())).stream()
                .filter(original -> original.id() != article.id())
                .map(original -> assignments.eventOf(original.id()).map(event -> new Copied(original, event)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Makes the article a report of the event, and says so in its history.
     *
     * @throws org.nkrtimeline.event.EventNotFoundException  no event has the address
     * @throws org.nkrtimeline.event.AlreadyReportsException the article reports an event: nothing changed
     */
    @Transactional
    public EventLink assign(EditableArticle article, String eventSlug, ReportRole role, Long rewriteOf, long editorId) {
        EventLink event = assignments.assign(article.id(), eventSlug, role);
        if (role == ReportRole.REWRITE && rewriteOf != null) {
            assignments.recordRewriteOf(article.id(), rewriteOf);
        }
        record(article, event, editorId);
        return event;
    }

    /**
     * A new event, dated as the article dates its event, with the article as its first report.
     *
     * @throws org.nkrtimeline.event.AlreadyReportsException the article reports an event: nothing changed
     */
    @Transactional
    public EventLink create(EditableArticle article, String title, String summary, long editorId) {
        EventLink event = assignments.createWithReport(article.id(), title, summary);
        record(article, event, editorId);
        return event;
    }

    /**
     * At the article's version: the assignment changes no field of the article, so an edit form opened
     * before it is not in conflict with it.
     */
    private void record(EditableArticle article, EventLink event, long editorId) {
        changes.record(
                article.id(),
                editorId,
                article.version(),
                ArticleField.EVENT,
                "none",
                event.slug() + " (" + event.role().column() + ")");
    }

    private ArticleEventPage.Choice choice(Proposal scored, EventAssignments.Inputs inputs) {
        List<String> names = scored.shared().stream()
                .limit(NAMES_IN_A_REASON)
                .map(slug -> inputs.names().getOrDefault(slug, slug))
                .toList();
        String shares = names.isEmpty()
                ? text.get("editor.event.reason.nothingShared")
                : text.get("editor.event.reason.shares", String.join(text.get("editor.event.reason.separator"), names));
        String apart = scored.daysApart() == null
                ? text.get("editor.event.reason.undated")
                : text.get("editor.event.reason.apart", scored.daysApart(), text.count(scored.daysApart()));
        String reason = text.get("editor.event.reason", shares, apart);
        long wordingPercent = Math.round(100 * scored.wording());
        // Under 5%, what two reports share is names and set phrases, which the reason already gives.
        if (wordingPercent >= WORDING_SHOWN_FROM_PERCENT) {
            reason = text.get(
                    "editor.event.reason.withWording", reason, text.get("editor.event.reason.wording", wordingPercent));
        }
        return new ArticleEventPage.Choice(scored.event().slug(), scored.event().title(), reason);
    }

    /** Whether the article appeared before every dated report of the proposed event. */
    private static boolean publishedFirst(LocalDate published, Proposal proposal) {
        List<LocalDate> reports = proposal.event().published();
        return published != null && !reports.isEmpty() && reports.stream().allMatch(published::isBefore);
    }

    private String newDate(ArticleDates dates) {
        if (dates.eventDate() == null) {
            return text.get("editor.event.new.undated");
        }
        String day = new EventDates(dates.eventDate(), null, dates.eventPrecision(), dates.eventEstimated(), null, null)
                .startText(text);
        return text.get(dates.eventEstimated() ? "editor.event.new.estimated" : "editor.event.new.dated", day);
    }
}
