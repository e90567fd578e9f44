package org.ipindex.report.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.store.Batch;
import org.ipindex.store.Measure;

/**
 * Everything a report is built from, read from the store once.
 *
 * @param single the release of an index of one unit over time (the national index), or null
 * @param panel the release of an index of many units (the regional index), or null
 * @param progress the progress of the expected indicators at the data year, or null
 * @param progressMissing why there is no progress table, or ""
 * @param regions the names and groupings of the regions
 * @param measures the store's measures by code (names, units, source agencies)
 * @param batches the store's batches recorded up to the latest release's moment
 */
public record ReportSource(IndexRelease single, IndexRelease panel, ProgressTable progress, String progressMissing,
    RegionBook regions, Map<String, Measure> measures, List<Batch> batches) {
  public ReportSource {
    if (single == null && panel == null) {
      throw new IllegalArgumentException("a report needs at least one release");
    }
    progressMissing = progressMissing == null ? "" : progressMissing;
    measures = Map.copyOf(measures);
    batches = List.copyOf(batches);
  }

  /** Returns the releases, the single-unit one first. */
  public List<IndexRelease> releases() {
    return java.util.stream.Stream.of(single, panel).filter(java.util.Objects::nonNull).toList();
  }

  /** Returns the evaluation year of the report (every release has the same). */
  public int evaluationYear() {
    return releases().get(0).evaluationYear();
  }

  /** Returns the latest data year of the releases. */
  public int dataYear() {
    return releases().stream().mapToInt(IndexRelease::dataYear).max().orElseThrow();
  }

  public Optional<IndexRelease> singleRelease() {
    return Optional.ofNullable(single);
  }

  public Optional<IndexRelease> panelRelease() {
    return Optional.ofNullable(panel);
  }
}
