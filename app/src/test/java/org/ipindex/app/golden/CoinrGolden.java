package org.ipindex.app.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.build.Steps;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Panel;
import org.ipindex.core.result.Results;
import org.ipindex.core.testkit.CoinrCsv;
import org.ipindex.io.FrameworkFile;
import org.ipindex.io.FrameworkReader;
import org.ipindex.io.PanelReader;
import org.ipindex.io.RecipeReader;

/**
 * What the golden tests against COINr 1.1.14 share: COINr's ASEM example read by the product's own
 * readers (iMeta by {@link FrameworkReader}, iData by {@link PanelReader}), the recipes read from
 * {@code golden/*.yaml} by {@link RecipeReader}, and a cell-by-cell comparison with COINr's results
 * ({@code coinr/expected/*.csv} of the core test jar; see {@code coinr/README.md} there).
 *
 * <p>Comparison rules (the reference README's): rows are joined on {@code uCode} (and {@code Time}
 * for panels), columns on the node code; the expected file and our dataset must hold exactly the
 * same units, years and codes, so no cell of either side goes unchecked; an empty expected field is
 * missing and must be NaN on our side, and a NaN on our side must be empty there; a number matches
 * when {@code |ours − COINr| ≤ 1e-9 · max(|COINr|, 1)} — relative error, with the scale floored at 1
 * so that values that are 0 up to rounding (a z-score or a percentile rank near 0) are not held to
 * a relative error of their last bit (the convention of core's {@code MinMaxMatchesCoinrTest}).
 * Ranks must be equal exactly.
 */
final class CoinrGolden {
  /** The tolerance of the reference results. */
  static final double TOLERANCE = 1e-9;

  private static final String DATA = "/coinr/data/";
  private static final String EXPECTED = "/coinr/expected/";
  private static final String RECIPES = "/golden/";

  private CoinrGolden() {}

  /** Returns COINr's iMeta, read as a user's framework file would be. */
  static FrameworkFile framework() {
    try (InputStream in = open(DATA + "ASEM_iMeta.csv")) {
      return FrameworkReader.read("ASEM_iMeta.csv", in, "ASEM");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a COINr iData file ({@code ASEM_iData.csv} or {@code ASEM_iData_p.csv}), read with the framework's reader. */
  static Panel panel(FrameworkFile framework, String fileName) {
    try (InputStream in = open(DATA + fileName)) {
      return PanelReader.of(framework).read(fileName, in).panel();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the recipe {@code golden/NAME.yaml}, read and checked as the CLI reads a recipe. */
  static Recipe recipe(String name) {
    String fileName = name + ".yaml";
    try (InputStream in = open(RECIPES + fileName)) {
      return RecipeReader.read(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a recipe step written in code, as a program (rather than a YAML file) would build it. */
  static StepSpec step(String verb, Map<String, Object> params) {
    return new StepSpec(verb, new Params("golden test", params));
  }

  /**
   * Asserts that a recipe read from YAML and one built in code mean the same: same name, and every
   * step resolves to an equal typed step (method, parameters, scope, per-level and per-group entries).
   */
  static void assertSameRecipe(Recipe fromYaml, Recipe inCode) {
    assertThat(fromYaml.name()).isEqualTo(inCode.name());
    assertThat(fromYaml.steps()).hasSameSizeAs(inCode.steps());
    for (int i = 0; i < inCode.steps().size(); i++) {
      assertThat(Steps.resolve(fromYaml.steps().get(i), i + 1))
          .as("step %d of %s", i + 1, fromYaml.name())
          .isEqualTo(Steps.resolve(inCode.steps().get(i), i + 1));
    }
  }

  /**
   * Returns the panel without the units COINr's {@code Screen(unit_screen = "byNA", dat_thresh)}
   * removes. COINr screens each year of a panel on its own ({@code Screen.purse} screens each year's
   * coin): a unit is dropped in a year when the share of the framework's indicators it has in that
   * year is below {@code threshold}. A {@link Panel} has one set of units for all years, so this
   * requires every unit to be dropped in all years or in none, and fails otherwise rather than
   * silently choosing a rule.
   */
  static Screening screen(Panel panel, Framework framework, double threshold) {
    List<Node> indicators = framework.indicators();
    Map<String, Set<Integer>> droppedIn = new HashMap<>();
    for (int y = 0; y < panel.yearCount(); y++) {
      for (int u = 0; u < panel.unitCount(); u++) {
        int present = 0;
        for (Node n : indicators) {
          int s = panel.seriesIndex(n.code());
          if (s >= 0 && !Double.isNaN(panel.value(u, s, y))) {
            present++;
          }
        }
        if ((double) present / indicators.size() < threshold) {
          droppedIn.computeIfAbsent(panel.units().get(u), k -> new TreeSet<>()).add(panel.year(y));
        }
      }
    }
    droppedIn.forEach((unit, years) -> {
      if (years.size() != panel.yearCount()) {
        throw new IllegalStateException(("unit %s has less than %s of the indicators in %s only; COINr "
            + "would drop it in those years alone, which one panel cannot hold").formatted(unit, threshold, years));
      }
    });
    List<String> kept = panel.units().stream().filter(u -> !droppedIn.containsKey(u)).toList();
    Panel.Builder b = Panel.builder(kept, panel.series(), panel.years());
    for (int k = 0; k < kept.size(); k++) {
      int u = panel.unitIndex(kept.get(k));
      for (int y = 0; y < panel.yearCount(); y++) {
        for (int s = 0; s < panel.seriesCount(); s++) {
          b.set(k, s, y, panel.value(u, s, y), panel.flag(u, s, y));
        }
      }
    }
    panel.groupings().forEach((column, labels) ->
        b.grouping(column, kept.stream().map(unit -> labels.get(panel.unitIndex(unit))).toList()));
    kept.forEach(unit -> b.unitName(unit, panel.unitName(unit)));
    return new Screening(b.build(), new TreeSet<>(droppedIn.keySet()));
  }

  /** A screened panel and the units removed. */
  record Screening(Panel panel, Set<String> removed) {}

  /**
   * Compares every cell of an expected COINr file ({@code uCode}, optional {@code Time}, one column
   * per code) with a dataset of ours, whose codes must be exactly {@code codes}.
   */
  static Comparison compare(String expectedFile, Panel ours, List<String> codes) {
    CoinrCsv expected = CoinrCsv.resource(EXPECTED + expectedFile);
    Table t = Table.of(expectedFile, expected, ours, codes);
    Comparison c = new Comparison(expectedFile);
    for (int r = 0; r < expected.rows().size(); r++) {
      String unit = t.unit(r);
      int year = t.year(r);
      for (String code : codes) {
        double want = CoinrCsv.number(expected.rows().get(r)[expected.column(code)]);
        c.value(unit, code, year, ours.value(unit, code, year), want);
      }
    }
    return c;
  }

  /** Compares COINr's ranks (1 = best, ties share the lowest rank) with {@link Results#rank}. */
  static Comparison compareRanks(String expectedFile, Results results, List<String> codes) {
    CoinrCsv expected = CoinrCsv.resource(EXPECTED + expectedFile);
    Table t = Table.of(expectedFile, expected, results.scores(), codes);
    Comparison c = new Comparison(expectedFile);
    for (int r = 0; r < expected.rows().size(); r++) {
      String unit = t.unit(r);
      int year = t.year(r);
      for (String code : codes) {
        double want = CoinrCsv.number(expected.rows().get(r)[expected.column(code)]);
        c.rank(unit, code, year, results.rank(unit, code, year), want);
      }
    }
    return c;
  }

  /** Returns the codes of every node of the framework (the columns of an {@code _Aggregated} file). */
  static List<String> nodeCodes(Framework f) {
    return f.nodes().stream().map(Node::code).toList();
  }

  /** Returns the codes of the framework's indicators (the columns of a {@code _Normalised} file). */
  static List<String> indicatorCodes(Framework f) {
    return f.indicators().stream().map(Node::code).toList();
  }

  private static InputStream open(String resource) {
    InputStream in = CoinrGolden.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("test resource " + resource + " is not on the class path");
    }
    return in;
  }

  /** The rows of an expected file, checked to cover exactly the units, years and codes of ours. */
  private record Table(CoinrCsv csv, int unitColumn, int timeColumn, int onlyYear) {
    static Table of(String file, CoinrCsv csv, Panel ours, List<String> codes) {
      int unitColumn = csv.column("uCode");
      int timeColumn = csv.header().indexOf("Time");
      Set<String> columns = new LinkedHashSet<>(csv.header());
      columns.remove("uCode");
      columns.remove("Time");
      assertThat(columns).as("columns of %s", file).containsExactlyInAnyOrderElementsOf(codes);
      assertThat(ours.series()).as("codes of our dataset for %s", file).containsAll(codes);
      if (timeColumn < 0) {
        assertThat(ours.yearCount()).as("%s has no Time column, so ours must be one year", file).isEqualTo(1);
      }
      Table t = new Table(csv, unitColumn, timeColumn, ours.year(0));
      Set<String> theirs = new TreeSet<>();
      for (int r = 0; r < csv.rows().size(); r++) {
        assertThat(theirs.add(t.unit(r) + " " + t.year(r))).as("%s repeats %s in %d", file, t.unit(r), t.year(r)).isTrue();
      }
      Set<String> mine = new TreeSet<>();
      for (String u : ours.units()) {
        for (int y : ours.years()) {
          mine.add(u + " " + y);
        }
      }
      assertThat(theirs).as("units and years of %s", file).isEqualTo(mine);
      return t;
    }

    String unit(int row) {
      return csv.rows().get(row)[unitColumn];
    }

    int year(int row) {
      return timeColumn < 0 ? onlyYear : Integer.parseInt(csv.rows().get(row)[timeColumn].trim());
    }
  }

  /** The outcome of comparing one expected file: cells, worst error, and the mismatching cells. */
  static final class Comparison {
    private final String file;
    private int cells;
    private int missing;
    private double maxError;
    private boolean ranks;
    private String worst = "";
    private final List<String> mismatches = new ArrayList<>();

    Comparison(String file) {
      this.file = file;
    }

    void value(String unit, String code, int year, double ours, double coinr) {
      cells++;
      if (Double.isNaN(ours) || Double.isNaN(coinr)) {
        if (Double.isNaN(ours) && Double.isNaN(coinr)) {
          missing++;
        } else {
          mismatches.add(cell(unit, code, year) + ": ours %s, COINr %s".formatted(ours, Double.isNaN(coinr) ? "missing" : coinr));
        }
        return;
      }
      double error = Math.abs(ours - coinr) / Math.max(Math.abs(coinr), 1);
      if (error > maxError) {
        maxError = error;
        worst = cell(unit, code, year);
      }
      if (!(error <= TOLERANCE)) {
        mismatches.add(cell(unit, code, year) + String.format(Locale.ROOT, ": ours %s, COINr %s (relative error %.3g)",
            ours, coinr, error));
      }
    }

    void rank(String unit, String code, int year, double ours, double coinr) {
      ranks = true;
      cells++;
      if (Double.isNaN(ours) && Double.isNaN(coinr)) {
        missing++;
      } else if (Double.compare(ours, coinr) != 0) {
        mismatches.add(cell(unit, code, year) + ": ours rank %s, COINr %s".formatted(ours, coinr));
      }
    }

    private static String cell(String unit, String code, int year) {
      return unit + "/" + code + "/" + year;
    }

    int cells() {
      return cells;
    }

    double maxError() {
      return maxError;
    }

    List<String> mismatches() {
      return mismatches;
    }

    /** Fails listing the first mismatching cells; prints a one-line summary otherwise. */
    Comparison assertMatches() {
      assertThat(cells).as("cells compared in %s", file).isPositive();
      assertThat(mismatches)
          .as("%s: %d of %d cells differ from COINr; first ones:%n  %s", file, mismatches.size(), cells,
              String.join("\n  ", mismatches.subList(0, Math.min(25, mismatches.size()))))
          .isEmpty();
      System.out.printf(Locale.ROOT, "golden %-58s %5d cells (%4d missing on both sides), %s%n", file, cells, missing,
          ranks ? "every rank equal"
              : String.format(Locale.ROOT, "max relative error %.2e%s", maxError, worst.isEmpty() ? "" : " at " + worst));
      return this;
    }
  }
}
