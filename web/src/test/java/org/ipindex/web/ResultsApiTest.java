package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsApiTest {
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

  @Test
  void smoke() {
    for (String path : new String[] {"/api/nothing", "/nothing.html", "/api/frameworks/regional/ranking?sort=RP2&order=desc&area=东部",
        "/api/frameworks/regional/groups?by=strategic_region", "/api/overview", "/api/frameworks/regional/units/广东",
        "/api/frameworks/regional/indicators/R18?unit=44,11&history=true", "/api/frameworks/national/indicators/N25?history=true",
        "/api/observations?measure=R18&region=广东&limit=3", "/api/observations/history?measure=R18&region=广东&year=2024",
        "/api/targets?format=csv", "/api/targets/sets", "/api/releases", "/api/regions?type=province&format=csv",
        "/api/groupings", "/api/audit", "/api", "/api/frameworks/regional/ranking?format=csv&lang=en"}) {
      var r = t.get(path);
      String b = r.body();
      System.out.println("== " + path + " " + r.statusCode() + "\n" + (b.length() > 1500 ? b.substring(0, 1500) : b));
    }
  }
}
