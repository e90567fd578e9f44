package org.ipindex.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.Step;
import org.ipindex.core.build.Steps;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.stat.Ranks;

/**
 * Evaluates variants of a recipe with the engine ({@link Build}), fast: the dataset steps before the
 * first aggregation are computed once per distinct prefix and cached (a run that only changes
 * weights or the aggregation re-runs only those), and the weighting and aggregation steps run on
 * the analysed years only where that is exact (see {@link RecipeSplit}). Results are identical to
 * {@link Build#replay} of the variant, bit for bit; thread-safe.
 */
final class Replayer {
  /** Cells (units × series × years) the kept builds, prefixes and starting builds may each hold. */
  private static final long CELL_BUDGET = 8_000_000;
  private static final int MAX_ENTRIES = 4096;

  private final Panel panel;
  private final Framework framework;
  private final String target;
  private final int[] yearPositions;
  private final Memo<List<Object>, Build> builds = new Memo<>(MAX_ENTRIES, CELL_BUDGET, Replayer::cells);
  private final Memo<List<Object>, Panel> prefixes = new Memo<>(MAX_ENTRIES, CELL_BUDGET, Replayer::cells);
  private final Memo<List<Object>, Build> starts = new Memo<>(MAX_ENTRIES, CELL_BUDGET, b -> cells(b.current()));
  private final Memo<Set<String>, Framework> frameworks = new Memo<>(MAX_ENTRIES, Long.MAX_VALUE, f -> 1);

  Replayer(Panel panel, Framework framework, String target, int[] years) {
    this.panel = panel;
    this.framework = framework;
    this.target = target;
    this.yearPositions = new int[years.length];
    for (int i = 0; i < years.length; i++) {
      yearPositions[i] = panel.yearIndex(years[i]);
      if (yearPositions[i] < 0) {
        throw new IllegalArgumentException("year " + years[i] + " is not in the panel");
      }
    }
  }

  RunOutcome evaluate(Variant variant) {
    Recipe recipe = variant.recipe();
    Framework reduced = frameworks.get(variant.excluded(), () -> Frameworks.without(framework, variant.excluded()));
    RecipeSplit split = RecipeSplit.of(recipe);
    if (!split.splittable) {
      return outcome(Build.replay(panel, reduced, recipe).results().scores(), yearPositions);
    }
    List<Step> tail = new ArrayList<>();
    for (int i : split.tail) {
      tail.add(Steps.resolve(recipe.steps().get(i), i + 1));
    }
    boolean slice = RecipeSplit.yearLocal(tail);
    boolean shared = split.indicatorLocal(recipe);
    Set<String> prefixExcluded = shared ? Set.of() : variant.excluded();
    Framework prefixFramework = shared ? framework : reduced;
    List<Map<String, Object>> specs = new ArrayList<>();
    for (int i : split.prefix) {
      specs.add(recipe.steps().get(i).toMap());
    }
    List<Object> prefixKey = List.of(prefixExcluded, specs, slice);
    Build b = starts.get(List.of(prefixKey, variant.excluded()), () -> Build.start(prefixes.get(prefixKey, () -> {
      Panel made = upTo(prefixExcluded, prefixFramework, recipe, split.prefix, split.prefix.size()).current();
      return slice ? Slices.years(made, yearPositions) : made;
    }), reduced));
    for (Step s : tail) {
      b = b.apply(s);
    }
    return outcome(b.current(), slice ? Slices.identity(yearPositions.length) : yearPositions);
  }

  /** Returns the build after the first {@code k} prefix steps, cached. */
  private Build upTo(Set<String> excluded, Framework fw, Recipe recipe, List<Integer> prefix, int k) {
    List<Map<String, Object>> specs = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      specs.add(recipe.steps().get(prefix.get(i)).toMap());
    }
    return builds.get(List.of(excluded, specs), () -> {
      if (k == 0) {
        return Build.start(panel, fw).named(recipe.name(), recipe.evaluationYearOffset());
      }
      int index = prefix.get(k - 1);
      return upTo(excluded, fw, recipe, prefix, k - 1).apply(Steps.resolve(recipe.steps().get(index), index + 1));
    });
  }

  private static long cells(Panel p) {
    return (long) p.unitCount() * p.seriesCount() * p.yearCount();
  }

  private static long cells(Build b) {
    return b.datasets().values().stream().mapToLong(Replayer::cells).sum();
  }

  private RunOutcome outcome(Panel aggregated, int[] positions) {
    int s = aggregated.seriesIndex(target);
    int units = aggregated.unitCount();
    double[] scores = new double[positions.length * units];
    double[] ranks = new double[scores.length];
    for (int y = 0; y < positions.length; y++) {
      aggregated.copyVectorInto(s, positions[y], scores, y * units);
      double[] r = Ranks.descending(java.util.Arrays.copyOfRange(scores, y * units, (y + 1) * units));
      System.arraycopy(r, 0, ranks, y * units, units);
    }
    return new RunOutcome(scores, ranks);
  }
}
