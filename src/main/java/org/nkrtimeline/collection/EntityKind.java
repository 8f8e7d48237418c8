package org.nkrtimeline.collection;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a named entity is, with the message keys of the words pages use to head and label it. */
public enum EntityKind {
    PERSON("entity.kind.person", "entity.kind.person.plural"),
    PLACE("entity.kind.place", "entity.kind.place.plural"),
    ORGANISATION("entity.kind.organisation", "entity.kind.organisation.plural");

    private final String singularKey;
    private final String pluralKey;

    EntityKind(String singularKey, String pluralKey) {
        this.singularKey = singularKey;
        this.pluralKey = pluralKey;
    }

    /** "Person" */
    public String singularKey() {
        return singularKey;
    }

    /** "People" */
    public String pluralKey() {
        return pluralKey;
    }

    /** Items grouped by their kind, in the order people, places, organisations; each group keeps the items' order. */
    public static <T> Map<EntityKind, List<T>> group(Collection<T> items, Function<T, EntityKind> kindOf) {
        return items.stream()
                .collect(Collectors.groupingBy(kindOf, () -> new EnumMap<>(EntityKind.class), Collectors.toList()));
    }
}
