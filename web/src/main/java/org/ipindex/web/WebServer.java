package org.ipindex.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard and the API on an opened store: start it, ask its {@link #url()}, {@link #close()} it.
 * The store stays the caller's (closing the server does not close it).
 *
 * <pre>{@code
 * StoreAccess.Opened opened = StoreAccess.open(new StoreAccess.Location(home, null));
 * try (WebServer server = WebServer.start(opened.store(), WebSettings.local(8080))) {
 *   System.out.println("serving " + server.url());
 *   …
 * }
 * }</pre>
 *
 * <p>The latest evaluations of both official frameworks are computed on start and after every write;
 * {@link #refresh()} does it after a change made outside the server (an import by the same process).
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  private final Javalin app;
  private final Site site;
  private final List<String> routes;

  private WebServer(Javalin app, Site site, List<String> routes) {
    this.app = app;
    this.site = site;
    this.routes = List.copyOf(routes);
  }

  /**
   * Evaluates the store's data and starts serving.
   *
   * @throws DataException when the port is in use (choose another) or the host cannot be bound
   */
  public static WebServer start(Store store, WebSettings settings) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(settings, "settings");
    Site site = new Site(store, settings);
    List<String> routes = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.events.handlerAdded(h -> {
        if (h.getHttpMethod().isHttpMethod()) {
          routes.add(h.getHttpMethod() + " " + h.getPath());
        }
      });
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = settings.maxRequestBytes();
      config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      config.requestLogger.http((ctx, ms) -> {
        if (ctx.method() != HandlerType.GET || ctx.statusCode() >= 500) {
          LOG.info("{} {} → {} ({} ms)", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
        }
      });
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", POLICY);
      if (ctx.path().startsWith("/api/") && ctx.method() == HandlerType.GET) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "no-cache");
      }
    });
    Errors.register(app);
    Guard.register(app, site);
    MetaRoutes.register(app, site);
    FrameworkRoutes.register(app, site);
    ResultRoutes.register(app, site);
    RankingRoutes.register(app, site);
    OverviewRoutes.register(app, site);
    ProfileRoutes.register(app, site);
    IndicatorRoutes.register(app, site);
    DataRoutes.register(app, site);
    TargetRoutes.register(app, site);
    ReleaseRoutes.register(app, site);
    ImportRoutes.register(app, site);
    RevisionRoutes.register(app, site);
    AuditRoutes.register(app, site);
    try {
      app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      app.stop();
      throw DataException.of(ProblemCode.BAD_PARAMETER, "port " + settings.port(),
          "cannot listen on %s:%d (%s); choose another port with --port, or --port 0 for any free one"
              .formatted(settings.host(), settings.port(), e.getMessage()));
    }
    return new WebServer(app, site, routes);
  }

  /** Returns the routes it answers, as {@code "GET /api/frameworks/{framework}"} (the OpenAPI description names them all). */
  public List<String> routes() {
    return routes;
  }

  /** Returns the port it listens on. */
  public int port() {
    return app.port();
  }

  /** Returns the address of the dashboard: {@code http://HOST:PORT/} ({@code localhost} when it listens on every interface). */
  public URI url() {
    String host = site.settings().host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  /** Evaluates the store's data again (after a change the server did not make). */
  public void refresh() {
    site.refresh();
  }

  /** Stops serving; the store stays open. */
  @Override
  public void close() {
    app.stop();
  }
}
