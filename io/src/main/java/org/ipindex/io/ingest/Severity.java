package org.ipindex.io.ingest;

/** How bad an {@link Issue} is. */
public enum Severity {
  /** The file is rejected as a whole; nothing of it is stored. */
  ERROR,
  /** The file is stored only with {@code --accept-warnings}. */
  WARNING
}
