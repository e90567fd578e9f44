/**
 * Aggregation methods: weighted arithmetic, geometric, harmonic, generalised (power) mean and
 * weighted median, each a small record registered by name in
 * {@link org.ipindex.core.aggregate.Aggregators}.
 */
package org.ipindex.core.aggregate;
