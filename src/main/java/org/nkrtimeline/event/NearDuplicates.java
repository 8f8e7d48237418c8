package org.nkrtimeline.event;

import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.nkrtimeline.index.ArticleIndex;
import org.nkrtimeline.index.IndexedArticle;
import org.springframework.stereotype.Component;

/**
 * The published articles of which a new text is substantially a copy, reworded or not: the content
 * hash catches only the exact copy. The read index proposes the few articles most like it (Lucene's
 * MoreLikeThis), and the word triples decide: a copy keeps most of its three-word sequences, two
 * reports written apart share next to none (docs/events.md).
 */
@Component
public class NearDuplicates {

    /** Articles the index proposes to compare: the likeliest copies rank first by far. */
    static final int CANDIDATES = 5;

    /** At least half of the new text's word triples are in the article. */
    static final double SHARED = 0.5;

    private final ArticleIndex index;

    NearDuplicates(ArticleIndex index) {
        this.index = index;
    }

    /** The articles whose text has most of {@code bodyText}'s word triples, the largest share first. */
    public List<NearDuplicate> of(String bodyText) {
        if (!index.isReady()) {
            return List.of();
        }
        return index.read(reading -> {
            ScoreDoc[] candidates = reading.search(
                            reading.likeBody(bodyText, index.analyzer()), CANDIDATES, Sort.RELEVANCE, null)
                    .scoreDocs;
            return reading.stored(candidates, IndexedArticle.LISTED_WITH_BODY).stream()
                    .map(article -> new NearDuplicate(
                            article.id(),
                            article.slug(),
                            article.headline(),
                            WordTriples.shareOf(bodyText, article.bodyText())))
                    .filter(found -> found.share() >= SHARED)
                    .sorted(Comparator.comparingDouble(NearDuplicate::share).reversed())
                    .toList();
        });
    }
}
