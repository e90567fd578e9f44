package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Node;

/**
 * The impact of each indicator on the ranks: one run per indicator, the recipe replayed with that
 * indicator left out of the framework (its siblings share its weight), compared with the nominal
 * ranks. An indicator that is the only child of its group cannot be left out and is skipped.
 */
public final class LeaveOneOut implements Runs<RunOutcome> {
  private final Experiment experiment;
  private final List<String> indicators;
  private final List<String> skipped;

  private LeaveOneOut(Experiment experiment, List<String> indicators, List<String> skipped) {
    this.experiment = experiment;
    this.indicators = List.copyOf(indicators);
    this.skipped = List.copyOf(skipped);
  }

  /** Returns the runs for every indicator of the experiment's framework that can be left out. */
  public static LeaveOneOut of(Experiment experiment) {
    List<String> can = new ArrayList<>();
    List<String> cannot = new ArrayList<>();
    for (Node n : experiment.framework().indicators()) {
      try {
        Frameworks.without(experiment.framework(), Set.of(n.code()));
        (n.code().equals(experiment.target()) ? cannot : can).add(n.code());
      } catch (DataException e) {
        cannot.add(n.code());
      }
    }
    return new LeaveOneOut(experiment, can, cannot);
  }

  /** Returns the indicators left out, one per run. */
  public List<String> indicators() {
    return indicators;
  }

  @Override
  public int count() {
    return indicators.size();
  }

  @Override
  public RunOutcome run(int index) {
    return experiment.evaluate(new Variant(experiment.recipe(), Set.of(indicators.get(index))));
  }

  @Override
  public String describe(int index) {
    return "without " + indicators.get(index);
  }

  /** Returns the impacts of the runs (by run index). */
  public Result summarise(List<RunOutcome> outcomes) {
    if (outcomes.size() != count()) {
      throw new IllegalArgumentException("%d outcomes for %d runs".formatted(outcomes.size(), count()));
    }
    RunOutcome nominal = experiment.nominal();
    List<String> units = experiment.units();
    int[] years = experiment.years();
    List<Impact> impacts = new ArrayList<>();
    List<Shift> shifts = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      RunOutcome o = outcomes.get(i);
      double max = Double.NaN;
      String unit = null;
      int year = 0;
      double change = Double.NaN;
      for (int c = 0; c < o.cellCount(); c++) {
        double d = o.rank(c) - nominal.rank(c);
        String u = units.get(c % units.size());
        int y = years[c / units.size()];
        shifts.add(new Shift(indicators.get(i), u, y, nominal.rank(c), o.rank(c), d));
        if (!Double.isNaN(d) && (Double.isNaN(max) || Math.abs(d) > max)) {
          max = Math.abs(d);
          unit = u;
          year = y;
          change = d;
        }
      }
      impacts.add(new Impact(indicators.get(i), o.meanAbsoluteRankChange(nominal), max, unit, year, change));
    }
    return new Result(impacts, shifts, skipped);
  }

  /**
   * What leaving out one indicator does to the ranks.
   *
   * @param indicator the indicator left out
   * @param meanAbsoluteRankChange mean |rank − nominal rank| over units (and years)
   * @param maxAbsoluteRankChange the largest |rank − nominal rank|
   * @param unitCode the unit that moves most (the first such), or null
   * @param year its year
   * @param rankChange its rank minus its nominal rank (positive = falls)
   */
  public record Impact(String indicator, double meanAbsoluteRankChange, double maxAbsoluteRankChange, String unitCode,
      int year, double rankChange) {}

  /**
   * One unit's rank without one indicator.
   *
   * @param indicator the indicator left out
   * @param unitCode the unit
   * @param year the data year
   * @param nominalRank its nominal rank
   * @param rank its rank without the indicator
   * @param change rank − nominal rank
   */
  public record Shift(String indicator, String unitCode, int year, double nominalRank, double rank, double change) {}

  /**
   * The impact of every indicator.
   *
   * @param impacts one per indicator left out, in framework order
   * @param shifts every unit's rank without each indicator
   * @param skipped indicators that cannot be left out (the only child of a group, or the analysed node)
   */
  public record Result(List<Impact> impacts, List<Shift> shifts, List<String> skipped) {
    public Result {
      impacts = List.copyOf(impacts);
      shifts = List.copyOf(shifts);
      skipped = List.copyOf(skipped);
    }
  }
}
