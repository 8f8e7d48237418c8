package org.nkrtimeline.collection;

import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.web.ReaderErrorException;
import org.springframework.http.HttpStatus;

public class ArticleNotFoundException extends ReaderErrorException {

    private final String slug;

    public ArticleNotFoundException(String slug) {
        super("No article has the address “" + slug + "”.");
        this.slug = slug;
    }

    /** The address that names no article, for the error page to quote. */
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title(SiteText text) {
        return text.get("error.article.title");
    }

    @Override
    public String detail(SiteText text) {
        return text.get("error.article.detail", slug);
    }

    @Override
    public String hint(SiteText text) {
        return text.get("error.article.hint");
    }
}
