/**
 * The statistics store: an embedded DuckDB file (default) or PostgreSQL, with Flyway migrations.
 * Values are append-only revisions recorded in batches; any read can be "as of" a moment or a
 * release, and releases freeze data, framework, recipe and results. Start with {@link
 * org.ipindex.store.Store}, then {@link org.ipindex.store.Observations} and {@link org.ipindex.store.Releases}.
 */
package org.ipindex.store;
