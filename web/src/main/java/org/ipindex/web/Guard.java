package org.ipindex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Who may do what, checked before a route runs: a route registered with a {@link Role} needs a token
 * ({@code Authorization: Bearer TOKEN}) of a user with that role or a higher one (401 without a valid
 * token, 403 without the role). Routes without a role are open. Request bodies are read up to the
 * configured limit (413 beyond it).
 */
final class Guard {
  private static final String USER = "ipindex.user";

  private Guard() {}

  static void register(Javalin app, Site site) {
    app.beforeMatched(ctx -> {
      Set<RouteRole> roles = ctx.routeRoles();
      if (!roles.isEmpty()) {
        require(ctx, site, (Role) roles.iterator().next());
      }
    });
  }

  /**
   * Returns the user of the request's token, checking their role.
   *
   * @throws ApiException 401 without a valid token, 403 when the role is not enough or nobody may write
   */
  static User require(Context ctx, Site site, Role needed) {
    User known = ctx.attribute(USER);
    if (known == null) {
      Access access = site.settings().access();
      if (access.users().isEmpty()) {
        throw new ApiException(403, "forbidden", "this server is read-only: no user may write", List.of(new ApiProblem(
            "server", "no users are configured", "add user.NAME = ROLE, TOKEN to the server's server.properties and restart it")));
      }
      String header = ctx.header("Authorization");
      String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
      if (token == null || token.isEmpty()) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"ipindex\"");
        throw new ApiException(401, "unauthorized", "this needs a token", List.of(new ApiProblem("Authorization",
            "no token given", "send the header Authorization: Bearer TOKEN with a token from the server's configuration")));
      }
      known = access.user(token).orElseThrow(() -> {
        ctx.header("WWW-Authenticate", "Bearer realm=\"ipindex\", error=\"invalid_token\"");
        return new ApiException(401, "unauthorized", "the token is not valid", List.of(new ApiProblem("Authorization",
            "no user has this token", "check the token against the server's configuration")));
      });
      ctx.attribute(USER, known);
    }
    if (!known.role().covers(needed)) {
      throw new ApiException(403, "forbidden", "%s is %s; this needs %s".formatted(known.name(), known.role().code(),
          needed.code()), List.of(new ApiProblem("Authorization", "role %s is not enough".formatted(known.role().code()),
          "ask an admin for a token with role %s or higher".formatted(needed.code()))));
    }
    return known;
  }

  /**
   * Returns the request body, at most the configured number of bytes.
   *
   * @throws ApiException 413 when it is larger, 400 when it is empty
   */
  static byte[] body(Context ctx, Site site) {
    long limit = site.settings().maxRequestBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(declared, limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw tooLarge(body.length, limit);
      }
      if (body.length == 0) {
        throw new ApiException(400, "bad_body", "the request has no body", List.of(new ApiProblem("body", "empty",
            "send the file or the JSON object as the request body")));
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApiException tooLarge(long size, long limit) {
    return new ApiException(413, "too_large", "the request body is larger than this server accepts", List.of(new ApiProblem(
        "body", "%d bytes; the limit is %d bytes".formatted(size, limit),
        "split the file, or raise max-request-size in the server's server.properties")));
  }
}
