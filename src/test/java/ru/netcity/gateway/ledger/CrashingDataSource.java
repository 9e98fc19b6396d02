package ru.netcity.gateway.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A data source whose connections die when asked to prepare a statement containing a marker: the
 * process "crashes" at that point of a unit, after the earlier statements of its transaction ran.
 */
final class CrashingDataSource {
  private CrashingDataSource() {}

  static DataSource crashingAt(DataSource real, String sqlMarker) {
    return proxy(
        DataSource.class,
        real,
        (method, args) -> {
          Object result = method.invoke(real, args);
          return result instanceof Connection c ? crashing(c, sqlMarker) : result;
        });
  }

  private static Connection crashing(Connection real, String sqlMarker) {
    return proxy(
        Connection.class,
        real,
        (method, args) -> {
          if (method.getName().startsWith("prepare")
              && args != null
              && args[0] instanceof String sql
              && sql.contains(sqlMarker)) {
            throw new SQLException("simulated crash before: " + sql);
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
