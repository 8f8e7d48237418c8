package org.nkrtimeline.web;

import org.springframework.http.HttpStatus;

/** The words on an error page for each status: what went wrong and what the reader can do. */
final class ErrorPages {

    record Wording(String title, String detail, String hint) {
    }

    private ErrorPages() {
    }

    static Wording forStatus(int status) {
        return switch (status) {
            case 400 -> new Wording("This address has a problem", "The request could not be understood.",
                    "Check the link you followed, or start again from the timeline.");
            case 403 -> new Wording("Not allowed",
                    "This request was refused: changes can only be sent from this site's own forms, by a signed-in editor.",
                    "If you were editing, open the form again and resend it; nothing was changed.");
            case 404 -> new Wording("Page not found", "There is no page at this address.",
                    "The timeline lists every article; the topics page lists every topic.");
            case 405 -> new Wording("This page cannot do that",
                    "The pages of this site can be read, but they accept no submitted data at this address.",
                    "Open the page with an ordinary link instead.");
            case 406, 415 -> new Wording("Format not available", "This page is only available as HTML.", null);
            case 413 -> new Wording("Too large to accept",
                    "The upload is larger than the site accepts at once: up to 50 files of 1 MB each.",
                    "Send fewer or smaller files, or use the command-line import for large batches.");
            case 503 -> new Wording("Temporarily unavailable", "The timeline cannot be shown right now.",
                    "Please try again in a minute.");
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (status >= 500 || known == null) {
                    yield new Wording("Something went wrong on our side",
                            "The page could not be shown. The problem has been logged.", "Please try again later.");
                }
                yield new Wording(known.getReasonPhrase(), "The request could not be completed.", null);
            }
        };
    }
}
