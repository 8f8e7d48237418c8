package org.nkrtimeline.topic;

import java.util.List;

/** A topic and the phrases that propose it. */
public record TopicRules(String slug, String name, List<Rule> rules) {

    public record Rule(long id, String phrase) {}
}
