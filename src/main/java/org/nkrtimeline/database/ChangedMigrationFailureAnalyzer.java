package org.nkrtimeline.database;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains Flyway's refusal to start when a migration was edited after it had been applied: which
 * one, and that the fix is a new migration, not the edit. Other validation failures keep Flyway's
 * own report.
 */
class ChangedMigrationFailureAnalyzer extends AbstractFailureAnalyzer<FlywayValidateException> {

    /**
     * The exception carries no structured list of the failed migrations, only this text, one line per
     * migration: a changed checksum (edited), description (renamed) or type (rewritten in Java or SQL).
     * ChangedMigrationTest fails if a Flyway upgrade rewords it.
     */
    private static final Pattern CHANGED =
            Pattern.compile("(?m)^Migration (?:checksum|description|type) mismatch for migration version (\\S+)$");
    /** Flyway's advertisement under its report. */
    private static final Pattern ADVERT = Pattern.compile("(?m)^Need more flexibility.*$");

    private static final String ACTION = """
            Never edit a migration once it has run anywhere: undo the edit (git log -p shows it) and make \
            the change in a new migration with the next free version number.
            Only if the edit is intended and harmless to every database that already ran the old version \
            (a comment, formatting), accept it here with Flyway's repair, which records the migrations as \
            they are now. See docs/migrations.md.""";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayValidateException cause) {
        List<String> versions = CHANGED.matcher(cause.getMessage())
                .results()
                .map(match -> "V" + match.group(1))
                .distinct()
                .toList();
        if (versions.isEmpty()) {
            return null;
        }
        String changed = versions.size() == 1
                ? "Migration " + versions.get(0) + " was"
                : "Migrations " + String.join(", ", versions) + " were";
        String description = """
                %s changed after being applied to this database: Flyway's record in \
                flyway_schema_history no longer matches the migration, so it stopped before migrating anything.

                Flyway's report:
                %s""".formatted(changed, flywayReport(cause));
        return new FailureAnalysis(description, ACTION, cause);
    }

    private static String flywayReport(FlywayValidateException failure) {
        return ADVERT.matcher(failure.getMessage())
                .replaceAll("")
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("Validate failed"))
                .collect(Collectors.joining("\n"));
    }
}
