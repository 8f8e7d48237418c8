package org.nkrtimeline.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.nkrtimeline.collection.EntityKind;

/** The names of the index's fields, for the queries that read them (see {@link IndexedArticle}). */
public final class Fields {

    public static final String ID = "id";
    static final String KEY = "key";
    static final String SLUG = "slug";
    static final String HEADLINE = "headline";
    static final String LEDE = "lede";
    /** The body: stored, searched, and indexed with its words' offsets for the snippets' marks. */
    public static final String BODY = "body";
    /** The headline, searched: a search looks in it and in the body. */
    public static final String HEADLINE_TEXT = "headline_text";
    /** The headline's first 8 bytes as a number, the timeline's third key ({@link #headlineKey}). */
    public static final String HEADLINE_KEY = "headline_key";

    static final String EVENT_DATE = "event_date";
    static final String EVENT_PRECISION = "event_precision";
    /** Present ("yes") when the event date is an estimate. */
    public static final String EVENT_ESTIMATED = "event_estimated";

    static final String EVENT_NOTE = "event_note";
    static final String EVENT_SOURCE_URL = "event_source_url";
    static final String PUBLISHED_DATE = "published_date";
    static final String PUBLISHED_NOTE = "published_note";
    static final String EVENT_SCHEDULED = "event_scheduled";
    static final String TOPIC_SLUGS = "topic_slugs";
    /** A topic's slug, for filters; also the topics' facet dimension. */
    public static final String TOPIC = "topic";
    /** An entity's slug, for filters. */
    public static final String ENTITY = "entity";
    /** The slugs of the entities an article mentions, stored. */
    static final String ENTITY_SLUGS = "entity_slugs";
    /** The event date, or else the publication date ({@link #NO_DAY}: neither), as a point: for closeness in time. */
    public static final String DAY = "day";

    /**
     * The {@link #DAY} of an article without a date: a billion days before the epoch, where closeness
     * in time (at most 0.3, halving at 30 days) is below 1e-8, less than any dated article's.
     */
    public static final long NO_DAY = -1_000_000_000L;
    /**
     * When the article last changed (corrected, or else stored), in microseconds since the epoch:
     * stored, and as doc values for the sitemaps' last change per part.
     */
    public static final String LAST_CHANGED = "last_changed";
    /** What a list shows of the article, one binary doc value ({@link Listing}). */
    static final String LISTING = "listing";
    /**
     * The id of the event the article reports, if any: a term (to find an event's reports: their
     * postings, where a point would visit every article of the index's blocks that hold one), stored, as numeric doc
     * values (to tell an event's reports apart in a pass over matches: a number, where a slug's doc
     * values would decompress a block of the terms dictionary at every lookup) and as a facet
     * dimension (to count events). Its title and slug are the database's.
     */
    public static final String EVENT = "event";
    /** An entity's slug, as often as the article mentions it. */
    static final String ENTITY_MENTIONS = "entity_mentions";

    /**
     * The headline's first 16 bytes (UTF-8) as two numbers, {@link #HEADLINE_KEY} and
     * {@link #HEADLINE_KEY_REST}, which sort as the bytes do. A sort on a string key reads the key of
     * every competitive hit, and each read decompresses a block of the terms dictionary: 6% of the
     * long-tail mix's CPU, 8% of the first page's, even with the key cut to 24 characters. Numbers are
     * read in place. 16 bytes still tell apart the headlines of one day pair; the id breaks the rest.
     */
    public static final String HEADLINE_KEY_REST = "headline_key_rest";

    private static final int HEADLINE_KEY_BYTES = 16;

    private Fields() {}

    /** The facet dimension of one kind of entity: each kind is counted and ranked apart. */
    public static String entityDimension(EntityKind kind) {
        return "entity_" + kind.name();
    }

    /**
     * The headline's first 16 bytes as two numbers, big-endian, shifted so that signed order is the
     * bytes' unsigned order; a shorter headline is padded with zero bytes, so that it sorts first.
     */
    public static long[] headlineKey(String headline) {
        byte[] utf8 = headline.getBytes(StandardCharsets.UTF_8);
        long[] key = new long[2];
        for (int i = 0; i < HEADLINE_KEY_BYTES; i++) {
            long b = i < utf8.length ? utf8[i] & 0xFF : 0;
            key[i / 8] = (key[i / 8] << 8) | b;
        }
        key[0] ^= Long.MIN_VALUE;
        key[1] ^= Long.MIN_VALUE;
        return key;
    }

    /** The term of {@link #EVENT} that an event's reports have. */
    public static BytesRef eventTerm(long eventId) {
        return new BytesRef(Long.toString(eventId));
    }
}
