package org.ipindex.app.analysis;

import java.util.List;
import java.util.Map;
import org.ipindex.app.Evaluation;
import org.ipindex.core.analysis.AuditReport;
import org.ipindex.core.analysis.Experiment;
import org.ipindex.core.analysis.SensitivityResult;
import org.ipindex.core.analysis.UncertaintyResult;
import org.ipindex.io.analysis.Table;

/**
 * An analysis done: the nominal evaluation, the experiment, the result as tables ready to write, and
 * the typed result of the one analysis run (the others are null).
 *
 * @param analysis {@code uncertainty}, {@code sensitivity} or {@code audit}
 * @param evaluation the nominal evaluation
 * @param experiment the experiment run
 * @param about what a reader of the tables needs to know (node, years, design, inputs)
 * @param tables the results as tables, the main one first
 * @param notes what the analyst should know
 * @param uncertainty the result of an uncertainty analysis, or null
 * @param sensitivity the result of a sensitivity analysis, or null
 * @param audit the result of an audit, or null
 */
public record AnalysisReport(String analysis, Evaluation evaluation, Experiment experiment, Map<String, Object> about,
    List<Table> tables, List<String> notes, UncertaintyResult uncertainty, SensitivityResult sensitivity,
    AuditReport audit) {
  public AnalysisReport {
    about = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(about));
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }
}
