package org.nkrtimeline.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nkrtimeline.web.HeldResponse;
import org.nkrtimeline.web.RequestPaths;
import org.nkrtimeline.web.SecurityHeaders;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves readers' pages from {@link PageCache} while the collection is unchanged, and tells browsers
 * and proxies how to cache them: a strong ETag of the bytes, Last-Modified from the collection's
 * last change, {@code Cache-Control: no-cache} (keep it, but ask each time: the answer is usually a
 * bodiless 304) and {@code Vary: Cookie}.
 *
 * <p>It runs before Spring Security, so that a cached page costs no more than its bytes: a page is
 * only cached for, and served to, a request without a session cookie, which cannot belong to a
 * signed-in editor (readers get no session). Editors' pages carry an "Edit" link and a CSRF token,
 * so they are never cached, and keep Spring Security's {@code no-store}. A cached page is sent
 * with the headers its first rendering got, Spring Security's included.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** How long a request waits for the same page that another request is rendering. */
    private static final long WAIT_FOR_RENDERING_SECONDS = 10;

    /** "hit" or "miss", for the request log (monitoring.RequestLog). */
    static final String RESULT_ATTRIBUTE = "org.nkrtimeline.pagecache.result";

    private static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    private static final List<String> CACHEABLE_TYPES =
            List.of("text/html", "application/atom+xml", "application/json", "application/xml", "text/plain");

    /**
     * Headers that belong to one response, not to the page. HSTS depends on whether this request
     * came over HTTPS, not the one that rendered the page.
     */
    private static final Set<String> NOT_REPLAYED = Set.of(
            HttpHeaders.DATE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
            HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT),
            HttpHeaders.ETAG.toLowerCase(Locale.ROOT),
            HttpHeaders.LAST_MODIFIED.toLowerCase(Locale.ROOT),
            STRICT_TRANSPORT_SECURITY.toLowerCase(Locale.ROOT));

    private final PageCache cache;
    private final CollectionVersion version;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(PageCache cache, CollectionVersion version) {
        this.cache = cache;
        this.version = version;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CollectionVersion.Snapshot snapshot =
                request.getMethod().equals("GET") && isForReaders(request) ? version.current() : null;
        if (snapshot == null) {
            chain.doFilter(request, response);
            return;
        }
        String address =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        CachedPage page = cache.get(address, snapshot.number());
        if (page != null) {
            serve(page, request, response);
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = rendering.putIfAbsent(address, mine);
        if (other != null && (page = awaitRendering(other, address, snapshot)) != null) {
            serve(page, request, response);
            return;
        }
        try {
            render(address, snapshot, request, response, chain);
        } finally {
            if (other == null) {
                rendering.remove(address, mine);
                mine.complete(null);
            }
        }
    }

    private void render(
            String address,
            CollectionVersion.Snapshot snapshot,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RESULT_ATTRIBUTE, "miss");
        // Set before Spring Security's own cache headers, which then leave the response alone.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        HeldResponse rendered = new HeldResponse(response);
        chain.doFilter(request, rendered);
        if (rendered.getStatus() != HttpServletResponse.SC_OK
                || !isCacheable(rendered.getContentType())
                || rendered.containsHeader(HttpHeaders.SET_COOKIE)) {
            rendered.copyBodyToResponse();
            return;
        }
        byte[] body = rendered.getContentAsByteArray();
        // Only pages have a language: setting one on JSON or XML would make Tomcat add a charset to it.
        Locale language = rendered.getContentType().startsWith("text/html") ? response.getLocale() : null;
        CachedPage page = new CachedPage(
                body,
                headersOf(response),
                language,
                "\"" + DigestUtils.md5DigestAsHex(body) + "\"",
                snapshot.number(),
                snapshot.lastModified());
        cache.put(address, page);
        rendered.resetBuffer();
        answer(page, request, response);
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private CachedPage awaitRendering(
            CompletableFuture<Void> other, String address, CollectionVersion.Snapshot snapshot) {
        try {
            other.get(WAIT_FOR_RENDERING_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
        return cache.get(address, snapshot.number());
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(RESULT_ATTRIBUTE, "hit");
        page.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        if (request.isSecure()) {
            response.setHeader(STRICT_TRANSPORT_SECURITY, SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        }
        answer(page, request, response);
    }

    /** The page, or a 304 when the browser's copy is current; ETag and Last-Modified either way. */
    private static void answer(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (new ServletWebRequest(request, response)
                .checkNotModified(page.etag(), page.lastModified().toEpochMilli())) {
            return;
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * What readers and their programs read: pages, the feed, the API's JSON, sitemaps and robots.txt.
     * Not what only the first rendering would carry over: a cookie, or a type nobody asked for here.
     */
    private static boolean isCacheable(String contentType) {
        return contentType != null && CACHEABLE_TYPES.stream().anyMatch(contentType::startsWith);
    }

    /**
     * A page for readers: not the editors' pages, not Actuator (health
     * must be asked every time), not a static asset (content-hashed, cached for a year by Spring's
     * resource handler, the same for everyone), and asked without a session cookie.
     *
     * <p>Not the exports and the articles' sitemaps either: they stream up to a whole collection,
     * which this filter would hold in memory before the first byte. Nor the citations of an
     * article or an event ({@code /articles/…/cite}, {@code /events/…/cite.ris}): they carry the day
     * they were read. And not a cross-origin request
     * (one with an {@code Origin} header, which browsers send with CORS requests): its answer carries
     * CORS headers that a page rendered for another request would lack, or the other way round.
     */
    private static boolean isForReaders(HttpServletRequest request) {
        String path = RequestPaths.of(request);
        return !(path.equals("/editor")
                        || path.startsWith("/editor/")
                        || RequestPaths.isInfrastructure(path)
                        || RequestPaths.isStreamed(path)
                        || ((path.startsWith("/articles/") || path.startsWith("/events/")) && path.contains("/cite")))
                && request.getRequestedSessionId() == null
                && request.getHeader(HttpHeaders.ORIGIN) == null;
    }
}
