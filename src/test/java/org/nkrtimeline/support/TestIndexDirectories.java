package org.nkrtimeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh read-index directory for each test application context, all removed when the JVM exits. */
public final class TestIndexDirectories {

    private static Path root;

    private TestIndexDirectories() {}

    public static synchronized String newDirectory() {
        try {
            if (root == null) {
                root = Files.createTempDirectory("nkr-test-index");
                Path made = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            }
            return Files.createTempDirectory(root, "context").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
