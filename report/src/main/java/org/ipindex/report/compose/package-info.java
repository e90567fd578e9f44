/**
 * Builds the report's document from the releases: the headline sentences from templates in Chinese
 * and English, the chapters following the 2024 development report, the appendix. Numbers are
 * formatted as the readers expect them ({@code Words}). Start with
 * {@link org.ipindex.report.compose.Composer#compose}.
 */
package org.ipindex.report.compose;
