package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeReaderTest {
  static final String YAML = """
      name: regional-ip-development-index
      evaluation_year_offset: 1
      description: ignored
      steps:
        - step: impute
          method: none
        - step: normalise
          method: minmax
          lower: 60
          upper: 100.0
          bounds: reference_year:2021
        - step: weight
          method: equal
          levels:
            2: leaf_count
        - step: aggregate
          method: arithmetic
          threshold: 0.8
          levels:
            3: {method: generalised, p: 0.5}
      """;

  @TempDir Path dir;

  @Test
  void reads_a_yaml_recipe() throws Exception {
    Recipe r = RecipeReader.read(TestFiles.write(dir, "recipe.yaml", YAML));

    assertThat(r.name()).isEqualTo("regional-ip-development-index");
    assertThat(r.evaluationYearOffset()).isEqualTo(1);
    assertThat(r.steps()).extracting(StepSpec::verb).containsExactly("impute", "normalise", "weight", "aggregate");
    StepSpec normalise = r.steps().get(1);
    assertThat(normalise.params().values()).containsExactly(Map.entry("method", "minmax"), Map.entry("lower", 60),
        Map.entry("upper", 100.0), Map.entry("bounds", "reference_year:2021"));
    assertThat(normalise.params().where()).isEqualTo("recipe.yaml step 2");
    assertThat(r.steps().get(2).params().values().get("levels")).isEqualTo(Map.of("2", "leaf_count"));
    assertThat(r.steps().get(3).params().values().get("levels"))
        .isEqualTo(Map.of("3", Map.of("method", "generalised", "p", 0.5)));
  }

  @Test
  void reads_the_same_recipe_from_json_by_extension_or_by_its_brace() throws Exception {
    Recipe yaml = RecipeReader.read(TestFiles.write(dir, "recipe.yaml", YAML));
    String json = RecipeWriter.json(yaml);

    Recipe byExtension = RecipeReader.read(TestFiles.write(dir, "recipe.json", json));
    Recipe bySniffing = RecipeReader.read("upload", json, dir);

    assertThat(maps(byExtension)).isEqualTo(maps(yaml));
    assertThat(maps(bySniffing)).isEqualTo(maps(yaml));
    assertThat(byExtension.name()).isEqualTo(yaml.name());
    assertThat(byExtension.evaluationYearOffset()).isEqualTo(1);
  }

  @Test
  void defaults_the_evaluation_year_offset_to_zero() {
    Recipe r = RecipeReader.read("r.yaml", "name: x\nsteps:\n  - step: impute\n    method: none\n", dir);

    assertThat(r.evaluationYearOffset()).isZero();
  }

  @Test
  void reports_unknown_top_level_keys_with_a_suggestion() {
    List<Problem> problems = problems("r.yaml", "name: x\nstpes: []\nauthor: me\n");

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "r.yaml key stpes: unknown top-level key 'stpes' (did you mean 'steps'?); allowed: "
            + "[name, evaluation_year_offset, description, steps]",
        "r.yaml key author: unknown top-level key 'author'; allowed: [name, evaluation_year_offset, description, steps]",
        "r.yaml key steps: the recipe needs 'steps:', a list of steps each starting with '- step: VERB' (one of "
            + "[denominate, impute, treat, normalise, weight, aggregate]), got none");
  }

  @Test
  void reports_unknown_steps_methods_and_parameters_of_every_step() {
    List<Problem> problems = problems("bad.yaml", """
        name: x
        steps:
          - step: normalize_all
          - step: impute
            method: magic
          - step: normalise
            method: minmax
            lowr: 0
          - method: minmax
        """);

    assertThat(problems).extracting(Problem::code).containsExactly(ProblemCode.BAD_PARAMETER,
        ProblemCode.UNKNOWN_METHOD, ProblemCode.UNKNOWN_METHOD, ProblemCode.BAD_PARAMETER);
    assertThat(problems).extracting(Problem::toString).containsExactly(
        "bad.yaml step 4: the step has no 'step:' naming its verb; add one of "
            + "[denominate, impute, treat, normalise, weight, aggregate]",
        "bad.yaml step 1: unknown step 'normalize_all'; use one of [denominate, impute, treat, normalise, weight, "
            + "aggregate]",
        "bad.yaml step 2 (impute): unknown imputation method 'magic'; known: [carry_forward, group_mean, group_median, linear, mean, median, none]",
        "bad.yaml step 3 (normalise): unknown parameter [lowr]; allowed here: [lower, upper]");
  }

  @Test
  void reports_a_step_that_is_not_a_mapping() {
    assertThat(problems("r.yaml", "name: x\nsteps: [impute]\n")).singleElement().extracting(Problem::toString)
        .isEqualTo("r.yaml step 1: a step must be a mapping starting with 'step: VERB' (one of [denominate, impute, "
            + "treat, normalise, weight, aggregate]), got a single value 'impute'");
  }

  @Test
  void reports_a_recipe_file_that_is_not_utf8() throws Exception {
    Path file = dir.resolve("gbk.yaml");
    java.nio.file.Files.write(file, "name: 指数\n".getBytes(java.nio.charset.Charset.forName("GBK")));

    List<Problem> problems = thrown(() -> {
      try {
        RecipeReader.read(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    assertThat(problems).singleElement().extracting(Problem::toString).isEqualTo(
        "gbk.yaml: the recipe is not UTF-8 text (GBK or another encoding?); save it as UTF-8 and read it again");
  }

  @Test
  void reports_a_missing_name_and_a_bad_offset() {
    List<Problem> problems = problems("r.json",
        "{\"evaluation_year_offset\": \"one\", \"steps\": [{\"step\": \"impute\", \"method\": \"none\"}]}");

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "r.json key name: the recipe needs a name (text), got none; add e.g. 'name: regional-ip-development-index'",
        "r.json key evaluation_year_offset: 'one' is not a whole number; write the evaluation year minus the data "
            + "year, e.g. 1");
  }

  @Test
  void reports_syntax_errors_with_line_and_column() {
    List<Problem> yaml = problems("r.yaml", "name: x\nsteps:\n  - step: impute\n   method: [none\n");
    List<Problem> json = problems("r.json", "{\"name\": \"x\",\n \"steps\": [}");

    assertThat(yaml).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.BAD_FILE);
      assertThat(p.where()).startsWith("r.yaml line ");
      assertThat(p.message()).startsWith("the recipe cannot be parsed: ").endsWith(
          "; check the indentation, the ':' after each key and the '-' before each step");
    });
    assertThat(json).singleElement().extracting(Problem::where).isEqualTo("r.json line 2 column 12");
  }

  @Test
  void reports_a_repeated_key() {
    List<Problem> problems = problems("r.yaml", "name: x\nsteps:\n  - step: impute\n    method: none\n    method: none\n");

    assertThat(problems).singleElement().extracting(Problem::message).asString().contains("Duplicate field 'method'");
  }

  @Test
  void reports_an_empty_recipe_and_an_empty_step_list() {
    assertThat(problems("r.yaml", "")).singleElement().extracting(Problem::toString)
        .isEqualTo("r.yaml: the recipe is empty; give at least 'name:' and 'steps:'");
    assertThat(problems("r.yaml", "name: x\nsteps: []\n")).singleElement().extracting(Problem::toString)
        .isEqualTo("r.yaml key steps: the list of steps is empty; add at least one step");
    assertThat(problems("r.yaml", "- step: impute\n")).singleElement().extracting(Problem::toString)
        .isEqualTo("r.yaml: the recipe must be a mapping with the keys [name, evaluation_year_offset, description, "
            + "steps], not a list");
  }

  @Test
  void reads_an_ahp_matrix_file_into_order_and_matrix() throws Exception {
    TestFiles.write(dir, "ahp.csv", "code,Conn,Sust\nConn,1,3\nSust,1/3,1\n");
    TestFiles.write(dir, "pillars.csv", "code,A,B\nA,1,0.5\nB,2,1\n");
    String yaml = """
        name: ahp
        steps:
          - step: weight
            method: ahp
            matrix_file: ahp.csv
            groups:
              Conn: {method: ahp, matrix_file: pillars.csv}
        """;

    Recipe r = RecipeReader.parse("ahp.yaml", yaml, dir);

    Map<String, Object> p = r.steps().get(0).params().values();
    assertThat(p).doesNotContainKey("matrix_file");
    assertThat(p.get("order")).isEqualTo(List.of("Conn", "Sust"));
    assertThat(p.get("matrix")).isEqualTo(List.of(List.of(1.0, 3.0), List.of(1.0 / 3, 1.0)));
    assertThat(p.get("groups")).isEqualTo(Map.of("Conn",
        Map.of("method", "ahp", "order", List.of("A", "B"), "matrix", List.of(List.of(1.0, 0.5), List.of(2.0, 1.0)))));
  }

  @Test
  void reports_every_problem_of_an_ahp_matrix_file() throws Exception {
    TestFiles.write(dir, "bad.csv", "code,A,B,C\nA,1,x,2\nC,1,1,0\nB,1,1,1\n");
    String yaml = "name: ahp\nsteps:\n  - step: weight\n    method: ahp\n    matrix_file: bad.csv\n"
        + "  - step: weight\n    method: ahp\n    matrix_file: nowhere.csv\n";

    List<Problem> problems = thrown(() -> RecipeReader.parse("ahp.yaml", yaml, dir));

    assertThat(problems).extracting(Problem::toString).containsExactly(
        "bad.csv row 2 column B: 'x' is not a positive number; write how much more important the row's node is "
            + "than the column's, e.g. 3, 1/3 or 0.2 (1 on the diagonal)",
        "bad.csv row 3 column code: row code 'C' should be 'B'; list the rows in the same order as the header [A, B, C]",
        "bad.csv row 3 column C: '0' is not a positive number; write how much more important the row's node is "
            + "than the column's, e.g. 3, 1/3 or 0.2 (1 on the diagonal)",
        "bad.csv row 4 column code: row code 'B' should be 'C'; list the rows in the same order as the header [A, B, C]",
        "ahp.yaml step 2 matrix_file: matrix file 'nowhere.csv' not found (looked for "
            + dir.resolve("nowhere.csv").toAbsolutePath() + "); give its path relative to the recipe");
  }

  static List<Map<String, Object>> maps(Recipe r) {
    return r.steps().stream().map(StepSpec::toMap).toList();
  }

  private List<Problem> problems(String fileName, String text) {
    return thrown(() -> RecipeReader.read(fileName, text, dir));
  }

  private static List<Problem> thrown(Runnable call) {
    try {
      call.run();
    } catch (DataException e) {
      return e.problems();
    }
    throw new AssertionError("expected a DataException");
  }
}
