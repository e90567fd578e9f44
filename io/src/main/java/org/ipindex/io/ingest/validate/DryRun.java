package org.ipindex.io.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import org.ipindex.io.NumberText;
import org.ipindex.io.ingest.Issue;

/** Writes what importing a file would do: new, changed, unchanged and rejected values, every problem, the changes. */
public final class DryRun {
  /** How many changed values are listed one by one before "… and N more". */
  public static final int CHANGES_LISTED = 20;

  private DryRun() {}

  /** Returns "1 warning", "2 warnings". */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Returns the report of an outcome, one item a line, ending with a line break. */
  public static String report(Outcome o) {
    List<String> lines = new ArrayList<>();
    lines.add("%s: %d values read%s".formatted(o.file(), o.read(),
        o.missing() > 0 ? ", %d cells without a value (nothing is stored for them)".formatted(o.missing()) : ""));
    String counts = "%d new, %d changed, %d unchanged".formatted(o.count(Change.NEW), o.count(Change.CHANGED),
        o.count(Change.UNCHANGED));
    switch (o.decision()) {
      case STORE -> lines.add("would store %d values: %s; 0 rejected%s".formatted(o.rows().size(), counts,
          o.problems().hasWarnings() ? " (%s accepted)".formatted(count(o.problems().warnings().size(), "warning")) : ""));
      case NEEDS_ACCEPTANCE -> lines.add("would store nothing: %s to check, then import with --accept-warnings; %d rejected (once accepted: %s)"
          .formatted(count(o.problems().warnings().size(), "warning"), o.rejected(), counts));
      case REJECT -> lines.add("would store nothing: %s%s; %d rejected (once fixed: %s)"
          .formatted(count(o.problems().errors().size(), "error"), o.problems().hasWarnings()
              ? " and " + count(o.problems().warnings().size(), "warning") : "", o.rejected(), counts));
    }
    if (o.options().revision().allowed()) {
      lines.add("revision reason: " + o.options().revision().reason());
    }
    if (!o.skipped().isEmpty()) {
      lines.add("skipped (%d):".formatted(o.skipped().size()));
      o.skipped().forEach(s -> lines.add("  " + s));
    }
    section(lines, "errors", o.problems().errors());
    section(lines, "warnings", o.problems().warnings());
    ValidRows rows = o.rows();
    List<String> changes = new ArrayList<>();
    int changed = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.change(i) == Change.CHANGED) {
        if (changed++ < CHANGES_LISTED) {
          changes.add("  %s %s %d: %s → %s (%s)".formatted(rows.measure(i), rows.region(i), rows.year(i),
              NumberText.of(rows.previous(i)), NumberText.of(rows.value(i)), rows.location(i).describe()));
        }
      }
    }
    if (changed > 0) {
      lines.add("changes (%d):".formatted(changed));
      lines.addAll(changes);
      if (changed > CHANGES_LISTED) {
        lines.add("  … and %d more".formatted(changed - CHANGES_LISTED));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static void section(List<String> lines, String title, List<Issue> issues) {
    if (!issues.isEmpty()) {
      lines.add("%s (%d):".formatted(title, issues.size()));
      listing(issues).forEach(l -> lines.add("  " + l));
    }
  }

  /** How many problems a report lists one by one; the rest are counted by kind. */
  public static final int LISTED = 50;

  /**
   * Returns the lines that list problems: the first {@link #LISTED} one a line, then, for a file with
   * more, one line counting the rest by kind (a file of a million bad rows is not a million lines).
   */
  public static List<String> listing(List<Issue> issues) {
    List<String> lines = new ArrayList<>();
    issues.stream().limit(LISTED).forEach(i -> lines.add(i.toString()));
    if (issues.size() > LISTED) {
      java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
      issues.subList(LISTED, issues.size()).forEach(i -> kinds.merge(i.code().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum));
      StringBuilder rest = new StringBuilder();
      kinds.forEach((k, n) -> rest.append(rest.isEmpty() ? "" : ", ").append(k).append(" ×").append(n));
      lines.add("… and %d more (%s); --problems FILE writes every one to a CSV file".formatted(issues.size() - LISTED, rest));
    }
    return lines;
  }

  /** Writes every problem as CSV (severity, code, file, sheet, row, column, value, problem, fix) to a stream. */
  public static void writeProblems(List<Issue> issues, java.io.Writer out) throws java.io.IOException {
    out.write("severity,code,file,sheet,row,column,value,problem,fix\n");
    for (Issue i : issues) {
      out.write(String.join(",", csv(i.severity().name().toLowerCase(java.util.Locale.ROOT)),
          csv(i.code().name().toLowerCase(java.util.Locale.ROOT)), csv(i.where().file()), csv(i.where().sheet()),
          i.where().row() > 0 ? Integer.toString(i.where().row()) : "", csv(i.where().column()), csv(i.value()),
          csv(i.problem()), csv(i.fix())));
      out.write('\n');
    }
  }

  private static String csv(String text) {
    String t = text == null ? "" : text;
    return t.contains(",") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }
}
