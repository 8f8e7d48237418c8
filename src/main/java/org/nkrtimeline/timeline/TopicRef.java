package org.nkrtimeline.timeline;

public record TopicRef(String slug, String name) {}
