package org.nkrtimeline.index;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The articles a rebuild reads, until the database's connection dies after the first
 * {@code dieAfter} of them: {@link #next} then throws "connection lost halfway".
 */
final class DyingArticles implements Iterator<IndexedArticle> {

    private final List<IndexedArticle> articles;
    private final int dieAfter;
    private int given;

    DyingArticles(List<IndexedArticle> articles, int dieAfter) {
        this.articles = articles;
        this.dieAfter = dieAfter;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public IndexedArticle next() {
        if (given == dieAfter) {
            throw new IllegalStateException("connection lost halfway");
        }
        if (given >= articles.size()) {
            throw new NoSuchElementException();
        }
        return articles.get(given++);
    }
}
