package org.ipindex.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeWriterTest {
  @TempDir Path dir;

  @Test
  void yaml_round_trips() throws Exception {
    Recipe r = RecipeReader.read(TestFiles.write(dir, "recipe.yaml", RecipeReaderTest.YAML));

    Recipe again = RecipeReader.read("again.yaml", RecipeWriter.yaml(r), dir);

    assertThat(RecipeReaderTest.maps(again)).isEqualTo(RecipeReaderTest.maps(r));
    assertThat(again.name()).isEqualTo(r.name());
    assertThat(again.evaluationYearOffset()).isEqualTo(r.evaluationYearOffset());
  }

  @Test
  void json_round_trips() throws Exception {
    Recipe r = RecipeReader.read(TestFiles.write(dir, "recipe.yaml", RecipeReaderTest.YAML));

    Recipe again = RecipeReader.read("again.json", RecipeWriter.json(r), dir);

    assertThat(RecipeReaderTest.maps(again)).isEqualTo(RecipeReaderTest.maps(r));
  }

  @Test
  void keeps_text_that_looks_like_numbers_or_booleans_as_text() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("code", "2021");
    params.put("flag", "true");
    params.put("answer", "yes");
    params.put("empty", "");
    params.put("colon", "a: b");
    params.put("formula", "- x");
    params.put("chinese", "知识产权");
    params.put("numbers", List.of(1, 2.5, -0.125, 1e-9));
    params.put("yes", true);
    params.put("nested", Map.of("2", List.of("a", "b")));
    Recipe r = new Recipe("tricky", 2, List.of(new StepSpec("custom", new Params("", params))));

    Recipe fromYaml = RecipeReader.parse("t.yaml", RecipeWriter.yaml(r), dir);
    Recipe fromJson = RecipeReader.parse("t.json", RecipeWriter.json(r), dir);

    assertThat(RecipeReaderTest.maps(fromYaml)).isEqualTo(RecipeReaderTest.maps(r));
    assertThat(RecipeReaderTest.maps(fromJson)).isEqualTo(RecipeReaderTest.maps(r));
    assertThat(fromYaml.evaluationYearOffset()).isEqualTo(2);
  }

  @Test
  void writes_readable_yaml_with_the_verb_first() {
    Recipe r = RecipeReader.read("r.yaml", "name: x\nsteps:\n  - method: minmax\n    step: normalise\n", dir);

    assertThat(RecipeWriter.yaml(r)).isEqualTo("""
        name: x
        evaluation_year_offset: 0
        steps:
          - step: normalise
            method: minmax
        """);
  }

  @Test
  void writes_a_file_in_the_format_of_its_extension() throws Exception {
    Recipe r = RecipeReader.read("r.yaml", "name: x\nsteps:\n  - step: impute\n    method: none\n", dir);

    RecipeWriter.write(r, dir.resolve("r.json"));
    RecipeWriter.write(r, dir.resolve("r.yml"));

    assertThat(Files.readString(dir.resolve("r.json"))).startsWith("{");
    assertThat(Files.readString(dir.resolve("r.yml"))).startsWith("name: x\n");
    assertThat(RecipeReaderTest.maps(RecipeReader.read(dir.resolve("r.json")))).isEqualTo(RecipeReaderTest.maps(r));
    assertThat(RecipeReaderTest.maps(RecipeReader.read(dir.resolve("r.yml")))).isEqualTo(RecipeReaderTest.maps(r));
  }
}
