package org.ipindex.core.formula;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.formula.Expr.Binary;
import org.ipindex.core.formula.Expr.Call;
import org.ipindex.core.formula.Expr.Constant;
import org.ipindex.core.formula.Expr.Negate;
import org.ipindex.core.formula.Expr.Reference;
import org.ipindex.core.model.Flag;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Panel;

/**
 * Computes derived indicators from a panel of measures: every definition for every unit and year.
 *
 * <p>Missing values: an input that is missing (NaN, a series or unit not in the panel, the year
 * before the first for {@code lag}) makes the result missing, with the reason naming the first
 * missing input; a division by zero is missing too. A missing input never counts as zero: only an
 * explicit {@code if_missing(x, 0)} does that. A definition without formula gives missing values
 * with the reason "no formula".
 *
 * <p>Flags: a derived value takes the least certain flag among the inputs it used: imputed, then
 * carried forward (from the earliest source year), then treated, then observed.
 */
public final class Derivation {
  private Derivation() {}

  /**
   * Returns the derived indicators (series = definitions' indicator codes, in order; the units,
   * years, groupings and unit names of {@code measures}) with the provenance of every value.
   *
   * @throws IllegalArgumentException if two definitions have the same indicator code
   */
  public static Derived derive(Panel measures, List<Definition> definitions) {
    List<String> codes = definitions.stream().map(Definition::indicator).toList();
    Panel.Builder out = Panel.builder(measures.units(), codes, measures.years());
    out.groupings(measures.groupings()).unitNames(measures.unitNames());
    int units = measures.unitCount();
    int years = measures.yearCount();
    Provenance[] provenance = new Provenance[units * codes.size() * years];
    for (int d = 0; d < definitions.size(); d++) {
      Definition def = definitions.get(d);
      for (int y = 0; y < years; y++) {
        for (int u = 0; u < units; u++) {
          Provenance p;
          if (def.formula() == null) {
            p = new Provenance(List.of(), def.note().isEmpty() ? "no formula" : "no formula: " + def.note());
          } else {
            Evaluation e = new Evaluation(measures, u, y);
            double v = e.eval(def.formula().root());
            if (Double.isInfinite(v)) {
              v = Double.NaN;
              e.missing("the result is not a finite number");
            }
            p = new Provenance(e.inputs, Double.isNaN(v) ? e.reasonOr("the result is missing") : "");
            if (!Double.isNaN(v)) {
              out.set(u, d, y, v, e.flag());
            }
          }
          provenance[(y * codes.size() + d) * units + u] = p;
        }
      }
    }
    return new Derived(out.build(), provenance);
  }

  /** Evaluates one formula for one unit and year, collecting inputs and the first missing reason. */
  private static final class Evaluation {
    private final Panel panel;
    private final int unit;
    private final int year;
    private final List<Provenance.Input> inputs = new ArrayList<>();
    private String reason;

    Evaluation(Panel panel, int unit, int year) {
      this.panel = panel;
      this.unit = unit;
      this.year = year;
    }

    void missing(String why) {
      if (reason == null) {
        reason = why;
      }
    }

    String reasonOr(String fallback) {
      return reason == null ? fallback : reason;
    }

    double eval(Expr e) {
      return eval(e, year);
    }

    private double eval(Expr e, int yearPos) {
      if (e instanceof Constant c) {
        return c.value();
      }
      if (e instanceof Reference r) {
        return read(r, yearPos);
      }
      if (e instanceof Negate n) {
        return -eval(n.operand(), yearPos);
      }
      if (e instanceof Binary b) {
        double left = eval(b.left(), yearPos);
        double right = eval(b.right(), yearPos);
        if (Double.isNaN(left) || Double.isNaN(right)) {
          return Double.NaN;
        }
        return switch (b.operator()) {
          case ADD -> left + right;
          case SUBTRACT -> left - right;
          case MULTIPLY -> left * right;
          case DIVIDE -> {
            if (right == 0) {
              missing("division by zero: '%s' is 0".formatted(b.right().text()));
              yield Double.NaN;
            }
            yield left / right;
          }
        };
      }
      Call call = (Call) e;
      return switch (call.function()) {
        case SUM -> {
          double total = 0;
          for (Expr a : call.arguments()) {
            total += eval(a, yearPos);
          }
          yield total;
        }
        case IF_MISSING -> {
          String before = reason;
          double v = eval(call.arguments().get(0), yearPos);
          if (!Double.isNaN(v)) {
            yield v;
          }
          reason = before;
          yield eval(call.arguments().get(1), yearPos);
        }
        case LAG -> {
          if (yearPos == 0 || panel.year(yearPos - 1) != panel.year(yearPos) - 1) {
            missing("%s needs %d, which is not in the data".formatted(call.text(), panel.year(yearPos) - 1));
            yield Double.NaN;
          }
          yield eval(call.arguments().get(0), yearPos - 1);
        }
      };
    }

    private double read(Reference r, int yearPos) {
      String series = r.series();
      int y = panel.year(yearPos);
      int u = r.unit().isEmpty() ? unit : panel.unitIndex(r.unit());
      String unitCode = u >= 0 ? panel.units().get(u) : r.unit();
      int s = panel.seriesIndex(series);
      if (u < 0) {
        inputs.add(new Provenance.Input(series, unitCode, y, Double.NaN, Flag.MISSING));
        missing("unit %s is not in the data".formatted(unitCode));
        return Double.NaN;
      }
      if (s < 0) {
        inputs.add(new Provenance.Input(series, unitCode, y, Double.NaN, Flag.MISSING));
        missing("%s is not in the data".formatted(series));
        return Double.NaN;
      }
      double v = panel.value(u, s, yearPos);
      Flag f = panel.flag(u, s, yearPos);
      inputs.add(new Provenance.Input(series, unitCode, y, v, f));
      if (Double.isNaN(v)) {
        missing("%s is missing for %s in %d".formatted(series, unitCode, y));
      }
      return v;
    }

    /** Returns the least certain flag among the present inputs (observed if none). */
    Flag flag() {
      Flag worst = Flag.OBSERVED;
      for (Provenance.Input in : inputs) {
        if (Double.isNaN(in.value())) {
          continue;
        }
        Flag f = in.flag();
        if (rank(f.kind()) > rank(worst.kind())
            || f.kind() == FlagKind.CARRIED_FORWARD && worst.kind() == FlagKind.CARRIED_FORWARD
            && f.sourceYear() < worst.sourceYear()) {
          worst = f;
        }
      }
      return worst;
    }

    private static int rank(FlagKind k) {
      return switch (k) {
        case OBSERVED, MISSING -> 0;
        case TREATED -> 1;
        case CARRIED_FORWARD -> 2;
        case IMPUTED -> 3;
      };
    }
  }
}
