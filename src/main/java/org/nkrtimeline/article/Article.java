package org.nkrtimeline.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.topic.Topic;

@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String headline;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "source_text", nullable = false)
    private String sourceText;

    @Column(nullable = false)
    private String lede;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_date_precision", nullable = false)
    private DatePrecision eventDatePrecision = DatePrecision.DAY;

    @Column(name = "event_date_estimated", nullable = false)
    private boolean eventDateEstimated;

    @Column(name = "event_date_note")
    private String eventDateNote;

    @Column(name = "event_date_source_url")
    private String eventDateSourceUrl;

    @Column(name = "published_date")
    private LocalDate publishedDate;

    @Column(name = "published_date_note")
    private String publishedDateNote;

    @Column(name = "event_scheduled", nullable = false)
    private boolean eventScheduled;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reference_urls", nullable = false)
    private List<String> referenceUrls = new ArrayList<>();

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "awaiting_review", nullable = false)
    private boolean awaitingReview;

    @Column(name = "corrected_at")
    private OffsetDateTime correctedAt;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_url")
    private String sourceUrl;

    @Version
    @Column(nullable = false)
    private long version;

    @ManyToMany
    @JoinTable(
            name = "article_topic",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("position")
    private Set<Topic> topics = new LinkedHashSet<>();

    /** How often the article names each entity, by entity id (V7's article_entity). */
    @ElementCollection
    @CollectionTable(name = "article_entity", joinColumns = @JoinColumn(name = "article_id"))
    @MapKeyColumn(name = "entity_id")
    @Column(name = "mention_count")
    private Map<Long, Integer> mentionCounts = new HashMap<>();

    protected Article() {}

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getSourceText() {
        return sourceText;
    }

    public String getLede() {
        return lede;
    }

    public int getWordCount() {
        return wordCount;
    }

    /** Hidden by an editor: on no public page, though kept with its history. */
    public boolean isHidden() {
        return hidden;
    }

    /** Imported and not yet published by an editor: on no public page, like a hidden article. */
    public boolean isAwaitingReview() {
        return awaitingReview;
    }

    /**
     * Whether readers may see the article: published and not hidden. The view public_article (V16,
     * V17) says the same in SQL for every other public read.
     */
    public boolean isPublic() {
        return !hidden && !awaitingReview;
    }

    /** When a field readers see last changed after publication; null if never. */
    public OffsetDateTime getCorrectedAt() {
        return correctedAt;
    }

    /** Who published the text, from the source file's header or an editor; null when nothing says. */
    public String getSourceName() {
        return sourceName;
    }

    /** Where the text was published, an http(s) address; null when nothing says. */
    public String getSourceUrl() {
        return sourceUrl;
    }

    public List<String> getReferenceUrls() {
        return List.copyOf(referenceUrls);
    }

    public List<Topic> getTopics() {
        return List.copyOf(topics);
    }

    public Map<Long, Integer> getMentionCounts() {
        return Map.copyOf(mentionCounts);
    }

    public ArticleDates getDates() {
        return new ArticleDates(
                eventDate,
                eventDatePrecision,
                eventDateEstimated,
                eventDateNote,
                eventDateSourceUrl,
                publishedDate,
                publishedDateNote,
                eventScheduled);
    }
}
