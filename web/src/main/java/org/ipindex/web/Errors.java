package org.ipindex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.UUID;
import org.ipindex.core.model.DataException;
import org.ipindex.io.ingest.Issue;
import org.ipindex.store.ReleaseImmutableException;
import org.ipindex.store.RevisionNeededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one JSON error shape:
 *
 * <pre>
 * {"status": 400, "code": "bad_parameter", "message": "year: 'abc' is not a whole number",
 *  "problems": [{"where": "year", "what": "'abc' is not a whole number", "fix": "write e.g. year=2025"}]}
 * </pre>
 *
 * 400 for bad input (parameters, bodies, files: every problem listed), 401 without a valid token,
 * 403 without the role, 404 for unknown codes and paths, 409 for a release name in use, 413 for a
 * body over the limit, 500 for a bug: a message with an incident number and no stack trace (the
 * server's log has it).
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final String SENT = "ipindex.error";

  /**
   * The error shape.
   *
   * @param status the HTTP status
   * @param code a stable word for programs: bad_parameter, bad_body, bad_input, unauthorized, forbidden,
   *     not_found, conflict, too_large, internal_error
   * @param message one sentence for people
   * @param problems every problem, with where, what and fix
   */
  record Body(int status, String code, String message, List<ApiProblem> problems) {}

  private Errors() {}

  static void register(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> send(ctx, new Body(e.status(), e.code(), e.getMessage(), e.problems())));
    app.exception(RevisionNeededException.class, (e, ctx) -> send(ctx, new Body(409, "conflict",
        "values differ from the stored ones; nothing was written", problems(e))));
    app.exception(DataException.class, (e, ctx) -> send(ctx, new Body(400, "bad_input",
        e.problems().size() == 1 ? e.getMessage() : e.problems().size() + " problems; nothing was changed", problems(e))));
    app.exception(ReleaseImmutableException.class, (e, ctx) -> send(ctx, new Body(409, "conflict", e.getMessage(),
        List.of(new ApiProblem("name", e.getMessage(), "choose another name: releases are never changed")))));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      int status = e.getStatus();
      if (status == 404) {
        notFound(ctx);
      } else {
        send(ctx, new Body(status, status == 413 ? "too_large" : status == 405 ? "method_not_allowed" : "bad_request",
            e.getMessage(), List.of()));
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
      send(ctx, new Body(500, "internal_error", "internal error (incident %s): a bug in ipindex; the server's log has the "
          .formatted(incident) + "details, please report it with the request", List.of()));
    });
    app.error(404, ctx -> {
      if (ctx.attribute(SENT) == null) {
        notFound(ctx);
      }
    });
  }

  private static void notFound(Context ctx) {
    boolean api = ctx.path().startsWith("/api");
    send(ctx, new Body(404, "not_found", "no such " + (api ? "API path: " : "page: ") + ctx.path(), List.of(new ApiProblem(
        ctx.path(), "nothing is served here", api ? "see /api/openapi.json for the API" : "start at / (the overview)"))));
  }

  /** Returns an issue of a file (where, what, fix) as an API problem. */
  static ApiProblem problem(Issue i) {
    return new ApiProblem(i.where().describe(), (i.severity() == org.ipindex.io.ingest.Severity.WARNING ? "warning: " : "")
        + i.problem() + (i.value().isEmpty() ? "" : " (value '%s')".formatted(i.value())), i.fix());
  }

  private static List<ApiProblem> problems(DataException e) {
    return e.problems().stream().map(ApiProblem::of).toList();
  }

  static void send(Context ctx, Body body) {
    ctx.attribute(SENT, true);
    ctx.status(body.status());
    Reply.json(ctx, body);
  }
}
