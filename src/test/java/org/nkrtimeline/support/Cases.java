package org.nkrtimeline.support;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks a property of the code under test for each of a number of generated cases. Registered on
 * a test class with a fixed seed ({@code @RegisterExtension final Cases cases = new Cases(SEED)}),
 * it draws each test's cases from that seed and the test's name: every run checks the same cases,
 * so a failing case fails again until it is fixed, and two tests of the same kind of input still
 * check different ones. Another seed explores other cases. A failure names its case and shows its
 * input as Java would write it, invisible and look-alike characters escaped. Failing input is not
 * shrunk to a smaller one.
 */
public final class Cases implements BeforeEachCallback {

    /** What must hold for one case; it may throw what the code under test throws. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws Exception;
    }

    private final long seed;
    private String test;

    public Cases(long seed) {
        this.seed = seed;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context.getRequiredTestMethod().getName();
    }

    /** Checks {@code property} for {@code count} inputs drawn by {@code generate}, stopping at the first that fails. */
    public <T> void forAll(int count, Function<Generator, T> generate, Property<T> property) {
        Generator generator = new Generator(seed ^ test.hashCode());
        for (int i = 0; i < count; i++) {
            T input = generate.apply(generator);
            try {
                property.check(input);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(
                        "case %d of %d (seed %d) fails for %s%n%s".formatted(i, count, seed, shown(input), e), e);
            }
        }
    }

    private static String shown(Object input) {
        if (input instanceof String text) {
            return "\"" + escaped(text) + "\"";
        }
        if (input instanceof byte[] bytes) {
            return "bytes " + HexFormat.of().formatHex(bytes) + " (as UTF-8 "
                    + shown(new String(bytes, StandardCharsets.UTF_8)) + ")";
        }
        if (input instanceof Collection<?> collection) {
            return collection.stream().map(Cases::shown).collect(Collectors.joining(", ", "[", "]"));
        }
        if (input instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(entry -> shown(entry.getKey()) + "=" + shown(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (input instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents())
                    .map(component -> component.getName() + "=" + shown(valueOf(component, record)))
                    .collect(Collectors.joining(", ", record.getClass().getSimpleName() + "[", "]"));
        }
        return escaped(String.valueOf(input));
    }

    private static Object valueOf(RecordComponent component, Record record) {
        Method accessor = component.getAccessor();
        try {
            // The records of test classes are not public.
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    /** Every char but printable ASCII as a Java escape, and quotes and backslashes escaped. */
    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                escaped.append(c);
            } else {
                escaped.append("\\u%04x".formatted((int) c));
            }
        }
        return escaped.toString();
    }
}
