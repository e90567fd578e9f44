package org.ipindex.web;

import java.util.Objects;
import org.ipindex.core.model.Problem;

/**
 * One problem of a request, as the API reports it.
 *
 * @param where what it is about: a parameter ({@code year}), a file's row and column, a node and unit
 * @param what what is wrong, naming the value
 * @param fix what to do about it ("" when the message says it)
 */
public record ApiProblem(String where, String what, String fix) {
  public ApiProblem {
    where = Objects.requireNonNullElse(where, "");
    Objects.requireNonNull(what, "what");
    fix = Objects.requireNonNullElse(fix, "");
  }

  /**
   * Returns a problem of the core model: its messages read "what is wrong; how to fix it", so the
   * text after the first "; " is the fix.
   */
  public static ApiProblem of(Problem p) {
    String m = p.message();
    int cut = m.indexOf("; ");
    return cut < 0 ? new ApiProblem(p.where(), m, "") : new ApiProblem(p.where(), m.substring(0, cut), m.substring(cut + 2));
  }
}
