package org.nkrtimeline.entity;

/** What a named entity is, with the words pages use to head and label it. */
public enum EntityKind {

    PERSON("Person", "People"),
    PLACE("Place", "Places"),
    ORGANISATION("Organisation", "Organisations");

    private final String singularLabel;
    private final String pluralLabel;

    EntityKind(String singularLabel, String pluralLabel) {
        this.singularLabel = singularLabel;
        this.pluralLabel = pluralLabel;
    }

    public String singularLabel() {
        return singularLabel;
    }

    public String pluralLabel() {
        return pluralLabel;
    }
}
