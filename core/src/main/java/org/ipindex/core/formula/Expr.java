package org.ipindex.core.formula;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A node of a parsed formula. {@link #text()} writes it back in a canonical form that parses to an
 * equal expression.
 */
public sealed interface Expr {
  /** Returns the canonical text of this expression. */
  String text();

  /** A number written in the formula. */
  record Constant(double value) implements Expr {
    @Override
    public String text() {
      return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
          : Double.toString(value);
    }
  }

  /**
   * A measure: {@code name}, {@code name[qualifier]}, optionally for one fixed unit
   * ({@code name@FOREIGN}) instead of the unit being evaluated.
   *
   * @param name the measure's name, e.g. {@code valid_patents}
   * @param qualifier the qualifier, e.g. {@code invention}, or "" for none
   * @param unit the fixed unit's code, or "" for the unit being evaluated
   * @param position where the reference starts in the formula (0-based)
   */
  record Reference(String name, String qualifier, String unit, int position) implements Expr {
    /** Returns the series code the reference reads: {@code name} or {@code name[qualifier]}. */
    public String series() {
      return qualifier.isEmpty() ? name : name + "[" + qualifier + "]";
    }

    @Override
    public String text() {
      return series() + (unit.isEmpty() ? "" : "@" + unit);
    }
  }

  /** A negated expression, {@code -x}. */
  record Negate(Expr operand) implements Expr {
    @Override
    public String text() {
      return "-" + wrap(operand, 3);
    }
  }

  /** One of the four operations. */
  record Binary(Operator operator, Expr left, Expr right) implements Expr {
    @Override
    public String text() {
      int p = operator.precedence();
      // the right operand of - and / needs brackets at the same precedence: a - (b - c)
      return wrap(left, p) + " " + operator.symbol() + " " + wrap(right, p + 1);
    }
  }

  /** A function call: {@code sum(a, b)}, {@code if_missing(x, y)}, {@code lag(x)}. */
  record Call(Function function, List<Expr> arguments) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }

    @Override
    public String text() {
      return function.spelling() + "(" + arguments.stream().map(Expr::text).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** The binary operators with their precedence (higher binds tighter). */
  enum Operator {
    ADD("+", 1), SUBTRACT("-", 1), MULTIPLY("*", 2), DIVIDE("/", 2);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public String symbol() {
      return symbol;
    }

    public int precedence() {
      return precedence;
    }
  }

  /** The functions a formula may call. */
  enum Function {
    /** {@code sum(a, b, …)}: the sum of one or more values; missing if any is missing. */
    SUM("sum", 1, Integer.MAX_VALUE),
    /** {@code if_missing(x, fallback)}: x, or the fallback where x is missing. */
    IF_MISSING("if_missing", 2, 2),
    /** {@code lag(x)}: x in the previous year. */
    LAG("lag", 1, 1);

    private final String spelling;
    private final int minArguments;
    private final int maxArguments;

    Function(String spelling, int minArguments, int maxArguments) {
      this.spelling = spelling;
      this.minArguments = minArguments;
      this.maxArguments = maxArguments;
    }

    public String spelling() {
      return spelling;
    }

    int minArguments() {
      return minArguments;
    }

    int maxArguments() {
      return maxArguments;
    }

    /** Returns the function of this name, or null. */
    static Function named(String name) {
      for (Function f : values()) {
        if (f.spelling.equals(name)) {
          return f;
        }
      }
      return null;
    }
  }

  private static String wrap(Expr e, int precedence) {
    int own = e instanceof Binary b ? b.operator().precedence() : 4;
    return own < precedence ? "(" + e.text() + ")" : e.text();
  }
}
