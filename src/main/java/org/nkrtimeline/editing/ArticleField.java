package org.nkrtimeline.editing;

/** What a change in an article's history changed. */
public enum ArticleField {
    IMPORTED("Imported", false),
    HEADLINE("Headline", true),
    EVENT_DATE("Event date", true),
    PUBLISHED_DATE("Publication date", true),
    TOPICS("Topics", true),
    ENTITIES("People, places and organisations", true),
    HIDDEN("Visibility", false);

    private final String label;
    private final boolean shownToReaders;

    ArticleField(String label, boolean shownToReaders) {
        this.label = label;
        this.shownToReaders = shownToReaders;
    }

    public String label() {
        return label;
    }

    /** Whether readers see the field, so that changing it after publication is a correction to note. */
    public boolean shownToReaders() {
        return shownToReaders;
    }
}
