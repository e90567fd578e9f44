package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipindex.web.ReadApiTest.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes through the API: tokens and roles, imports, revisions, releases, the audit history, limits. */
class WriteApiTest {
  /** The batches of a new store: five of bundled statistics, one of the plan targets' observed values. */
  static final int BUNDLED_BATCHES = 6;

  @TempDir
  Path home;

  private static final String GOOD = "region,measure,year,value,unit,source\n"
      + "广东,valid_patents[invention],2025,850000,件,test\n北京,valid_patents[invention],2025,600000,件,test\n";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reading_is_open_and_writing_needs_a_token_with_the_role() {
    try (TestServer t = TestServer.start(home)) {
      String revise = "{\"reason\": \"r\", \"values\": [{\"measure\": \"R18\", \"region\": \"广东\", \"year\": 2024, \"value\": 1}]}";
      HttpResponse<String> none = t.postJson("/api/revisions", null, revise);
      assertError(none, 401, "unauthorized", "Authorization");
      assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
      assertError(t.postJson("/api/revisions", "not-a-token-of-anybody-at-all", revise), 401, "unauthorized", "Authorization");
      assertError(t.postJson("/api/revisions", TestServer.VIEWER, revise), 403, "forbidden", "Authorization");
      assertError(t.postJson("/api/releases", TestServer.ANALYST, "{\"name\": \"x\", \"year\": 2025}"), 403, "forbidden",
          "Authorization");
      assertError(t.post("/api/imports?file=good.csv", TestServer.VIEWER, "text/csv", bytes(GOOD)), 403, "forbidden",
          "Authorization");
      assertError(t.get("/api/audit"), 401, "unauthorized", "Authorization");
      assertThat(t.send(HttpRequest.newBuilder(t.uri("/api/audit")).header("Authorization", "Bearer " + TestServer.VIEWER)
          .GET().build()).statusCode()).isEqualTo(200);
      assertThat(t.store.batches().list()).hasSize(BUNDLED_BATCHES);
    }
  }

  @Test
  void a_server_without_users_is_read_only() {
    try (var opened = org.ipindex.app.StoreAccess.open(new org.ipindex.app.StoreAccess.Location(home, null)).store();
        WebServer server = WebServer.start(opened, WebSettings.local(0))) {
      HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("api/revisions"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Authorization", "Bearer " + TestServer.ADMIN).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode e = assertError(r, 403, "forbidden", "server");
      assertThat(e.get("problems").get(0).get("fix").asText()).contains("server.properties");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void an_analyst_imports_a_file_as_a_batch_that_names_them_and_a_viewer_checks_one_without_storing() {
    try (TestServer t = TestServer.start(home)) {
      HttpResponse<String> dry = t.post("/api/imports?file=good.csv&dry_run=true", TestServer.VIEWER, "text/csv", bytes(GOOD));
      assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
      JsonNode d = TestServer.parse(dry.body());
      assertThat(d.get("decision").asText()).isEqualTo("store");
      assertThat(d.get("stored").asBoolean()).isFalse();
      assertThat(d.get("added").asInt()).isEqualTo(2);
      assertThat(t.store.batches().list()).hasSize(BUNDLED_BATCHES);

      HttpResponse<String> stored = t.post("/api/imports?file=good.csv&source_document=test%20report", TestServer.ANALYST,
          "text/csv", bytes(GOOD));
      assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
      JsonNode s = TestServer.parse(stored.body());
      assertThat(s.get("batch").get("added").asInt()).isEqualTo(2);
      assertThat(t.json("/api/observations?measure=valid_patents_invention&region=广东&year=2025").get("rows").get(0)
          .get("value").asDouble()).isEqualTo(850000);
      var batch = t.store.batches().list().get(BUNDLED_BATCHES);
      assertThat(batch.info().who()).isEqualTo("ann (web, analyst)");
      assertThat(batch.info().fileName()).isEqualTo("good.csv");
      assertThat(batch.info().sourceDocument()).isEqualTo("test report");

      JsonNode audit = TestServer.parse(t.send(HttpRequest.newBuilder(t.uri("/api/audit?limit=1"))
          .header("Authorization", "Bearer " + TestServer.VIEWER).GET().build()).body());
      assertThat(audit.get("entries").get(0).get("who").asText()).isEqualTo("ann (web, analyst)");
      assertThat(audit.get("entries").get(0).get("action").asText()).isEqualTo("import");
      assertThat(audit.get("entries").get(0).get("detail").asText()).contains("2 new", "test report");
    }
  }

  @Test
  void a_bad_file_is_rejected_with_every_problem_and_a_changed_value_needs_a_reason() {
    try (TestServer t = TestServer.start(home)) {
      String bad = "region,measure,year,value,unit,source\n广东,valid_patents[invention],2025,12a,件,test\nAtlantis,valid_patents[invention],2025,5,件,test\n";
      JsonNode e = assertError(t.post("/api/imports?file=bad.csv", TestServer.ANALYST, "text/csv", bytes(bad)), 400, "bad_input",
          "bad.csv");
      assertThat(e.get("problems").size()).isGreaterThanOrEqualTo(2);
      assertThat(e.get("problems").toString()).contains("row 2", "row 3", "12a", "Atlantis");
      String changed = "region,measure,year,value,unit,source\n广东,valid_patents[invention],2024,792000,件,test\n";
      JsonNode c = assertError(t.post("/api/imports?file=changed.csv", TestServer.ANALYST, "text/csv", bytes(changed)), 400,
          "bad_input", "changed.csv");
      assertThat(c.get("problems").toString()).contains("792282");
      HttpResponse<String> revised = t.post("/api/imports?file=changed.csv&revise_reason=erratum", TestServer.ANALYST,
          "text/csv", bytes(changed));
      assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
      assertThat(TestServer.parse(revised.body()).get("batch").get("revised").asInt()).isEqualTo(1);
      assertError(t.post("/api/imports", TestServer.ANALYST, "text/csv", bytes(GOOD)), 400, "bad_parameter", "file");
      assertError(t.post("/api/imports?file=/", TestServer.ANALYST, "text/csv", bytes(GOOD)), 400, "bad_parameter", "file");
      assertThat(t.post("/api/imports?file=../../x.csv&dry_run=true", TestServer.VIEWER, "text/csv", bytes(GOOD)).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void a_file_can_come_as_a_multipart_form() {
    try (TestServer t = TestServer.start(home)) {
      String boundary = "ipindex-boundary-7f3a";
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"form.csv\"\r\n"
          + "Content-Type: text/csv\r\n\r\n" + GOOD + "\r\n--" + boundary + "--\r\n";
      HttpResponse<String> r = t.post("/api/imports", TestServer.ANALYST, "multipart/form-data; boundary=" + boundary, bytes(body));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(t.store.batches().list().get(BUNDLED_BATCHES).info().fileName()).isEqualTo("form.csv");
    }
  }

  @Test
  void a_revision_changes_the_published_results_and_keeps_the_old_value_in_the_history() {
    try (TestServer t = TestServer.start(home)) {
      double before = TestServer.records(t.json("/api/frameworks/regional/results?unit=44&code=R18")).get(0).get("score").asDouble();
      String body = "{\"reason\": \"CNIPA erratum\", \"source_document\": \"erratum 2025-03\", \"values\": "
          + "[{\"measure\": \"R18\", \"region\": \"广东\", \"year\": 2024, \"value\": 100000, \"note\": \"=HYPERLINK(\\\"x\\\")\"}]}";
      HttpResponse<String> r = t.postJson("/api/revisions", TestServer.ANALYST, body);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(TestServer.parse(r.body()).get("revised").asInt()).isEqualTo(1);
      double after = TestServer.records(t.json("/api/frameworks/regional/results?unit=44&code=R18")).get(0).get("score").asDouble();
      assertThat(after).isLessThan(before);
      assertThat(t.json("/api/observations/history?measure=R18&region=44&year=2024").get("revisions")).hasSize(2);
      String csv = t.get("/api/frameworks/regional/indicators/R18?unit=44&format=csv").body();
      assertThat(csv).as("a note that starts a formula is escaped").contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
      assertError(t.postJson("/api/revisions", TestServer.ANALYST, "{\"reason\": \"x\", \"values\": [{\"measure\": \"R18\"}]}"),
          400, "bad_body", "values[0].region");
      assertError(t.postJson("/api/revisions", TestServer.ANALYST, "{not json"), 400, "bad_body", "body");
      assertError(t.postJson("/api/revisions", TestServer.ANALYST, "{\"reason\": \"x\", \"values\": [{\"measure\": \"nope\", "
          + "\"region\": \"广东\", \"year\": 2024, \"value\": 1}]}"), 400, "bad_input", "measure nope");
    }
  }

  @Test
  void an_admin_creates_a_release_that_reproduces_and_is_served_from_the_store() {
    try (TestServer t = TestServer.start(home)) {
      HttpResponse<String> created = t.postJson("/api/releases", TestServer.ADMIN, "{\"name\": \"regional-2025\", \"year\": 2025}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.headers().firstValue("Location")).contains("/api/releases/regional-2025");
      assertThat(TestServer.parse(created.body()).get("created_by").asText()).isEqualTo("ada (web, admin)");
      assertError(t.postJson("/api/releases", TestServer.ADMIN, "{\"name\": \"regional-2025\", \"year\": 2025}"), 409, "conflict", "name");
      assertError(t.postJson("/api/releases", TestServer.ADMIN, "{\"name\": \"a b\", \"year\": 2025}"), 400, "bad_parameter", "name");
      assertError(t.postJson("/api/releases", TestServer.ADMIN, "{\"name\": \"x\", \"year\": 1990}"), 400, "bad_input", "--year 1990");
      assertError(t.postJson("/api/releases", TestServer.ADMIN, "{\"name\": \"x\", \"framework\": \"mine\", \"year\": 2025}"), 400,
          "bad_parameter", "framework");

      JsonNode shown = t.json("/api/releases/regional-2025");
      assertThat(shown.get("reproduces").asBoolean()).isTrue();
      assertThat(shown.get("regions")).hasSize(31);
      JsonNode latest = t.json("/api/frameworks/regional/results?code=RI");
      JsonNode frozen = t.json("/api/releases/regional-2025/results?code=RI");
      assertThat(frozen.get("rows")).isEqualTo(latest.get("rows"));
      assertThat(frozen.get("release").asText()).isEqualTo("regional-2025");
      assertThat(t.json("/api/frameworks/regional/ranking?release=regional-2025").get("rows"))
          .isEqualTo(t.json("/api/frameworks/regional/ranking").get("rows"));

      t.postJson("/api/revisions", TestServer.ANALYST, "{\"reason\": \"erratum\", \"values\": [{\"measure\": \"R18\", "
          + "\"region\": \"广东\", \"year\": 2024, \"value\": 100000}]}");
      JsonNode after = t.json("/api/releases/regional-2025/results?code=RI");
      assertThat(after.get("rows")).as("a release does not move").isEqualTo(frozen.get("rows"));
      assertThat(t.json("/api/frameworks/regional/results?code=RI").get("rows")).isNotEqualTo(latest.get("rows"));
      assertError(t.get("/api/frameworks/national/results?release=regional-2025"), 404, "not_found", "release regional-2025");
      assertThat(t.json("/api/releases")).hasSize(1);
    }
  }

  @Test
  void a_body_over_the_limit_is_refused_with_413_and_nothing_is_stored() {
    try (TestServer t = TestServer.start(home, 2048)) {
      String big = GOOD + "广东,valid_patents[invention],2026,1,件,test\n".repeat(100);
      JsonNode e = assertError(t.post("/api/imports?file=big.csv", TestServer.ANALYST, "text/csv", bytes(big)), 413, "too_large", "body");
      assertThat(e.get("problems").get(0).get("what").asText()).contains("2048");
      assertThat(t.store.batches().list()).hasSize(BUNDLED_BATCHES);
    }
  }

  @Test
  void a_failure_inside_the_server_is_a_500_without_a_stack_trace() {
    TestServer t = TestServer.start(home);
    try {
      t.store.close();
      HttpResponse<String> r = t.get("/api/observations?measure=R18");
      assertThat(r.statusCode()).isEqualTo(500);
      JsonNode e = TestServer.parse(r.body());
      assertThat(e.get("code").asText()).isEqualTo("internal_error");
      assertThat(e.get("message").asText()).contains("incident");
      assertThat(r.body()).doesNotContain("Exception", "\tat ", "org.ipindex", "java.");
    } finally {
      t.server.close();
    }
  }

  static List<String> lines(String s) {
    return s.lines().toList();
  }
}
