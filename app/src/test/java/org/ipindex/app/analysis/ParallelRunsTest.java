package org.ipindex.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.IndicatorExclusion;
import org.ipindex.core.analysis.RunOutcome;
import org.ipindex.core.analysis.Runs;
import org.ipindex.core.analysis.Sampler;
import org.ipindex.core.analysis.StepAlternatives;
import org.ipindex.core.analysis.StepRef;
import org.ipindex.core.analysis.UncertaintyAnalysis;
import org.ipindex.core.analysis.WeightNoise;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.testkit.ExamplePanel;
import org.junit.jupiter.api.Test;

class ParallelRunsTest {
  static UncertaintyAnalysis analysis(int runs) {
    Recipe recipe = new Recipe("example", 0, List.of(
        new StepSpec("normalise", new Params("", Map.of("method", "minmax", "lower", 1, "upper", 100))),
        new StepSpec("aggregate", new Params("", Map.of("method", "arithmetic")))));
    Experiment e = Experiment.of(ExamplePanel.panel(), ExamplePanel.framework(), recipe, null, new int[0], List.of(
        new WeightNoise("weights", List.of(1, 2), List.of(), 0.5),
        StepAlternatives.of("aggregation", StepRef.verb("aggregate"),
            List.of(Map.of("method", "arithmetic"), Map.of("method", "geometric"), Map.of("method", "harmonic"))),
        new IndicatorExclusion("indicators", List.of("A", "C"))));
    return UncertaintyAnalysis.of(e, Sampler.MONTE_CARLO, runs, 17);
  }

  @Test
  void results_are_identical_whatever_the_number_of_threads() {
    List<RunOutcome> sequential = Runs.sequentially(analysis(400));

    for (int threads : new int[] {1, 2, 3, 8}) {
      assertThat(ParallelRuns.run(analysis(400), threads, RunProgress.NONE, new Cancellation()))
          .as("%d threads", threads).isEqualTo(sequential);
    }
  }

  @Test
  void reports_progress_up_to_the_total() {
    AtomicInteger last = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();

    ParallelRuns.run(analysis(50), 2, (done, total) -> {
      calls.incrementAndGet();
      last.accumulateAndGet(done, Math::max);
      assertThat(total).isEqualTo(50);
    }, new Cancellation());

    assertThat(calls.get()).isEqualTo(50);
    assertThat(last.get()).isEqualTo(50);
  }

  @Test
  void cancelling_stops_starting_runs_and_discards_the_partial_results() {
    Cancellation cancellation = new Cancellation();

    RunsInterrupted e = catchThrowableOfType(() -> ParallelRuns.run(analysis(10_000), 2, (done, total) -> {
      if (done >= 20) {
        cancellation.cancel();
      }
    }, cancellation), RunsInterrupted.class);

    assertThat(e.total()).isEqualTo(10_000);
    assertThat(e.done()).isBetween(20, 22);
    assertThat(e).hasMessage("interrupted after %d of 10000 runs".formatted(e.done()));
  }

  @Test
  void interrupting_the_caller_interrupts_the_analysis() throws Exception {
    Thread caller = Thread.currentThread();
    Thread interrupter = new Thread(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException ignored) {
        return;
      }
      caller.interrupt();
    });
    interrupter.start();
    try {
      assertThatThrownBy(() -> ParallelRuns.run(analysis(2_000_000), 2, RunProgress.NONE, new Cancellation()))
          .isInstanceOf(RunsInterrupted.class).hasMessageContaining("of 2000000 runs");
    } finally {
      interrupter.join();
      Thread.interrupted();
    }
  }

  @Test
  void a_run_failing_on_the_data_names_the_run_and_its_choices() {
    Runs<String> runs = new Runs<>() {
      @Override
      public int count() {
        return 10;
      }

      @Override
      public String run(int index) {
        if (index == 6) {
          throw DataException.of(ProblemCode.NON_POSITIVE_VALUE, "group P1", "Geometric mean needs positive values");
        }
        return "ok " + index;
      }

      @Override
      public String describe(int index) {
        return "aggregation=geometric";
      }
    };

    assertThatThrownBy(() -> ParallelRuns.run(runs, 1, RunProgress.NONE, new Cancellation()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("run 7: the method fails with these choices: aggregation=geometric")
        .hasMessageContaining("run 7: group P1: Geometric mean needs positive values");
  }
}
