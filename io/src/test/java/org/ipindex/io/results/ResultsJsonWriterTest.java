package org.ipindex.io.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ipindex.core.result.ResultRow;
import org.ipindex.core.result.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonWriterTest {
  @TempDir Path dir;

  @Test
  void writes_framework_years_units_weights_and_rows() throws Exception {
    Results results = TinyResults.results();
    JsonNode json = json(results);

    assertThat(json.get("framework").get("name").asText()).isEqualTo("tiny");
    JsonNode root = json.get("framework").get("nodes").get(0);
    assertThat(root.get("code").asText()).isEqualTo("IDX");
    assertThat(root.get("parent").isNull()).isTrue();
    assertThat(root.get("level").asInt()).isEqualTo(3);
    assertThat(root.get("name_zh").asText()).isEqualTo("综合指数");
    assertThat(root.get("weight").isNull()).isTrue();
    assertThat(json.get("framework").get("nodes").get(3).get("direction").asInt()).isEqualTo(-1);
    assertThat(json.get("evaluation_year_offset").asInt()).isEqualTo(1);
    assertThat(json.get("years").toString()).isEqualTo("[2022,2023]");
    assertThat(json.get("units").get(0).toString()).isEqualTo("{\"code\":\"11\",\"name\":\"北京\"}");
    assertThat(json.get("weights").get("P").asDouble()).isEqualTo(0.5);
    assertThat(json.get("rows")).hasSize(results.rows().size());
    ResultRow first = results.rows().get(0);
    JsonNode row = json.get("rows").get(0);
    assertThat(row.get("unit").asText()).isEqualTo(first.unitCode());
    assertThat(row.get("evaluation_year").asInt()).isEqualTo(2023);
    assertThat(row.get("score").doubleValue()).isEqualTo(first.score());
    assertThat(row.get("coverage").doubleValue()).isEqualTo(1.0);
  }

  @Test
  void writes_missing_values_as_null() throws Exception {
    JsonNode json = json(TinyResults.results());

    JsonNode missing = json.get("rows").get(2);
    assertThat(missing.get("unit").asText()).isEqualTo("-X");
    assertThat(missing.get("score").isNull()).isTrue();
    assertThat(missing.get("rank").isNull()).isTrue();
    assertThat(missing.get("change").isNull()).isTrue();
    assertThat(missing.get("change_pct").isNull()).isTrue();
    assertThat(missing.get("coverage").isNull()).isTrue();
  }

  @Test
  void writes_a_file() throws Exception {
    Results results = TinyResults.results();
    Path file = dir.resolve("results.json");

    ResultsJsonWriter.write(results, file);

    assertThat(new ObjectMapper().readTree(Files.readAllBytes(file))).isEqualTo(json(results));
  }

  private static JsonNode json(Results results) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsJsonWriter.write(results, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }
}
