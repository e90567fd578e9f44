package org.ipindex.bench;

import java.util.concurrent.TimeUnit;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The regional evaluation (impute → efficacy with pooled bounds → weights → arithmetic aggregation →
 * ranks and changes) on 31 provinces and on 2,844 county-scale units, 82 indicators, 10 years.
 * {@code normaliseOnly} is the baseline in the same run: one pass of the normalisation step alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {
  @Param({"31", "2844"})
  public int units;

  private Panel panel;
  private Framework framework;
  private Recipe recipe;
  private Recipe normaliseOnly;

  @Setup
  public void setUp() {
    framework = RegionalPanels.framework();
    panel = RegionalPanels.panel(units, 10, 42);
    recipe = RegionalPanels.recipe();
    normaliseOnly = new Recipe("baseline", 0, recipe.steps().subList(1, 2));
  }

  /** The whole evaluation, results (ranks, changes) included. */
  @Benchmark
  public Results evaluate() {
    Results r = Build.replay(panel, framework, recipe).results();
    r.rows();
    return r;
  }

  /** Baseline: the normalisation step alone. */
  @Benchmark
  public Build normaliseOnly() {
    return Build.replay(panel, framework, normaliseOnly);
  }
}
