package org.nkrtimeline.web;

import java.util.Map;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives the pages that Spring Boot's error controller renders (unknown paths, wrong methods, anything
 * unexpected) the same wording as the errors this application raises itself. Exception messages and
 * stack traces never reach the page.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    /** What {@link DefaultErrorAttributes} reports when /error is opened directly, with no error behind it. */
    private static final int NO_ERROR = 999;

    private final SiteText text;

    ErrorPageAttributes(SiteText text) {
        this.text = text;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        if (status == NO_ERROR) {
            status = 404;
            attributes.put("status", status);
            attributes.put("error", "Not Found");
        }
        ErrorPages.Wording wording = ErrorPages.forStatus(status, text);
        attributes.put("title", wording.title());
        attributes.put("detail", wording.detail());
        attributes.put("hint", wording.hint());
        return attributes;
    }
}
