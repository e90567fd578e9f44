package org.ipindex.store;

import java.time.Instant;

/**
 * One version of a stored target set (its targets are read with {@link Targets#load}).
 *
 * @param name the set, e.g. {@code expected_2025}
 * @param version 1 for the first save, one more for each replacing save
 * @param description what the set is, or null
 * @param provenance who saved it, from which file (and its SHA-256) and which document
 * @param loadedAt when it was saved
 * @param targetCount how many targets it holds
 */
public record TargetSet(String name, int version, String description, BatchInfo provenance, Instant loadedAt,
    int targetCount) {}
