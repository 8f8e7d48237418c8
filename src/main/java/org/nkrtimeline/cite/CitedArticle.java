package org.nkrtimeline.cite;

import java.time.LocalDate;
import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/**
 * What a citation says of an article: its headline, where it was published (the source's name when the
 * source file names one, else this site), its address on this site, its dates and when it was read.
 *
 * @param publisher the source's name, or null when the source file names none
 * @param accessed  the day the reader cites it (today, on the site's clock)
 */
record CitedArticle(
        String slug,
        String headline,
        String publisher,
        String site,
        String url,
        ArticleDates dates,
        List<String> topics,
        LocalDate accessed) {}
