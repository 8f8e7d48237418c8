package org.nkrtimeline.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;

/**
 * What a list of articles shows of one ({@link IndexedArticle#LISTED}), as one binary doc value per
 * article ({@link Fields#LISTING}). A list's entries were read from the stored fields, where each
 * article's body sits beside them: reading a headline decompressed the block holding the body (LZ4),
 * a third of a timeline page's index work. Doc values are read where they lie, uncompressed.
 */
final class Listing {

    private static final int LEDE = 1;
    private static final int EVENT_DATE = 1 << 1;
    private static final int ESTIMATED = 1 << 2;
    private static final int EVENT_NOTE = 1 << 3;
    private static final int SOURCE_URL = 1 << 4;
    private static final int PUBLISHED_DATE = 1 << 5;
    private static final int PUBLISHED_NOTE = 1 << 6;
    private static final int SCHEDULED = 1 << 7;
    private static final int EVENT = 1 << 8;

    private Listing() {}

    static BytesRef encode(IndexedArticle article) {
        ArticleDates dates = article.dates();
        int flags = (article.lede() != null ? LEDE : 0)
                | (dates.eventDate() != null ? EVENT_DATE : 0)
                | (dates.eventEstimated() ? ESTIMATED : 0)
                | (dates.eventNote() != null ? EVENT_NOTE : 0)
                | (dates.eventSourceUrl() != null ? SOURCE_URL : 0)
                | (dates.publishedDate() != null ? PUBLISHED_DATE : 0)
                | (dates.publishedNote() != null ? PUBLISHED_NOTE : 0)
                | (dates.eventScheduled() ? SCHEDULED : 0)
                | (article.eventId() != null ? EVENT : 0);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(flags);
            out.writeVLong(article.id());
            out.writeString(article.slug());
            out.writeString(article.headline());
            if (article.lede() != null) {
                out.writeString(article.lede());
            }
            out.writeString(dates.eventPrecision().name());
            if (dates.eventDate() != null) {
                out.writeZLong(dates.eventDate().toEpochDay());
            }
            writeIfPresent(out, dates.eventNote());
            writeIfPresent(out, dates.eventSourceUrl());
            if (dates.publishedDate() != null) {
                out.writeZLong(dates.publishedDate().toEpochDay());
            }
            writeIfPresent(out, dates.publishedNote());
            out.writeVInt(article.topicSlugs().size());
            for (String topic : article.topicSlugs()) {
                out.writeString(topic);
            }
            if (article.eventId() != null) {
                out.writeVLong(article.eventId());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The article as a list shows it: no body, entities or last change (not read). */
    static IndexedArticle decode(BytesRef bytes) {
        try {
            return read(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IndexedArticle read(ByteArrayDataInput in) throws java.io.IOException {
        int flags = in.readVInt();
        long id = in.readVLong();
        String slug = in.readString();
        String headline = in.readString();
        String lede = has(flags, LEDE) ? in.readString() : null;
        DatePrecision precision = DatePrecision.valueOf(in.readString());
        LocalDate eventDate = has(flags, EVENT_DATE) ? LocalDate.ofEpochDay(in.readZLong()) : null;
        String eventNote = has(flags, EVENT_NOTE) ? in.readString() : null;
        String sourceUrl = has(flags, SOURCE_URL) ? in.readString() : null;
        LocalDate published = has(flags, PUBLISHED_DATE) ? LocalDate.ofEpochDay(in.readZLong()) : null;
        String publishedNote = has(flags, PUBLISHED_NOTE) ? in.readString() : null;
        int topicCount = in.readVInt();
        List<String> topics = new ArrayList<>(topicCount);
        for (int i = 0; i < topicCount; i++) {
            topics.add(in.readString());
        }
        Long eventId = has(flags, EVENT) ? in.readVLong() : null;
        ArticleDates dates = new ArticleDates(
                eventDate,
                precision,
                has(flags, ESTIMATED),
                eventNote,
                sourceUrl,
                published,
                publishedNote,
                has(flags, SCHEDULED));
        return new IndexedArticle(id, slug, headline, lede, null, dates, null, topics, List.of(), eventId);
    }

    private static void writeIfPresent(ByteBuffersDataOutput out, String value) {
        if (value != null) {
            out.writeString(value);
        }
    }

    private static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
