package org.ipindex.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source for Flyway that hands out connections of the store's own database. */
final class SharedDataSource implements DataSource {
  /** Supplies a connection. */
  @FunctionalInterface
  interface ConnectionSupplier {
    Connection get() throws SQLException;
  }

  private final ConnectionSupplier supplier;

  SharedDataSource(ConnectionSupplier supplier) {
    this.supplier = supplier;
  }

  /** Returns a view of {@code c} whose {@code close()} does nothing (the store closes it). */
  static Connection unclosable(Connection c) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            return null;
          }
          try {
            return method.invoke(c, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection() throws SQLException {
    return supplier.get();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return supplier.get();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Flyway's log goes nowhere: the store reports what matters itself.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // not used: the connection is already open
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
