package org.nkrtimeline.editorial.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.collection.Slugs;
import org.nkrtimeline.collection.source.ArticleParseException;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.collection.source.ContentHash;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.editorial.edit.ArticleChangeRepository;
import org.nkrtimeline.editorial.edit.ArticleField;
import org.nkrtimeline.editorial.edit.ArticleMetadata;
import org.nkrtimeline.editorial.edit.FreeAddresses;
import org.nkrtimeline.editorial.edit.HeadlinePlaceholder;
import org.nkrtimeline.entity.Gazetteer;
import org.nkrtimeline.event.NearDuplicates;
import org.nkrtimeline.i18n.Message;
import org.nkrtimeline.topic.TopicRuleRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports article files through the parser the seeds went through. Each file is one transaction:
 * a file that fails leaves nothing behind, and the other files of a batch still import. The article is
 * tagged with the entities it names and filed under its topics: those an editor chose in the
 * preview, or those the rules propose for the command line. Importing the same text twice finds the
 * first import by its {@link ContentHash} and adds nothing. The event date is the editor's to set
 * (the file format carries no event date); the command line leaves it unknown. Every
 * import is the first entry of the article's history.
 *
 * <p>An article no editor has reviewed is not public: it is imported awaiting review, and readers see
 * it once an editor publishes it, unless the import is told to publish it ({@link Publish#NOW}: a
 * trusted batch on the command line, or the editor's choice on the import review). A publication is
 * recorded in the history, after the import.
 */
@Service
public class ArticleImporter {

    private final JdbcClient jdbc;
    private final FreeAddresses addresses;
    private final Gazetteer gazetteer;
    private final TopicRuleRepository topicRules;
    private final TransactionTemplate transaction;
    private final ArticleChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final NearDuplicates nearDuplicates;
    private final ArticleParser parser = new ArticleParser();

    ArticleImporter(
            JdbcClient jdbc,
            Gazetteer gazetteer,
            TopicRuleRepository topicRules,
            TransactionTemplate transaction,
            ArticleChangeRepository changes,
            FreeAddresses addresses,
            ApplicationEventPublisher events,
            NearDuplicates nearDuplicates) {
        this.jdbc = jdbc;
        this.nearDuplicates = nearDuplicates;
        this.addresses = addresses;
        this.gazetteer = gazetteer;
        this.topicRules = topicRules;
        this.transaction = transaction;
        this.changes = changes;
        this.events = events;
    }

    /**
     * What importing the file would do, changing nothing: the article as the parser reads it, with a
     * proposed headline, its publication date, the topics the rules propose and the entities it names;
     * or that it duplicates a stored article; or why it cannot be imported.
     */
    public ImportPreview preview(SourceFile file) {
        ParsedArticle parsed;
        try {
            parsed = parser.parse(file.bytes(), file.name());
        } catch (ArticleParseException e) {
            return ImportPreview.rejected(file, e.text());
        }
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Optional<String> existing = slugWithHash(ContentHash.of(parsed));
            if (existing.isPresent()) {
                return ImportPreview.duplicate(file, existing.get());
            }
            Optional<String> headline = Headlines.propose(parsed);
            ArticleMetadata proposal = propose(parsed, file.name());
            return ImportPreview.ready(
                    file,
                    parsed,
                    proposal,
                    gazetteer.named(headline.orElse(""), texts(parsed)),
                    headline.isEmpty(),
                    nearDuplicates.of(parsed.bodyText()));
        });
    }

    /**
     * Imports the file as the command line does, with the proposals as they are: the first sentence
     * as headline, the header's publication date, the rules' topics. No editor reviewed it, so it
     * awaits review unless {@code publish} says {@link Publish#NOW}.
     */
    public ImportOutcome importFile(SourceFile file, Publish publish) {
        return importArticle(file, null, publish, null);
    }

    /** Imports the file with the metadata an editor reviewed in the preview, published or not as they chose. */
    public ImportOutcome importReviewed(SourceFile file, ArticleMetadata reviewed, Publish publish, long editorId) {
        return importArticle(file, reviewed, publish, editorId);
    }

    private ImportOutcome importArticle(SourceFile file, ArticleMetadata reviewed, Publish publish, Long editorId) {
        ParsedArticle parsed;
        try {
            parsed = parser.parse(file.bytes(), file.name());
        } catch (ArticleParseException e) {
            return ImportOutcome.rejected(file.name(), e.text());
        }
        String hash = ContentHash.of(parsed);
        try {
            return transaction.execute(status -> {
                Optional<String> existing = slugWithHash(hash);
                if (existing.isPresent()) {
                    return ImportOutcome.duplicate(file.name(), existing.get());
                }
                ArticleMetadata metadata = reviewed == null ? propose(parsed, file.name()) : reviewed;
                boolean placeholder = HeadlinePlaceholder.is(metadata.headline(), file.name());
                ImportOutcome.Publication publication = placeholder
                        ? ImportOutcome.Publication.HEADLINE_NEEDED
                        : publish == Publish.NOW
                                ? ImportOutcome.Publication.PUBLISHED
                                : ImportOutcome.Publication.AWAITING_REVIEW;
                String slug = addresses.free(Slugs.fromHeadline(metadata.headline(), Slugs.FALLBACK), null);
                long id = insert(file, parsed, metadata, slug, hash, publication);
                // A file's name names no one: the entities are those of the text alone.
                gazetteer.tag(id, placeholder ? "" : metadata.headline(), texts(parsed));
                fileUnder(id, metadata.topics());
                changes.record(id, editorId, 0, ArticleField.IMPORTED, null, "from " + file.name());
                if (publication == ImportOutcome.Publication.PUBLISHED) {
                    changes.record(id, editorId, 0, ArticleField.PUBLISHED, null, "published at its import");
                }
                events.publishEvent(new CollectionChanged());
                return ImportOutcome.imported(file.name(), slug, publication);
            });
        } catch (DuplicateKeyException e) {
            // The same text, imported at the same moment by someone else: it is there now.
            return ImportOutcome.duplicate(file.name(), null);
        } catch (DataAccessException e) {
            return ImportOutcome.rejected(
                    file.name(),
                    new Message(
                            "import.error.database",
                            file.name(),
                            e.getMostSpecificCause().getMessage()));
        }
    }

    private Optional<String> slugWithHash(String hash) {
        return jdbc.sql("select slug from article where content_hash = ?")
                .param(hash)
                .query(String.class)
                .optional();
    }

    private long insert(
            SourceFile file,
            ParsedArticle parsed,
            ArticleMetadata metadata,
            String slug,
            String hash,
            ImportOutcome.Publication publication) {
        ArticleDates dates = metadata.dates();
        return jdbc.sql("""
                        insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                             event_date, event_date_precision, event_date_estimated, event_date_note,
                                             event_date_source_url, published_date, published_date_note, content_hash,
                                             event_scheduled, awaiting_review, source_name, source_url)
                        values (:slug, :headline, :file, :source, :body, :lede, :words,
                                :eventDate, :precision, :estimated, :eventNote,
                                :sourceUrl, :published, :publishedNote, :hash,
                                :scheduled, :awaiting, :sourceName, :articleSourceUrl)
                        returning id
                        """)
                .param("slug", slug)
                .param("headline", metadata.headline())
                .param("file", file.name())
                // The parser accepted the bytes as strict UTF-8, so this is the file's text exactly.
                .param("source", new String(file.bytes(), StandardCharsets.UTF_8))
                .param("body", parsed.bodyText())
                .param("lede", parsed.lede())
                .param("words", parsed.wordCount())
                .param("eventDate", dates.eventDate())
                .param("precision", dates.eventPrecision().name())
                .param("estimated", dates.eventEstimated())
                .param("eventNote", dates.eventNote())
                .param("sourceUrl", dates.eventSourceUrl())
                .param("published", dates.publishedDate())
                .param("publishedNote", dates.publishedNote())
                .param("hash", hash)
                .param("scheduled", dates.eventScheduled())
                .param("awaiting", publication != ImportOutcome.Publication.PUBLISHED)
                // Where the text came from, as its header says; editors correct it on the edit form.
                .param("sourceName", parsed.sourceName().orElse(null))
                .param("articleSourceUrl", parsed.sourceUrl().orElse(null))
                .query(Long.class)
                .single();
    }

    private void fileUnder(long articleId, List<String> topics) {
        jdbc.sql("insert into article_topic (article_id, topic_id) select ?, id from topic where slug = any(?)")
                .param(articleId)
                .param(topics.toArray(String[]::new))
                .update();
    }

    /**
     * What the file proposes by itself: its first sentence or clause as headline ({@link Headlines};
     * the file's name standing in when neither fits, {@link HeadlinePlaceholder}), its header's
     * publication date (the event date is the editor's to set), and the topics the rules find in it.
     */
    private ArticleMetadata propose(ParsedArticle parsed, String fileName) {
        Optional<String> headline = Headlines.propose(parsed);
        ArticleDates dates = new ArticleDates(
                null, null, false, null, null, parsed.publishedDate().orElse(null), null);
        return new ArticleMetadata(
                headline.orElse(HeadlinePlaceholder.of(fileName)),
                dates,
                topicRules.proposeTopics(headline.orElse(""), parsed.bodyText()));
    }

    private static List<String> texts(ParsedArticle parsed) {
        return parsed.blocks().stream().map(Block::text).toList();
    }
}
