package org.ipindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipindex.app.analysis.Cancellation;
import org.ipindex.app.analysis.ParallelRuns;
import org.ipindex.app.analysis.RunProgress;
import org.ipindex.core.analysis.AnalysisSpec;
import org.ipindex.core.analysis.Design;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.RunOutcome;
import org.ipindex.core.analysis.Runs;
import org.ipindex.core.analysis.Variant;
import org.ipindex.core.analysis.SensitivityAnalysis;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.UncertaintyAnalysis;
import org.ipindex.core.analysis.UncertaintyResult;
import org.ipindex.core.build.Build;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;
import org.ipindex.core.stat.Ranks;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.PanelReader;
import org.ipindex.io.RecipeReader;
import org.ipindex.io.analysis.AnalysisSpecReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Robustness analyses, each timed whole — a fresh {@link Experiment} (nominal replay, empty caches),
 * every run on all processors ({@link ParallelRuns}), and the summary:
 *
 * <ul>
 *   <li>{@code uncertainty10k}: 10,000 Sobol runs of the regional recipe on 31 provinces × 82
 *       indicators × 10 years with the six inputs of {@code examples/regional-robustness.yaml}
 *       (weights ±25 %, three normalisations, pooled or per-year bounds, two aggregations, carry-forward
 *       limit, one of 82 indicators left out);
 *   <li>{@code sensitivityN1000d6}: the Saltelli design for the same six inputs, N = 1,000 (8,000 runs),
 *       1,000 bootstrap replicates;
 *   <li>{@code coinr09Uncertainty}, {@code coinr09Sensitivity}: COINr's case 09 design on its data
 *       (ASEM, 51 × 49): 100 runs, and N = 50, d = 4 (300 runs), {@code examples/coinr-09-robustness.yaml};
 *   <li>baselines in the same run: one nominal evaluation of each ({@code nominalRegional},
 *       {@code nominalCoinr}: {@link Build#replay} and {@link Results}), and the first 1,000 runs of
 *       {@code uncertainty10k} each replaying the whole recipe with {@link Variant#replay}, without
 *       shared prefixes or year slicing ({@code uncertainty1kFullReplay}, on all processors too).
 * </ul>
 *
 * Run from the repository root (it reads {@code examples/}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider"})
public class AnalysisBenchmark {
  private Framework regional;
  private Panel regionalPanel;
  private Recipe regionalRecipe;
  private AnalysisSpec regionalSpec;
  private Framework asem;
  private Panel asemPanel;
  private Recipe asemRecipe;
  private AnalysisSpec coinrSpec;
  private int threads;

  @Setup
  public void setUp() throws IOException {
    regional = RegionalPanels.framework();
    regionalPanel = RegionalPanels.panel(31, 10, 42);
    regionalRecipe = RegionalPanels.recipe();
    regionalSpec = AnalysisSpecReader.read(example("regional-robustness.yaml"), regional);
    FrameworkFile meta = FrameworkReader.read(example("ASEM_iMeta.csv"));
    asem = meta.framework();
    asemPanel = PanelReader.of(meta).read(example("ASEM_iData.csv")).panel();
    asemRecipe = RecipeReader.read(example("coinr-standard.yaml"));
    coinrSpec = AnalysisSpecReader.read(example("coinr-09-robustness.yaml"), asem);
    threads = ParallelRuns.defaultThreads();
  }

  private static Path example(String name) {
    for (Path p : List.of(Path.of("examples", name), Path.of("..", "examples", name))) {
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new UncheckedIOException(new IOException("examples/" + name
        + " not found; run the benchmarks from the repository root"));
  }

  private <T> List<T> all(Runs<T> runs) {
    return ParallelRuns.run(runs, threads, RunProgress.NONE, new Cancellation());
  }

  /** 10,000-run uncertainty analysis of the regional recipe (31 × 82). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public UncertaintyResult uncertainty10k() {
    Experiment e = Experiment.of(regionalPanel, regional, regionalRecipe, null, new int[0], regionalSpec.inputs());
    UncertaintyAnalysis ua = UncertaintyAnalysis.of(e, regionalSpec.sampler(), 10_000, regionalSpec.seed());
    return ua.summarise(all(ua));
  }

  /** Sensitivity analysis, N = 1,000, d = 6: 8,000 runs, 1,000 bootstrap replicates. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public SensitivityResult sensitivityN1000d6() {
    Experiment e = Experiment.of(regionalPanel, regional, regionalRecipe, null, new int[0], regionalSpec.inputs());
    SensitivityAnalysis sa = SensitivityAnalysis.of(e, regionalSpec.sampler(), 1000, regionalSpec.seed(), 1000);
    return sa.summarise(all(sa));
  }

  /** COINr case 09's 100-run uncertainty design on ASEM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public UncertaintyResult coinr09Uncertainty() {
    Experiment e = Experiment.of(asemPanel, asem, asemRecipe, null, new int[0], coinrSpec.inputs());
    UncertaintyAnalysis ua = UncertaintyAnalysis.of(e, coinrSpec.sampler(), coinrSpec.runs(), coinrSpec.seed());
    return ua.summarise(all(ua));
  }

  /** COINr case 09's sensitivity design on ASEM: N = 50, d = 4, 300 runs. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public SensitivityResult coinr09Sensitivity() {
    Experiment e = Experiment.of(asemPanel, asem, asemRecipe, null, new int[0], coinrSpec.inputs());
    SensitivityAnalysis sa = SensitivityAnalysis.of(e, coinrSpec.sampler(), coinrSpec.samples(), coinrSpec.seed(),
        coinrSpec.bootstrap());
    return sa.summarise(all(sa));
  }

  /** Baseline: 1,000 of the same runs, each a full {@link Variant#replay} of its recipe. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public List<RunOutcome> uncertainty1kFullReplay() {
    Experiment e = Experiment.of(regionalPanel, regional, regionalRecipe, null, new int[0], regionalSpec.inputs());
    Design design = Design.uncertainty(regionalSpec.sampler(), 1000, e.dimensions(), regionalSpec.seed());
    return all(new Runs<>() {
      @Override
      public int count() {
        return design.runs();
      }

      @Override
      public RunOutcome run(int index) {
        Panel scores = e.variant(design.point(index)).replay(regionalPanel, regional).results().scores();
        double[] s = scores.vector(scores.seriesIndex("RI"), scores.yearCount() - 1);
        return RunOutcome.of(s, Ranks.descending(s));
      }
    });
  }

  /** Baseline: one nominal evaluation of the regional recipe (31 × 82 × 10). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Results nominalRegional() {
    return Build.replay(regionalPanel, regional, regionalRecipe).results();
  }

  /** Baseline: one nominal evaluation of COINr's standard pipeline on ASEM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Results nominalCoinr() {
    return Build.replay(asemPanel, asem, asemRecipe).results();
  }
}
