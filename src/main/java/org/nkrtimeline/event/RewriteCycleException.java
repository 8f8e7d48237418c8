package org.nkrtimeline.event;

/**
 * A report named as a rewrite's original is, in one or more steps, a rewrite of that report: the chain
 * would come back to where it began (V28). Nothing was changed.
 */
public class RewriteCycleException extends RuntimeException {

    private final String original;

    RewriteCycleException(String rewrite, String original) {
        super("%s cannot be a rewrite of %s, which is a rewrite of it".formatted(rewrite, original));
        this.original = original;
    }

    /** The report that was named, whose own chain leads back. */
    public String original() {
        return original;
    }
}
