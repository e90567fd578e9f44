package org.ipindex.io.ingest.validate;

/** How a value of a file relates to what is stored. */
public enum Change {
  /** Nothing is stored for its measure, region and year. */
  NEW,
  /** A different value is stored (a revision). */
  CHANGED,
  /** The same value is stored. */
  UNCHANGED
}
