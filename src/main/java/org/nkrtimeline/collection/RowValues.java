package org.nkrtimeline.collection;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The values of SQL rows as the application's types, read the same way by every repository: the
 * kernel owns the rows' shape ({@link ArticleDates#fromRow}), so it owns how their columns are read.
 */
public final class RowValues {

    private RowValues() {}

    /** A text array as an unmodifiable list; SQL null (an aggregate over no rows) as the empty list. */
    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
