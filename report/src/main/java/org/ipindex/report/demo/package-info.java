/** Seeded synthetic statistics and releases for the benchmark, tests and demonstrations; never official figures. */
package org.ipindex.report.demo;
