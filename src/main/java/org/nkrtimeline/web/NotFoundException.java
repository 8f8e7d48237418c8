package org.nkrtimeline.web;

import org.nkrtimeline.i18n.SiteText;
import org.springframework.http.HttpStatus;

/**
 * An address that names nothing of one kind (an article, a person…): a 404 whose title, detail
 * (a message that quotes the address) and hint are messages the subclass names.
 */
public abstract class NotFoundException extends ReaderErrorException {

    /** The message keys of the page's words: title, detail (with the address as {0}), hint. */
    public record Wording(String titleKey, String detailKey, String hintKey) {}

    private final Wording wording;
    private final String slug;

    protected NotFoundException(Wording wording, String slug, String englishMessage) {
        super(englishMessage);
        this.wording = wording;
        this.slug = slug;
    }

    /** The address that names nothing, for the error page to quote. */
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title(SiteText text) {
        return text.get(wording.titleKey());
    }

    @Override
    public String detail(SiteText text) {
        return text.get(wording.detailKey(), slug);
    }

    @Override
    public String hint(SiteText text) {
        return text.get(wording.hintKey());
    }
}
