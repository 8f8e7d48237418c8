package org.nkrtimeline.web;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for requests that Tomcat refuses before they reach the application (an address
 * it cannot decode or normalise): the site's own styled page instead of Tomcat's. It says only
 * the status and fixed words, never anything from the request.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private final Supplier<String> stylesheet;

    SiteErrorReportValve(Supplier<String> stylesheet) {
        this.stylesheet = stylesheet;
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
                writer.write(page(status, ErrorPages.forStatus(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response already committed: nothing more can be said.
        }
    }

    private String page(int status, ErrorPages.Wording wording) {
        String hint = wording.hint() == null ? "" : "<p class=\"error-hint\">" + HtmlUtils.htmlEscape(wording.hint()) + "</p>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex">
                  <title>%1$s · North Korea–Russia relations</title>
                  <link rel="stylesheet" href="%2$s">
                </head>
                <body>
                  <a class="skip-link" href="#main">Skip to content</a>
                  <header class="site-header"><div class="wrap site-header-inner">
                    <a class="site-title" href="/">North Korea–Russia relations</a>
                  </div></header>
                  <main id="main" class="wrap error-page">
                    <p class="error-status">Error %3$d</p>
                    <h1>%1$s</h1>
                    <p class="error-detail">%4$s</p>
                    %5$s
                    <p><a href="/">Go to the full timeline</a>.</p>
                  </main>
                  <footer class="site-footer"><div class="wrap"><p>A timeline built from dated news articles.</p></div></footer>
                </body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(wording.title()), HtmlUtils.htmlEscape(stylesheet.get()), status,
                HtmlUtils.htmlEscape(wording.detail()), hint);
    }
}
