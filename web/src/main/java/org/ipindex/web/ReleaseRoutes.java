package org.ipindex.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.app.Bundled;
import org.ipindex.app.ReleaseService;
import org.ipindex.store.Release;

/**
 * Releases: {@code GET /api/releases} lists them, {@code GET /api/releases/{name}} shows one (what it
 * froze, and whether evaluating it again reproduces it bit for bit), {@code POST /api/releases}
 * creates one (admin): the store's data as of now, an official framework and recipe, evaluated for
 * an evaluation year, frozen for ever. Its results are {@code /api/releases/{name}/results}.
 */
final class ReleaseRoutes {
  record ReleaseView(String name, String framework, String recipe, int evaluationYear, int dataYear, Instant asOf,
      Instant createdAt, String createdBy, int measures, List<String> regions, int rows, String sha256,
      Boolean reproduces, Integer differences) {}

  private ReleaseRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/releases", ctx -> {
      new Query(ctx);
      Reply.json(ctx, site.store().releases().list().stream().map(r -> view(r, null)).toList());
    });
    app.get("/api/releases/{name}", ctx -> {
      new Query(ctx);
      Scores s = site.published().release(ctx.pathParam("name"));
      Reply.json(ctx, view(s.release(), s.differences()));
    });
    app.post("/api/releases", ctx -> {
      new Query(ctx);
      User user = Guard.require(ctx, site, Role.ADMIN);
      JsonNode body = Json.object(Guard.body(ctx, site));
      String name = text(body, "name", "\"name\": \"regional-2025\"");
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
        throw ApiException.badParameter("name", "'%s' is not a release name".formatted(name),
            "use letters, digits, '.', '_' and '-' (up to 100), starting with a letter or digit");
      }
      String framework = body.hasNonNull("framework") ? body.get("framework").asText() : "regional";
      if (!Bundled.isEvaluation(framework)) {
        throw ApiException.badParameter("framework", "'%s' is not an official framework".formatted(framework),
            "use one of " + Bundled.EVALUATIONS);
      }
      if (!body.hasNonNull("year") || !body.get("year").canConvertToInt() || !body.get("year").isIntegralNumber()) {
        throw ApiException.badParameter("year", "the evaluation year is missing or not a whole number", "send \"year\": 2025");
      }
      List<String> regions = null;
      if (body.hasNonNull("regions")) {
        regions = new ArrayList<>();
        for (JsonNode r : body.get("regions")) {
          regions.add(r.asText());
        }
      }
      ReleaseService.Check c = ReleaseService.create(site.store(), new ReleaseService.Request(name, framework, null,
          body.get("year").asInt(), regions, user.who()));
      ctx.status(201);
      ctx.header("Location", "/api/releases/" + name);
      Reply.json(ctx, view(c.release(), c.differences()));
    }, Role.ADMIN);
  }

  static String text(JsonNode body, String field, String example) {
    if (!body.hasNonNull(field) || !body.get(field).isTextual() || body.get(field).asText().isBlank()) {
      throw ApiException.badParameter(field, "missing or not text", "send " + example);
    }
    return body.get(field).asText().strip();
  }

  private static ReleaseView view(Release r, List<String> differences) {
    return new ReleaseView(r.name(), r.frameworkName(), r.recipeName(), r.evaluationYear(), r.dataYear(), r.asOf(),
        r.createdAt(), r.createdBy(), r.measures().size(), r.regions(), r.rowCount(), r.contentSha256(),
        differences == null ? null : differences.isEmpty(), differences == null ? null : differences.size());
  }
}
