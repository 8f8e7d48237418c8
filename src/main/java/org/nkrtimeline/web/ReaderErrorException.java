package org.nkrtimeline.web;

import org.nkrtimeline.i18n.SiteText;
import org.springframework.http.HttpStatus;

/**
 * A request the reader can fix (an address that names nothing, a malformed filter), which the site
 * answers with a styled page saying what was wrong and how to fix it. Features throw their own
 * subclasses; {@link ErrorPageAdvice} renders them all without knowing any feature.
 */
public abstract class ReaderErrorException extends RuntimeException {

    protected ReaderErrorException(String englishMessage) {
        super(englishMessage);
    }

    public abstract HttpStatus status();

    public abstract String title(SiteText text);

    public abstract String detail(SiteText text);

    /** What the reader can do about it; null if nothing. */
    public abstract String hint(SiteText text);
}
