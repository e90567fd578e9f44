package org.ipindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;

/**
 * The real server for tests: a new embedded store in a temporary directory (the bundled data loaded
 * on first use, as {@code ipindex serve} does), on a free port of 127.0.0.1, with an admin, an analyst
 * and a viewer, called over HTTP.
 */
final class TestServer implements AutoCloseable {
  static final String ADMIN = "admin-token-for-tests-0123456789";
  static final String ANALYST = "analyst-token-for-tests-0123456789";
  static final String VIEWER = "viewer-token-for-tests-0123456789";

  final Store store;
  final WebServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestServer(Store store, WebServer server) {
    this.store = store;
    this.server = server;
  }

  static TestServer start(Path home) {
    return start(home, WebSettings.DEFAULT_MAX_REQUEST_BYTES);
  }

  static TestServer start(Path home, long maxRequestBytes) {
    Store store = StoreAccess.open(new StoreAccess.Location(home, null)).store();
    Access access = Access.none().withToken(new User("ada", Role.ADMIN), ADMIN)
        .withToken(new User("ann", Role.ANALYST), ANALYST).withToken(new User("vic", Role.VIEWER), VIEWER);
    WebServer server = WebServer.start(store, WebSettings.local(0).withAccess(access).withMaxRequestBytes(maxRequestBytes));
    return new TestServer(store, server);
  }

  URI uri(String path) {
    return server.url().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GETs a path that must answer 200 with JSON, and returns the JSON. */
  JsonNode json(String path) {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return parse(r.body());
  }

  HttpResponse<String> post(String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", contentType);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  HttpResponse<String> postJson(String path, String token, String json) {
    return post(path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the rows of a table answer ({@code columns} and arrays of cells) as objects keyed by column. */
  static java.util.List<JsonNode> records(JsonNode table) {
    java.util.List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode row : table.get("rows")) {
      com.fasterxml.jackson.databind.node.ObjectNode o = Json.MAPPER.createObjectNode();
      for (int i = 0; i < table.get("columns").size(); i++) {
        o.set(table.get("columns").get(i).asText(), row.get(i));
      }
      out.add(o);
    }
    return out;
  }

  static JsonNode parse(String body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
