package org.nkrtimeline.editorial.edit;

/** What a change in an article's history changed. */
public enum ArticleField {
    IMPORTED("editor.field.imported", false),
    HEADLINE("editor.field.headline", true),
    EVENT_DATE("editor.field.eventDate", true),
    PUBLISHED_DATE("editor.field.publishedDate", true),
    TOPICS("editor.field.topics", true),
    ENTITIES("editor.field.entities", true),
    HIDDEN("editor.field.hidden", false),
    /** An editor published the article: it no longer awaits review (at its import, or later). */
    PUBLISHED("editor.field.published", false),
    /** The article's address followed its headline, before its publication; the former one leads to it. */
    ADDRESS("editor.field.address", false),
    /** Who published the text (V22): from the source file's header at the import, then corrected by editors. */
    SOURCE_NAME("editor.field.sourceName", true),
    SOURCE_URL("editor.field.sourceUrl", true),
    /**
     * The event the article reports (V23): "slug (role)". Not a correction of the article, whose page
     * only follows the assignment with its "Part of the event" line.
     */
    EVENT("editor.field.event", false);

    private final String labelKey;
    private final boolean shownToReaders;

    ArticleField(String labelKey, boolean shownToReaders) {
        this.labelKey = labelKey;
        this.shownToReaders = shownToReaders;
    }

    /** The message key of the field's name in the history: "Headline". */
    public String labelKey() {
        return labelKey;
    }

    /** Whether readers see the field, so that changing it after publication is a correction to note. */
    public boolean shownToReaders() {
        return shownToReaders;
    }
}
