package org.ipindex.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.WriteSummary;

/**
 * {@code POST /api/revisions} (analyst): revises stored values with a reason, as one batch of kind
 * {@code revise} ({@link org.ipindex.store.Observations#revise}); the old values stay in the history.
 *
 * <pre>
 * {"reason": "CNIPA corrected table 5", "source_document": "CNIPA erratum 2025-03",
 *  "values": [{"measure": "R18", "region": "广东", "year": 2024, "value": 663500, "note": "…"}]}
 * </pre>
 */
final class RevisionRoutes {
  private RevisionRoutes() {}

  static void register(Javalin app, Site site) {
    app.post("/api/revisions", ctx -> {
      new Query(ctx);
      User user = Guard.require(ctx, site, Role.ANALYST);
      JsonNode body = Json.object(Guard.body(ctx, site));
      String reason = ReleaseRoutes.text(body, "reason", "\"reason\": \"CNIPA corrected table 5\"");
      String document = body.hasNonNull("source_document") ? body.get("source_document").asText() : null;
      JsonNode values = body.get("values");
      if (values == null || !values.isArray() || values.isEmpty()) {
        throw ApiException.badParameter("values", "missing or empty",
            "send \"values\": [{\"measure\": \"R18\", \"region\": \"广东\", \"year\": 2024, \"value\": 663500}]");
      }
      List<ObservationInput> rows = new ArrayList<>();
      List<ApiProblem> problems = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        JsonNode v = values.get(i);
        String where = "values[%d]".formatted(i);
        boolean ok = check(problems, where + ".measure", v.path("measure").isTextual(), "\"measure\": \"R18\"")
            & check(problems, where + ".region", v.path("region").isTextual(), "\"region\": \"广东\"")
            & check(problems, where + ".year", v.path("year").isIntegralNumber(), "\"year\": 2024")
            & check(problems, where + ".value", v.path("value").isNumber(), "\"value\": 663500");
        if (ok) {
          rows.add(new ObservationInput(v.get("measure").asText(), v.get("region").asText(), v.get("year").asInt(),
              v.get("value").asDouble(), v.hasNonNull("unit") ? v.get("unit").asText() : null,
              v.hasNonNull("note") ? v.get("note").asText() : null));
        }
      }
      if (!problems.isEmpty()) {
        throw new ApiException(400, "bad_body", problems.size() + " values are incomplete; nothing was changed", problems);
      }
      WriteSummary w = site.store().observations().revise(new BatchInfo(user.who(), null, null, document), rows, reason);
      site.refresh();
      ctx.status(201);
      Reply.json(ctx, w);
    }, Role.ANALYST);
  }

  private static boolean check(List<ApiProblem> problems, String where, boolean ok, String example) {
    if (!ok) {
      problems.add(new ApiProblem(where, "missing or of the wrong type", "write " + example));
    }
    return ok;
  }
}
