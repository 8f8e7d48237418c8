package org.nkrtimeline.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The role of a signed-in editor's session. Readers have no account and so no role: a page that
 * shows editors more (an "Edit" link, a hidden article) asks {@link #isSignedIn}.
 */
public final class EditorRole {

    /** Spring Security's role name, without its "ROLE_" prefix. */
    public static final String NAME = "EDITOR";

    private EditorRole() {}

    public static boolean isSignedIn(HttpServletRequest request) {
        return request.isUserInRole(NAME);
    }
}
