package org.ipindex.store;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another process holds the embedded database (DuckDB lets one process open a file at a time): the
 * message names the file and, where DuckDB says, the program and process id that hold it.
 */
public final class StoreLockedException extends StoreUnavailableException {
  private static final long serialVersionUID = 1L;
  private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

  private final String file;
  private final String holder;
  private final long pid;

  StoreLockedException(String file, String holder, long pid) {
    super("", message(file, holder, pid));
    this.file = file;
    this.holder = holder;
    this.pid = pid;
  }

  /** Throws a {@link StoreLockedException} if {@code e} is DuckDB's lock error for {@code file}. */
  static void ifLocked(String file, SQLException e) {
    String text = String.valueOf(e.getMessage());
    if (!text.contains("Could not set lock on file")) {
      return;
    }
    Matcher m = HOLDER.matcher(text);
    StoreLockedException locked = m.find()
        ? new StoreLockedException(file, m.group(1), Long.parseLong(m.group(2)))
        : new StoreLockedException(file, null, -1);
    locked.initCause(e);
    throw locked;
  }

  private static String message(String file, String holder, long pid) {
    String who = holder == null ? "another process" : "another process (%s, PID %d)".formatted(holder, pid);
    return ("the store is in use: %s holds the database file %s, and only one process can open it at a "
        + "time; stop that process (or, if it is the ipindex server, go through the server), or use "
        + "another --home").formatted(who, file);
  }

  /** Returns the locked database file. */
  public String file() {
    return file;
  }

  /** Returns the program holding the lock as DuckDB names it, or null when DuckDB does not say. */
  public String holder() {
    return holder;
  }

  /** Returns the process id holding the lock, or −1 when DuckDB does not say. */
  public long pid() {
    return pid;
  }
}
