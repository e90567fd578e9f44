package org.ipindex.io.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.analysis.AnalysisSpec;
import org.ipindex.core.analysis.AuditSettings;
import org.ipindex.core.analysis.IndicatorExclusion;
import org.ipindex.core.analysis.ParameterRange;
import org.ipindex.core.analysis.ParameterValues;
import org.ipindex.core.analysis.Sampler;
import org.ipindex.core.analysis.StepAlternatives;
import org.ipindex.core.analysis.StepRef;
import org.ipindex.core.analysis.UncertainInput;
import org.ipindex.core.analysis.WeightNoise;
import org.ipindex.core.analysis.WeightSets;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads an analysis spec from YAML or JSON. Every key is optional; {@code inputs} is needed for
 * uncertainty and sensitivity analysis.
 *
 * <pre>
 * target: RI                 # the node whose ranks are analysed; default: the index
 * years: latest              # latest (the evaluated year) | all | [2022, 2023]
 * runs: 10000                # uncertainty analysis: number of runs (default 1000)
 * samples: 1000              # sensitivity analysis: N, for N·(d + 2) runs (default 250)
 * bootstrap: 1000            # sensitivity analysis: bootstrap replicates (default 1000)
 * sampler: sobol             # monte_carlo (default) | sobol
 * seed: 42                   # default 1
 * inputs:
 *   - name: weights          # weights of nodes at levels, or named, × (1 ± noise)
 *     weights: {noise: 0.25, levels: [2, 3], nodes: [RP1]}
 *   - name: weight set       # one of several weight sets
 *     weight_sets: {file: sets.csv}          # or sets: [{RP1: 1, RP2: 2, RP3: 1}, …]
 *   - name: normalisation    # a step replaced by one of its alternatives
 *     step: normalise
 *     alternatives:
 *       - {method: efficacy, bounds: pooled}
 *       - {label: min-max, method: minmax, lower: 0, upper: 100, bounds: pooled}
 *   - name: winmax           # a parameter from a list, or a range
 *     step: treat            # a verb (the first such step) or a position from 1
 *     parameter: winmax
 *     values: [1, 2, 3, 4, 5]                # or range: [1, 5] with integers: true
 *   - name: indicators       # one indicator left out, or none
 *     exclude: [R01, R02]                    # or exclude: all
 * audit: {high_correlation: 0.9, negative_correlation: -0.4, min_availability: 0.65,
 *         skew_limit: 2, kurt_limit: 3.5, max_zero_share: 0.5, min_unique_share: 0.5}
 * </pre>
 *
 * <p>A name defaults to the step's verb, the parameter, {@code weights} or {@code indicators}. Files
 * are found relative to the spec. Every problem is collected into one {@link DataException} whose
 * places start with the file name. Example: {@code examples/regional-robustness.yaml}.
 */
public final class AnalysisSpecReader {
  /** The keys allowed at the top level. */
  public static final List<String> TOP_LEVEL_KEYS =
      List.of("description", "target", "years", "runs", "samples", "bootstrap", "sampler", "seed", "inputs", "audit");
  private static final List<String> AUDIT_KEYS = List.of("high_correlation", "negative_correlation", "min_availability",
      "skew_limit", "kurt_limit", "max_zero_share", "min_unique_share");

  private final String fileName;
  private final Path baseDir;
  private final Framework framework;
  private final List<Problem> problems = new ArrayList<>();

  private AnalysisSpecReader(String fileName, Path baseDir, Framework framework) {
    this.fileName = fileName;
    this.baseDir = baseDir;
    this.framework = framework;
  }

  /**
   * Reads a spec file; {@code framework} resolves {@code exclude: all} (may be null otherwise).
   *
   * @throws DataException listing every problem of the spec
   * @throws IOException if the file cannot be read
   */
  public static AnalysisSpec read(Path file, Framework framework) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw DataException.of(ProblemCode.BAD_FILE, file.getFileName().toString(),
          "the spec is not UTF-8 text; save it as UTF-8 and read it again");
    } catch (NoSuchFileException e) {
      throw DataException.of(ProblemCode.BAD_FILE, "--spec " + file,
          "file not found (working directory: %s)".formatted(Path.of("").toAbsolutePath()));
    }
    return read(file.getFileName().toString(), text, file.toAbsolutePath().getParent(), framework);
  }

  /**
   * Reads a spec from text; {@code fileName} names it in messages and chooses the format,
   * {@code baseDir} resolves weight-set files.
   *
   * @throws DataException listing every problem of the spec
   */
  public static AnalysisSpec read(String fileName, String text, Path baseDir, Framework framework) {
    return new AnalysisSpecReader(fileName, baseDir, framework).parse(text);
  }

  private AnalysisSpec parse(String text) {
    Object root = SpecText.parse(fileName, text);
    if (root == null) {
      root = Map.of();
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw DataException.of(ProblemCode.BAD_FILE, fileName, "the spec must be a mapping with keys " + TOP_LEVEL_KEYS);
    }
    unknownKeys(top, TOP_LEVEL_KEYS, fileName);
    String target = top.get("target") == null ? null : String.valueOf(top.get("target"));
    int runs = whole(top.get("runs"), AnalysisSpec.DEFAULT_RUNS, 1, "runs");
    int samples = whole(top.get("samples"), AnalysisSpec.DEFAULT_SAMPLES, 2, "samples");
    int bootstrap = whole(top.get("bootstrap"), org.ipindex.core.analysis.SensitivityAnalysis.DEFAULT_BOOTSTRAP, 0,
        "bootstrap");
    long seed = AnalysisSpec.DEFAULT_SEED;
    Object seedValue = top.get("seed");
    if (seedValue instanceof Integer || seedValue instanceof Long) {
      seed = ((Number) seedValue).longValue();
    } else if (seedValue != null) {
      add(ProblemCode.BAD_NUMBER, "seed", "seed must be a whole number, got '%s'".formatted(seedValue));
    }
    Sampler sampler = Sampler.MONTE_CARLO;
    if (top.get("sampler") != null) {
      try {
        sampler = Sampler.parse(String.valueOf(top.get("sampler")));
      } catch (IllegalArgumentException e) {
        add(ProblemCode.BAD_PARAMETER, "sampler", e.getMessage());
      }
    }
    List<Integer> years = new ArrayList<>();
    boolean allYears = false;
    Object y = top.get("years");
    if (y instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Integer i) {
          years.add(i);
        } else {
          add(ProblemCode.BAD_NUMBER, "years",
              "'%s' is not a year; list data years, e.g. [2022, 2023]".formatted(item));
        }
      }
      years.sort(null);
    } else if (y instanceof Integer i) {
      years.add(i);
    } else if (y != null && String.valueOf(y).equalsIgnoreCase("all")) {
      allYears = true;
    } else if (y != null && !String.valueOf(y).equalsIgnoreCase("latest")) {
      add(ProblemCode.BAD_PARAMETER, "years", "years must be latest, all or a list of years, got '%s'".formatted(y));
    }
    List<UncertainInput> inputs = new ArrayList<>();
    Object list = top.get("inputs");
    if (list instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        UncertainInput in = input(items.get(i), i + 1);
        if (in != null) {
          inputs.add(in);
        }
      }
    } else if (list != null) {
      add(ProblemCode.BAD_PARAMETER, "inputs", "inputs must be a list, each item starting with '- name:'");
    }
    AuditSettings audit = audit(top.get("audit"));
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    return new AnalysisSpec(inputs, runs, samples, sampler, seed, target, years, allYears, bootstrap, audit);
  }

  private UncertainInput input(Object item, int index) {
    String at = "inputs[%d]".formatted(index);
    if (!(item instanceof Map<?, ?> raw)) {
      add(ProblemCode.BAD_PARAMETER, at, "an input must be a mapping (name: …, step: …, alternatives: …)");
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    raw.forEach((k, v) -> m.put(String.valueOf(k), v));
    String name = m.get("name") == null ? null : String.valueOf(m.get("name"));
    String where = name == null ? at : "%s (%s)".formatted(at, name);
    int before = problems.size();
    try {
      if (m.containsKey("weights")) {
        unknownKeys(m, List.of("name", "weights"), where);
        return noise(name == null ? "weights" : name, m.get("weights"), where);
      }
      if (m.containsKey("weight_sets")) {
        unknownKeys(m, List.of("name", "weight_sets"), where);
        return sets(name == null ? "weights" : name, m.get("weight_sets"), where);
      }
      if (m.containsKey("exclude")) {
        unknownKeys(m, List.of("name", "exclude"), where);
        return exclusion(name == null ? "indicators" : name, m.get("exclude"), where);
      }
      StepRef step = step(m.get("step"), where);
      if (m.containsKey("alternatives")) {
        unknownKeys(m, List.of("name", "step", "alternatives"), where);
        return step == null ? null : alternatives(name == null ? step.toString() : name, step, m.get("alternatives"),
            where);
      }
      if (m.containsKey("parameter")) {
        unknownKeys(m, List.of("name", "step", "parameter", "values", "range", "integers"), where);
        return step == null ? null : parameter(name, step, m, where);
      }
      add(ProblemCode.BAD_PARAMETER, where, "say what is uncertain: weights, weight_sets, alternatives (with step), "
          + "parameter (with step and values or range) or exclude");
    } catch (IllegalArgumentException e) {
      if (problems.size() == before) {
        add(ProblemCode.BAD_PARAMETER, where, e.getMessage());
      }
    }
    return null;
  }

  private StepRef step(Object v, String where) {
    if (v instanceof Integer i && i >= 1) {
      return StepRef.position(i);
    }
    if (v instanceof String s && !s.isBlank()) {
      return StepRef.verb(s);
    }
    add(ProblemCode.BAD_PARAMETER, where, "step must name the step varied: a verb (normalise, aggregate…) or a "
        + "position from 1, got '%s'".formatted(v));
    return null;
  }

  private UncertainInput noise(String name, Object v, String where) {
    if (!(v instanceof Map<?, ?> m)) {
      add(ProblemCode.BAD_PARAMETER, where, "weights must be a mapping: {noise: 0.25, levels: [2, 3]}");
      return null;
    }
    unknownKeys(m, List.of("noise", "levels", "nodes"), where + " weights");
    List<Integer> levels = new ArrayList<>();
    for (Object l : asList(m.get("levels"))) {
      if (l instanceof Integer i) {
        levels.add(i);
      } else {
        add(ProblemCode.BAD_NUMBER, where, "level '%s' must be a whole number (1 = indicators)".formatted(l));
      }
    }
    List<String> nodes = asList(m.get("nodes")).stream().map(String::valueOf).toList();
    Object noise = m.get("noise");
    if (!(noise instanceof Number n)) {
      add(ProblemCode.BAD_NUMBER, where, "weights need noise: a number such as 0.25 for ±25 %");
      return null;
    }
    return new WeightNoise(name, levels, nodes, n.doubleValue());
  }

  private UncertainInput sets(String name, Object v, String where) {
    if (v instanceof Map<?, ?> m && m.get("file") != null) {
      unknownKeys(m, List.of("file"), where + " weight_sets");
      Path file = (baseDir == null ? Path.of("") : baseDir).resolve(String.valueOf(m.get("file")));
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return WeightSetsReader.read(name, String.valueOf(m.get("file")), in);
      } catch (NoSuchFileException e) {
        add(ProblemCode.BAD_FILE, where,
            "weight-sets file '%s' not found (looked for %s); give its path relative to the spec"
            .formatted(m.get("file"), file.toAbsolutePath()));
      } catch (IOException e) {
        add(ProblemCode.BAD_FILE, where, "weight-sets file '%s' cannot be read: %s".formatted(m.get("file"),
            e.getMessage()));
      } catch (DataException e) {
        problems.addAll(e.problems());
      }
      return null;
    }
    Object list = v instanceof Map<?, ?> m ? m.get("sets") : null;
    if (!(list instanceof List<?> items) || items.isEmpty()) {
      add(ProblemCode.BAD_PARAMETER, where, "weight_sets needs file: FILE.csv or sets: [{CODE: weight, …}, …]");
      return null;
    }
    List<Map<String, Double>> sets = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Object s : items) {
      if (!(s instanceof Map<?, ?> set)) {
        add(ProblemCode.BAD_PARAMETER, where, "each weight set must be a mapping {CODE: weight, …}");
        return null;
      }
      Map<String, Double> w = new LinkedHashMap<>();
      set.forEach((k, x) -> {
        if (x instanceof Number n) {
          w.put(String.valueOf(k), n.doubleValue());
        } else {
          add(ProblemCode.BAD_NUMBER, where, "weight '%s' of '%s' must be a number".formatted(x, k));
        }
      });
      sets.add(w);
      labels.add(String.valueOf(sets.size()));
    }
    return new WeightSets(name, sets, labels);
  }

  private UncertainInput exclusion(String name, Object v, String where) {
    if (v != null && String.valueOf(v).equalsIgnoreCase("all")) {
      if (framework == null) {
        add(ProblemCode.BAD_PARAMETER, where, "exclude: all needs the framework; list the indicators instead");
        return null;
      }
      return new IndicatorExclusion(name, framework.indicators().stream().map(Node::code).toList());
    }
    List<String> codes = asList(v).stream().map(String::valueOf).toList();
    if (codes.isEmpty()) {
      add(ProblemCode.BAD_PARAMETER, where, "exclude needs a list of indicators, or all");
      return null;
    }
    return new IndicatorExclusion(name, codes);
  }

  private UncertainInput alternatives(String name, StepRef step, Object v, String where) {
    if (!(v instanceof List<?> items) || items.isEmpty()) {
      add(ProblemCode.BAD_PARAMETER, where, "alternatives must be a list of step parameters, e.g. - {method: minmax}");
      return null;
    }
    List<Map<String, Object>> alternatives = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Object item : items) {
      Map<String, Object> params = new LinkedHashMap<>();
      if (item instanceof Map<?, ?> m) {
        m.forEach((k, x) -> params.put(String.valueOf(k), x));
      } else if (item != null) {
        params.put("method", String.valueOf(item));
      }
      Object label = params.remove("label");
      if (params.get("method") == null) {
        add(ProblemCode.BAD_PARAMETER, where, "each alternative needs a method, e.g. {method: geometric}");
        return null;
      }
      alternatives.add(params);
      labels.add(label == null ? null : String.valueOf(label));
    }
    StepAlternatives byMethod = StepAlternatives.of(name, step, alternatives);
    List<String> finalLabels = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      finalLabels.add(labels.get(i) != null ? labels.get(i) : byMethod.labels().get(i));
    }
    return new StepAlternatives(name, step, alternatives, finalLabels);
  }

  private UncertainInput parameter(String name, StepRef step, Map<String, Object> m, String where) {
    String parameter = String.valueOf(m.get("parameter"));
    String n = name == null ? parameter : name;
    if (m.get("values") instanceof List<?> values && !values.isEmpty()) {
      if (m.containsKey("range")) {
        add(ProblemCode.BAD_PARAMETER, where, "give values or range, not both");
        return null;
      }
      return new ParameterValues(n, step, parameter, new ArrayList<>(values));
    }
    if (m.get("range") instanceof List<?> range && range.size() == 2
        && range.get(0) instanceof Number lo && range.get(1) instanceof Number hi) {
      boolean integers = m.get("integers") instanceof Boolean b ? b
          : range.get(0) instanceof Integer && range.get(1) instanceof Integer;
      return new ParameterRange(n, step, parameter, lo.doubleValue(), hi.doubleValue(), integers);
    }
    add(ProblemCode.BAD_PARAMETER, where, "a parameter input needs values: [a, b, …] or range: [lower, upper]");
    return null;
  }

  private AuditSettings audit(Object v) {
    if (v == null) {
      return AuditSettings.DEFAULT;
    }
    if (!(v instanceof Map<?, ?> m)) {
      add(ProblemCode.BAD_PARAMETER, "audit", "audit must be a mapping of thresholds, e.g. {high_correlation: 0.9}");
      return AuditSettings.DEFAULT;
    }
    unknownKeys(m, AUDIT_KEYS, "audit");
    AuditSettings d = AuditSettings.DEFAULT;
    try {
      return new AuditSettings(number(m, "high_correlation", d.highCorrelation()),
          number(m, "negative_correlation", d.negativeCorrelation()), number(m, "min_availability",
              d.minAvailability()),
          number(m, "skew_limit", d.skewLimit()), number(m, "kurt_limit", d.kurtLimit()),
          number(m, "max_zero_share", d.maxZeroShare()), number(m, "min_unique_share", d.minUniqueShare()));
    } catch (IllegalArgumentException e) {
      add(ProblemCode.BAD_PARAMETER, "audit", e.getMessage());
      return d;
    }
  }

  private double number(Map<?, ?> m, String key, double fallback) {
    Object v = m.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    add(ProblemCode.BAD_NUMBER, "audit " + key, "'%s' is not a number".formatted(v));
    return fallback;
  }

  private int whole(Object v, int fallback, int min, String key) {
    if (v == null) {
      return fallback;
    }
    if (v instanceof Integer i && i >= min) {
      return i;
    }
    add(ProblemCode.BAD_NUMBER, key, "%s must be a whole number of at least %d, got '%s'".formatted(key, min, v));
    return fallback;
  }

  private static List<Object> asList(Object v) {
    if (v == null) {
      return List.of();
    }
    return v instanceof List<?> l ? new ArrayList<>(l) : List.of(v);
  }

  private void unknownKeys(Map<?, ?> m, List<String> allowed, String where) {
    for (Object k : m.keySet()) {
      if (!allowed.contains(String.valueOf(k))) {
        add(ProblemCode.BAD_PARAMETER, where + " key " + k, "unknown key '%s'; allowed here: %s"
            .formatted(k, allowed));
      }
    }
  }

  private void add(ProblemCode code, String where, String message) {
    problems.add(new Problem(code, where.startsWith(fileName) ? where : fileName + " " + where, message));
  }
}
