package org.ipindex.web;

import java.util.List;
import org.ipindex.core.model.Framework;
import org.ipindex.core.result.CoverageReport;

/**
 * How much of an evaluation rests on data, for readers: the data year, how many indicators have
 * data and how much of the index weight they carry, which have none, which lack some units, and how
 * many values were carried forward or imputed. Shown with every result so that low coverage is
 * never silent.
 *
 * @param year the data year
 * @param indicators the framework's indicators
 * @param withData indicators with a value for at least one unit
 * @param weightWithData the share of the index weight carried by those (0–1)
 * @param absent the indicators without any value
 * @param partial the indicators missing for some units
 * @param units units evaluated
 * @param carriedForward values carried forward from an earlier year
 * @param imputed values imputed
 */
record CoverageView(int year, int indicators, int withData, double weightWithData, List<String> absent,
    List<Partial> partial, int units, int carriedForward, int imputed) {

  /** An indicator missing for some units. */
  record Partial(String code, int missing) {}

  static CoverageView of(CoverageReport c, Framework f) {
    List<String> absent = c.absent().stream().map(CoverageReport.IndicatorCoverage::code).toList();
    double withData = c.indicators().stream().filter(i -> i.missing() < c.units())
        .mapToDouble(CoverageReport.IndicatorCoverage::weight).sum();
    return new CoverageView(c.year(), f.indicators().size(), f.indicators().size() - absent.size(), withData, absent, c.partial().stream().map(i -> new Partial(i.code(), i.missing())).toList(), c.units(),
        c.carriedForward(), c.imputed());
  }
}
