package org.nkrtimeline.timeline;

import java.util.List;
import java.util.Map;

/**
 * The SQL of the feed and the exports (package feed): what a file needs of the articles the read index
 * found for a view, which a page does not (topic names, entity names, the source text, when the
 * article was stored or corrected), and what the file says about its view. The articles and their
 * order come from the same index queries as the page's ({@link TimelineQuery}), so a feed or a file
 * holds exactly the articles the same view shows.
 */
public final class ExportStatements {

    private ExportStatements() {}

    /** SQL with named parameters ({@code :name}) and their values. */
    public record Statement(String sql, Map<String, Object> params) {

        public Statement {
            params = Map.copyOf(params);
        }
    }

    /**
     * What to read besides the columns every export needs.
     *
     * @param text      the stored source text and file name, for the full text
     * @param entities  the names of the people, places and organisations mentioned, most mentioned first
     * @param datedOnly only articles with a date on the filter's axis
     */
    public record Extras(boolean text, boolean entities, boolean datedOnly) {}

    /**
     * The articles {@code ids}, in that order (the read index found them and their order; an article
     * hidden since is left out), with what a feed or a file needs.
     *
     * <p>Columns: {@code id}, {@code slug}, {@code headline}, {@code lede}, the date columns under
     * their own names, {@code created_at}, {@code corrected_at}, {@code topic_slugs} and
     * {@code topic_names} (arrays in taxonomy order), the event the article reports, if any (an
     * article readers may see makes its event one they may see): {@code report_event_slug},
     * {@code report_event_title}, {@code report_role}, {@code report_event_start}, {@code report_event_end},
     * {@code report_event_precision}, {@code report_event_estimated}, {@code report_event_note} and
     * {@code report_event_summary};
     * and as asked {@code entity_names} (an array), {@code source_text} and {@code source_file}.
     */
    public static Statement articles(List<Long> ids, Extras extras) {
        String columns = """
                p.id, p.slug, p.headline, p.lede, p.event_date, p.event_date_precision,
                p.event_date_estimated, p.event_date_note, p.event_date_source_url,
                p.published_date, p.published_date_note, p.event_scheduled, p.created_at, p.corrected_at,
                array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                      where at.article_id = p.id order by t.position) as topic_slugs,
                array(select t.name from article_topic at join topic t on t.id = at.topic_id
                      where at.article_id = p.id order by t.position) as topic_names,
                ev.slug as report_event_slug, ev.title as report_event_title, er.role as report_role,
                ev.event_date as report_event_start, ev.event_end_date as report_event_end,
                ev.event_date_precision as report_event_precision,
                ev.event_date_estimated as report_event_estimated, ev.event_date_note as report_event_note,
                ev.summary as report_event_summary""";
        if (extras.entities()) {
            columns += """
                    ,
                    array(select e.name from article_entity ae join entity e on e.id = ae.entity_id
                          where ae.article_id = p.id order by ae.mention_count desc, e.name) as entity_names""";
        }
        if (extras.text()) {
            columns += ", p.source_text, p.source_file";
        }
        String sql = """
                select %s
                from public_article p
                left join event_report er on er.article_id = p.id
                left join event ev on ev.id = er.event_id
                where p.id = any(:ids)
                order by array_position(cast(:ids as bigint[]), p.id)
                """.formatted(columns);
        return new Statement(sql, Map.of("ids", ids.toArray(Long[]::new)));
    }

    /**
     * What a feed or a file says about its view, in one statement: when anything readers see last
     * changed ({@code changed_at}, V13's collection version); the slugs and names of the filter's
     * topics that exist ({@code topic_slugs}, {@code topic_names}, in taxonomy order) and of its
     * entities that exist ({@code entity_slugs}, {@code entity_names}, in the filter's order). Slugs
     * that name nothing are left out of the view, as the timeline page leaves them out.
     */
    public static Statement view(TimelineFilter filter) {
        String sql = """
                select v.changed_at,
                       array(select t.slug from topic t where t.slug = any(:namedTopics)
                             order by t.position) as topic_slugs,
                       array(select t.name from topic t where t.slug = any(:namedTopics)
                             order by t.position) as topic_names,
                       array(select e.slug from entity e where e.slug = any(:namedEntities)
                             order by array_position(cast(:namedEntities as text[]), e.slug::text)) as entity_slugs,
                       array(select e.name from entity e where e.slug = any(:namedEntities)
                             order by array_position(cast(:namedEntities as text[]), e.slug::text)) as entity_names
                from collection_version v
                """;
        return new Statement(
                sql,
                Map.of(
                        "namedTopics", filter.topics().toArray(String[]::new),
                        "namedEntities", filter.entities().toArray(String[]::new)));
    }
}
