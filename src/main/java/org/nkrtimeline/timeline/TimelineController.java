package org.nkrtimeline.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TimelineController {

    private final TimelineService timeline;

    TimelineController(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/")
    String timeline(TimelineFilter filter, TimelineCursor cursor, ParameterForm form, Model model) {
        if (form != ParameterForm.CANONICAL) {
            return "redirect:" + cursor.link(filter);
        }
        TimelinePage page = timeline.timeline(filter, cursor);
        if (page.isEmpty() && !cursor.isFirstPage()) {
            // An old page link, past the end of what now matches: start from the beginning.
            return "redirect:" + filter.link("/");
        }
        model.addAttribute("page", page);
        // The canonical URL: this view as its own address, with its filters and page, normalised.
        model.addAttribute("canonicalPath", cursor.link(filter));
        return "timeline";
    }
}
