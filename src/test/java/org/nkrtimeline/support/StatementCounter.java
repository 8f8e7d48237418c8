package org.nkrtimeline.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, whatever runs them (JPA, JdbcClient,
 * Flyway): the application's DataSource is wrapped so that every statement it hands out reports
 * each execution. Import {@link Configuration} into a test to install it.
 */
public final class StatementCounter {

    private static final List<String> EXECUTED = new ArrayList<>();

    private StatementCounter() {
    }

    public static synchronized void reset() {
        EXECUTED.clear();
    }

    /** The statements executed since the last reset, in order. */
    public static synchronized List<String> executed() {
        return List.copyOf(EXECUTED);
    }

    private static synchronized void record(String sql) {
        EXECUTED.add(sql);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class, null) : bean;
                }
            };
        }
    }

    /** Wraps a JDBC object so that the objects it returns are wrapped too and executions are recorded. */
    private static <T> T wrap(T target, Class<T> type, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                record(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            }
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return wrap(connection, Connection.class, null);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                @SuppressWarnings("unchecked")
                Class<Statement> returned = (Class<Statement>) method.getReturnType();
                String prepared = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return wrap(statement, returned, prepared);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
