package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.entity.EntityNotFoundException;
import org.nkrtimeline.entity.EntityRepository;
import org.nkrtimeline.entity.EntitySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's, place's or organisation's page: who or what it is, then the timeline of the articles that mention it. */
@Controller
class EntityTimelineController {

    private final EntityRepository entities;
    private final TimelineService timeline;

    EntityTimelineController(EntityRepository entities, TimelineService timeline) {
        this.entities = entities;
        this.timeline = timeline;
    }

    @GetMapping("/entities/{slug}")
    String entity(@PathVariable String slug, Model model) {
        EntitySummary summary = entities.findSummaryBySlug(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        TimelineFilter mentioning =
                TimelineFilter.ALL.withEntities(List.of(summary.entity().slug()));
        model.addAttribute("page", new EntityPage(summary, timeline.timeline(mentioning, TimelineCursor.FIRST_PAGE)));
        return "entity";
    }
}
