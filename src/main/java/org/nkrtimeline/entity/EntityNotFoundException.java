package org.nkrtimeline.entity;

import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.web.ReaderErrorException;
import org.springframework.http.HttpStatus;

public class EntityNotFoundException extends ReaderErrorException {

    private final String slug;

    public EntityNotFoundException(String slug) {
        super("No person, place or organisation has the address “" + slug + "”.");
        this.slug = slug;
    }

    /** The address that names no entity, for the error page to quote. */
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title(SiteText text) {
        return text.get("error.entity.title");
    }

    @Override
    public String detail(SiteText text) {
        return text.get("error.entity.detail", slug);
    }

    @Override
    public String hint(SiteText text) {
        return text.get("error.entity.hint");
    }
}
