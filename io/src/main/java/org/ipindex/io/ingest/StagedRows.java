package org.ipindex.io.ingest;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values read from one file, in file order, stored by column: measure, region, unit, sheet and
 * column texts once each in a dictionary and per row as an index into it, so a million rows take
 * tens of megabytes and validation resolves each distinct text once. Immutable once built;
 * {@link #asList()} gives the rows as {@link StagedRow} records.
 */
public final class StagedRows {
  private final String file;
  private final List<String> measures;
  private final List<String> regions;
  private final List<String> units;
  private final List<String> sheets;
  private final List<String> columns;
  private final String regionColumn;
  private final String measureColumn;
  private final int size;
  private final int[] measure;
  private final int[] region;
  private final int[] unit;
  private final int[] sheet;
  private final int[] column;
  private final int[] year;
  private final int[] row;
  private final long[] unscaled;
  private final int[] scale;

  private StagedRows(Builder b) {
    file = b.file;
    measures = List.copyOf(b.measures.list);
    regions = List.copyOf(b.regions.list);
    units = List.copyOf(b.units.list);
    sheets = List.copyOf(b.sheets.list);
    columns = List.copyOf(b.columns.list);
    regionColumn = b.regionColumn;
    measureColumn = b.measureColumn;
    size = b.size;
    measure = Arrays.copyOf(b.measure, size);
    region = Arrays.copyOf(b.region, size);
    unit = Arrays.copyOf(b.unit, size);
    sheet = Arrays.copyOf(b.sheet, size);
    column = Arrays.copyOf(b.column, size);
    year = Arrays.copyOf(b.year, size);
    row = Arrays.copyOf(b.row, size);
    unscaled = Arrays.copyOf(b.unscaled, size);
    scale = Arrays.copyOf(b.scale, size);
  }

  /** Returns a builder for the rows of one file. */
  public static Builder builder(String file) {
    return new Builder(file);
  }

  public String file() {
    return file;
  }

  public int size() {
    return size;
  }

  /** Returns the distinct measure texts; {@link #measureId(int)} indexes it. */
  public List<String> measures() {
    return measures;
  }

  /** Returns the distinct region texts; {@link #regionId(int)} indexes it. */
  public List<String> regions() {
    return regions;
  }

  /** Returns the distinct unit texts ("" = the measure's unit); {@link #unitId(int)} indexes it. */
  public List<String> units() {
    return units;
  }

  public int measureId(int i) {
    return measure[i];
  }

  public int regionId(int i) {
    return region[i];
  }

  public int unitId(int i) {
    return unit[i];
  }

  public int year(int i) {
    return year[i];
  }

  public long unscaled(int i) {
    return unscaled[i];
  }

  public int scale(int i) {
    return scale[i];
  }

  /** Returns the spreadsheet row of value {@code i}. */
  public int row(int i) {
    return row[i];
  }

  /** Returns where value {@code i} was read. */
  public Location location(int i) {
    return new Location(file, sheets.get(sheet[i]), row[i], columns.get(column[i]));
  }

  /**
   * Returns where the region of value {@code i} was written: the region column of a long or wide
   * file, or the value's own location where the layout has none.
   */
  public Location regionLocation(int i) {
    return regionColumn.isEmpty() ? location(i) : new Location(file, sheets.get(sheet[i]), row[i], regionColumn);
  }

  /** Returns where the measure of value {@code i} was written (see {@link #regionLocation(int)}). */
  public Location measureLocation(int i) {
    return measureColumn.isEmpty() ? location(i) : new Location(file, sheets.get(sheet[i]), row[i], measureColumn);
  }

  /** Returns value {@code i} as a record. */
  public StagedRow get(int i) {
    return new StagedRow(measures.get(measure[i]), regions.get(region[i]), year[i], unscaled[i], scale[i],
        units.get(unit[i]), location(i));
  }

  /** Returns the rows as a list view of records (made on access). */
  public List<StagedRow> asList() {
    return new AbstractList<>() {
      @Override
      public StagedRow get(int index) {
        return StagedRows.this.get(index);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Collects rows; not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private final String file;
    private String regionColumn = "";
    private String measureColumn = "";
    private final Dictionary measures = new Dictionary();
    private final Dictionary regions = new Dictionary();
    private final Dictionary units = new Dictionary();
    private final Dictionary sheets = new Dictionary();
    private final Dictionary columns = new Dictionary();
    private int size;
    private int[] measure = new int[1024];
    private int[] region = new int[1024];
    private int[] unit = new int[1024];
    private int[] sheet = new int[1024];
    private int[] column = new int[1024];
    private int[] year = new int[1024];
    private int[] row = new int[1024];
    private long[] unscaled = new long[1024];
    private int[] scale = new int[1024];

    private Builder(String file) {
      this.file = file;
    }

    /** Adds a value read from a file. */
    public Builder add(String measureText, String regionText, int yearValue, long unscaledValue, int scaleValue,
        String unitText, String sheetName, int rowNumber, String columnName) {
      if (size == measure.length) {
        grow();
      }
      measure[size] = measures.id(measureText);
      region[size] = regions.id(regionText);
      unit[size] = units.id(unitText == null ? "" : unitText);
      sheet[size] = sheets.id(sheetName == null ? "" : sheetName);
      column[size] = columns.id(columnName == null ? "" : columnName);
      year[size] = yearValue;
      row[size] = rowNumber;
      unscaled[size] = unscaledValue;
      scale[size] = scaleValue;
      size++;
      return this;
    }

    /** Names the columns holding regions and measures (for messages about them); "" where there is none. */
    public Builder keyColumns(String regionColumnName, String measureColumnName) {
      regionColumn = regionColumnName == null ? "" : regionColumnName;
      measureColumn = measureColumnName == null ? "" : measureColumnName;
      return this;
    }

    /** Adds a staged row. */
    public Builder add(StagedRow r) {
      return add(r.measure(), r.region(), r.year(), r.unscaled(), r.scale(), r.unit(), r.where().sheet(),
          r.where().row(), r.where().column());
    }

    public int size() {
      return size;
    }

    public StagedRows build() {
      return new StagedRows(this);
    }

    private void grow() {
      int n = measure.length * 2;
      measure = Arrays.copyOf(measure, n);
      region = Arrays.copyOf(region, n);
      unit = Arrays.copyOf(unit, n);
      sheet = Arrays.copyOf(sheet, n);
      column = Arrays.copyOf(column, n);
      year = Arrays.copyOf(year, n);
      row = Arrays.copyOf(row, n);
      unscaled = Arrays.copyOf(unscaled, n);
      scale = Arrays.copyOf(scale, n);
    }
  }

  /** Texts to dense ids; the last text is remembered, since files repeat a cell down a column. */
  private static final class Dictionary {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();
    String last;
    int lastId = -1;

    int id(String text) {
      if (text == last) { // identity: readers hand back the same instance for a repeated cell
        return lastId;
      }
      Integer id = ids.get(text);
      if (id == null) {
        id = list.size();
        list.add(text);
        ids.put(text, id);
      }
      last = text;
      lastId = id;
      return id;
    }
  }
}
