package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ipindex.app.Evaluation;
import org.ipindex.app.EvaluationRequest;
import org.ipindex.app.Evaluator;
import org.ipindex.core.result.ResultRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only API against the real server on a free port, on a new store with the bundled data. */
class ReadApiTest {
  @TempDir
  static Path home;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = TestServer.start(home);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static List<CSVRecord> csv(String body) throws Exception {
    assertThat(body).startsWith("\uFEFF");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body.substring(1)))
        .getRecords();
  }

  @Test
  void lists_both_official_frameworks_with_their_evaluation_years_and_coverage() {
    JsonNode list = t.json("/api/frameworks");
    assertThat(list).hasSize(2);
    JsonNode regional = list.get(1);
    assertThat(regional.get("name").asText()).isEqualTo("regional");
    assertThat(regional.get("name_zh").asText()).isEqualTo("地区知识产权发展指数");
    assertThat(regional.get("evaluation_years").toString()).isEqualTo("[2024,2025]");
    assertThat(regional.get("coverage").get("with_data").asInt()).isEqualTo(9);
    assertThat(regional.get("coverage").get("absent")).hasSize(73);
  }

  @Test
  void serves_the_latest_results_exactly_as_the_evaluation_computes_them() throws Exception {
    Evaluation e = Evaluator.bundled().evaluate(new EvaluationRequest("regional", null, null, 2025, null));
    Map<String, ResultRow> expected = new HashMap<>();
    for (ResultRow r : e.results().rows()) {
      if (r.year() == 2024) {
        expected.put(r.unitCode() + "/" + r.code(), r);
      }
    }
    JsonNode table = t.json("/api/frameworks/regional/results?year=2025");
    assertThat(table.get("data_year").asInt()).isEqualTo(2024);
    assertThat(table.get("total").asInt()).isEqualTo(31 * 95).isEqualTo(expected.size());
    for (JsonNode row : TestServer.records(table)) {
      ResultRow r = expected.get(row.get("unit").asText() + "/" + row.get("code").asText());
      same(number(row, "score"), r.score());
      same(number(row, "change"), r.change());
      same(number(row, "change_pct"), r.changePercent());
      same(number(row, "coverage"), r.coverage());
      same(row.get("rank").isNull() ? Double.NaN : row.get("rank").asDouble(), r.rank());
    }
    assertThat(table.get("coverage").get("weight_with_data").asDouble()).isCloseTo(0.0625, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(table.get("nodes").get("RP2").get("name_en").asText()).isEqualTo("IP market operation");
    assertThat(table.get("units").get("44").get("name_zh").asText()).isEqualTo("广东");
  }

  /** Asserts two doubles are the same bits (NaN equals NaN). */
  static void same(double actual, double expected) {
    assertThat(Double.doubleToLongBits(actual)).as("%s vs %s", actual, expected).isEqualTo(Double.doubleToLongBits(expected));
  }

  private static double number(JsonNode row, String field) {
    return row.get(field).isNull() ? Double.NaN : row.get(field).asDouble();
  }

  @Test
  void the_results_csv_holds_the_same_numbers_as_the_json() throws Exception {
    JsonNode json = t.json("/api/frameworks/regional/results?unit=广东省,Jiangsu&code=RI,R18&history=true");
    HttpResponse<String> r = t.get("/api/frameworks/regional/results?unit=广东省,Jiangsu&code=RI,R18&history=true&format=csv");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "regional-2025-history.csv");
    List<CSVRecord> rows = csv(r.body());
    List<JsonNode> records = TestServer.records(json);
    assertThat(rows).hasSize(records.size()).hasSize(2 * 2 * 2);
    for (int i = 0; i < rows.size(); i++) {
      JsonNode j = records.get(i);
      CSVRecord c = rows.get(i);
      assertThat(c.get("unit")).isEqualTo(j.get("unit").asText());
      assertThat(c.get("code")).isEqualTo(j.get("code").asText());
      same(c.get("score").isEmpty() ? Double.NaN : Double.parseDouble(c.get("score")), number(j, "score"));
      assertThat(c.get("flag")).isEqualTo(j.get("flag").asText());
    }
    assertThat(rows.get(0).get("unit_name")).isEqualTo("广东");
    assertThat(rows.get(1).get("unit_name_en")).isEqualTo("Jiangsu");
    assertThat(rows.get(0).get("year")).isEqualTo("2023");
    assertThat(rows.stream().filter(x -> x.get("code").equals("R18")).map(x -> x.get("flag")).distinct().toList())
        .containsExactly("observed");
  }

  @Test
  void a_client_that_accepts_gzip_gets_the_same_table_compressed() throws Exception {
    var plain = t.bytes("/api/frameworks/regional/results");
    var gzip = t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/frameworks/regional/results"))
        .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzip.body().length).isLessThan(plain.body().length / 5);
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
  }

  @Test
  void pages_results_and_filters_by_level() {
    JsonNode page = t.json("/api/frameworks/regional/results?level=3&limit=40&offset=80");
    assertThat(page.get("total").asInt()).isEqualTo(93);
    assertThat(page.get("rows")).hasSize(13);
    assertThat(page.get("offset").asInt()).isEqualTo(80);
    assertThat(TestServer.records(page).get(0).get("code").asText()).isEqualTo("RP3");
    assertThat(page.get("columns").get(0).asText()).isEqualTo("unit");
  }

  @Test
  void an_earlier_evaluation_year_is_its_own_evaluation() {
    JsonNode y2024 = t.json("/api/frameworks/regional/results?year=2024&code=RI&unit=44");
    assertThat(y2024.get("data_year").asInt()).isEqualTo(2023);
    assertThat(TestServer.records(y2024).get(0).get("change").isNull()).isTrue();
    assertThat(TestServer.records(t.json("/api/frameworks/national/results?year=2021&code=NI")).get(0).get("score").asDouble())
        .isEqualTo(100);
  }

  @Test
  void unknown_things_are_404_and_bad_parameters_400_in_one_error_shape() {
    assertError(t.get("/api/frameworks/nope/results"), 404, "not_found", "framework nope");
    assertError(t.get("/api/frameworks/regional/results?unit=Atlantis"), 404, "not_found", "unit");
    assertError(t.get("/api/frameworks/regional/results?unit=台湾"), 404, "not_found", "unit");
    assertError(t.get("/api/frameworks/regional/results?code=X99"), 404, "not_found", "code");
    assertError(t.get("/api/frameworks/regional/results?year=1999"), 404, "not_found", "year");
    assertError(t.get("/api/frameworks/regional/indicators/RS4"), 404, "not_found", "code");
    assertError(t.get("/api/releases/none"), 404, "not_found", "release none");
    assertError(t.get("/api/no/such/path"), 404, "not_found", "/api/no/such/path");
    assertError(t.get("/no-such-page.html"), 404, "not_found", "/no-such-page.html");
    assertError(t.get("/api/frameworks/regional/results?year=abc"), 400, "bad_parameter", "year");
    assertError(t.get("/api/frameworks/regional/results?limit=0"), 400, "bad_parameter", "limit");
    assertError(t.get("/api/frameworks/regional/results?yeer=2025"), 400, "bad_parameter", "yeer");
    assertError(t.get("/api/frameworks/regional/results?format=xml"), 400, "bad_parameter", "format");
    assertError(t.get("/api/frameworks/regional/ranking?sort=nothing"), 400, "bad_parameter", "sort");
    assertError(t.get("/api/frameworks/regional/ranking?area=南极"), 404, "not_found", "area");
    assertError(t.get("/api/observations?as_of=yesterday"), 400, "bad_parameter", "as_of");
    assertError(t.get("/api/observations/history?measure=R18&region=广东"), 400, "bad_parameter", "year");
    assertError(t.get("/api/targets?set=nope"), 404, "not_found", "set");
  }

  static JsonNode assertError(HttpResponse<String> r, int status, String code, String where) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode e = TestServer.parse(r.body());
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("code").asText()).isEqualTo(code);
    assertThat(e.get("message").asText()).isNotBlank();
    assertThat(e.get("problems")).isNotEmpty();
    JsonNode p = e.get("problems").get(0);
    assertThat(p.get("where").asText()).contains(where);
    assertThat(p.get("what").asText()).isNotBlank();
    assertThat(p.get("fix").asText()).isNotBlank();
    return e;
  }

  @Test
  void the_ranking_sorts_filters_and_downloads_the_same_table() throws Exception {
    JsonNode json = t.json("/api/frameworks/regional/ranking?area=East&sort=RI.change&order=desc");
    assertThat(json.get("shown").asInt()).isEqualTo(10);
    List<String> keys = new ArrayList<>();
    json.get("columns").forEach(c -> keys.add(c.get("key").asText()));
    assertThat(keys).startsWith("rank", "unit", "name", "area", "strategic", "RI", "RI.change", "RP1", "RP1.change")
        .endsWith("RS9", "coverage").hasSize(23);
    double previous = Double.MAX_VALUE;
    for (JsonNode row : json.get("rows")) {
      assertThat(row.get(3).asText()).isEqualTo("东部");
      assertThat(row.get(6).asDouble()).isLessThanOrEqualTo(previous);
      previous = row.get(6).asDouble();
    }
    List<CSVRecord> csv = csv(t.get("/api/frameworks/regional/ranking?area=East&sort=RI.change&order=desc&format=csv").body());
    assertThat(csv).hasSize(10);
    assertThat(csv.get(0).get("地区")).isEqualTo(json.get("rows").get(0).get(2).asText());
    assertThat(Double.parseDouble(csv.get(0).get("地区知识产权发展指数 较上年"))).isEqualTo(json.get("rows").get(0).get(6).asDouble());
    assertThat(csv.get(0).get("知识产权保护")).isEmpty();
    List<CSVRecord> english = csv(t.get("/api/frameworks/regional/ranking?q=guang&lang=en&format=csv").body());
    assertThat(english).extracting(r -> r.get("Region")).containsExactly("Guangdong", "Guangxi");
    assertThat(english.get(0).get("Coverage (%)")).isEqualTo("6.25");
  }

  @Test
  void group_statistics_give_all_provinces_then_each_area() {
    JsonNode g = t.json("/api/frameworks/regional/groups?by=area");
    JsonNode all = g.get("groups").get(0);
    assertThat(all.get("label_zh").asText()).isEqualTo("全部地区");
    assertThat(all.get("present").asInt()).isEqualTo(31);
    JsonNode east = g.get("groups").get(1);
    assertThat(east.get("label_en").asText()).isEqualTo("East");
    double sum = 0;
    JsonNode ranking = t.json("/api/frameworks/regional/ranking?area=东部");
    for (JsonNode row : ranking.get("rows")) {
      sum += row.get(5).asDouble();
    }
    assertThat(east.get("mean").asDouble()).isCloseTo(sum / 10, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(east.get("top").get(0).asText()).isEqualTo("44");
  }

  @Test
  void the_overview_has_the_national_dimensions_and_the_regional_mean_median_leaders_and_gainers() {
    JsonNode o = t.json("/api/overview");
    JsonNode national = o.get("national");
    assertThat(national.get("nodes")).hasSize(7);
    assertThat(national.get("nodes").get(0).get("code").asText()).isEqualTo("NI");
    assertThat(national.get("nodes").get(1).get("score").isNull()).as("ND1 has no data: null, not 0").isTrue();
    JsonNode regional = o.get("regional");
    assertThat(regional.get("all").get("present").asInt()).isEqualTo(31);
    assertThat(regional.get("leaders").get(0).get("name_zh").asText()).isEqualTo("广东");
    assertThat(regional.get("leaders")).hasSize(6);
    assertThat(regional.get("areas")).hasSize(4);
    assertThat(regional.get("strategic_regions")).hasSize(5);
  }

  @Test
  void a_profile_compares_with_the_mean_and_lists_strengths_weaknesses_and_the_drivers_of_change() {
    JsonNode p = t.json("/api/frameworks/regional/units/Guangdong");
    assertThat(p.get("unit").get("code").asText()).isEqualTo("44");
    assertThat(p.get("unit").get("strategic_regions_en").get(0).asText()).isEqualTo("Guangdong-Hong Kong-Macao Greater Bay Area");
    assertThat(p.get("nodes")).hasSize(13);
    assertThat(p.get("nodes").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(p.get("nodes").get(1).get("score").isNull()).isTrue();
    assertThat(p.get("strengths").get(0).get("code").asText()).isEqualTo("R18");
    assertThat(p.get("years").toString()).isEqualTo("[2023,2024]");
    assertThat(p.get("indicators_with_data").asInt()).isEqualTo(9);
    double sum = 0;
    for (JsonNode d : p.get("drivers").get("indicators")) {
      sum += d.get("contribution").asDouble();
    }
    assertThat(sum + p.get("drivers").get("residual").asDouble())
        .isCloseTo(p.get("drivers").get("total").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void an_indicator_series_gives_raw_value_score_and_provenance_of_each_value() throws Exception {
    JsonNode s = t.json("/api/frameworks/regional/indicators/R18?unit=44&history=true");
    assertThat(s.get("rows")).hasSize(2);
    JsonNode row = s.get("rows").get(1);
    assertThat(row.get("raw").asDouble()).isEqualTo(792282);
    assertThat(row.get("score").asDouble()).isEqualTo(100);
    assertThat(row.get("source").get("file").asText()).isEqualTo("data/regional-indicators.csv");
    assertThat(row.get("source").get("who").asText()).isEqualTo("ipindex (bundled data)");
    JsonNode national = t.json("/api/frameworks/national/indicators/N36?history=true");
    List<String> flags = new ArrayList<>();
    national.get("rows").forEach(r -> flags.add(r.get("flag").asText() + (r.get("flag_year").isNull() ? "" : r.get("flag_year").asText())));
    assertThat(flags).contains("carried_forward2022");
    List<CSVRecord> csv = csv(t.get("/api/frameworks/regional/indicators/R18?format=csv").body());
    assertThat(csv).hasSize(31);
    assertThat(csv.get(0).get("unit_of_measure")).isEqualTo("件");
  }

  @Test
  void observations_are_read_as_of_a_moment_with_paging_and_each_value_has_its_history() throws Exception {
    JsonNode all = t.json("/api/observations?measure=valid_patents_invention&limit=10");
    assertThat(all.get("total").asInt()).isGreaterThan(10);
    assertThat(all.get("rows")).hasSize(10);
    assertThat(all.get("next_offset").asInt()).isEqualTo(10);
    JsonNode before = t.json("/api/observations?measure=R18&as_of=2000-01-01");
    assertThat(before.get("total").asInt()).isZero();
    JsonNode one = t.json("/api/observations?measure=R18&region=广东&year=2024");
    assertThat(one.get("rows").get(0).get("value").asDouble()).isEqualTo(792282);
    JsonNode h = t.json("/api/observations/history?measure=R18&region=440000&year=2024");
    assertThat(h.get("revisions")).hasSize(1);
    assertThat(h.get("revisions").get(0).get("recorded_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    List<CSVRecord> csv = csv(t.get("/api/observations?measure=R18&region=北京&format=csv").body());
    assertThat(csv).extracting(r -> r.get("year")).containsExactly("2023", "2024");
  }

  @Test
  void targets_are_assessed_as_the_command_line_does() throws Exception {
    JsonNode table = t.json("/api/targets");
    assertThat(table.get("set").asText()).isEqualTo("expected_2025");
    assertThat(table.get("rows")).hasSize(8);
    assertThat(table.get("rows").get(2).get("status").asText()).isEqualTo("achieved");
    assertThat(t.json("/api/targets?year=2023").get("year").asInt()).isEqualTo(2023);
    assertThat(csv(t.get("/api/targets?set=annual_2024&format=csv").body())).hasSize(13);
    assertThat(t.json("/api/targets/sets")).hasSize(2);
  }

  @Test
  void regions_groupings_measures_and_the_framework_tree_are_tables_too() throws Exception {
    assertThat(t.json("/api/regions?type=province")).hasSize(31);
    assertThat(csv(t.get("/api/regions?format=csv").body())).extracting(r -> r.get("code")).contains("CN", "71", "440300", "XJBT");
    assertThat(t.json("/api/groupings").get("strategic_region")).hasSize(5);
    assertThat(t.json("/api/measures").size()).isGreaterThan(50);
    JsonNode tree = t.json("/api/frameworks/regional");
    assertThat(tree.get("nodes")).hasSize(95);
    assertThat(tree.get("nodes").get(1).get("weight_among_siblings").asDouble()).isEqualTo(0.25);
    assertThat(tree.get("recipe").get("steps").get(1).get("params").get("method").asText()).isEqualTo("efficacy");
    assertThat(tree.get("recipe").get("text").asText()).contains("功效系数法");
    assertThat(csv(t.get("/api/frameworks/national?format=csv").body())).hasSize(87);
  }

  @Test
  void the_openapi_description_names_every_route_and_every_read_answers() {
    JsonNode doc = t.json("/api/openapi.json");
    List<String> described = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    assertThat(described).containsExactlyInAnyOrderElementsOf(t.server.routes());
    for (String route : described) {
      if (route.startsWith("GET ") && !route.contains("/api/audit")) {
        String path = route.substring(4).replace("{framework}", "regional").replace("{unit}", "44").replace("{code}", "R18")
            .replace("{name}", "none");
        if (path.endsWith("/history")) {
          path += "?measure=R18&region=44&year=2024";
        }
        int status = t.get(path).statusCode();
        assertThat(status).as(route).isIn(200, path.contains("/releases/none") ? 404 : 200);
      }
    }
  }

  @Test
  void every_response_carries_the_security_headers_and_reads_are_open_to_other_sites() {
    HttpResponse<String> r = t.get("/api/health");
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    HttpResponse<String> page = t.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.body()).contains("<html lang=\"zh-CN\">");
    HttpResponse<byte[]> map = t.bytes("/geo/china.json");
    assertThat(new String(map.body(), StandardCharsets.UTF_8)).contains("\"UTF8Encoding\":true", "广东");
    assertThat(t.get("/vendor/echarts/echarts.min.js").statusCode()).isEqualTo(200);
  }
}
