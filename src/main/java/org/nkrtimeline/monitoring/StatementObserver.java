package org.nkrtimeline.monitoring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * A DataSource that reports every SQL statement executed through it, whatever runs it (JPA,
 * JdbcClient, Flyway): the connections and statements it hands out are wrapped so that each
 * {@code execute...} call is seen. Used for the Server-Timing header and by the tests that hold the
 * number of statements per page.
 */
public final class StatementObserver {

    private StatementObserver() {}

    /** Makes every DataSource bean of the context report the SQL of each execution to {@code executed}. */
    public static BeanPostProcessor observingDataSources(Consumer<String> executed) {
        return timingDataSources((sql, nanos) -> executed.accept(sql));
    }

    /** The same, with each execution's time in nanoseconds. */
    public static BeanPostProcessor timingDataSources(BiConsumer<String, Long> executed) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? observe(dataSource, executed) : bean;
            }
        };
    }

    /** {@code dataSource}, reporting the SQL of each execution to {@code executed}. */
    private static DataSource observe(DataSource dataSource, BiConsumer<String, Long> executed) {
        return wrap(dataSource, DataSource.class, null, executed);
    }

    private static <T> T wrap(T target, Class<T> type, String sql, BiConsumer<String, Long> executed) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                long started = System.nanoTime();
                try {
                    result = invoke(target, method, args);
                } finally {
                    executed.accept(
                            sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?",
                            System.nanoTime() - started);
                }
            } else {
                result = invoke(target, method, args);
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return wrap(connection, Connection.class, null, executed);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                @SuppressWarnings("unchecked")
                Class<Statement> returned = (Class<Statement>) method.getReturnType();
                String prepared = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return wrap(statement, returned, prepared, executed);
            }
            return result;
        };
        return type.cast(
                Proxy.newProxyInstance(StatementObserver.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
