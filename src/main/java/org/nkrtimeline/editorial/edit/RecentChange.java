package org.nkrtimeline.editorial.edit;

/** A change with the article it was made to, for the editors' list of recent changes. */
public record RecentChange(String slug, String headline, ArticleChange change) {}
