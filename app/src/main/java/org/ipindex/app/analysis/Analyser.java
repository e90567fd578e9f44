package org.ipindex.app.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluation;
import org.ipindex.app.EvaluationRequest;
import org.ipindex.app.Evaluator;
import org.ipindex.core.analysis.AnalysisSpec;
import org.ipindex.core.analysis.Audit;
import org.ipindex.core.analysis.AuditReport;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.LeaveOneOut;
import org.ipindex.core.analysis.SensitivityAnalysis;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.UncertaintyAnalysis;
import org.ipindex.core.analysis.UncertaintyResult;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.io.analysis.AnalysisSpecReader;
import org.ipindex.io.analysis.AnalysisTables;

/**
 * The analyse use case: evaluates the nominal recipe as {@link Evaluator} does (same files, same
 * years: only data up to the evaluated year), reads the spec, and runs an uncertainty analysis, a
 * sensitivity analysis or the statistical audit on the requested number of threads. Shared by the
 * CLI and, later, the web and the report.
 *
 * <p>Example: {@code AnalyserTest#runs_an_uncertainty_analysis_of_the_coinr_example}.
 */
public final class Analyser {
  private final Evaluator evaluator;

  public Analyser(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** Returns an analyser with the bundled provinces. */
  public static Analyser bundled() {
    return new Analyser(Evaluator.bundled());
  }

  /**
   * Runs an uncertainty analysis.
   *
   * @throws DataException for anything wrong in the inputs or the spec, or a run that fails on the data
   * @throws RunsInterrupted if cancelled
   */
  public AnalysisReport uncertainty(AnalysisRequest request, RunProgress progress, Cancellation cancellation)
      throws IOException {
    Prepared p = prepare(request);
    requireInputs(p, 1, "an uncertainty analysis");
    UncertaintyAnalysis ua = UncertaintyAnalysis.of(p.experiment, p.spec.sampler(), p.spec.runs(), p.spec.seed());
    UncertaintyResult result = ua.summarise(ParallelRuns.run(ua, request.threads(), progress, cancellation));
    Map<String, Object> about = AnalysisTables.about("uncertainty", p.experiment, ua.design());
    return new AnalysisReport("uncertainty", p.evaluation, p.experiment, about, AnalysisTables.uncertainty(result),
        p.notes,
        result, null, null);
  }

  /**
   * Runs a sensitivity analysis: N·(d + 2) runs.
   *
   * @throws DataException for anything wrong in the inputs or the spec (fewer than two inputs), or a
   *     run that fails on the data
   * @throws RunsInterrupted if cancelled
   */
  public AnalysisReport sensitivity(AnalysisRequest request, RunProgress progress, Cancellation cancellation)
      throws IOException {
    Prepared p = prepare(request);
    requireInputs(p, 2, "a sensitivity analysis");
    SensitivityAnalysis sa = SensitivityAnalysis.of(p.experiment, p.spec.sampler(), p.spec.samples(), p.spec.seed(),
        p.spec.bootstrap());
    SensitivityResult result = sa.summarise(ParallelRuns.run(sa, request.threads(), progress, cancellation));
    Map<String, Object> about = AnalysisTables.about("sensitivity", p.experiment, sa.design());
    about.put("bootstrap", p.spec.bootstrap());
    about.put("output", "mean absolute rank change against the nominal ranks");
    about.put("output_variance", result.indices().variance());
    return new AnalysisReport("sensitivity", p.evaluation, p.experiment, about, AnalysisTables.sensitivity(result),
        p.notes, null, result, null);
  }

  /**
   * Runs the statistical audit of the evaluated year, leaving out each indicator in turn.
   *
   * @throws DataException for anything wrong in the inputs or the spec
   * @throws RunsInterrupted if cancelled
   */
  public AnalysisReport audit(AnalysisRequest request, RunProgress progress, Cancellation cancellation)
      throws IOException {
    Prepared p = prepare(request);
    Experiment plain = Experiment.of(p.experiment.panel(), p.experiment.framework(), p.experiment.recipe(),
        p.experiment.target(), new int[] {p.evaluation.dataYear()}, List.of());
    LeaveOneOut loo = LeaveOneOut.of(plain);
    LeaveOneOut.Result impacts = loo.summarise(ParallelRuns.run(loo, request.threads(), progress, cancellation));
    AuditReport audit = Audit.of(p.evaluation.build(), p.evaluation.dataYear(), p.spec.audit(), impacts);
    Map<String, Object> about = AnalysisTables.about("audit", plain, null);
    about.remove("inputs");
    List<String> notes = new ArrayList<>(p.notes);
    if (!impacts.skipped().isEmpty()) {
      notes.add("not left out (the only child of a group, or the analysed node): " + impacts.skipped());
    }
    return new AnalysisReport("audit", p.evaluation, plain, about,
        AnalysisTables.audit(audit, plain.framework(), plain.panel(), plain.recipe().evaluationYearOffset()), notes,
        null, null, audit);
  }

  private record Prepared(Evaluation evaluation, AnalysisSpec spec, Experiment experiment, List<String> notes) {}

  private Prepared prepare(AnalysisRequest request) throws IOException {
    Evaluation e = evaluator.evaluate(
        new EvaluationRequest(request.framework(), request.data(), request.recipe(), request.evaluationYear(), null));
    Framework framework = e.build().framework();
    Panel panel = e.build().input();
    AnalysisSpec spec = request.spec() == null ? AnalysisSpec.defaults() : AnalysisSpecReader.read(request.spec(),
        framework);
    int[] years;
    if (spec.allYears()) {
      years = panel.years();
    } else if (!spec.years().isEmpty()) {
      years = spec.years().stream().mapToInt(Integer::intValue).toArray();
      for (int y : years) {
        if (y > e.dataYear()) {
          throw DataException.of(ProblemCode.BAD_PARAMETER, "years " + y,
              ("the analysis of the %d evaluation sees data "
              + "up to %d; analyse %d with --year %d").formatted(e.evaluationYear(), e.dataYear(), y,
              y + e.recipe().evaluationYearOffset()));
        }
      }
    } else {
      years = new int[] {e.dataYear()};
    }
    Experiment experiment = Experiment.of(panel, framework, e.recipe(), spec.target(), years, spec.inputs());
    List<String> notes = new ArrayList<>(e.notes());
    notes.add("analysed: %s in data year%s %s".formatted(experiment.target(), years.length > 1 ? "s" : "",
        Arrays.toString(years)));
    return new Prepared(e, spec, experiment, notes);
  }

  private static void requireInputs(Prepared p, int least, String what) {
    if (p.spec.inputs().size() < least) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--spec",
          ("%s needs at least %d uncertain input%s in the spec, it has %d; add inputs (weights, alternatives, "
              + "parameter, exclude…; see the README's Robustness section)").formatted(what, least, least > 1 ? "s"
                  : "",
              p.spec.inputs().size()));
    }
  }
}
