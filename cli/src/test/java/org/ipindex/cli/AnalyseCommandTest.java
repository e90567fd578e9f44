package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipindex analyse} on COINr's example, in-process, and once in its own process to press Ctrl-C. */
class AnalyseCommandTest {
  @TempDir Path dir;
  Path meta;
  Path data;
  Path recipe;
  Path spec;

  @BeforeEach
  void files() throws IOException {
    meta = copy("/coinr/data/ASEM_iMeta.csv");
    data = copy("/coinr/data/ASEM_iData.csv");
    recipe = Files.writeString(dir.resolve("recipe.yaml"), """
        name: asem
        steps:
          - step: impute
            method: group_mean
            grouping: EurAsia_group
          - step: normalise
            method: minmax
            lower: 1
            upper: 100
          - step: aggregate
            method: arithmetic
        """);
    spec = spec(40);
  }

  private Path spec(int runs) throws IOException {
    return Files.writeString(dir.resolve("spec-" + runs + ".yaml"), """
        runs: %d
        samples: 8
        bootstrap: 20
        sampler: sobol
        inputs:
          - name: weights
            weights: {noise: 0.25, levels: [2, 3]}
          - name: aggregation
            step: aggregate
            alternatives: [arithmetic, geometric]
        """.formatted(runs));
  }

  private Path copy(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Path p = dir.resolve(Path.of(resource).getFileName().toString());
      Files.copy(in, p);
      return p;
    }
  }

  private CliTest.Run analyse(String kind, String... more) {
    return analyseWith(spec, kind, more);
  }

  private CliTest.Run analyseWith(Path specFile, String kind, String... more) {
    List<String> args = new ArrayList<>(List.of("analyse", kind, "--framework", meta.toString(), "--data",
        data.toString(), "--recipe", recipe.toString(), "--spec", specFile.toString(), "--threads", "2"));
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void prints_the_rank_interval_chart_of_an_uncertainty_analysis() {
    CliTest.Run r = analyse("uncertainty");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Uncertainty analysis of Index Sustainable Connectivity · 2018 evaluation "
        + "(2018 data) · recipe asem · 51 units\n"
        + "40 runs (sobol, seed 1) · inputs: weights (weight_noise), aggregation (alternatives)\n")
        .contains("unit     name          score   rank median        5–95 %  rank 1 … 51")
        .contains("DEU      Germany       75.48      1      1        [1, 1]  ●\n")
        .contains("note: analysed: Index in data year [2018]");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void prints_sobol_indices_and_the_audit() {
    CliTest.Run sa = analyse("sensitivity");
    CliTest.Run audit = analyse("audit");

    assertThat(sa.code()).as(sa.err()).isZero();
    assertThat(sa.out()).contains("32 runs (sobol, seed 1) = N 8 × (d 2 + 2)")
        .contains("Output: mean absolute rank change against the nominal ranks")
        .containsPattern("weights +-?\\d\\.\\d{3} +\\[");
    assertThat(audit.code()).as(audit.err()).isZero();
    assertThat(audit.out()).startsWith("Statistical audit of Index").contains("of 49 indicators flagged")
        .contains("Groups: Cronbach's alpha").contains("Leaving one indicator out");
  }

  @Test
  void writes_csv_json_and_xlsx() throws IOException {
    CliTest.Run csv = analyse("uncertainty", "--out", dir.resolve("out/ua.csv").toString());
    CliTest.Run json = analyse("sensitivity", "--out", dir.resolve("out/sa.json").toString());
    CliTest.Run xlsx = analyse("audit", "--out", dir.resolve("out/audit.xlsx").toString());

    assertThat(csv.code()).as(csv.err()).isZero();
    assertThat(csv.out()).contains("wrote " + dir.resolve("out/ua.csv")).contains("wrote "
        + dir.resolve("out/ua-runs.csv"));
    assertThat(Files.readAllLines(dir.resolve("out/ua.csv"))).hasSize(52);
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode sa = new ObjectMapper().readTree(dir.resolve("out/sa.json").toFile());
    assertThat(sa.get("analysis").asText()).isEqualTo("sensitivity");
    assertThat(sa.get("tables").get("sensitivity")).hasSize(2);
    assertThat(xlsx.code()).as(xlsx.err()).isZero();
    assertThat(dir.resolve("out/audit.xlsx")).isNotEmptyFile();
  }

  @Test
  void bad_requests_exit_2_with_a_message() throws IOException {
    CliTest.Run kind = CliTest.run("analyse", "robustness", "--framework", meta.toString());
    CliTest.Run noSpec = CliTest.run("analyse", "uncertainty", "--framework", meta.toString(), "--data",
        data.toString());
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "inputs:\n  - step: normalise\n");
    CliTest.Run badSpec = analyseWith(bad, "uncertainty");
    CliTest.Run format = analyse("uncertainty", "--format", "csv");

    assertThat(kind.code()).isEqualTo(2);
    assertThat(kind.err()).contains("unknown analysis 'robustness'; use one of [uncertainty, sensitivity, audit]");
    assertThat(noSpec.code()).isEqualTo(2);
    assertThat(noSpec.err()).contains("uncertainty analysis needs --spec FILE");
    assertThat(badSpec.code()).isEqualTo(2);
    assertThat(badSpec.err()).contains("bad.yaml inputs[1]: say what is uncertain");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format csv needs --out FILE");
  }

  /**
   * Ctrl-C in a real process: the progress bar is running, SIGINT arrives, the runs under way
   * finish, nothing is written, the message says how far it got, the exit code is 130. The child
   * starts with SIGINT at its default ({@code env --default-signal}), as in a terminal, even when the
   * build itself runs in the background with SIGINT ignored.
   */
  @Test
  void ctrl_c_stops_cleanly_with_exit_code_130() throws Exception {
    Path big = spec(5_000_000);
    Path out = dir.resolve("never.csv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("env", "--default-signal=INT", java, "-cp", System.getProperty("java.class.path"),
        "org.ipindex.cli.Main", "analyse", "uncertainty", "--framework", meta.toString(), "--data", data.toString(),
        "--recipe", recipe.toString(), "--spec", big.toString(), "--progress", "--out", out.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    StringBuilder err = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      int c;
      while ((c = in.read()) >= 0 && !err.toString().contains(" runs ")) {
        err.append((char) c);
      }
      assertThat(err.toString()).as("the progress bar").contains("uncertainty [").contains("/5000000 runs");
      new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
      while ((c = in.read()) >= 0) {
        err.append((char) c);
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(err.toString()).isEqualTo(130);
    assertThat(err.toString()).containsPattern("ipindex: interrupted after \\d+ of 5000000 runs; the partial results "
        + "were discarded, nothing was written");
    assertThat(out).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".never"));
    }
  }
}
