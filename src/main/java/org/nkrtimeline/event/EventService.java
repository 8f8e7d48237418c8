package org.nkrtimeline.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nkrtimeline.entity.Gazetteer;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EventService {

    private final EventRepository events;
    private final Gazetteer gazetteer;
    private final SiteText text;

    EventService(EventRepository events, Gazetteer gazetteer, SiteText text) {
        this.events = events;
        this.gazetteer = gazetteer;
        this.text = text;
    }

    /**
     * The event's page. An event none of whose reports readers may see is not found: an event with no
     * report yet is the editors' work in progress.
     */
    @Transactional(readOnly = true)
    public EventPage page(String slug) {
        Event event = events.findBySlug(slug).orElseThrow(() -> new EventNotFoundException(slug));
        List<EventReport> reports = events.findPublicReports(event.id());
        if (reports.isEmpty()) {
            throw new EventNotFoundException(slug);
        }
        Map<Long, ReportComparison.Findings> findings = ReportComparison.compare(reports.stream()
                .map(report -> new ReportComparison.Report(
                        report.articleId(),
                        report.bodyText(),
                        report.mentionCounts().keySet()))
                .toList());
        Map<Long, EventReport> byId =
                reports.stream().collect(Collectors.toMap(EventReport::articleId, Function.identity()));

        List<ReportView> views = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            views.add(view(
                    i + 1, event, reports.get(i), findings.get(reports.get(i).articleId()), byId));
        }
        List<CoverageStrip.Dated> dated = views.stream()
                .filter(view -> view.report().dates().hasPublishedDate())
                .map(view -> new CoverageStrip.Dated(
                        view.number(), view.report().dates().publishedDate(), view.lag()))
                .toList();
        return new EventPage(
                event,
                views,
                gazetteer.mentioned(totalMentions(reports)),
                events.findTopics(event.id()),
                CoverageStrip.layout(event.dates(), dated, text),
                views.stream()
                        .filter(view -> !view.report().dates().hasPublishedDate())
                        .toList());
    }

    /**
     * A page of the events readers may see, in the order of their first day, after the event
     * {@code after} (a slug) when given.
     *
     * @throws EventNotFoundException when {@code after} names no event
     */
    @Transactional(readOnly = true)
    public List<EventSummary> list(String after, int limit) {
        Long afterId = after == null
                ? null
                : events.findBySlug(after)
                        .orElseThrow(() -> new EventNotFoundException(after))
                        .id();
        return events.findPublicEvents(afterId, limit);
    }

    /**
     * The latest events readers may see whose reports name the entity {@code entityId}, for its page;
     * {@code articles}: how many public articles name it.
     */
    @Transactional(readOnly = true)
    public EventsNaming naming(long entityId, long articles, int limit) {
        return events.findPublicEventsNaming(entityId, articles, limit);
    }

    /** The address an event's former address now leads to, if it was merged into another. */
    @Transactional(readOnly = true)
    public Optional<String> mergedInto(String slug) {
        return events.findMergedInto(slug);
    }

    /**
     * The events of {@code ids} by id, for the timeline's entries: their slugs, titles and dates. The
     * timeline asks only for events it found public reports of, which readers may therefore see.
     */
    @Transactional(readOnly = true)
    public Map<Long, Event> byId(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : events.findByIds(ids);
    }

    /** The public event an article reports, for a link from its page. */
    @Transactional(readOnly = true)
    public Optional<EventLink> eventOf(long articleId) {
        return events.findPublicEventOf(articleId);
    }

    private ReportView view(
            int number, Event event, EventReport report, ReportComparison.Findings found, Map<Long, EventReport> byId) {
        Map<Long, Integer> only = new LinkedHashMap<>();
        found.onlyEntityIds().forEach(id -> only.put(id, report.mentionCounts().get(id)));
        return new ReportView(
                number,
                report,
                ReportLag.of(event.dates(), report.dates()),
                gazetteer.mentioned(only).stream().map(MentionedEntity::entity).toList(),
                found.onlyQuotations(),
                found.onlyFigures(),
                found.shared().stream()
                        .map(shared -> new ReportView.SharedPassage(
                                shared.sentence(),
                                shared.alsoIn().stream().map(byId::get).toList()))
                        .toList());
    }

    private static Map<Long, Integer> totalMentions(List<EventReport> reports) {
        Map<Long, Integer> total = new HashMap<>();
        reports.forEach(report -> report.mentionCounts().forEach((id, count) -> total.merge(id, count, Integer::sum)));
        return total;
    }
}
