package org.nkrtimeline.event;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.CollectionChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' corrections of an event after its creation: its title, dates and summary (every one a
 * public field: a correction sets "Corrected on"), under optimistic locking; what each report is to
 * it; and the history of both (V26). Like {@link EventAssignments} it reads every report, public or
 * not. The article's own history of a report's change is the editorial side's to write.
 */
@Repository
public class EventCorrections {

    /** The name V28 gives a refused chain of rewrites, in the database's message. */
    private static final String REWRITE_CYCLE = "rewrite_of_cycle";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher changes;
    private final EventAssignments assignments;

    EventCorrections(JdbcClient jdbc, ApplicationEventPublisher changes, EventAssignments assignments) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.assignments = assignments;
    }

    /**
     * An event in the editors' list: its reports, all and public (an event without a public report is
     * the editors' work in progress, on no public page).
     */
    public record Listed(long id, String slug, String title, EventDates dates, int reports, int publicReports) {}

    /**
     * Up to {@code limit} events, the newest made first, before the event {@code beforeId} when given
     * (a keyset page): one statement, however many events.
     */
    @Transactional(readOnly = true)
    public List<Listed> list(Long beforeId, int limit) {
        return jdbc.sql("""
                        select e.id, e.slug, e.title, e.event_date, e.event_end_date, e.event_date_precision,
                            e.event_date_estimated, e.event_date_note, e.event_date_source_url,
                            (select count(*) from event_report r where r.event_id = e.id) as reports,
                            (select count(*) from event_report r join public_article p on p.id = r.article_id
                             where r.event_id = e.id) as public_reports
                        from event e
                        where :before::bigint is null or e.id < :before
                        order by e.id desc
                        limit :limit
                        """)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, n) -> new Listed(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        EventDates.fromRow(rs),
                        rs.getInt("reports"),
                        rs.getInt("public_reports")))
                .list();
    }

    /** The event with its reports and history: three statements. */
    @Transactional(readOnly = true)
    public Optional<EditableEvent> load(String slug) {
        return jdbc.sql("""
                        select id, slug, title, event_date, event_end_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url, summary, version,
                            corrected_at
                        from event where slug = :slug
                        """)
                .param("slug", slug)
                .query((rs, n) -> {
                    Timestamp corrected = rs.getTimestamp("corrected_at");
                    return new EditableEvent(
                            rs.getLong("id"),
                            rs.getString("slug"),
                            rs.getString("title"),
                            EventDates.fromRow(rs),
                            rs.getString("summary"),
                            rs.getLong("version"),
                            corrected == null ? null : corrected.toInstant(),
                            List.of(),
                            List.of());
                })
                .optional()
                .map(event -> new EditableEvent(
                        event.id(),
                        event.slug(),
                        event.title(),
                        event.dates(),
                        event.summary(),
                        event.version(),
                        event.correctedAt(),
                        reports(event.id()),
                        history(event.id())));
    }

    private List<EditableEvent.Report> reports(long eventId) {
        return jdbc.sql("""
                        select a.id, a.slug, a.headline, r.role, a.published_date, a.version,
                            exists (select 1 from public_article p where p.id = a.id) as is_public,
                            o.slug as rewrite_of
                        from event_report r join article a on a.id = r.article_id
                            left join article o on o.id = r.rewrite_of_article_id
                        where r.event_id = :event
                        order by a.published_date nulls last, a.headline, a.id
                        """)
                .param("event", eventId)
                .query((rs, n) -> new EditableEvent.Report(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("headline"),
                        ReportRole.ofColumn(rs.getString("role")),
                        rs.getObject("published_date", LocalDate.class),
                        rs.getLong("version"),
                        rs.getBoolean("is_public"),
                        rs.getString("rewrite_of")))
                .list();
    }

    private List<EditableEvent.Change> history(long eventId) {
        return jdbc.sql("""
                        select c.event_version, c.field, c.old_value, c.new_value, e.username, c.changed_at
                        from event_change c left join editor e on e.id = c.editor_id
                        where c.event_id = :event
                        order by c.id
                        """)
                .param("event", eventId)
                .query((rs, n) -> new EditableEvent.Change(
                        rs.getLong("event_version"),
                        EventField.valueOf(rs.getString("field")),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        rs.getString("username"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /**
     * Saves the editor's title, dates and summary if the event is still at {@code version}, and records
     * each field that changed in its history. Nothing that did not change is written or recorded.
     *
     * @return the fields that changed; none when the form changed nothing
     * @throws EventNotFoundException  when no event has the address
     * @throws EventChangedException   when another save came first: nothing is saved
     */
    @Transactional
    public List<EventField> correct(
            String slug, long version, String title, EventDates dates, String summary, Long editorId) {
        EditableEvent current = load(slug).orElseThrow(() -> new EventNotFoundException(slug));
        if (current.version() != version) {
            throw new EventChangedException(current);
        }
        List<EventField> changed = new ArrayList<>();
        if (!current.title().equals(title)) {
            changed.add(EventField.TITLE);
        }
        if (!Objects.equals(datesOf(current.dates()), datesOf(dates))) {
            changed.add(EventField.DATES);
        }
        if (!current.summary().equals(summary)) {
            changed.add(EventField.SUMMARY);
        }
        if (changed.isEmpty()) {
            return changed;
        }
        int updated = jdbc.sql("""
                        update event set title = :title, summary = :summary, event_date = :start,
                            event_end_date = :end, event_date_precision = :precision,
                            event_date_estimated = :estimated, event_date_note = :note,
                            event_date_source_url = :source, corrected_at = now(), version = version + 1
                        where id = :id and version = :version
                        """)
                .param("title", title)
                .param("summary", summary)
                .param("start", dates.start())
                .param("end", dates.end())
                .param("precision", dates.precision().name())
                .param("estimated", dates.estimated())
                .param("note", dates.note())
                .param("source", dates.sourceUrl())
                .param("id", current.id())
                .param("version", version)
                .update();
        if (updated == 0) {
            // Saved by another transaction between the read and the write.
            throw new EventChangedException(load(slug).orElseThrow());
        }
        for (EventField field : changed) {
            String before = switch (field) {
                case TITLE -> current.title();
                case DATES -> datesOf(current.dates());
                case SUMMARY -> current.summary();
                case REPORT, MERGED, ORIGINAL, SPLIT -> throw new IllegalStateException("not a field of the form");
            };
            String after = switch (field) {
                case TITLE -> title;
                case DATES -> datesOf(dates);
                case SUMMARY -> summary;
                case REPORT, MERGED, ORIGINAL, SPLIT -> throw new IllegalStateException("not a field of the form");
            };
            record(current.id(), version + 1, field, before, after, editorId);
        }
        changes.publishEvent(new CollectionChanged());
        return changed;
    }

    /**
     * Gives a report another role, or takes it from the event ({@code role} empty), and records it in
     * the event's history, at a new version of the event (so an edit form opened before names it).
     *
     * @return the report as it was
     * @throws EventNotFoundException when no event has the address, or the article is none of its reports
     */
    @Transactional
    public EditableEvent.Report changeReport(
            String slug, String articleSlug, Optional<ReportRole> role, Long editorId) {
        EditableEvent event = load(slug).orElseThrow(() -> new EventNotFoundException(slug));
        EditableEvent.Report report = event.report(articleSlug);
        if (report == null) {
            throw new EventNotFoundException(slug);
        }
        if (role.isPresent()) {
            // A rewrite keeps the original it names; another role names none (V21's check).
            jdbc.sql("""
                            update event_report set role = :role,
                                rewrite_of_article_id = case when :role = 'rewrite' then rewrite_of_article_id end
                            where article_id = :article
                            """)
                    .param("role", role.get().column())
                    .param("article", report.articleId())
                    .update();
        } else {
            jdbc.sql("delete from event_report where article_id = :article")
                    .param("article", report.articleId())
                    .update();
            forgetAsOriginal(List.of(report.articleId()), event.id());
        }
        long version = jdbc.sql("update event set version = version + 1 where id = :id returning version")
                .param("id", event.id())
                .query(Long.class)
                .single();
        record(
                event.id(),
                version,
                EventField.REPORT,
                reportValue(report.articleSlug(), report.role()),
                role.map(chosen -> reportValue(report.articleSlug(), chosen)).orElse("none"),
                editorId);
        changes.publishEvent(new CollectionChanged());
        return report;
    }

    /**
     * Moves a report, with its role, to another event; a rewrite keeps the original it names only if
     * that one reports the other event too. Both events' histories record it, each at a new version.
     *
     * @return the report as it was
     * @throws EventNotFoundException   when either address names no event, or the article is none of
     *                                  this event's reports
     * @throws IllegalArgumentException when both addresses name the same event
     */
    @Transactional
    public EditableEvent.Report moveReport(String slug, String articleSlug, String intoSlug, Long editorId) {
        EditableEvent event = load(slug).orElseThrow(() -> new EventNotFoundException(slug));
        EditableEvent.Report report = event.report(articleSlug);
        if (report == null) {
            throw new EventNotFoundException(slug);
        }
        EditableEvent into = load(intoSlug).orElseThrow(() -> new EventNotFoundException(intoSlug));
        if (into.id() == event.id()) {
            throw new IllegalArgumentException("a report cannot be moved to its own event");
        }
        jdbc.sql("""
                        update event_report r set event_id = :into,
                            rewrite_of_article_id = case when exists (
                                select 1 from event_report o
                                where o.article_id = r.rewrite_of_article_id and o.event_id = :into)
                              then r.rewrite_of_article_id end
                        where r.article_id = :article
                        """)
                .param("into", into.id())
                .param("article", report.articleId())
                .update();
        forgetAsOriginal(List.of(report.articleId()), event.id());
        String moved = reportValue(report.articleSlug(), report.role());
        record(event.id(), nextVersion(event.id()), EventField.REPORT, moved, "none (" + into.slug() + ")", editorId);
        record(into.id(), nextVersion(into.id()), EventField.REPORT, "none (" + slug + ")", moved, editorId);
        changes.publishEvent(new CollectionChanged());
        return report;
    }

    /**
     * Names the report a rewrite was written from, another report of the event, or none ({@code
     * originalSlug} empty); the event's history records it. V28 refuses a chain of rewrites that comes
     * back to where it began, whoever writes it; the event's row is locked first, so two editors naming
     * each other's report at once are one after the other, and the second is refused.
     *
     * @return the report as it was
     * @throws EventNotFoundException   when no event has the address, or the article is none of its reports
     * @throws IllegalArgumentException when the report is no rewrite, or the original is itself or none
     *                                  of the event's reports
     * @throws RewriteCycleException    when the original is a rewrite of the report, in one or more steps
     */
    @Transactional
    public EditableEvent.Report nameOriginal(
            String slug, String articleSlug, Optional<String> originalSlug, Long editorId) {
        EditableEvent event = lockedLoad(slug);
        EditableEvent.Report report = event.report(articleSlug);
        if (report == null) {
            throw new EventNotFoundException(slug);
        }
        if (report.role() != ReportRole.REWRITE) {
            throw new IllegalArgumentException("only a rewrite names an original");
        }
        EditableEvent.Report original = originalSlug.map(event::report).orElse(null);
        if (originalSlug.isPresent() && (original == null || original.articleId() == report.articleId())) {
            throw new IllegalArgumentException("the original is another report of the event");
        }
        try {
            jdbc.sql("update event_report set rewrite_of_article_id = :original where article_id = :article")
                    .param("original", original == null ? null : original.articleId())
                    .param("article", report.articleId())
                    .update();
        } catch (DataIntegrityViolationException refused) {
            if (String.valueOf(refused.getMessage()).contains(REWRITE_CYCLE)) {
                throw new RewriteCycleException(report.articleSlug(), original.articleSlug());
            }
            throw refused;
        }
        record(
                event.id(),
                nextVersion(event.id()),
                EventField.ORIGINAL,
                originalValue(report.articleSlug(), report.rewriteOf()),
                originalValue(report.articleSlug(), originalSlug.orElse(null)),
                editorId);
        changes.publishEvent(new CollectionChanged());
        return report;
    }

    /**
     * Splits reports off into a new event, with the editor's title and summary, dated as this event
     * until an editor corrects it (the reports were dated with it). They keep their roles; a rewrite
     * keeps its original only if that one goes too. Both histories record the split.
     *
     * @return the new event's address
     * @throws EventNotFoundException   when no event has the address
     * @throws EventChangedException    when the event changed since {@code version}: nothing is split
     * @throws IllegalArgumentException when no report is chosen, every report is, or one chosen is none
     *                                  of the event's
     */
    @Transactional
    public Split split(
            String slug, long version, List<String> articleSlugs, String title, String summary, Long editorId) {
        EditableEvent event = lockedLoad(slug);
        if (event.version() != version) {
            throw new EventChangedException(event);
        }
        List<EditableEvent.Report> chosen = event.reports().stream()
                .filter(report -> articleSlugs.contains(report.articleSlug()))
                .toList();
        if (chosen.isEmpty()
                || chosen.size() == event.reports().size()
                || chosen.size() != Set.copyOf(articleSlugs).size()) {
            throw new IllegalArgumentException("a split takes some of the event's reports, not all");
        }
        List<Long> moved = chosen.stream().map(EditableEvent.Report::articleId).toList();
        String newSlug = assignments.createDatedAs(event.id(), title, summary);
        long newId = jdbc.sql("select id from event where slug = :slug")
                .param("slug", newSlug)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        update event_report r set event_id = :into,
                            rewrite_of_article_id = case when r.rewrite_of_article_id in (:moved)
                              then r.rewrite_of_article_id end
                        where r.article_id in (:moved)
                        """).param("into", newId).param("moved", moved).update();
        forgetAsOriginal(moved, event.id());
        String reports = chosen.stream()
                .map(report -> reportValue(report.articleSlug(), report.role()))
                .collect(Collectors.joining(", "));
        record(event.id(), nextVersion(event.id()), EventField.SPLIT, reports, "none (" + newSlug + ")", editorId);
        record(newId, nextVersion(newId), EventField.SPLIT, "none (" + slug + ")", reports, editorId);
        changes.publishEvent(new CollectionChanged());
        return new Split(newSlug, chosen);
    }

    /** @param reports the reports that went to the new event, as they were */
    public record Split(String slug, List<EditableEvent.Report> reports) {}

    /** The event, its row locked until the transaction ends: editors' changes to it go one at a time. */
    private EditableEvent lockedLoad(String slug) {
        jdbc.sql("select id from event where slug = :slug for update")
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new EventNotFoundException(slug));
        return load(slug).orElseThrow(() -> new EventNotFoundException(slug));
    }

    /**
     * The reports left in the event forget the articles that left it as their original: a rewrite's
     * original is always one of its event's reports.
     */
    private void forgetAsOriginal(List<Long> leaving, long eventId) {
        jdbc.sql("""
                        update event_report set rewrite_of_article_id = null
                        where event_id = :event and rewrite_of_article_id in (:leaving)
                        """).param("event", eventId).param("leaving", leaving).update();
    }

    /** How a rewrite's original reads in a history: "kim-meets-shoigu, a rewrite of kim-visits" or "…of none". */
    static String originalValue(String articleSlug, String originalSlug) {
        return articleSlug + ", a rewrite of " + (originalSlug == null ? "none" : originalSlug);
    }

    private long nextVersion(long eventId) {
        return jdbc.sql("update event set version = version + 1 where id = :id returning version")
                .param("id", eventId)
                .query(Long.class)
                .single();
    }

    /**
     * Merges the event into another: its reports, its history and its address (and those of events
     * merged into it before) go to {@code intoSlug}, whose history records the merge; the event is
     * then deleted, and its address sends readers to the other (V27).
     *
     * @return the reports that moved, as they were
     * @throws EventNotFoundException when either address names no event
     * @throws EventChangedException  when the event changed since {@code version}: nothing is merged
     * @throws IllegalArgumentException when both addresses name the same event
     */
    @Transactional
    public List<EditableEvent.Report> merge(String slug, long version, String intoSlug, Long editorId) {
        EditableEvent merged = load(slug).orElseThrow(() -> new EventNotFoundException(slug));
        if (merged.version() != version) {
            throw new EventChangedException(merged);
        }
        EditableEvent into = load(intoSlug).orElseThrow(() -> new EventNotFoundException(intoSlug));
        if (into.id() == merged.id()) {
            throw new IllegalArgumentException("an event cannot be merged into itself");
        }
        jdbc.sql("update event_report set event_id = :into where event_id = :merged")
                .param("into", into.id())
                .param("merged", merged.id())
                .update();
        jdbc.sql("update event_change set event_id = :into where event_id = :merged")
                .param("into", into.id())
                .param("merged", merged.id())
                .update();
        jdbc.sql("update event_redirect set event_id = :into where event_id = :merged")
                .param("into", into.id())
                .param("merged", merged.id())
                .update();
        jdbc.sql("insert into event_redirect (slug, event_id) values (:slug, :into)")
                .param("slug", merged.slug())
                .param("into", into.id())
                .update();
        long intoVersion = jdbc.sql("update event set version = version + 1 where id = :id returning version")
                .param("id", into.id())
                .query(Long.class)
                .single();
        record(
                into.id(),
                intoVersion,
                EventField.MERGED,
                merged.slug(),
                merged.title() + " (" + merged.reports().size() + ")",
                editorId);
        jdbc.sql("delete from event where id = :id").param("id", merged.id()).update();
        changes.publishEvent(new CollectionChanged());
        return merged.reports();
    }

    /** How a report's change reads in a history: "kim-meets-shoigu (follow_up)". */
    public static String reportValue(String articleSlug, ReportRole role) {
        return articleSlug + " (" + role.column() + ")";
    }

    private void record(long eventId, long version, EventField field, String before, String after, Long editorId) {
        jdbc.sql("""
                        insert into event_change (event_id, editor_id, event_version, field, old_value, new_value)
                        values (:event, :editor, :version, :field, :old, :new)
                        """)
                .param("event", eventId)
                .param("editor", editorId)
                .param("version", version)
                .param("field", field.name())
                .param("old", before)
                .param("new", after)
                .update();
    }

    /** The dates as the history records them: "2023-09-12 – 2023-09-19 (DAY, estimate: reason) source". */
    static String datesOf(EventDates dates) {
        if (dates.start() == null) {
            return "none";
        }
        StringBuilder text = new StringBuilder(dates.start().toString());
        if (dates.end() != null) {
            text.append(" – ").append(dates.end());
        }
        text.append(" (").append(dates.precision().name());
        if (dates.estimated()) {
            text.append(", estimate");
        }
        if (dates.note() != null) {
            text.append(": ").append(dates.note());
        }
        text.append(')');
        if (dates.sourceUrl() != null) {
            text.append(' ').append(dates.sourceUrl());
        }
        return text.toString();
    }
}
