package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.AppProcess;
import org.nkrtimeline.support.ScratchDatabase;
import org.nkrtimeline.support.SeedArticle;

/**
 * On SIGTERM the packaged application refuses new connections, finishes the requests in flight and
 * then exits. The request is held in flight without any hook in the application: the test locks the
 * topic table, so the first, uncached timeline page waits in PostgreSQL (for the topics' names) until
 * the test lets go.
 */
class GracefulShutdownIT {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aRequestInFlightAtSigtermCompletesWhileNewConnectionsAreRefusedThenTheProcessExits() throws Exception {
        long launched = System.nanoTime();
        try (ScratchDatabase database = new ScratchDatabase("graceful_shutdown");
                AppProcess app = AppProcess.start(database.environment())) {
            printElapsed("started", launched);
            Process process = app.process();
            CompletableFuture<HttpResponse<String>> inFlight;
            long sigterm;
            try (Connection locker = database.connect();
                    Connection observer = database.connect()) {
                locker.setAutoCommit(false);
                try (Statement lock = locker.createStatement()) {
                    lock.execute("lock table topic in access exclusive mode");
                }
                inFlight = http.sendAsync(
                        HttpRequest.newBuilder(app.uri("/")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                await().atMost(Duration.ofSeconds(20)).until(() -> queriesWaitingForALock(observer) > 0);

                sigterm = System.nanoTime();
                process.destroy();

                await().atMost(Duration.ofSeconds(10)).until(() -> refusesConnections(app.port()));
                printElapsed("refusing new connections", sigterm);
                assertThat(inFlight)
                        .as("the request in flight, while its query waits")
                        .isNotDone();
                assertThat(process.isAlive()).isTrue();
                locker.rollback();
            }
            long released = System.nanoTime();

            HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
            printElapsed("request in flight answered after the lock was released", released);
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("the process exited")
                    .isTrue();
            printElapsed("process exited after SIGTERM", sigterm);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().strip()).endsWith("</html>");
            assertThat(Jsoup.parse(response.body()).select("main").text())
                    .contains(SeedArticle.all().stream()
                            .map(SeedArticle::headline)
                            .toList());
            // 128 + 15: the JVM's status after a SIGTERM, once its shutdown hooks (Spring's graceful
            // shutdown among them) have run; Spring Boot keeps it. The log says whether all finished.
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(app.output())
                    .contains("Commencing graceful shutdown. Waiting for active requests to complete")
                    .contains("Graceful shutdown complete");
        }
    }

    private static int queriesWaitingForALock(Connection observer) throws SQLException {
        try (Statement statement = observer.createStatement();
                ResultSet waiting = statement.executeQuery("""
                     select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'""")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private static boolean refusesConnections(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (ConnectException refused) {
            return true;
        }
    }

    private static void printElapsed(String what, long since) {
        System.out.printf(
                "%s: %d ms%n", what, Duration.ofNanos(System.nanoTime() - since).toMillis());
    }
}
