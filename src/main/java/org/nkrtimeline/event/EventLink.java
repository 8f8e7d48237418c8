package org.nkrtimeline.event;

/** The event an article belongs to, for a link from the article's page. */
public record EventLink(String slug, String title, ReportRole role) {}
