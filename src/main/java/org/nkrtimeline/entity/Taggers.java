package org.nkrtimeline.entity;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * {@link EntityTagger}s for the import and the editors, on the current transaction's connection
 * ({@link EntityTagger} works on plain connections because a migration uses it too).
 */
@Component
public class Taggers {

    private final DataSource dataSource;

    Taggers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A tagger that knows the gazetteer as the database holds it now. */
    public EntityTagger current() {
        try {
            return EntityTagger.fromDatabase(connection());
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("reading the gazetteer failed", e);
        }
    }

    /** The current transaction's connection, for {@link EntityTagger#tag}. */
    public Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }
}
