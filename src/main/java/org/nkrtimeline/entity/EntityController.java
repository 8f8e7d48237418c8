package org.nkrtimeline.entity;

import java.util.List;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class EntityController {

    private final EntityRepository entities;
    private final TimelineService timeline;

    EntityController(EntityRepository entities, TimelineService timeline) {
        this.entities = entities;
        this.timeline = timeline;
    }

    @GetMapping("/entities")
    String index(Model model) {
        model.addAttribute("kinds", EntityKind.group(entities.findAllSummaries(), summary -> summary.entity().kind()));
        return "entities";
    }

    @GetMapping("/entities/{slug}")
    String entity(@PathVariable String slug, Model model) {
        EntitySummary summary = entities.findSummaryBySlug(slug).orElseThrow(() -> new EntityNotFoundException(slug));
        TimelineFilter mentioning = TimelineFilter.ALL.withEntities(List.of(summary.entity().slug()));
        model.addAttribute("page", new EntityPage(summary, timeline.timeline(mentioning, TimelineCursor.FIRST_PAGE)));
        return "entity";
    }
}
