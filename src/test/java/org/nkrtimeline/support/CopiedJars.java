package org.nkrtimeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A class loader over jars Maven copies to a folder of target (maven-dependency-plugin, an execution
 * of that name in the tests profile), above only the JDK's: a tool whose libraries would clash with
 * the test classpath's runs beside it.
 */
public final class CopiedJars {

    private CopiedJars() {}

    /** @param execution the folder under target, named as the execution that fills it */
    public static URLClassLoader loader(String execution) {
        Path folder = Path.of("target", execution);
        String how = "Maven copies them to " + folder.toAbsolutePath() + " (maven-dependency-plugin, execution \""
                + execution + "\"): run the tests through Maven";
        try (Stream<Path> files = Files.list(folder)) {
            URL[] jars = files.filter(file -> file.toString().endsWith(".jar"))
                    .sorted()
                    .map(CopiedJars::url)
                    .toArray(URL[]::new);
            if (jars.length == 0) {
                throw new IllegalStateException("No jars: " + how);
            }
            return new URLClassLoader(execution, jars, ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException("No jars: " + how, e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
