package org.nkrtimeline.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.collection.EntityKind;

/**
 * An article as the index holds it: what readers' pages show of it in lists (read back from stored
 * fields, so a page needs no SQL for its entries), and what they search, filter, count and sort by.
 *
 * @param lastChanged when it was last corrected, or else stored; null where it was not read (only
 *     {@link #SITEMAP} reads it)
 * @param topicSlugs  its topics, in the taxonomy's order
 * @param entities    the people, places and organisations it mentions
 * @param eventId     the event it reports; null for none
 */
public record IndexedArticle(
        long id,
        String slug,
        String headline,
        String lede,
        String bodyText,
        ArticleDates dates,
        Instant lastChanged,
        List<String> topicSlugs,
        List<EntityTag> entities,
        Long eventId) {

    /** Indexed with its frequency, not stored, not tokenized. */
    private static final FieldType MENTIONS = mentionsType();

    private static FieldType mentionsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(false);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** @param mentions how many times the article mentions it */
    public record EntityTag(EntityKind kind, String slug, int mentions) {}

    /**
     * The body, stored for snippets, searched, and indexed with its words' offsets, so that the
     * highlighter finds a search's matches in the postings instead of analysing every body again.
     */
    private static final FieldType BODY = bodyType();

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    public IndexedArticle {
        topicSlugs = List.copyOf(topicSlugs);
        entities = List.copyOf(entities);
    }

    /** The stored fields a list of articles needs; the body only where a snippet is made from it. */
    public static final Set<String> LISTED = Set.of(
            Fields.ID,
            Fields.SLUG,
            Fields.HEADLINE,
            Fields.LEDE,
            Fields.EVENT_DATE,
            Fields.EVENT_PRECISION,
            Fields.EVENT_ESTIMATED,
            Fields.EVENT_NOTE,
            Fields.EVENT_SOURCE_URL,
            Fields.PUBLISHED_DATE,
            Fields.PUBLISHED_NOTE,
            Fields.EVENT_SCHEDULED,
            Fields.TOPIC_SLUGS,
            Fields.EVENT);

    /** The stored fields of a list with search snippets: {@link #LISTED} and the body. */
    public static final Set<String> LISTED_WITH_BODY = java.util.stream.Stream.concat(
                    LISTED.stream(), java.util.stream.Stream.of(Fields.BODY))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The stored fields of a related article: a list's, and the slugs of the entities it mentions. */
    public static final Set<String> RELATED = java.util.stream.Stream.concat(
                    LISTED.stream(), java.util.stream.Stream.of(Fields.ENTITY_SLUGS))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The stored fields of a link to an article: id, slug and headline. */
    public static final Set<String> LINKED = Set.of(Fields.ID, Fields.SLUG, Fields.HEADLINE);

    /** The stored fields of a sitemap's entry: id, slug and last change. */
    public static final Set<String> SITEMAP = Set.of(Fields.ID, Fields.SLUG, Fields.LAST_CHANGED);

    Document toDocument(FacetsConfig facets) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, key(id), Field.Store.NO));
        doc.add(new LongPoint(Fields.ID, id));
        doc.add(new NumericDocValuesField(Fields.ID, id));
        doc.add(new StoredField(Fields.ID, id));
        doc.add(new StoredField(Fields.SLUG, slug));
        doc.add(new BinaryDocValuesField(Fields.LISTING, Listing.encode(this)));
        doc.add(new StoredField(Fields.HEADLINE, headline));
        if (lede != null) {
            doc.add(new StoredField(Fields.LEDE, lede));
        }
        doc.add(new Field(Fields.BODY, bodyText, BODY));
        // In microseconds, PostgreSQL's precision: the index says exactly what the database does.
        long changed = ChronoUnit.MICROS.between(Instant.EPOCH, lastChanged);
        doc.add(new NumericDocValuesField(Fields.LAST_CHANGED, changed));
        doc.add(new StoredField(Fields.LAST_CHANGED, changed));
        // A search looks in the headline and the body (SearchSyntax), as the database's search vector
        // held both; each is analysed once.
        doc.add(new TextField(Fields.HEADLINE_TEXT, headline, Field.Store.NO));
        Map<String, Long> keys = sortKeys();
        doc.add(new NumericDocValuesField(Fields.HEADLINE_KEY, keys.get(Fields.HEADLINE_KEY)));
        doc.add(new NumericDocValuesField(Fields.HEADLINE_KEY_REST, keys.get(Fields.HEADLINE_KEY_REST)));
        addDates(doc);
        for (String topic : topicSlugs) {
            doc.add(new StringField(Fields.TOPIC, topic, Field.Store.NO));
            doc.add(new StoredField(Fields.TOPIC_SLUGS, topic));
            doc.add(new SortedSetDocValuesFacetField(Fields.TOPIC, topic));
        }
        for (EntityTag entity : entities) {
            doc.add(new StringField(Fields.ENTITY, entity.slug(), Field.Store.NO));
            doc.add(new StoredField(Fields.ENTITY_SLUGS, entity.slug()));
            doc.add(new SortedSetDocValuesFacetField(Fields.entityDimension(entity.kind()), entity.slug()));
            // The slug once per mention: its frequency in this article is the article's mention count.
            for (int i = 0; i < entity.mentions(); i++) {
                doc.add(new Field(Fields.ENTITY_MENTIONS, entity.slug(), MENTIONS));
            }
        }
        if (eventId != null) {
            doc.add(new StringField(Fields.EVENT, Fields.eventTerm(eventId), Field.Store.NO));
            doc.add(new NumericDocValuesField(Fields.EVENT, eventId));
            doc.add(new StoredField(Fields.EVENT, eventId));
            doc.add(new SortedSetDocValuesFacetField(Fields.EVENT, Long.toString(eventId)));
        }
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void addDates(Document doc) {
        sortKeys().forEach((field, value) -> {
            if (!field.startsWith(Fields.HEADLINE_KEY)) {
                doc.add(new LongPoint(field, value));
                doc.add(new NumericDocValuesField(field, value));
            }
        });
        if (dates.eventDate() != null) {
            doc.add(new StoredField(Fields.EVENT_DATE, dates.eventDate().toEpochDay()));
        }
        doc.add(new StoredField(Fields.EVENT_PRECISION, dates.eventPrecision().name()));
        if (dates.eventEstimated()) {
            doc.add(new StoredField(Fields.EVENT_ESTIMATED, 1));
            doc.add(new StringField(Fields.EVENT_ESTIMATED, "yes", Field.Store.NO));
        }
        storeIfPresent(doc, Fields.EVENT_NOTE, dates.eventNote());
        storeIfPresent(doc, Fields.EVENT_SOURCE_URL, dates.eventSourceUrl());
        if (dates.publishedDate() != null) {
            doc.add(new StoredField(Fields.PUBLISHED_DATE, dates.publishedDate().toEpochDay()));
        }
        storeIfPresent(doc, Fields.PUBLISHED_NOTE, dates.publishedNote());
        if (dates.eventScheduled()) {
            doc.add(new StoredField(Fields.EVENT_SCHEDULED, 1));
        }
    }

    /**
     * The numbers the timeline sorts and filters by, by field: each date twice ({@link DateField}), the
     * day that closeness in time is measured from, and the headline's key ({@link Fields#headlineKey}).
     */
    Map<String, Long> sortKeys() {
        Map<String, Long> keys = new LinkedHashMap<>();
        for (DateField field : DateField.values()) {
            LocalDate day = field == DateField.EVENT ? dates.eventDate() : dates.publishedDate();
            keys.put(field.lastWhenAscending(), day == null ? Long.MAX_VALUE : day.toEpochDay());
            keys.put(field.lastWhenDescending(), day == null ? Long.MIN_VALUE : day.toEpochDay());
        }
        // Where the article stands in time, for closeness: the event, or else the publication; an
        // undated article stands so far away that closeness gives it nothing. Every article has a day,
        // so that scoring reads it in place rather than searching a sparse field (4% of the CPU).
        LocalDate day = dates.eventDate() != null ? dates.eventDate() : dates.publishedDate();
        keys.put(Fields.DAY, day == null ? Fields.NO_DAY : day.toEpochDay());
        long[] headlineKey = Fields.headlineKey(headline);
        keys.put(Fields.HEADLINE_KEY, headlineKey[0]);
        keys.put(Fields.HEADLINE_KEY_REST, headlineKey[1]);
        return keys;
    }

    private static void storeIfPresent(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /** The slugs of the entities a document's article mentions, if they were read ({@link #RELATED}). */
    public static Set<String> entitySlugs(Document doc) {
        return Set.of(doc.getValues(Fields.ENTITY_SLUGS));
    }

    /** The article of a document's stored fields; its entities have slugs only (see {@link #entitySlugs}). */
    public static IndexedArticle fromStored(Document doc) {
        ArticleDates dates = new ArticleDates(
                day(doc.getField(Fields.EVENT_DATE)),
                doc.get(Fields.EVENT_PRECISION) == null ? null : DatePrecision.valueOf(doc.get(Fields.EVENT_PRECISION)),
                doc.getField(Fields.EVENT_ESTIMATED) != null,
                doc.get(Fields.EVENT_NOTE),
                doc.get(Fields.EVENT_SOURCE_URL),
                day(doc.getField(Fields.PUBLISHED_DATE)),
                doc.get(Fields.PUBLISHED_NOTE),
                doc.getField(Fields.EVENT_SCHEDULED) != null);
        List<String> topics = new ArrayList<>(Arrays.asList(doc.getValues(Fields.TOPIC_SLUGS)));
        IndexableField changed = doc.getField(Fields.LAST_CHANGED);
        return new IndexedArticle(
                doc.getField(Fields.ID).numericValue().longValue(),
                doc.get(Fields.SLUG),
                doc.get(Fields.HEADLINE),
                doc.get(Fields.LEDE),
                doc.get(Fields.BODY),
                dates,
                changed == null ? null : lastChanged(changed.numericValue().longValue()),
                topics,
                List.of(),
                doc.getField(Fields.EVENT) == null
                        ? null
                        : doc.getField(Fields.EVENT).numericValue().longValue());
    }

    /** An instant of the index's {@link Fields#LAST_CHANGED}, in microseconds since the epoch. */
    public static Instant lastChanged(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static LocalDate day(IndexableField field) {
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
    }

    static String key(long id) {
        return Long.toString(id);
    }
}
