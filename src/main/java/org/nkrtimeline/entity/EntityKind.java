package org.nkrtimeline.entity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Items grouped by their kind, in the order people, places, organisations; each group keeps the items' order. */
    public static <T> Map<EntityKind, List<T>> group(Collection<T> items, Function<T, EntityKind> kindOf) {
        return items.stream().collect(Collectors.groupingBy(kindOf, () -> new EnumMap<>(EntityKind.class),
                Collectors.toList()));
    }
}
