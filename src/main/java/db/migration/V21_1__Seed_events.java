package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the events of the five seed articles from {@code db/seeds/events.json}: each event with its
 * dates and the editors' summary, and its reports, matched to the seed articles by their source file.
 * Numbered 21.1 so that it runs right after the tables it fills (V21) and before V22. The checksum
 * covers the file, so editing it after it was applied stops startup, as for the seed articles.
 */
public class V21_1__Seed_events extends BaseJavaMigration {

    private static final String EVENTS = "db/seeds/events.json";

    record SeedReport(String file, String role) {}

    record SeedEvent(
            String slug,
            String title,
            String date,
            String endDate,
            String datePrecision,
            boolean dateEstimated,
            String dateNote,
            String dateSourceUrl,
            String summaryWrittenBy,
            String summary,
            List<SeedReport> reports) {}

    record SeedEvents(String note, List<SeedEvent> events) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (SeedEvent event : seeds().events()) {
            // The file promises that every summary is the editors' own writing; one without that
            // promise does not belong among the seeds.
            if (!"editors".equals(event.summaryWrittenBy())) {
                throw new IllegalStateException(event.slug() + ": the summary is not marked as written by the editors");
            }
            long id = insertEvent(connection, event);
            for (SeedReport report : event.reports()) {
                insertReport(connection, id, report, event.slug());
            }
        }
    }

    @Override
    public Integer getChecksum() {
        return SeedFiles.checksum("The seed events", List.of(EVENTS));
    }

    private static SeedEvents seeds() throws IOException {
        return new ObjectMapper().readValue(SeedFiles.read(EVENTS), SeedEvents.class);
    }

    private static long insertEvent(Connection connection, SeedEvent event) throws SQLException {
        String sql = """
                insert into event (slug, title, event_date, event_end_date, event_date_precision,
                    event_date_estimated, event_date_note, event_date_source_url, summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, event.slug());
            insert.setString(2, event.title());
            insert.setDate(3, date(event.date()));
            insert.setDate(4, date(event.endDate()));
            insert.setString(5, event.datePrecision());
            insert.setBoolean(6, event.dateEstimated());
            insert.setString(7, event.dateNote());
            insert.setString(8, event.dateSourceUrl());
            insert.setString(9, event.summary());
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertReport(Connection connection, long eventId, SeedReport report, String event)
            throws SQLException {
        String sql = """
                insert into event_report (event_id, article_id, role)
                select ?, id, ? from article where source_file = ?
                """;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, eventId);
            insert.setString(2, report.role());
            insert.setString(3, report.file());
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException(event + " names the unknown article file \"" + report.file() + "\"");
            }
        }
    }

    private static Date date(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }
}
