package org.ipindex.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ipindex.app.Bundled;

/**
 * What the server says about itself: {@code /api} (where to start), {@code /api/health} (a constant
 * answer: the baseline of the load test), {@code /api/openapi.json} and the province map for the
 * pages ({@code /geo/china.json}, the ECharts 4.9.0 map bundled in the app's jar, Apache-2.0, with its
 * licence at {@code /geo/LICENSE.txt}).
 */
final class MetaRoutes {
  private static final byte[] HEALTH = Json.bytes(Map.of("status", "ok"));

  record Index(String name, String openapi, List<String> frameworks, boolean writable, Instant dataAsOf,
      Map<String, String> pages) {}

  private MetaRoutes() {}

  static void register(Javalin app, Site site) {
    byte[] openapi = resource("/ipindex/web/openapi.json");
    byte[] map = bundled("data/geo/china.echarts-4.9.0.json");
    byte[] licence = bundled("data/geo/LICENSE.echarts-Apache-2.0.txt");
    app.get("/api", ctx -> {
      new Query(ctx);
      Published p = site.published();
      Reply.json(ctx, new Index("ipindex — 知识产权发展监测评价 API", "/api/openapi.json", p.frameworks(),
          !site.settings().access().users().isEmpty(), p.computedAt(), Map.of("overview", "/", "provinces", "/provinces.html",
              "map", "/map.html", "indicators", "/indicators.html", "targets", "/targets.html", "methodology", "/methodology.html")));
    });
    app.get("/api/health", ctx -> Reply.bytes(ctx, HEALTH, Reply.JSON));
    app.get("/api/openapi.json", ctx -> Reply.bytes(ctx, openapi, Reply.JSON));
    app.get("/geo/china.json", ctx -> {
      ctx.header("Cache-Control", "max-age=86400");
      Reply.bytes(ctx, map, Reply.JSON);
    });
    app.get("/geo/LICENSE.txt", ctx -> Reply.bytes(ctx, licence, "text/plain; charset=utf-8"));
  }

  private static byte[] resource(String path) {
    try (InputStream in = MetaRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from this build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bundled(String path) {
    try (InputStream in = Bundled.open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
