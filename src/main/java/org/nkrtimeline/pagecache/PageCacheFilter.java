package org.nkrtimeline.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves readers' pages from {@link PageCache} while the collection is unchanged, and tells browsers
 * and proxies how to cache them: a strong ETag of the bytes, Last-Modified from the collection's
 * last change, {@code Cache-Control: no-cache} (keep it, but ask each time: the answer is usually a
 * bodiless 304) and {@code Vary: Cookie}. Signed-in editors see an "Edit" link and carry a CSRF
 * token in their pages, so their pages are neither cached nor served from the cache; Spring
 * Security's {@code no-store} stays on them. Runs inside Spring Security's filters, which have
 * found out by then who is asking.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** How long a request waits for the same page that another request is rendering. */
    private static final long WAIT_FOR_RENDERING_SECONDS = 10;

    private final PageCache cache;
    private final CollectionVersion version;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final ConcurrentHashMap<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(PageCache cache, CollectionVersion version) {
        this.cache = cache;
        this.version = version;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CollectionVersion.Snapshot snapshot = request.getMethod().equals("GET") && isForReaders(request)
                ? version.current() : null;
        if (snapshot == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
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

    private void render(String address, CollectionVersion.Snapshot snapshot, HttpServletRequest request,
                        HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        String contentType = rendered.getContentType();
        if (rendered.getStatus() != HttpServletResponse.SC_OK || contentType == null
                || !contentType.startsWith("text/html") || rendered.containsHeader(HttpHeaders.SET_COOKIE)) {
            rendered.copyBodyToResponse();
            return;
        }
        byte[] body = rendered.getContentAsByteArray();
        CachedPage page = new CachedPage(body, contentType, "\"" + DigestUtils.md5DigestAsHex(body) + "\"",
                snapshot.number(), snapshot.lastModified());
        cache.put(address, page);
        rendered.resetBuffer();
        serve(page, request, response);
    }

    private CachedPage awaitRendering(CompletableFuture<Void> other, String address, CollectionVersion.Snapshot snapshot) {
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
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        // Answers 304 when the browser's copy is current, and sets ETag and Last-Modified either way.
        if (new ServletWebRequest(request, response).checkNotModified(page.etag(), page.lastModified().toEpochMilli())) {
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private boolean isForReaders(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/editor") || path.startsWith("/editor/") || path.startsWith("/bench/")) {
            return false;
        }
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || trust.isAnonymous(signedIn) || !signedIn.isAuthenticated();
    }
}
