package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter as SQL over the articles readers may see (the view {@code public_article}, aliased
 * {@code a}, which leaves the hidden ones out): a WHERE clause and its named parameters. The SQL holds
 * column names from {@link Axis} and named parameters only, never input. Each query picks the parts
 * it needs: facet counts, for example, leave out the facet's own part.
 */
record TimelineConditions(String sql, Map<String, Object> params) {

    /** The reader's search as a tsquery; the {@code :query} parameter is the text they typed. */
    static final String SEARCH_QUERY = "websearch_to_tsquery('english_unaccent', :query)";

    /**
     * The ids of the articles the search matches, found through the GIN index. Counts and facets
     * test each article against this set (a hash lookup) instead of against its search vector,
     * which PostgreSQL keeps out of line and would read once per article (see docs/search.md).
     * Every statement that uses a search's conditions starts with {@link #withMatches}, so the set
     * is found once per statement however often the conditions name it: a statement that counts
     * matches in several columns would otherwise search as many times (for a word in every
     * article, about 0.4 s each at 100,000 articles).
     */
    private static final String MATCHING_IDS = "select id from matching_ids";

    /** The {@code with} clause that defines {@link #MATCHING_IDS}; empty without a search. */
    static String withMatches(TimelineFilter filter) {
        return filter.hasQuery()
                ? "with matching_ids as materialized (select s.id from public_article s where s.search_vector @@ "
                        + SEARCH_QUERY + ")\n"
                : "";
    }

    enum Part {
        DATES,
        TOPICS,
        ENTITIES,
        SEARCH
    }

    /** Everything but the search: for the rows of {@link #source}, which already applies it. */
    static final Set<Part> ALL_BUT_SEARCH = EnumSet.of(Part.DATES, Part.TOPICS, Part.ENTITIES);

    static final Set<Part> ALL = EnumSet.allOf(Part.class);

    static TimelineConditions of(TimelineFilter filter) {
        return of(filter, ALL);
    }

    static TimelineConditions of(TimelineFilter filter, Set<Part> parts) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (parts.contains(Part.DATES) && filter.from() != null) {
            clauses.add("a.%s >= :fromDate".formatted(filter.axis().column()));
            params.put("fromDate", filter.from());
        }
        if (parts.contains(Part.DATES) && filter.to() != null) {
            clauses.add("a.%s <= :toDate".formatted(filter.axis().column()));
            params.put("toDate", filter.to());
        }
        // Slugs that name no topic or entity are ignored here as on the page, so that the facets can
        // run on the filter as asked and tell the page which slugs exist (TimelineStatements.facets).
        if (parts.contains(Part.TOPICS) && !filter.topics().isEmpty()) {
            clauses.add("""
                    (exists (select 1 from article_topic ft join topic f on f.id = ft.topic_id
                             where ft.article_id = a.id and f.slug = any(:topicSlugs))
                     or not exists (select 1 from topic k where k.slug = any(:topicSlugs)))""");
            params.put("topicSlugs", filter.topics().toArray(String[]::new));
        }
        if (parts.contains(Part.ENTITIES) && !filter.entities().isEmpty()) {
            // Every chosen entity must be mentioned: following two people finds where they meet.
            clauses.add("""
                    ((select count(*) from entity k where k.slug = any(:entitySlugs)) = 0
                     or a.id in (select fe.article_id from article_entity fe join entity f on f.id = fe.entity_id
                                 where f.slug = any(:entitySlugs) group by fe.article_id
                                 having count(*) = (select count(*) from entity k
                                                    where k.slug = any(:entitySlugs))))""");
            params.put("entitySlugs", filter.entities().toArray(String[]::new));
        }
        if (parts.contains(Part.SEARCH) && filter.hasQuery()) {
            clauses.add("a.id in (" + MATCHING_IDS + ")");
        }
        if (filter.hasQuery()) {
            // Also for the source, the relevance order and the snippets, whichever parts are used.
            params.put("query", filter.query());
        }
        return new TimelineConditions(clauses.isEmpty() ? "true" : String.join(" and ", clauses), params);
    }

    /**
     * The rows to page through, aliased {@code a}. With a search, the matches are found through the
     * full-text index first and only then sorted: otherwise PostgreSQL may walk the date index in
     * timeline order testing every article against the search, which for a rare or absent term
     * reads the whole collection to fill one page. {@code offset 0} keeps the planner from merging
     * the subquery into the outer query (see docs/search.md). Use it with {@link #ALL_BUT_SEARCH}.
     */
    static String source(TimelineFilter filter) {
        return filter.hasQuery()
                ? "(select * from public_article where id in (" + MATCHING_IDS + ") offset 0) a"
                : "public_article a";
    }
}
