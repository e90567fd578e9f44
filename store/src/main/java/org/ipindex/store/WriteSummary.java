package org.ipindex.store;

/**
 * What a write did.
 *
 * @param batchId the batch recorded
 * @param rows rows given
 * @param added values stored for the first time (revision 1)
 * @param revised values that differed from the stored ones and became new revisions
 * @param unchanged values equal to the stored ones (nothing stored for them)
 */
public record WriteSummary(long batchId, long rows, long added, long revised, long unchanged) {
  @Override
  public String toString() {
    return "batch %d: %d rows, %d new, %d changed, %d unchanged".formatted(batchId, rows, added, revised, unchanged);
  }
}
