package org.nkrtimeline.entity;

import org.nkrtimeline.collection.EntityKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The index of the people, places and organisations; each one's page is a timeline view (timeline package). */
@Controller
class EntityController {

    private final EntityRepository entities;

    EntityController(EntityRepository entities) {
        this.entities = entities;
    }

    @GetMapping("/entities")
    String index(Model model) {
        model.addAttribute(
                "kinds",
                EntityKind.group(
                        entities.findAllSummaries(), summary -> summary.entity().kind()));
        return "entities";
    }
}
