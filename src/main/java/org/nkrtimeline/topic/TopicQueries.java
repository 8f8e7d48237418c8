package org.nkrtimeline.topic;

import java.util.List;
import java.util.Map;

/** What pages and forms ask about topics, in SQL ({@link TopicQueriesImpl}). */
public interface TopicQueries {

    /** Every topic, in the taxonomy's order, with how many of the articles readers may see carry it. One statement. */
    List<TopicSummary> findAllSummariesInOrder();

    /**
     * Every topic's name by its slug, in taxonomy order: what the editors' forms offer, accept and
     * write into an article's history. One statement.
     */
    Map<String, String> namesBySlug();
}
