package ru.netcity.gateway.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the statements its connections execute: each {@code execute*} call
 * once, a JDBC batch ({@code executeBatch}) once however many rows it has. What goes around JDBC
 * (PostgreSQL's COPY through the unwrapped driver connection) is not counted.
 */
final class CountingDataSource {
  private final AtomicInteger executions = new AtomicInteger();
  private final DataSource dataSource;

  CountingDataSource(DataSource real) {
    this.dataSource =
        proxy(
            DataSource.class,
            real,
            (method, args) -> {
              Object result = method.invoke(real, args);
              return result instanceof Connection c ? counting(c) : result;
            });
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Statements executed since the last call. */
  int take() {
    return executions.getAndSet(0);
  }

  private Connection counting(Connection real) {
    return proxy(
        Connection.class,
        real,
        (method, args) -> {
          Object result = method.invoke(real, args);
          if (result instanceof PreparedStatement ps) {
            return counting(PreparedStatement.class, ps);
          }
          return result instanceof Statement s ? counting(Statement.class, s) : result;
        });
  }

  private <T extends Statement> T counting(Class<T> type, T real) {
    return proxy(
        type,
        real,
        (method, args) -> {
          if (method.getName().startsWith("execute")) {
            executions.incrementAndGet();
          }
          return method.invoke(real, args);
        });
  }

  private interface Call {
    Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object real, Call call) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              try {
                return call.invoke(method, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return type.cast(proxy);
  }
}
