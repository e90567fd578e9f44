package org.ipindex.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values of series (indicators, denominators, or node scores) for units and years, each with a
 * {@link Flag}. NaN means missing. Immutable: {@link #toBuilder()} returns a copy to change.
 *
 * <p>Units may carry groupings (a column name such as {@code "area"} mapped to one label per unit,
 * null where a unit has none), used by group imputation and group statistics.
 *
 * <p>Values are stored densely, indicator-major within a year, so a unit vector of one series in
 * one year is contiguous: that is the shape every method works on.
 */
public final class Panel {
  /** {@code FlagKind.values()} allocates a copy on every call; cell accessors index this one. */
  private static final FlagKind[] KINDS = FlagKind.values();

  private final List<String> units;
  private final List<String> series;
  private final int[] years;
  private final Map<String, Integer> unitIndex;
  private final Map<String, Integer> seriesIndex;
  private final Map<String, List<String>> groupings;
  private final Map<String, String> unitNames;
  private final double[] values;
  private final byte[] flags;
  private final int[] aux;
  private final List<String> methods;
  private final int unitCount;
  private final int seriesCount;

  private Panel(Builder b) {
    this.units = b.units;
    this.series = b.series;
    this.years = b.years;
    this.unitCount = b.unitCount;
    this.seriesCount = b.seriesCount;
    this.unitIndex = b.unitIndex;
    this.seriesIndex = b.seriesIndex;
    this.groupings = Map.copyOf(b.groupings);
    this.unitNames = Map.copyOf(b.unitNames);
    this.values = b.values;
    this.flags = b.flags;
    this.aux = b.aux;
    this.methods = List.copyOf(b.methods);
  }

  /** Returns a builder for an all-missing panel of these units, series and years (ascending). */
  public static Builder builder(List<String> units, List<String> series, int[] years) {
    return new Builder(units, series, years);
  }

  public List<String> units() {
    return units;
  }

  /** Returns the series codes (indicators, and whatever else the data holds), in order. */
  public List<String> series() {
    return series;
  }

  /** Returns the years, ascending (a copy). */
  public int[] years() {
    return years.clone();
  }

  public int unitCount() {
    return unitCount;
  }

  public int seriesCount() {
    return seriesCount;
  }

  public int yearCount() {
    return years.length;
  }

  public int year(int yearIndex) {
    return years[yearIndex];
  }

  /** Returns the position of a unit, or −1. */
  public int unitIndex(String unitCode) {
    return unitIndex.getOrDefault(unitCode, -1);
  }

  /** Returns the position of a series, or −1. */
  public int seriesIndex(String code) {
    return seriesIndex.getOrDefault(code, -1);
  }

  /** Returns the position of a year, or −1. */
  public int yearIndex(int year) {
    int i = Arrays.binarySearch(years, year);
    return i >= 0 ? i : -1;
  }

  public boolean hasSeries(String code) {
    return seriesIndex.containsKey(code);
  }

  /** Returns the grouping columns, e.g. {@code area -> [east, east, central, …]}. */
  public Map<String, List<String>> groupings() {
    return groupings;
  }

  /** Returns display names of units where known. */
  public Map<String, String> unitNames() {
    return unitNames;
  }

  /** Returns the unit's display name, or its code. */
  public String unitName(String unitCode) {
    return unitNames.getOrDefault(unitCode, unitCode);
  }

  private int at(int unit, int seriesPos, int yearPos) {
    return (yearPos * seriesCount + seriesPos) * unitCount + unit;
  }

  public double value(int unit, int seriesPos, int yearPos) {
    return values[at(unit, seriesPos, yearPos)];
  }

  /** Returns a value by codes and year; NaN where any of them is absent. */
  public double value(String unitCode, String code, int year) {
    int u = unitIndex(unitCode);
    int s = seriesIndex(code);
    int y = yearIndex(year);
    return u < 0 || s < 0 || y < 0 ? Double.NaN : value(u, s, y);
  }

  /** Returns the values of one series in one year, one per unit (a new array). */
  public double[] vector(int seriesPos, int yearPos) {
    int from = at(0, seriesPos, yearPos);
    return Arrays.copyOfRange(values, from, from + units.size());
  }

  /** Copies the values of one series in one year into {@code target} (length = unit count). */
  public void copyVector(int seriesPos, int yearPos, double[] target) {
    System.arraycopy(values, at(0, seriesPos, yearPos), target, 0, units.size());
  }

  /** Copies the values of one series in one year into {@code target} starting at {@code offset}. */
  public void copyVectorInto(int seriesPos, int yearPos, double[] target, int offset) {
    System.arraycopy(values, at(0, seriesPos, yearPos), target, offset, units.size());
  }

  public Flag flag(int unit, int seriesPos, int yearPos) {
    int k = at(unit, seriesPos, yearPos);
    FlagKind kind = KINDS[flags[k]];
    return switch (kind) {
      case OBSERVED -> Flag.OBSERVED;
      case MISSING -> Flag.MISSING;
      case CARRIED_FORWARD -> Flag.carriedFrom(aux[k]);
      case IMPUTED -> Flag.imputed(methods.get(aux[k]));
      case TREATED -> Flag.treated(methods.get(aux[k]));
    };
  }

  public FlagKind flagKind(int unit, int seriesPos, int yearPos) {
    return KINDS[flags[at(unit, seriesPos, yearPos)]];
  }

  /** Returns a builder holding a copy of this panel. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns a panel with only the given series (in that order); series absent here are all missing.
   */
  public Panel select(List<String> codes) {
    if (codes.equals(series)) {
      return this; // panels are immutable, and this one holds exactly those series
    }
    Builder b = new Builder(units, codes, years);
    b.groupings.putAll(groupings);
    b.unitNames.putAll(unitNames);
    for (int s = 0; s < codes.size(); s++) {
      int from = seriesIndex(codes.get(s));
      if (from >= 0) {
        b.copySeries(this, from, s);
      }
    }
    return b.build();
  }

  /** Counts the values that are not missing. */
  public long presentCount() {
    long n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "Panel[%d units × %d series × %d years]".formatted(units.size(), series.size(), years.length);
  }

  /** Collects values for a {@link Panel}; not thread-safe; {@link #build()} may be called once. */
  public static final class Builder {
    private final List<String> units;
    private final List<String> series;
    private final int[] years;
    private final int unitCount;
    private final int seriesCount;
    private final Map<String, Integer> unitIndex;
    private final Map<String, Integer> seriesIndex;
    private final Map<String, List<String>> groupings = new LinkedHashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private final double[] values;
    private final byte[] flags;
    private final int[] aux;
    private final List<String> methods = new ArrayList<>();
    private final Map<String, Integer> methodIndex = new HashMap<>();
    private boolean built;

    private Builder(List<String> units, List<String> series, int[] years) {
      this.units = List.copyOf(units);
      this.series = List.copyOf(series);
      this.years = years.clone();
      this.unitCount = this.units.size();
      this.seriesCount = this.series.size();
      this.unitIndex = new HashMap<>();
      this.seriesIndex = new HashMap<>();
      for (int i = 1; i < this.years.length; i++) {
        if (this.years[i] <= this.years[i - 1]) {
          throw new IllegalArgumentException("years must be strictly ascending: " + Arrays.toString(years));
        }
      }
      for (int i = 0; i < this.units.size(); i++) {
        if (unitIndex.put(this.units.get(i), i) != null) {
          throw new IllegalArgumentException("duplicate unit " + this.units.get(i));
        }
      }
      for (int i = 0; i < this.series.size(); i++) {
        if (seriesIndex.put(this.series.get(i), i) != null) {
          throw new IllegalArgumentException("duplicate series " + this.series.get(i));
        }
      }
      long size = (long) units.size() * series.size() * years.length;
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("panel too large: " + size + " cells");
      }
      values = new double[(int) size];
      Arrays.fill(values, Double.NaN);
      flags = new byte[(int) size];
      Arrays.fill(flags, (byte) FlagKind.MISSING.ordinal());
      aux = new int[(int) size];
    }

    /** A copy of a panel; shares its immutable lists and index maps, which no builder changes. */
    private Builder(Panel p) {
      this.units = p.units;
      this.series = p.series;
      this.years = p.years;
      this.unitCount = p.unitCount;
      this.seriesCount = p.seriesCount;
      this.unitIndex = p.unitIndex;
      this.seriesIndex = p.seriesIndex;
      this.values = p.values.clone();
      this.flags = p.flags.clone();
      this.aux = p.aux.clone();
      for (String m : p.methods) {
        methodIndex.put(m, methods.size());
        methods.add(m);
      }
      groupings.putAll(p.groupings);
      unitNames.putAll(p.unitNames);
    }

    private int at(int unit, int seriesPos, int yearPos) {
      return (yearPos * seriesCount + seriesPos) * unitCount + unit;
    }

    public List<String> units() {
      return units;
    }

    public List<String> series() {
      return series;
    }

    public int[] years() {
      return years.clone();
    }

    public int seriesIndex(String code) {
      return seriesIndex.getOrDefault(code, -1);
    }

    public int unitIndex(String code) {
      return unitIndex.getOrDefault(code, -1);
    }

    public int yearIndex(int year) {
      int i = Arrays.binarySearch(years, year);
      return i >= 0 ? i : -1;
    }

    public double value(int unit, int seriesPos, int yearPos) {
      return values[at(unit, seriesPos, yearPos)];
    }

    /** Sets an observed value (NaN sets missing). */
    public Builder set(int unit, int seriesPos, int yearPos, double value) {
      return set(unit, seriesPos, yearPos, value, Double.isNaN(value) ? Flag.MISSING : Flag.OBSERVED);
    }

    /** Sets a value with its flag; a NaN value is always flagged missing. */
    public Builder set(int unit, int seriesPos, int yearPos, double value, Flag flag) {
      int k = at(unit, seriesPos, yearPos);
      values[k] = value;
      Flag f = Double.isNaN(value) ? Flag.MISSING : flag;
      flags[k] = (byte) f.kind().ordinal();
      aux[k] = switch (f.kind()) {
        case CARRIED_FORWARD -> f.sourceYear();
        case IMPUTED, TREATED -> methodPosition(f.method());
        default -> 0;
      };
      return this;
    }

    private int methodPosition(String method) {
      return methodIndex.computeIfAbsent(method, m -> {
        methods.add(m);
        return methods.size() - 1;
      });
    }

    /** Sets a value keeping the cell's flag (a NaN sets missing). */
    public Builder replaceValue(int unit, int seriesPos, int yearPos, double value) {
      int k = at(unit, seriesPos, yearPos);
      values[k] = value;
      if (Double.isNaN(value)) {
        flags[k] = (byte) FlagKind.MISSING.ordinal();
      } else if (flags[k] == FlagKind.MISSING.ordinal()) {
        flags[k] = (byte) FlagKind.OBSERVED.ordinal();
      }
      return this;
    }

    /** Sets the values of one series in one year, keeping flags (NaN sets missing). */
    public Builder replaceVector(int seriesPos, int yearPos, double[] vector) {
      if (vector.length != units.size()) {
        throw new IllegalArgumentException("vector has %d values for %d units".formatted(vector.length, units.size()));
      }
      int from = at(0, seriesPos, yearPos);
      for (int u = 0; u < vector.length; u++) {
        int k = from + u;
        double value = vector[u];
        values[k] = value;
        if (Double.isNaN(value)) {
          flags[k] = (byte) FlagKind.MISSING.ordinal();
        } else if (flags[k] == FlagKind.MISSING.ordinal()) {
          flags[k] = (byte) FlagKind.OBSERVED.ordinal();
        }
      }
      return this;
    }

    /**
     * Sets observed values of one series in one year from {@code source[offset, offset + units)}
     * (NaN sets missing): the same as {@link #set(int, int, int, double)} for every unit.
     */
    public Builder setVector(int seriesPos, int yearPos, double[] source, int offset) {
      Objects.checkFromIndexSize(offset, unitCount, source.length);
      int from = at(0, seriesPos, yearPos);
      for (int u = 0; u < unitCount; u++) {
        double value = source[offset + u];
        values[from + u] = value;
        flags[from + u] = (byte) (Double.isNaN(value) ? FlagKind.MISSING : FlagKind.OBSERVED).ordinal();
        aux[from + u] = 0;
      }
      return this;
    }

    /** Copies one cell, with its flag, from another panel. */
    public Builder copyCell(Panel from, int unit, int fromSeries, int yearPos, int toSeries) {
      return set(unit, toSeries, yearPos, from.value(unit, fromSeries, yearPos), from.flag(unit, fromSeries, yearPos));
    }

    /**
     * Copies one series, every year, with its flags, from a panel of the same units and years:
     * observably the same as {@link #copyCell} for every unit and year, without a {@link Flag} per cell.
     *
     * @throws IllegalArgumentException if the panel has other units or years
     */
    public Builder copySeries(Panel from, int fromSeries, int toSeries) {
      if (from.units != units && !from.units.equals(units) || !Arrays.equals(from.years, years)) {
        throw new IllegalArgumentException("copySeries needs a panel of the same units and years");
      }
      Objects.checkIndex(fromSeries, from.seriesCount);
      Objects.checkIndex(toSeries, seriesCount);
      // Hot path (Build.start and Aggregate copy every indicator): whole unit vectors are copied.
      // A NaN value is always flagged missing, so values and flags copy as they are; auxiliary
      // values only need renumbering where the two panels number method names differently.
      int[] methodAt = new int[from.methods.size()];
      boolean renumber = false;
      for (int i = 0; i < methodAt.length; i++) {
        methodAt[i] = methodPosition(from.methods.get(i));
        renumber |= methodAt[i] != i;
      }
      for (int y = 0; y < years.length; y++) {
        int src = from.at(0, fromSeries, y);
        int dst = at(0, toSeries, y);
        System.arraycopy(from.values, src, values, dst, unitCount);
        System.arraycopy(from.flags, src, flags, dst, unitCount);
        System.arraycopy(from.aux, src, aux, dst, unitCount);
        for (int k = dst; renumber && k < dst + unitCount; k++) {
          if (flags[k] == FlagKind.IMPUTED.ordinal() || flags[k] == FlagKind.TREATED.ordinal()) {
            aux[k] = methodAt[aux[k]];
          }
        }
      }
      return this;
    }

    /** Sets a grouping column, one label per unit (null for none). */
    public Builder grouping(String column, List<String> labels) {
      if (labels.size() != units.size()) {
        throw new IllegalArgumentException(
            "grouping '%s' has %d labels for %d units".formatted(column, labels.size(), units.size()));
      }
      groupings.put(column, java.util.Collections.unmodifiableList(new ArrayList<>(labels)));
      return this;
    }

    public Builder groupings(Map<String, List<String>> all) {
      all.forEach(this::grouping);
      return this;
    }

    public Builder unitName(String unitCode, String name) {
      unitNames.put(unitCode, name);
      return this;
    }

    public Builder unitNames(Map<String, String> names) {
      unitNames.putAll(names);
      return this;
    }

    public Panel build() {
      if (built) {
        throw new IllegalStateException("build() was already called");
      }
      built = true;
      return new Panel(this);
    }
  }
}
