package org.nkrtimeline.topic;

import java.util.List;

/** The topics with how many of the articles readers may see carry each. */
public interface TopicSummaries {

    /** Every topic, in the taxonomy's order. One statement. */
    List<TopicSummary> findAllSummariesInOrder();
}
