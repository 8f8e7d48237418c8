package org.nkrtimeline.article;

public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String slug) {
        super("No article has the address “" + slug + "”.");
    }
}
