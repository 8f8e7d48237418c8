package org.nkrtimeline.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, in a temporary directory, that the test may stop and start
 * again: the machine's PostgreSQL binaries (Debian's {@code /usr/lib/postgresql/<version>/bin}, or
 * {@code initdb} on the PATH), run as the user {@code postgres} when the tests run as root, as
 * PostgreSQL refuses to run as root. Only trust authentication, only on 127.0.0.1.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asRoot;

    private PrivatePostgres(Path bin, Path dataDir, int port, boolean asRoot) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** A new cluster, initialised and started. */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("nkr-private-pg");
        PrivatePostgres postgres = new PrivatePostgres(binaries(), dir.resolve("data"), FreePort.find(), asRoot);
        if (asRoot) {
            postgres.run(List.of("chown", "postgres", dir.toString()), false);
        }
        postgres.run(
                List.of(
                        postgres.bin.resolve("initdb").toString(),
                        "-D",
                        postgres.dataDir.toString(),
                        "-U",
                        "postgres",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                        "--no-sync"),
                true);
        postgres.startServer();
        return postgres;
    }

    /** The port on 127.0.0.1; the superuser is postgres, without a password. */
    public int port() {
        return port;
    }

    /** Stops the server as an administrator would for maintenance: open connections are cut. */
    public void stopServer() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"), true);
    }

    /** Starts the server and returns once it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        run(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dataDir.toString(),
                        "-w",
                        "-t",
                        "60",
                        "-l",
                        dataDir.resolveSibling("server.log").toString(),
                        "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir.getParent()
                                + " -c fsync=off -c full_page_writes=off",
                        "start"),
                true);
    }

    /** One of PostgreSQL's client programs (pg_dump, pg_restore...), of the server's version, against this server. */
    public void runTool(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(bin.resolve(tool).toString(), "--host=127.0.0.1", "--port=" + port, "--username=postgres"));
        command.addAll(List.of(arguments));
        run(command, false);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            dataDir.toString(),
                            "-m",
                            "immediate",
                            "-w",
                            "stop"),
                    true);
        } catch (IllegalStateException alreadyStopped) {
            // Nothing to stop; the directory still goes.
        }
        try (Stream<Path> files = Files.walk(dataDir.getParent())) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", full) + "\n" + output);
        }
    }

    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
                        .sorted(Comparator.comparing(dir ->
                                Integer.parseInt(dir.getParent().getFileName().toString())))
                        .toList();
                if (!found.isEmpty()) {
                    return found.get(found.size() - 1);
                }
            }
        }
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("This test needs PostgreSQL's server binaries (initdb, pg_ctl): install the "
                + "postgresql package, as .ci/run does.");
    }
}
