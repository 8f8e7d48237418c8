package org.nkrtimeline.web;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.nkrtimeline.i18n.SiteText;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for requests that Tomcat refuses before they reach the application (an address
 * it cannot decode or normalise): the site's own styled page instead of Tomcat's. It says only
 * the status and fixed words, never anything from the request.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private final Supplier<String> stylesheet;
    private final SiteText text;

    SiteErrorReportValve(Supplier<String> stylesheet, SiteText text) {
        this.stylesheet = stylesheet;
        this.text = text;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            SecurityHeaders.addTo(response, request.isSecure());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status, ErrorPages.forStatus(status, text)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response already committed: nothing more can be said.
        }
    }

    private String page(int status, ErrorPages.Wording wording) {
        String hint = wording.hint() == null ? "" : "<p class=\"error-hint\">" + escape(wording.hint()) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="%6$s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex">
                  <title>%7$s</title>
                  <link rel="stylesheet" href="%2$s">
                </head>
                <body>
                  <a class="skip-link" href="#main">%8$s</a>
                  <header class="site-header"><div class="wrap site-header-inner">
                    <a class="site-title" href="/">%9$s</a>
                  </div></header>
                  <main id="main" class="wrap error-page">
                    <p class="error-status">%3$s</p>
                    <h1>%1$s</h1>
                    <p class="error-detail">%4$s</p>
                    %5$s
                    <p><a href="/">%10$s</a>.</p>
                  </main>
                  <footer class="site-footer"><div class="wrap"><p>%11$s</p></div></footer>
                </body>
                </html>
                """.formatted(
                        escape(wording.title()),
                        escape(stylesheet.get()),
                        escape(text.get("error.status", Integer.toString(status))),
                        escape(wording.detail()),
                        hint,
                        escape(text.locale().toLanguageTag()),
                        escape(text.get("site.pageTitle", wording.title())),
                        escape(text.get("layout.skipLink")),
                        escape(text.get("site.name")),
                        escape(text.get("error.timeline")),
                        escape(text.get("error.bare.footer")));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
