package org.ipindex.core.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * Which indicators of a framework the data fill for a year, directly (the indicator's own series is
 * in the data) or by formula (derived from measures), for how many of the units, and why the rest
 * is missing.
 *
 * @param framework the framework's name
 * @param year the data year
 * @param units the units counted (e.g. the 31 provinces)
 * @param rows one row per indicator, in framework order
 */
public record Coverage(String framework, int year, List<String> units, List<Row> rows) {
  public Coverage {
    units = List.copyOf(units);
    rows = List.copyOf(rows);
  }

  /** How much of an indicator the data fill. */
  public enum Fill {
    /** Every unit has a value. */
    FULL,
    /** Some units have a value. */
    PARTIAL,
    /** No unit has a value. */
    NONE
  }

  /**
   * The coverage of one indicator.
   *
   * @param indicator the indicator's code
   * @param nameZh its Chinese name
   * @param fill how much is filled
   * @param direct how many units have the indicator's own value in the data
   * @param byFormula how many units have a value derived by formula
   * @param filled how many units have a value either way
   * @param formula the formula's text, or "" where there is none
   * @param computableStated what the definitions file states ("yes", "no", or "" without definition)
   * @param reason for units without a value: why (the first such unit's reason); "" when full
   */
  public record Row(String indicator, String nameZh, Fill fill, int direct, int byFormula, int filled,
      String formula, String computableStated, String reason) {
    /** Returns how the values were obtained: "direct", "formula", "direct+formula" or "". */
    public String source() {
      if (direct > 0 && byFormula > 0) {
        return "direct+formula";
      }
      return direct > 0 ? "direct" : byFormula > 0 ? "formula" : "";
    }
  }

  /**
   * Returns the coverage of a framework's indicators in one year.
   *
   * @param framework the framework (its indicators, in order)
   * @param units the units to count; a unit absent from the data counts as missing
   * @param year the data year
   * @param direct indicator values given directly (series = indicator codes); may be null
   * @param derived values derived from measures (see {@link Derivation}); may be null
   * @param definitions the definitions the derived values came from (for formula text and the
   *     stated computability); may be empty
   */
  public static Coverage of(Framework framework, List<String> units, int year, Panel direct, Derived derived,
      List<Definition> definitions) {
    Objects.requireNonNull(framework, "framework");
    Map<String, Definition> byCode = definitions.stream()
        .collect(Collectors.toMap(Definition::indicator, Function.identity(), (a, b) -> a));
    List<Row> rows = new ArrayList<>();
    for (Node n : framework.indicators()) {
      String code = n.code();
      int viaData = 0;
      int viaFormula = 0;
      int filled = 0;
      String reason = "";
      for (String unit : units) {
        boolean d = direct != null && !Double.isNaN(direct.value(unit, code, year));
        boolean f = derived != null && !Double.isNaN(derived.value(unit, code, year));
        viaData += d ? 1 : 0;
        viaFormula += f ? 1 : 0;
        filled += d || f ? 1 : 0;
        if (!d && !f && reason.isEmpty()) {
          reason = reason(unit, code, year, direct, derived, byCode.get(code));
        }
      }
      Definition def = byCode.get(code);
      Fill fill = filled == 0 ? Fill.NONE : filled == units.size() ? Fill.FULL : Fill.PARTIAL;
      rows.add(new Row(code, n.nameZh(), fill, viaData, viaFormula, filled,
          def == null || def.formula() == null ? "" : def.formula().text(),
          def == null ? "" : def.computableFromBundledData() ? "yes" : "no", reason));
    }
    return new Coverage(framework.name(), year, units, rows);
  }

  private static String reason(String unit, String code, int year, Panel direct, Derived derived, Definition def) {
    String prefix = "%s %d: ".formatted(unit, year);
    boolean unitKnown = direct != null && direct.unitIndex(unit) >= 0 || derived != null && derived.panel().unitIndex(unit) >= 0;
    if (!unitKnown) {
      return prefix + "the unit is not in the data";
    }
    if (def == null) {
      return prefix + "no value given, and no definition";
    }
    if (def.formula() == null) {
      return prefix + "no value given, and no formula" + (def.note().isEmpty() ? "" : " (" + def.note() + ")");
    }
    if (derived == null) {
      return prefix + "no value given; formula not evaluated";
    }
    Provenance p = derived.provenance(unit, code, year);
    return prefix + "no value given; by formula: "
        + (p == Provenance.NONE ? "no statistics for %s in %d".formatted(unit, year) : p.missingReason());
  }

  /** Returns how many indicators are filled fully, partly and not at all: {@code [full, partial, none]}. */
  public int[] counts() {
    int[] c = new int[3];
    rows.forEach(r -> c[r.fill().ordinal()]++);
    return c;
  }
}
