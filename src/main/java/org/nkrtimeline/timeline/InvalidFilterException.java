package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.i18n.Message;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.web.ReaderErrorException;
import org.springframework.http.HttpStatus;

/**
 * A timeline request the reader can fix: what was wrong, how to fix it, and which parameters of the
 * address are at fault (the API names them in its problem details; the page says it in words). The
 * problem and the hint are messages (keys with their arguments), read in whichever language the one
 * who shows them speaks: the page in the site's locale, the API in English.
 */
public class InvalidFilterException extends ReaderErrorException {

    private final Message problem;
    private final Message hint;
    private final List<String> parameters;

    public InvalidFilterException(Message problem, Message hint, String... parameters) {
        super(problem.english());
        this.problem = problem;
        this.hint = hint;
        this.parameters = List.of(parameters);
    }

    /** What was wrong, in the language of {@code text}; {@link #getMessage()} is the English. */
    public String problem(SiteText text) {
        return problem.in(text);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String title(SiteText text) {
        return text.get("error.filter.title");
    }

    @Override
    public String detail(SiteText text) {
        return problem(text);
    }

    @Override
    public String hint(SiteText text) {
        return hint.in(text);
    }

    /** How to fix it, in English. */
    public String hint() {
        return hint(SiteText.ENGLISH);
    }

    /** The parameters at fault, such as {@code from} and {@code to} for a start after the end. */
    public List<String> parameters() {
        return parameters;
    }
}
