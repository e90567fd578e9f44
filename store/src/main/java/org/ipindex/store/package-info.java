/**
 * The statistics store: an embedded DuckDB file (default) or PostgreSQL, with Flyway migrations.
 * Values are append-only revisions recorded in batches; any read can be "as of" a moment or a
 * release, and releases freeze data, framework, recipe and results. Start with {@link
 * org.ipindex.store.Store}, then {@link org.ipindex.store.Observations} and {@link org.ipindex.store.Releases}.
 *
 * <p>Examples, as compiled tests: {@code ObservationsTest#revises_with_a_reason_keeps_the_history_and_answers_as_of}
 * (write, revise, history, as of), {@code ReleasesTest} (create, read back bit for bit, immutability),
 * {@code CrashTest} (kill -9 in the middle of an import; a store held by another process), and in the
 * app module {@code ReleaseServiceTest} (a release reproduced bit for bit after a later revision).
 */
package org.ipindex.store;
