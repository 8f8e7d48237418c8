package org.nkrtimeline.event;

import org.nkrtimeline.index.ArticleIndex;

/** For tests elsewhere: near duplicates found in this instance's read index, whatever pages read. */
public final class NearDuplicatesInTheReadIndex {

    private NearDuplicatesInTheReadIndex() {}

    public static NearDuplicates of(ArticleIndex index) {
        return new NearDuplicates(index);
    }
}
