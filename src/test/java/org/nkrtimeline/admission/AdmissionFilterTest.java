package org.nkrtimeline.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests take turns: a few at a time, the rest in arrival order, and none waits without end. */
class AdmissionFilterTest {

    private final CountDownLatch finishFirst = new CountDownLatch(1);
    private final List<String> worked = new CopyOnWriteArrayList<>();

    @AfterEach
    void letEveryoneGo() {
        finishFirst.countDown();
    }

    /** A chain that notes the request and answers with its path. */
    private FilterChain answering() {
        return (request, response) -> {
            String path = ((MockHttpServletRequest) request).getRequestURI();
            worked.add(path);
            response.setContentType("text/html");
            response.getWriter().write("<p>" + path + "</p>");
        };
    }

    /** A chain that keeps its turn until the test lets it finish. */
    private FilterChain holdingOn(CountDownLatch started) {
        return (request, response) -> {
            started.countDown();
            try {
                finishFirst.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answering().doFilter(request, response);
        };
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    /** Starts a request that takes the only turn, and returns once it has it. */
    private CompletableFuture<MockHttpServletResponse> takeTheTurn(AdmissionFilter filter) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = send(filter, get("/first"), holdingOn(started));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private static CompletableFuture<MockHttpServletResponse> send(
            AdmissionFilter filter, MockHttpServletRequest request, FilterChain chain) {
        return send(filter, request, new MockHttpServletResponse(), chain);
    }

    private static CompletableFuture<MockHttpServletResponse> send(
            AdmissionFilter filter,
            MockHttpServletRequest request,
            MockHttpServletResponse response,
            FilterChain chain) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                filter.doFilter(request, response, chain);
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitWaiting(AdmissionFilter filter, int waiting) {
        await().atMost(Duration.ofSeconds(5)).until(() -> filter.waiting() == waiting);
    }

    @Test
    void aRequestWaitsWhileTheTurnsAreTakenAndIsAnsweredWhenOneIsGivenBack() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofSeconds(10));
        CompletableFuture<MockHttpServletResponse> first = takeTheTurn(filter);

        CompletableFuture<MockHttpServletResponse> second = send(filter, get("/second"), answering());
        awaitWaiting(filter, 1);
        assertThat(worked).isEmpty();

        finishFirst.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>/second</p>");
        assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>/first</p>");
        assertThat(worked).containsExactly("/first", "/second");
    }

    @Test
    void turnsAreGivenInTheOrderRequestsCame() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofSeconds(10));
        CompletableFuture<MockHttpServletResponse> first = takeTheTurn(filter);
        CompletableFuture<MockHttpServletResponse> second = send(filter, get("/second"), answering());
        awaitWaiting(filter, 1);
        CompletableFuture<MockHttpServletResponse> third = send(filter, get("/third"), answering());
        awaitWaiting(filter, 2);
        CompletableFuture<MockHttpServletResponse> fourth = send(filter, get("/fourth"), answering());
        awaitWaiting(filter, 3);

        finishFirst.countDown();
        CompletableFuture.allOf(first, second, third, fourth).get(5, TimeUnit.SECONDS);
        assertThat(worked).containsExactly("/first", "/second", "/third", "/fourth");
    }

    @Test
    void aRequestThatWaitsLongerThanTheLimitIsAnswered503WithRetryAfter() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofMillis(50));
        CompletableFuture<MockHttpServletResponse> first = takeTheTurn(filter);

        MockHttpServletResponse refused =
                send(filter, get("/second"), answering()).get(5, TimeUnit.SECONDS);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo(AdmissionFilter.RETRY_AFTER_SECONDS);
        assertThat(filter.refused()).isEqualTo(1);
        assertThat(worked).doesNotContain("/second");
        finishFirst.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    @Test
    void healthStaticFilesEditorsSavesAndExportsNeverWait() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofMillis(20));
        takeTheTurn(filter);

        MockHttpServletRequest save = new MockHttpServletRequest("POST", "/editor/articles/some-article");
        for (MockHttpServletRequest request : List.of(
                get("/actuator/health/readiness"),
                get("/css/site.css"),
                save,
                get("/export.csv"),
                get("/sitemaps/articles-1.xml"))) {
            MockHttpServletResponse response =
                    send(filter, request, answering()).get(5, TimeUnit.SECONDS);
            assertThat(response.getStatus()).as(request.getRequestURI()).isEqualTo(200);
        }
        assertThat(filter.refused()).isZero();
        MockHttpServletResponse page = send(filter, get("/topics"), answering()).get(5, TimeUnit.SECONDS);
        assertThat(page.getStatus()).as("a reader's page still waits").isEqualTo(503);
    }

    @Test
    void aSlowReaderDoesNotKeepTheTurnWhileItsAnswerIsWritten() throws Exception {
        AdmissionFilter filter = new AdmissionFilter(1, Duration.ofSeconds(2));
        CountDownLatch readerReads = new CountDownLatch(1);
        SlowConnection slow = new SlowConnection(readerReads);
        CompletableFuture<MockHttpServletResponse> toSlowReader = send(filter, get("/long-page"), slow, answering());
        assertThat(slow.writing.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse next = send(filter, get("/next"), answering()).get(5, TimeUnit.SECONDS);

        assertThat(next.getStatus()).isEqualTo(200);
        assertThat(next.getContentAsString()).isEqualTo("<p>/next</p>");
        assertThat(toSlowReader).isNotDone();
        readerReads.countDown();
        assertThat(new String(toSlowReader.get(5, TimeUnit.SECONDS).getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("<p>/long-page</p>");
    }

    /** A response whose connection takes the bytes only when the reader gets round to reading them. */
    private static final class SlowConnection extends MockHttpServletResponse {

        final CountDownLatch writing = new CountDownLatch(1);
        private final CountDownLatch readerReads;
        private ServletOutputStream stream;

        SlowConnection(CountDownLatch readerReads) {
            this.readerReads = readerReads;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            ServletOutputStream fast = super.getOutputStream();
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        writing.countDown();
                        try {
                            readerReads.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        fast.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {}
                };
            }
            return stream;
        }
    }
}
