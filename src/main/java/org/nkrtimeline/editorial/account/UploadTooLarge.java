package org.nkrtimeline.editorial.account;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Recognises a form Tomcat could not read because it was too large. Spring Security looks for the
 * CSRF token among the form's fields, so such a form first looks like a forged one; the editor should
 * hear that the upload was too large instead.
 */
final class UploadTooLarge {

    /** Tomcat's request attribute naming why it could not parse the parameters (Globals). */
    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private UploadTooLarge() {}

    static boolean isCause(HttpServletRequest request) {
        Object reason = request.getAttribute(PARSE_FAILED_REASON);
        return reason != null
                && (reason.toString().equals("POST_TOO_LARGE")
                        || reason.toString().equals("TOO_MANY_PARAMETERS"));
    }
}
