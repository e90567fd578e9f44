package org.ipindex.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway quiet: opening a store prints nothing. Failures still reach the caller as exceptions;
 * warnings go to standard error.
 */
public final class QuietFlywayLog implements LogCreator {
  @Override
  public Log createLogger(Class<?> clazz) {
    return new Log() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(String message) {
        // quiet
      }

      @Override
      public void info(String message) {
        // quiet
      }

      @Override
      public void warn(String message) {
        if (!message.contains("upgrade") && !message.contains("not supported") && !message.contains("newer than")
            && !message.contains("Flyway")) {
          System.err.println("ipindex store: " + message);
        }
      }

      @Override
      public void error(String message) {
        // reported by the exception that follows
      }

      @Override
      public void error(String message, Exception e) {
        // reported by the exception that follows
      }

      @Override
      public void notice(String message) {
        // quiet
      }
    };
  }
}
