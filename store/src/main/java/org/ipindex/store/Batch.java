package org.ipindex.store;

import java.time.Instant;

/**
 * One stored batch: an import or an explicit revise.
 *
 * @param id the batch's number (increasing)
 * @param kind {@code import} or {@code revise}
 * @param info who, file name, file hash and source document
 * @param recordedAt when it was stored
 * @param reason the reason given for revised values, or null
 * @param summary the counts of the write
 */
public record Batch(long id, String kind, BatchInfo info, Instant recordedAt, String reason, WriteSummary summary) {}
