package org.nkrtimeline.web;

import org.nkrtimeline.i18n.SiteText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Turns the errors a reader can cause into styled pages that say what was wrong and how to fix it. */
@ControllerAdvice
class ErrorPageAdvice {

    private final SiteText text;

    ErrorPageAdvice(SiteText text) {
        this.text = text;
    }

    @ExceptionHandler(ReaderErrorException.class)
    ModelAndView readerError(ReaderErrorException e) {
        return page(e.status(), e.title(text), e.detail(text), e.hint(text));
    }

    /** An upload beyond the multipart limits (application.properties), before any controller saw it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge() {
        ErrorPages.Wording wording = ErrorPages.forStatus(HttpStatus.PAYLOAD_TOO_LARGE.value(), text);
        return page(HttpStatus.PAYLOAD_TOO_LARGE, wording.title(), wording.detail(), wording.hint());
    }

    private static ModelAndView page(HttpStatus status, String title, String detail, String hint) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("hint", hint);
        return page;
    }
}
