/**
 * What ingest checks files against: the {@link org.ipindex.io.ingest.catalogue.CatalogueView} of known
 * measures (unit, count or percent, stock or flow, parts) and regions (aliases, hierarchy for sums),
 * and the {@link org.ipindex.io.ingest.catalogue.StoredValues} already stored. The store implements
 * both; {@link org.ipindex.io.ingest.catalogue.InMemoryCatalogue} and
 * {@link org.ipindex.io.ingest.catalogue.InMemoryStoredValues}, read from CSV files by
 * {@link org.ipindex.io.ingest.catalogue.CatalogueFiles}, serve tests and dry runs without a store.
 */
package org.ipindex.io.ingest.catalogue;
