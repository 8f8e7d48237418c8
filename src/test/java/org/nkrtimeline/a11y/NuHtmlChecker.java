package org.nkrtimeline.a11y;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.nkrtimeline.support.CopiedJars;

/**
 * The Nu HTML Checker's embedded validator ({@code nu.validator.client.EmbeddedValidator}), loaded
 * from the jars Maven copies to target/vnu in a class loader of its own, above only the JDK's: its
 * Jetty 11, Saxon 9 and log4j 1 never meet the test classpath's Spring Boot libraries. Answers with
 * the checker's JSON report.
 */
final class NuHtmlChecker implements AutoCloseable {

    private final URLClassLoader loader;
    private final Object validator;
    private final Method validate;

    NuHtmlChecker() {
        loader = CopiedJars.loader("vnu");
        try {
            Class<?> type = loader.loadClass("nu.validator.client.EmbeddedValidator");
            Class<?> format = loader.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
            validator = type.getConstructor().newInstance();
            type.getMethod("setOutputFormat", format).invoke(validator, enumConstant(format, "JSON"));
            validate = type.getMethod("validate", InputStream.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Nu HTML Checker in target/vnu could not be loaded", e);
        }
    }

    /** The checker's report on one HTML document, as JSON ({@code {"messages": [...]}}). */
    String check(String html) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // The checker finds its schema readers and datatypes through the context class loader.
        thread.setContextClassLoader(loader);
        try {
            return (String) validate.invoke(validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Nu HTML Checker failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type.asSubclass(Enum.class), name);
    }
}
