package org.nkrtimeline.cite;

import org.nkrtimeline.timeline.TimelineFilter;
import org.springframework.stereotype.Component;

/** The addresses of a view's citation files, for the templates ({@code @citationLinks} in a th:with). */
@Component("citationLinks")
public class CitationLinks {

    /** The view's articles, every page of them, as {@code extension} ("ris", "bib" or "json"). */
    public String view(TimelineFilter filter, String extension) {
        return filter.withoutView()
                .link(ViewCitationsController.PATH + "."
                        + CitationFile.ofExtension(extension).extension());
    }
}
