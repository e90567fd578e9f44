package org.ipindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ipindex serve}: bad input exits with 2 before anything starts (in-process); the real command in
 * a second JVM serves the store over HTTP until it is stopped, and what a user wrote through it is in the
 * store afterwards.
 */
class ServeCommandTest {
  private static final String TOKEN = "serve-test-token-0123456789abcdef";

  @TempDir
  Path dir;

  private static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void bad_options_and_configurations_exit_with_2_and_say_what_to_fix() throws Exception {
    CliTest.Run port = run("serve", "--port", "70000", "--home", dir.toString());
    assertThat(port.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(port.err()).contains("--port 70000: use a port from 1 to 65535, or 0 for any free one");

    CliTest.Run missing = run("serve", "--config", dir.resolve("nope.properties").toString(), "--home", dir.toString());
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("nope.properties", "server configuration not found");

    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("server.properties"), "user.alice = boss, " + TOKEN + "\nmax-request-size = lots\n");
    CliTest.Run bad = run("serve", "--home", home.toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("2 problems", "line 1, user.alice: unknown role 'boss'", "line 2, max-request-size");
  }

  @Test
  void a_port_in_use_exits_with_2_and_leaves_the_store_closed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      CliTest.Run r = run("serve", "--home", dir.toString(), "--bind", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port 0");
    }
    try (Store again = StoreAccess.open(new StoreAccess.Location(dir, null)).store()) {
      assertThat(again.batches().list()).hasSize(6);
    }
  }

  @Test
  void serves_the_store_until_stopped_and_keeps_what_was_written() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("server.properties"), "user.alice = analyst, " + TOKEN + "\n");
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Process p = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + tmp, "-cp", cp, Main.class.getName(), "serve",
        "--home", home.toString(), "--port", "0", "--bind", "127.0.0.1").redirectErrorStream(true).start();
    try {
      List<String> lines = new ArrayList<>();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> {
        try {
          for (String l = out.readLine(); l != null; l = out.readLine()) {
            lines.add(l);
            if (l.startsWith("ipindex serve: the dashboard at ")) {
              return l;
            }
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        throw new IllegalStateException("serve ended: " + lines);
      }).get(120, TimeUnit.SECONDS);
      assertThat(String.join("\n", lines)).contains("new store", "loaded the bundled statistics");
      URI url = URI.create(first.substring("ipindex serve: the dashboard at ".length(), first.indexOf(", the API")));
      assertThat(url.toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(url.resolve("api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
      assertThat(http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body())
          .contains("<body data-page=\"overview\">");
      HttpResponse<String> revise = http.send(HttpRequest.newBuilder(url.resolve("api/revisions"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"erratum\", \"values\": [{\"measure\": \"R18\", "
              + "\"region\": \"广东\", \"year\": 2024, \"value\": 792000}]}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(revise.statusCode()).as(revise.body()).isEqualTo(201);
    } finally {
      p.destroy();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
    }
    try (Store again = StoreAccess.open(new StoreAccess.Location(home, null)).store()) {
      var all = again.batches().list();
      var last = all.get(all.size() - 1);
      assertThat(last.info().who()).isEqualTo("alice (web, analyst)");
      assertThat(last.kind()).isEqualTo("revise");
    }
  }
}
