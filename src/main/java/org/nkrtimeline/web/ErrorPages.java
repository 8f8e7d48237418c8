package org.nkrtimeline.web;

import org.nkrtimeline.i18n.SiteText;
import org.springframework.http.HttpStatus;

/** The words on an error page for each status: what went wrong and what the reader can do. */
final class ErrorPages {

    record Wording(String title, String detail, String hint) {}

    private ErrorPages() {}

    static Wording forStatus(int status, SiteText text) {
        return switch (status) {
            case 400 -> wording(text, "error.400.title", "error.400.detail", "error.400.hint");
            case 403 -> wording(text, "error.403.title", "error.403.detail", "error.403.hint");
            case 404 -> wording(text, "error.404.title", "error.404.detail", "error.404.hint");
            case 405 -> wording(text, "error.405.title", "error.405.detail", "error.405.hint");
            case 406, 415 -> wording(text, "error.406.title", "error.406.detail", null);
            case 413 -> wording(text, "error.413.title", "error.413.detail", "error.413.hint");
            case 503 -> wording(text, "error.503.title", "error.503.detail", "error.503.hint");
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (status >= 500 || known == null) {
                    yield wording(text, "error.500.title", "error.500.detail", "error.500.hint");
                }
                yield new Wording(known.getReasonPhrase(), text.get("error.other.detail"), null);
            }
        };
    }

    private static Wording wording(SiteText text, String titleKey, String detailKey, String hintKey) {
        return new Wording(text.get(titleKey), text.get(detailKey), hintKey == null ? null : text.get(hintKey));
    }
}
