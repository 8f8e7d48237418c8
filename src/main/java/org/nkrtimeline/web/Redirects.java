package org.nkrtimeline.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects a controller answers with, to an address on this site. */
public final class Redirects {

    private Redirects() {}

    /**
     * A permanent redirect (301) to {@code path} (and query), as it is: a former address of something
     * that has moved. Nothing of the request or the model is added to it.
     */
    public static View movedPermanently(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        view.setExpandUriTemplateVariables(false);
        return view;
    }

    /**
     * A redirect after a form's POST (303 See Other): the browser asks for {@code path} with a GET, so
     * reloading the page it lands on sends nothing again. Flash attributes go with it.
     */
    public static View seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        view.setExpandUriTemplateVariables(false);
        return view;
    }
}
