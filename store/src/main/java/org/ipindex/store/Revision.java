package org.ipindex.store;

import java.time.Instant;

/**
 * One revision of one stored value, as {@link Observations#history} lists it.
 *
 * @param revision 1 for the first value, then 2, 3, …
 * @param value the value
 * @param unit the unit as printed in the source, or null
 * @param note the note, or null
 * @param batchId the batch that stored it
 * @param recordedAt when it was stored
 * @param reason why it was revised (null for revision 1)
 * @param who who stored it
 * @param fileName the file it came from, or null
 * @param sourceDocument the document it was taken from, or null
 */
public record Revision(int revision, double value, String unit, String note, long batchId, Instant recordedAt,
    String reason, String who, String fileName, String sourceDocument) {}
