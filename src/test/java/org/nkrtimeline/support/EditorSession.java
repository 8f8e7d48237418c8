package org.nkrtimeline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Connection.KeyVal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.nkrtimeline.support.WebTest.Page;

/**
 * A browser's session with the site over real HTTP: it keeps its cookies, fills in and sends the
 * forms the pages render (CSRF token included, as a browser would), and can send anything a forger
 * could. Redirects are not followed, so tests see them.
 */
public final class EditorSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private EditorSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static EditorSession anonymous(int port) {
        return new EditorSession(port);
    }

    /** A session signed in through the sign-in form. */
    public static EditorSession signedIn(int port, String username, String password) {
        EditorSession session = new EditorSession(port);
        Page result = session.signIn(username, password);
        assertThat(result.location()).as("signing in as " + username).isEqualTo("/editor");
        return session;
    }

    public Page signIn(String username, String password) {
        Document page = get("/editor/sign-in").document();
        return submit(page, "form[action=/editor/sign-in]", Map.of("username", username, "password", password));
    }

    public Page get(String pathAndQuery) {
        return WebTest.send(http, HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    /** A GET with extra request headers, given as name, value, name, value... */
    public Page get(String pathAndQuery, String... headers) {
        return WebTest.send(
                http, HttpRequest.newBuilder(uri(pathAndQuery)).headers(headers).GET());
    }

    /** A page that must answer 200. */
    public Document getOk(String pathAndQuery) {
        Page page = get(pathAndQuery);
        assertThat(page.status()).as(pathAndQuery).isEqualTo(200);
        return page.document();
    }

    /** The form's fields as a browser would send them, with {@code values} replacing those of the same name. */
    public Page submit(Document page, String formSelector, Map<String, String> values) {
        return submit(
                page,
                formSelector,
                fields -> values.forEach((name, value) -> {
                    fields.removeIf(field -> field.getKey().equals(name));
                    fields.add(Map.entry(name, value));
                }));
    }

    /** The form's fields as a browser would send them, changed by {@code edit} (ticking, unticking...). */
    public Page submit(Document page, String formSelector, Consumer<List<Map.Entry<String, String>>> edit) {
        FormElement form = (FormElement) page.selectFirst(formSelector);
        assertThat(form).as("form " + formSelector).isNotNull();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (KeyVal field : form.formData()) {
            fields.add(Map.entry(field.key(), field.value()));
        }
        edit.accept(fields);
        return post(form.attr("action"), fields);
    }

    /** A form-encoded POST of exactly these fields. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return WebTest.send(
                http,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart upload of files, with the CSRF token of {@code page}'s upload form after them. */
    public Page upload(Document page, List<Map.Entry<String, byte[]>> files) {
        return upload(page, files, false);
    }

    /**
     * A multipart upload of files, with the form's other fields (the CSRF token) before them, as
     * browsers never send it but other clients may, or after them, as browsers do.
     */
    public Page upload(Document page, List<Map.Entry<String, byte[]>> files, boolean fieldsFirst) {
        FormElement form = (FormElement) page.selectFirst("form[enctype=multipart/form-data]");
        assertThat(form).as("upload form").isNotNull();
        String boundary = "----nkr" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        List<byte[]> fields = new ArrayList<>();
        for (KeyVal field : form.formData()) {
            if (!field.key().equals("files")) {
                fields.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.key() + "\"\r\n\r\n"
                                + field.value() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        if (fieldsFirst) {
            parts.addAll(fields);
        }
        for (Map.Entry<String, byte[]> file : files) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: text/plain\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            parts.add(file.getValue());
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (!fieldsFirst) {
            // As browsers send them: Thymeleaf puts the CSRF field at the end of the form.
            parts.addAll(fields);
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return WebTest.send(
                http,
                HttpRequest.newBuilder(uri(form.attr("action")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    /** The value of the session cookie, if the session has one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
