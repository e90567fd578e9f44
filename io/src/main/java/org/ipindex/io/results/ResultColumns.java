package org.ipindex.io.results;

import java.util.List;
import org.ipindex.core.model.Node;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.ipindex.io.NumberText;

/** The columns of the long results table, shared by the CSV and Excel writers. */
final class ResultColumns {
  static final List<String> NAMES = List.of("unit", "unit_name", "year", "evaluation_year", "code", "level",
      "name_zh", "name_en", "score", "rank", "change", "change_pct", "coverage");

  /** Positions of the columns that hold text, not numbers. */
  static final List<Integer> TEXT = List.of(0, 1, 4, 6, 7);

  private ResultColumns() {}

  /** Returns the cells of one row: text as is, numbers as exact text, missing as "". */
  static List<String> cells(Results results, ResultRow r) {
    Node node = results.framework().node(r.code());
    return List.of(r.unitCode(), results.scores().unitName(r.unitCode()), Integer.toString(r.year()),
        Integer.toString(r.evaluationYear()), r.code(), Integer.toString(r.level()), node.nameZh(), node.nameEn(),
        NumberText.of(r.score()), NumberText.of(r.rank()), NumberText.of(r.change()),
        NumberText.of(r.changePercent()), NumberText.of(r.coverage()));
  }

  /** Returns the numbers of one row in column order (NaN for text columns and missing values). */
  static double[] numbers(ResultRow r) {
    return new double[] {Double.NaN, Double.NaN, r.year(), r.evaluationYear(), Double.NaN, r.level(),
        Double.NaN, Double.NaN, r.score(), r.rank(), r.change(), r.changePercent(), r.coverage()};
  }
}
