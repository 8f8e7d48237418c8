package org.nkrtimeline.timeline;

import org.nkrtimeline.entity.EntityNotFoundException;
import org.nkrtimeline.entity.EntityRepository;
import org.nkrtimeline.entity.EntitySummary;
import org.nkrtimeline.event.EventService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's, place's or organisation's page: who or what it is, the events its reports name it in,
 * then the timeline of the articles that mention it.
 */
@Controller
class EntityTimelineController {

    /** The events an entity's page lists: the latest, with a count of all. */
    static final int EVENTS_SHOWN = 10;

    private final EntityRepository entities;
    private final EventService events;
    private final TimelineService timeline;

    EntityTimelineController(EntityRepository entities, EventService events, TimelineService timeline) {
        this.entities = entities;
        this.events = events;
        this.timeline = timeline;
    }

    @GetMapping("/entities/{slug}")
    String entity(@PathVariable String slug, Model model) {
        EntitySummary summary = entities.findSummaryBySlug(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        TimelineFilter mentioning = TimelineFilter.ofEntityPage(summary.entity().slug());
        model.addAttribute(
                "page",
                new EntityPage(
                        summary,
                        events.naming(summary.entity().id(), summary.articleCount(), EVENTS_SHOWN),
                        timeline.timeline(mentioning, TimelineCursor.FIRST_PAGE)));
        return "entity";
    }
}
