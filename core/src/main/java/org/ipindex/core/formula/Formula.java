package org.ipindex.core.formula;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipindex.core.formula.Expr.Binary;
import org.ipindex.core.formula.Expr.Call;
import org.ipindex.core.formula.Expr.Negate;
import org.ipindex.core.formula.Expr.Reference;

/**
 * A parsed formula over measures, such as {@code valid_patents[invention] / population_year_end} or
 * {@code gi_trademarks_cumulative / gdp * 100}.
 *
 * <p>The language: numbers; measures by name with an optional qualifier in brackets
 * ({@code valid_patents[invention]} reads the series of that code) and an optional fixed unit after
 * {@code @} ({@code valid_patents@FOREIGN} reads the unit {@code FOREIGN} whatever unit is being
 * evaluated); {@code + - * /} (also {@code × ÷}) with the usual precedence; unary minus; brackets;
 * and three functions: {@code sum(a, …)}, {@code if_missing(x, fallback)} and {@code lag(x)} (x in
 * the previous year). See {@link Derivation} for what a missing input does (never a zero).
 *
 * @param text the formula as written
 * @param root the parsed expression
 */
public record Formula(String text, Expr root) {
  private static final Pattern SERIES = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([A-Za-z0-9_]+)\\])?");

  public Formula {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(root, "root");
  }

  /**
   * Parses a formula.
   *
   * @throws FormulaException naming the position and what was expected there
   */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Formula(text, FormulaParser.parse(text));
  }

  /** Returns the measures the formula reads, in order of first appearance, without repeats. */
  public List<Reference> references() {
    List<Reference> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /** Returns the series codes the formula reads ({@code name} or {@code name[qualifier]}), without repeats. */
  public Set<String> inputs() {
    Set<String> out = new LinkedHashSet<>();
    references().forEach(r -> out.add(r.series()));
    return out;
  }

  /**
   * Returns the formula with every series renamed ({@code valid_invention_patents} →
   * {@code valid_patents[invention]}: a name may gain or lose a qualifier); fixed units are kept.
   * The text becomes the canonical text of the new tree.
   *
   * @throws IllegalArgumentException if {@code rename} returns something that is not a series code
   */
  public Formula withSeries(UnaryOperator<String> rename) {
    Expr renamed = rename(root, rename);
    return new Formula(renamed.text(), renamed);
  }

  private static Expr rename(Expr e, UnaryOperator<String> rename) {
    if (e instanceof Reference r) {
      String code = rename.apply(r.series());
      Matcher m = SERIES.matcher(code);
      if (!m.matches()) {
        throw new IllegalArgumentException("'%s' is not a series code such as valid_patents[invention]".formatted(code));
      }
      return new Reference(m.group(1), m.group(2) == null ? "" : m.group(2), r.unit(), r.position());
    }
    if (e instanceof Negate n) {
      return new Negate(rename(n.operand(), rename));
    }
    if (e instanceof Binary b) {
      return new Binary(b.operator(), rename(b.left(), rename), rename(b.right(), rename));
    }
    if (e instanceof Call c) {
      return new Call(c.function(), c.arguments().stream().map(a -> rename(a, rename)).toList());
    }
    return e;
  }

  private static void collect(Expr e, List<Reference> out) {
    if (e instanceof Reference r) {
      out.add(r);
    } else if (e instanceof Negate n) {
      collect(n.operand(), out);
    } else if (e instanceof Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    } else if (e instanceof Call c) {
      c.arguments().forEach(a -> collect(a, out));
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
