package org.nkrtimeline.collection;

import org.nkrtimeline.web.NotFoundException;

public class ArticleNotFoundException extends NotFoundException {

    private static final Wording WORDING =
            new Wording("error.article.title", "error.article.detail", "error.article.hint");

    public ArticleNotFoundException(String slug) {
        super(WORDING, slug, "No article has the address “" + slug + "”.");
    }
}
