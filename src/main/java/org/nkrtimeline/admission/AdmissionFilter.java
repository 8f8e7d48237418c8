package org.nkrtimeline.admission;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.nkrtimeline.web.HeldResponse;
import org.nkrtimeline.web.RequestPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets a few requests be worked on at once and queues the rest in arrival order (a fair semaphore).
 * Sixteen requests rendering side by side on two cores each take eight times as long, the heaviest
 * longest of all; taking turns, each request waits for those ahead of it and then runs at full speed,
 * so the slowest answers come sooner and, with less switching between threads, more answers come per
 * second (docs/performance.md, "Taking turns").
 *
 * <p>A turn covers the work, not the network: the answer is held in memory and written after the
 * turn is given back, so a slow reader's connection never holds a turn. Requests that are cheap or
 * that must not wait are not queued: Actuator (health probes must answer under load), static files,
 * and anything but GET and HEAD (an editor's save is never refused for load). Nor the exports and the
 * articles' sitemaps, which stream up to a whole collection: holding them in memory is not an
 * option, and holding a turn while a reader downloads them would stall everyone else.
 */
class AdmissionFilter extends OncePerRequestFilter {

    /** What a refused request is told: the queue is usually gone within a few seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(AdmissionFilter.class);

    private final Semaphore turns;
    private final long maxWaitNanos;
    private final AtomicLong refused = new AtomicLong();

    AdmissionFilter(int concurrentRequests, Duration maxWait) {
        this.turns = new Semaphore(concurrentRequests, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isQueued(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!awaitTurn()) {
            refused.incrementAndGet();
            log.warn(
                    "No turn within {} ms for {} {} ({} waiting), answered 503",
                    TimeUnit.NANOSECONDS.toMillis(maxWaitNanos),
                    request.getMethod(),
                    request.getRequestURI(),
                    turns.getQueueLength());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        // A HEAD has no body to hold, and a filter outside this one (the page cache) may already hold
        // the answer and write it later.
        HeldResponse held =
                request.getMethod().equals("GET") && WebUtils.getNativeResponse(response, HeldResponse.class) == null
                        ? new HeldResponse(response)
                        : null;
        try {
            chain.doFilter(request, held == null ? response : held);
        } finally {
            turns.release();
        }
        if (held != null) {
            held.copyBodyToResponse();
        }
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isQueued(HttpServletRequest request) {
        String method = request.getMethod();
        String path = RequestPaths.of(request);
        return (method.equals("GET") || method.equals("HEAD"))
                && !RequestPaths.isInfrastructure(path)
                && !RequestPaths.isStreamed(path);
    }

    /** Requests waiting for a turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Requests refused with a 503 since the start, for waiting longer than the limit. */
    long refused() {
        return refused.get();
    }
}
