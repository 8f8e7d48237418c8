package org.nkrtimeline.entity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.collection.RowValues;

/**
 * A known entity and every spelling that names it. The name is always one of the aliases, so a
 * caller can never build an entry that fails to find its own name.
 */
public record GazetteerEntry(
        long id, String slug, String name, EntityKind kind, String description, List<String> aliases) {

    public GazetteerEntry {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        spellings.addAll(aliases);
        aliases = List.copyOf(spellings);
    }

    /** The entry of an SQL row with the entity's columns under their own names and an {@code aliases} array. */
    public static GazetteerEntry fromRow(ResultSet row) throws SQLException {
        return new GazetteerEntry(
                row.getLong("id"),
                row.getString("slug"),
                row.getString("name"),
                EntityKind.valueOf(row.getString("kind")),
                row.getString("description"),
                RowValues.strings(row.getArray("aliases")));
    }
}
