package org.ipindex.store;

import java.util.Objects;

/**
 * Who imports what: recorded with every batch.
 *
 * @param who the person or program importing
 * @param fileName the file's name, or null when the values did not come from a file
 * @param sha256 the file's SHA-256 (hex), or null
 * @param sourceDocument the document the values were taken from (a report, a yearbook table), or null
 */
public record BatchInfo(String who, String fileName, String sha256, String sourceDocument) {
  public BatchInfo {
    Objects.requireNonNull(who, "who");
    if (who.isBlank()) {
      throw new IllegalArgumentException("a batch needs to say who imports it");
    }
  }
}
