package org.ipindex.core.result;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.core.model.FlagKind;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;

/**
 * How much of an evaluation rests on observed data in one year: per indicator, how many units were
 * observed, carried forward, imputed or missing, and the indicator's weight in the index; in total,
 * the share of the index weight with no data at all. This is what the CLI prints under every result
 * so that low coverage is never silent.
 *
 * @param year the data year
 * @param indicators one line per indicator, in framework order
 * @param units number of units
 */
public record CoverageReport(int year, List<IndicatorCoverage> indicators, int units) {
  public CoverageReport {
    indicators = List.copyOf(indicators);
  }

  /**
   * One indicator's coverage.
   *
   * @param code the indicator
   * @param weight its effective weight in the index (0–1)
   * @param observed units with an observed (possibly treated) value
   * @param carriedForward units whose value was carried forward from an earlier year
   * @param imputed units whose value was imputed
   * @param missing units with no value
   */
  public record IndicatorCoverage(
      String code, double weight, int observed, int carriedForward, int imputed, int missing) {}

  /** Returns the coverage of the evaluation in {@code year}. */
  public static CoverageReport of(Results results, int year) {
    Panel scores = results.scores();
    int y = scores.yearIndex(year);
    if (y < 0) {
      throw new IllegalArgumentException("year " + year + " is not in the results");
    }
    List<IndicatorCoverage> lines = new ArrayList<>();
    for (Node n : results.framework().indicators()) {
      int s = scores.seriesIndex(n.code());
      int obs = 0;
      int carried = 0;
      int imputed = 0;
      int missing = 0;
      for (int u = 0; u < scores.unitCount(); u++) {
        FlagKind k = scores.flagKind(u, s, y);
        if (Double.isNaN(scores.value(u, s, y))) {
          missing++;
        } else if (k == FlagKind.CARRIED_FORWARD) {
          carried++;
        } else if (k == FlagKind.IMPUTED) {
          imputed++;
        } else {
          obs++;
        }
      }
      lines.add(new IndicatorCoverage(n.code(), results.weights().effective(results.framework(), n.code()),
          obs, carried, imputed, missing));
    }
    return new CoverageReport(year, lines, scores.unitCount());
  }

  /** Returns the indicators with no value for any unit. */
  public List<IndicatorCoverage> absent() {
    return indicators.stream().filter(i -> i.missing() == units).toList();
  }

  /** Returns the indicators with a value for some units but not all. */
  public List<IndicatorCoverage> partial() {
    return indicators.stream().filter(i -> i.missing() > 0 && i.missing() < units).toList();
  }

  /** Returns the share of the index weight carried by indicators with no value at all. */
  public double absentWeight() {
    return absent().stream().mapToDouble(IndicatorCoverage::weight).sum();
  }

  /** Returns the number of values carried forward. */
  public int carriedForward() {
    return indicators.stream().mapToInt(IndicatorCoverage::carriedForward).sum();
  }

  /** Returns the number of values imputed. */
  public int imputed() {
    return indicators.stream().mapToInt(IndicatorCoverage::imputed).sum();
  }
}
