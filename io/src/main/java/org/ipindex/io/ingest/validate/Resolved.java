package org.ipindex.io.ingest.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.Location;
import org.ipindex.io.ingest.StagedRows;
import org.ipindex.io.ingest.catalogue.Measure;
import org.ipindex.io.ingest.catalogue.Region;
import org.ipindex.io.ingest.catalogue.StoredValues;

/**
 * The values of one file resolved to catalogue measures and regions (by dense ids), with a key map
 * to find a measure, region and year among them: the shared state of the checks. Fields are open to
 * the checks of this package, which run in turn on one thread.
 */
final class Resolved {
  final StagedRows staged;
  final List<Issue> issues;
  final List<Measure> measures = new ArrayList<>();
  final Map<String, Integer> measureIds = new HashMap<>();
  final List<Region> regions = new ArrayList<>();
  final Map<String, Integer> regionIds = new HashMap<>();
  StoredValues stored;
  final LongIntMap keys;
  int count;
  final int[] source;
  final int[] measure;
  final int[] region;
  final double[] value;
  final byte[] change;
  final double[] previous;

  Resolved(StagedRows staged, List<Issue> issues, StoredValues stored) {
    this.staged = staged;
    this.issues = issues;
    this.stored = stored;
    int n = staged.size();
    keys = new LongIntMap(n);
    source = new int[n];
    measure = new int[n];
    region = new int[n];
    value = new double[n];
    change = new byte[n];
    previous = new double[n];
  }

  /** Returns the dense id of a measure, adding it on first use. */
  int measureId(Measure m) {
    return measureIds.computeIfAbsent(m.code(), c -> {
      measures.add(m);
      return measures.size() - 1;
    });
  }

  /** Returns the dense id of a region, adding it on first use. */
  int regionId(Region r) {
    return regionIds.computeIfAbsent(r.code(), c -> {
      regions.add(r);
      return regions.size() - 1;
    });
  }

  /** Returns the dense id of a region code, −1 if no value of the file is for it. */
  int denseRegion(String code) {
    Integer dr = regionIds.get(code);
    return dr == null ? -1 : dr;
  }

  /** Returns the value of a measure (dense id), region and year: from the file, else stored, else NaN. */
  double valueAt(int dm, String regionCode, int year) {
    return valueAt(dm, denseRegion(regionCode), regionCode, year);
  }

  /** As {@link #valueAt(int, String, int)} with the region's dense id known (−1: not in the file). */
  double valueAt(int dm, int dr, String regionCode, int year) {
    int index = dr < 0 ? -1 : keys.get(Validation.key(dm, dr, year));
    return index >= 0 ? value[index] : stored.value(measures.get(dm).code(), regionCode, year);
  }

  /** Returns the index among the resolved values of a measure, region and year, or −1. */
  int fileIndex(int dm, String regionCode, int year) {
    int dr = denseRegion(regionCode);
    return dr < 0 ? -1 : keys.get(Validation.key(dm, dr, year));
  }

  /** Returns the year of resolved value {@code j}. */
  int year(int j) {
    return staged.year(source[j]);
  }

  /** Returns where resolved value {@code j} was read. */
  Location location(int j) {
    return staged.location(source[j]);
  }

  /** Returns the number of staged value {@code i} as written, with its unit: {@code "12000 件"}. */
  String written(int i) {
    String unit = staged.units().get(staged.unitId(i));
    return BigDecimal.valueOf(staged.unscaled(i), staged.scale(i)).stripTrailingZeros().toPlainString()
        + (unit.isEmpty() ? "" : " " + unit);
  }

  /** Returns the resolved values as rows to store. */
  ValidRows rows() {
    return new ValidRows(staged, measures.stream().map(Measure::code).toList(), regions.stream().map(Region::code).toList(),
        Arrays.copyOf(source, count), Arrays.copyOf(measure, count), Arrays.copyOf(region, count),
        Arrays.copyOf(value, count), Arrays.copyOf(change, count), Arrays.copyOf(previous, count));
  }
}
