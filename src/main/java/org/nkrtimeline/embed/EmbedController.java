package org.nkrtimeline.embed;

import org.nkrtimeline.event.EventNotFoundException;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.timeline.ParameterForm;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelinePage;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.web.Redirects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Compact, read-only pages for other sites' iframes: a timeline view with every parameter of the
 * timeline, and an event with its coverage strip. No site chrome; links open the full page in a new
 * tab, the embedded timeline's own pages stay in its frame.
 */
@Controller
class EmbedController {

    static final String PATH = "/embed";

    private final TimelineService timeline;
    private final EventService events;
    private final EmbedLinks links;

    EmbedController(TimelineService timeline, EventService events, EmbedLinks links) {
        this.timeline = timeline;
        this.events = events;
        this.links = links;
    }

    @GetMapping(PATH)
    String timeline(TimelineFilter filter, TimelineCursor cursor, ParameterForm form, Model model) {
        if (form != ParameterForm.CANONICAL) {
            return "redirect:" + PATH + cursor.link(filter).substring(1);
        }
        TimelinePage page = timeline.timeline(filter, cursor);
        if (page.isEmpty() && !cursor.isFirstPage()) {
            return "redirect:" + filter.link(PATH);
        }
        model.addAttribute("page", page);
        model.addAttribute("title", links.title(filter));
        model.addAttribute("embedded", true);
        model.addAttribute("embedPaging", page.paging().at(PATH));
        model.addAttribute("fullPage", cursor.link(filter));
        return "embed/timeline";
    }

    /** At the address of an event merged into another, a permanent redirect to that one's embed. */
    @GetMapping(PATH + "/events/{slug}")
    ModelAndView event(@PathVariable String slug, Model model) {
        try {
            model.addAttribute("eventPage", events.page(slug));
            model.addAttribute("embedded", true);
            return new ModelAndView("embed/event");
        } catch (EventNotFoundException notFound) {
            return events.mergedInto(slug)
                    .map(into -> new ModelAndView(Redirects.movedPermanently(PATH + "/events/" + into)))
                    .orElseThrow(() -> notFound);
        }
    }
}
