package dev.leanjdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Records the SQL of every statement prepared on a data source's connections, at the JDBC level: it also
 * sees statements that bypass jOOQ's execution (directly bound updates, COPY is not a prepared statement).
 */
final class JdbcLog {

    final List<String> prepared = new CopyOnWriteArrayList<>();

    /** {@code dataSource} whose connections report each {@code prepareStatement} to this log. */
    DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** The prepared statements that are not transaction control (jOOQ may prepare none of those). */
    List<String> statements() {
        return prepared.stream()
                .filter(s -> !s.toLowerCase().startsWith("select 1"))
                .toList();
    }

    private Connection connection(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) args[0]);
                    }
                    return invoke(real, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
