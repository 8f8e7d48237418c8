package org.nkrtimeline.event;

import org.nkrtimeline.web.NotFoundException;

/** No event has the address, or none readers may see: an event with no public report is not shown. */
public class EventNotFoundException extends NotFoundException {

    private static final Wording WORDING = new Wording("error.event.title", "error.event.detail", "error.event.hint");

    public EventNotFoundException(String slug) {
        super(WORDING, slug, "No event has the address “" + slug + "”.");
    }
}
