package org.nkrtimeline.event;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.nkrtimeline.index.BodyLike;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.IndexedArticle;
import org.nkrtimeline.index.ReadIndex;
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

    private static final Sort BEST_FIRST =
            new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.LONG));

    private final ReadIndex index;

    NearDuplicates(ReadIndex index) {
        this.index = index;
    }

    /** The articles whose text has most of {@code bodyText}'s word triples, the largest share first. */
    public List<NearDuplicate> of(String bodyText) {
        if (!index.isReady()) {
            return List.of();
        }
        return index.reading(reading -> {
            ScoreDoc[] candidates = reading.search(new BodyLike(bodyText), CANDIDATES, BEST_FIRST, null).scoreDocs;
            List<String> bodies = reading.bodies(candidates);
            List<IndexedArticle> listed = reading.stored(candidates, IndexedArticle.LISTED);
            return IntStream.range(0, candidates.length)
                    .mapToObj(i -> new NearDuplicate(
                            listed.get(i).id(),
                            listed.get(i).slug(),
                            listed.get(i).headline(),
                            WordTriples.shareOf(bodyText, bodies.get(i))))
                    .filter(found -> found.share() >= SHARED)
                    .sorted(Comparator.comparingDouble(NearDuplicate::share).reversed())
                    .toList();
        });
    }
}
