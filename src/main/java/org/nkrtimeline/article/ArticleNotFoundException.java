package org.nkrtimeline.article;

public class ArticleNotFoundException extends RuntimeException {

    private final String slug;

    public ArticleNotFoundException(String slug) {
        super("No article has the address “" + slug + "”.");
        this.slug = slug;
    }

    /** The address that names no article, for the error page to quote. */
    public String slug() {
        return slug;
    }
}
