package org.ipindex.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Panel;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.target.Observations;
import org.ipindex.core.target.Progress;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.core.target.Target;
import org.ipindex.io.TargetsReader;
import org.ipindex.store.Store;
import org.ipindex.store.TargetSet;

/**
 * The targets use case: reads target sets and the values they are judged on (the bundled files of
 * {@code targets/}, or files given), and assesses one set at one year with {@link Progress#DEFAULTS}
 * (the Eurostat method as implemented by Statistics Canada for Open SDG). Shared by the CLI and,
 * later, the web.
 *
 * <p>Example: {@code TargetsAssessmentTest#reproduces_chapter_1_of_the_2024_report_from_the_bundled_files}.
 */
public final class TargetsAssessment {
  /** The set assessed when none is named: the expected indicators of the Outline and the Plan to 2025. */
  public static final String DEFAULT_SET = "expected_2025";

  private final List<Target> targets;
  private final Observations observed;

  private TargetsAssessment(List<Target> targets, Observations observed) {
    this.targets = List.copyOf(targets);
    this.observed = Objects.requireNonNull(observed);
  }

  /** Returns the assessment of the bundled targets and observed values. */
  public static TargetsAssessment bundled() throws IOException {
    return read(List.of(), null);
  }

  /**
   * Reads target files and a file of observed values; with no target file the bundled ones are read,
   * with no observed file the bundled one.
   *
   * @throws DataException for anything wrong in the files (file, row, column, value and a fix), a
   *     file that does not exist, or a set and code given in two files
   * @throws IOException when a file cannot be read for another reason
   */
  public static TargetsAssessment read(List<Path> targetFiles, Path observedFile) throws IOException {
    List<Target> targets = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    if (targetFiles.isEmpty()) {
      for (String path : Bundled.TARGET_FILES) {
        try (InputStream in = Bundled.open(path)) {
          List<Target> read = TargetsReader.targets(path, in);
          targets.addAll(read);
          read.forEach(t -> origins.add(path));
        }
      }
    } else {
      for (Path file : targetFiles) {
        List<Target> read = TargetsReader.targets(existing(file, "--targets"));
        targets.addAll(read);
        read.forEach(t -> origins.add(file.toString()));
      }
    }
    checkUnique(targets, origins);
    Observations observed;
    if (observedFile == null) {
      try (InputStream in = Bundled.open(Bundled.OBSERVED_FILE)) {
        observed = TargetsReader.observed(Bundled.OBSERVED_FILE, in);
      }
    } else {
      observed = TargetsReader.observed(existing(observedFile, "--observed"));
    }
    return new TargetsAssessment(targets, observed);
  }

  /** The years searched for observed values of target indicators in a store. */
  private static final int OBSERVED_FROM = 2000;
  private static final int OBSERVED_TO = 2050;

  /**
   * Reads the target sets of a store (the newest version of each, {@link #DEFAULT_SET} first) and the
   * observed values: those of a file, or when null the store's national values of the targets'
   * indicators (the bundled ones, {@link BundledTargets#storeObservedIfNone}, and any imported or revised since).
   *
   * @throws DataException when the store holds no target set, or for anything wrong in the observed file
   * @throws IOException when the observed file cannot be read for another reason
   */
  public static TargetsAssessment fromStore(Store store, Path observedFile) throws IOException {
    List<String> names = new ArrayList<>(store.targets().sets().stream().map(TargetSet::name).toList());
    if (names.isEmpty()) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "store " + store.location(),
          "the store holds no target set; give target files with --targets");
    }
    if (names.remove(DEFAULT_SET)) {
      names.add(0, DEFAULT_SET);
    }
    List<Target> targets = new ArrayList<>();
    for (String name : names) {
      targets.addAll(store.targets().load(name));
    }
    Observations observed = observedFile == null ? observedIn(store, targets)
        : TargetsReader.observed(existing(observedFile, "--observed"));
    return new TargetsAssessment(targets, observed);
  }

  /** The store's current national values of the targets' indicators, over the years of its panels. */
  private static Observations observedIn(Store store, List<Target> targets) {
    List<String> codes = targets.stream().map(Target::indicatorCode).distinct()
        .filter(c -> store.catalogue().measure(c).isPresent()).toList();
    Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
    if (!codes.isEmpty()) {
      int[] years = IntStream.rangeClosed(OBSERVED_FROM, OBSERVED_TO).toArray();
      Panel p = store.observations().current(codes, List.of("CN"), years);
      for (String code : codes) {
        for (int year : years) {
          double v = p.value("CN", code, year);
          if (!Double.isNaN(v)) {
            values.computeIfAbsent(code, k -> new TreeMap<>()).put(year, v);
          }
        }
      }
    }
    return Observations.of(values);
  }

  /** Returns the target sets, in order of first appearance. */
  public List<String> sets() {
    return List.copyOf(new LinkedHashSet<>(targets.stream().map(Target::set).toList()));
  }

  /** Returns every target read, in file order. */
  public List<Target> targets() {
    return targets;
  }

  /** Returns the observed values read. */
  public Observations observed() {
    return observed;
  }

  /**
   * Assesses a set at a year.
   *
   * @param set the set, or null for {@link #DEFAULT_SET} (the first set if that is not among them)
   * @param year the assessment year, or null for the latest year in which any indicator of the set
   *     has a value (the latest baseline year if none has)
   * @throws DataException for an unknown set, or a year before every baseline year of the set
   */
  public ProgressTable assess(String set, Integer year) {
    List<String> sets = sets();
    String chosen = set != null ? set : sets.contains(DEFAULT_SET) ? DEFAULT_SET : sets.get(0);
    if (!sets.contains(chosen)) {
      throw DataException.of(ProblemCode.BAD_PARAMETER, "--set " + chosen,
          "unknown target set; the sets are " + sets);
    }
    List<Target> members = targets.stream().filter(t -> t.set().equals(chosen)).toList();
    int firstBaseline = members.stream().mapToInt(Target::baselineYear).min().orElseThrow();
    int y;
    if (year != null) {
      if (year < firstBaseline) {
        throw DataException.of(ProblemCode.MISSING_DATA, "--year " + year,
            "set '%s' starts in %d (its earliest baseline year); choose --year %d or later"
                .formatted(chosen, firstBaseline, firstBaseline));
      }
      y = year;
    } else {
      OptionalInt latest = observed.latestYear(members.stream().map(Target::indicatorCode).toList());
      int lastBaseline = members.stream().mapToInt(Target::baselineYear).max().orElseThrow();
      y = latest.isPresent() ? Math.max(latest.getAsInt(), firstBaseline) : lastBaseline;
    }
    return ProgressTable.assess(Progress.DEFAULTS, chosen, y, targets, observed);
  }

  private static void checkUnique(List<Target> targets, List<String> origins) {
    Map<String, Integer> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      Integer first = seen.putIfAbsent(t.set() + "\u0000" + t.indicatorCode(), i);
      if (first != null) {
        problems.add(new Problem(ProblemCode.DUPLICATE_KEY, origins.get(i),
            "set '%s', code '%s' is also given in %s; keep one of them".formatted(t.set(), t.indicatorCode(),
                origins.get(first))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
  }

  private static Path existing(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw DataException.of(ProblemCode.BAD_FILE, option + " " + file,
          "file not found (working directory: %s)".formatted(Path.of("").toAbsolutePath()));
    }
    return file;
  }
}
