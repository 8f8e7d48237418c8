package org.nkrtimeline.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.entity.EntityRecogniser;
import org.nkrtimeline.entity.Gazetteer;
import org.nkrtimeline.entity.GazetteerEntry;
import org.nkrtimeline.entity.Mention;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineRepository;
import org.nkrtimeline.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    static final int RELATED_ARTICLES = 3;

    private final ArticleRepository articles;
    private final TimelineService timeline;
    private final Gazetteer gazetteer;
    private final RelatedArticleRepository related;
    private final ArticleAddresses addresses;
    private final EventService events;
    private final ArticleParser parser = new ArticleParser();

    ArticleService(
            ArticleRepository articles,
            TimelineService timeline,
            Gazetteer gazetteer,
            RelatedArticleRepository related,
            ArticleAddresses addresses,
            EventService events) {
        this.articles = articles;
        this.timeline = timeline;
        this.gazetteer = gazetteer;
        this.related = related;
        this.addresses = addresses;
        this.events = events;
    }

    /**
     * Where a former address of an article leads now: the article's current slug, if the asker may
     * see the article (readers: only a public one; an editor, {@code forEditor}: any). An article's
     * slug follows its headline until it is first published, and stays after.
     */
    @Transactional(readOnly = true)
    public Optional<String> currentSlug(String formerSlug, boolean forEditor) {
        return addresses.currentSlug(formerSlug, forEditor);
    }

    /**
     * The article's page. An article readers may not see (hidden, or awaiting review) is not found,
     * except by an editor ({@code forEditor}), who sees it marked as such. So the article is loaded
     * from the table, not from the view of public articles, and {@link Article#isPublic()} checked
     * here: the one public read of the table (PublicReadsTest).
     */
    @Transactional(readOnly = true)
    public ArticlePage page(String slug, TimelineFilter filter, boolean forEditor) {
        Article article = articles.findWithTopicsAndMentionsBySlug(slug)
                .filter(found -> forEditor || found.isPublic())
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        ParsedArticle parsed = parse(article);
        List<MentionedEntity> mentioned = gazetteer.mentioned(article.getMentionCounts());
        TimelineRepository.PlaceInTimeline place = timeline.placeOf(
                filter,
                article.getId(),
                parsed.blocks().stream().map(Block::text).toList());
        List<BodyBlock> body =
                BodyMarkup.blocks(parsed.blocks(), firstMentions(parsed.blocks(), mentioned), place.marked());
        return new ArticlePage(
                article,
                body,
                ArticlePage.readingMinutes(parsed.wordCount()),
                place.neighbours(),
                filter,
                mentioned,
                related.findRelated(article.getId(), RELATED_ARTICLES),
                parsed.removedDebris(),
                Provenance.of(article, parsed, mentioned),
                events.eventOf(article.getId()).orElse(null));
    }

    /**
     * The public article's text and facts, without the page's links, neighbours and related articles:
     * one statement. An article readers may not see is not found, whoever asks.
     */
    @Transactional(readOnly = true)
    public ArticleText text(String slug) {
        Article article = articles.findWithTopicsAndMentionsBySlug(slug)
                .filter(Article::isPublic)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
        ParsedArticle parsed = parse(article);
        List<MentionedEntity> mentioned = gazetteer.mentioned(article.getMentionCounts());
        return new ArticleText(article, parsed.blocks(), mentioned, Provenance.of(article, parsed, mentioned));
    }

    /** A link on the first mention of each entity in the body, so the text is not a sea of links. */
    private static List<BodyMarkup.Link> firstMentions(List<Block> blocks, List<MentionedEntity> mentioned) {
        EntityRecogniser recogniser = new EntityRecogniser(
                mentioned.stream().map(MentionedEntity::entity).toList());
        Set<GazetteerEntry> linked = new HashSet<>();
        List<BodyMarkup.Link> links = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (Mention mention : recogniser.find(blocks.get(i).text())) {
                if (linked.add(mention.entity())) {
                    links.add(new BodyMarkup.Link(
                            i,
                            mention.start(),
                            mention.end(),
                            "/entities/" + mention.entity().slug()));
                }
            }
        }
        return links;
    }

    /** The page is rendered from the stored source text, so it always shows every sentence of the source. */
    private ParsedArticle parse(Article article) {
        return parser.parseStored(article.getSourceText(), article.getSourceFile());
    }
}
