package org.nkrtimeline.event;

import org.nkrtimeline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    /** The event's page; at the address of an event merged into another, a permanent redirect to that one. */
    @GetMapping("/events/{slug}")
    ModelAndView event(@PathVariable String slug, Model model) {
        try {
            model.addAttribute("eventPage", events.page(slug));
            return new ModelAndView("event");
        } catch (EventNotFoundException notFound) {
            return events.mergedInto(slug)
                    .map(into -> new ModelAndView(Redirects.movedPermanently("/events/" + into)))
                    .orElseThrow(() -> notFound);
        }
    }
}
