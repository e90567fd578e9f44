package org.ipindex.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ipindex.app.StoreAccess;
import org.ipindex.store.Store;
import org.ipindex.web.WebServer;
import org.ipindex.web.WebSettings;

/**
 * A bounded load test of the API on loopback: the real server ({@link WebServer}) on a new embedded store
 * with the bundled data, and a JDK {@link HttpClient} with a fixed number of concurrent connections, each
 * sending requests one after another. First a warm-up over every path, then three rounds over every path
 * of a fixed number of requests, timed one by one (p50, p90, p99, max), every answer checked (status 200
 * and the expected length; anything else is an error). {@code /api/health} (a constant body) is the
 * baseline, measured in the same rounds.
 *
 * <pre>
 * mvn -q -B -DskipTests -pl core,io,store,app,report,web,bench -am package
 * java -cp bench/target/benchmarks.jar org.ipindex.bench.ApiLoadTest [REQUESTS] [CONNECTIONS] [PATH…]
 * </pre>
 *
 * Defaults: 20,000 requests per path and round (and as many to warm up), 50 connections, the paths
 * {@code /api/health}, {@code /api/frameworks/regional/results} (every node of the 31 provinces, 2,945
 * rows), the same asked with {@code Accept-Encoding: gzip} (a path written {@code gzip:/api/…}) as
 * curl --compressed, Python's requests and browsers ask, and the index alone ({@code ?code=RI}).
 * Goal: p99 under 50 ms at 50 connections, no errors.
 */
public final class ApiLoadTest {
  /** Measured rounds over all paths, after one warm-up over all of them. */
  static final int ROUNDS = 3;

  /** What one path measured. */
  record Outcome(String path, int requests, int errors, long bytes, double seconds, double[] millis) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    String line() {
      return String.format(Locale.ROOT, "| `%s` | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f |", path, requests, errors,
          percentile(0.50), percentile(0.90), percentile(0.99), percentile(1.0), requests / seconds, bytes / (double) requests / 1024);
    }
  }

  /** Reads a body counting its bytes, without copying them into one array (the client's cost kept small). */
  static final HttpResponse.BodyHandler<Long> COUNTED = info -> HttpResponse.BodySubscribers.fromSubscriber(new Counter(),
      Counter::bytes);

  private static final class Counter implements Flow.Subscriber<List<ByteBuffer>> {
    private long bytes;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer b : buffers) {
        bytes += b.remaining();
      }
    }

    @Override
    public void onError(Throwable t) {
      bytes = -1;
    }

    @Override
    public void onComplete() {}

    long bytes() {
      return bytes;
    }
  }

  private ApiLoadTest() {}

  /** Returns the machine's load averages (Linux), or "?" elsewhere: other processes share the cores. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return "?";
    }
  }

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<String> paths = args.length > 2 ? List.of(args).subList(2, args.length)
        : List.of("/api/health", "/api/frameworks/regional/results", "gzip:/api/frameworks/regional/results",
            "/api/frameworks/regional/results?code=RI");
    Path home = Files.createTempDirectory("ipindex-load-");
    try (Store store = StoreAccess.open(new StoreAccess.Location(home, null)).store();
        WebServer server = WebServer.start(store, WebSettings.local(0))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      System.out.printf(Locale.ROOT, "ipindex API load test: %d requests per path and round (after as many to warm up), %d connections, "
          + "%s, %d cores, Java %s, load average %s%n", requests, connections, server.url(), Runtime.getRuntime().availableProcessors(),
          Runtime.version(), loadAverage());
      System.out.println("| round | path | requests | errors | p50 ms | p90 ms | p99 ms | max ms | requests/s | KB/response |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      List<HttpRequest> prepared = new ArrayList<>();
      List<Long> lengths = new ArrayList<>();
      for (String path : paths) {
        boolean gzip = path.startsWith("gzip:");
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path.substring(gzip ? 6 : 1))).GET();
        HttpRequest request = (gzip ? b.header("Accept-Encoding", "gzip") : b).build();
        prepared.add(request);
        lengths.add(http.send(request, COUNTED).body());
      }
      for (int i = 0; i < paths.size(); i++) {
        run(http, prepared.get(i), paths.get(i), requests, connections, lengths.get(i));
      }
      for (int round = 1; round <= ROUNDS; round++) {
        for (int i = 0; i < paths.size(); i++) {
          System.out.println(run(http, prepared.get(i), paths.get(i), requests, connections, lengths.get(i)).line()
              .replaceFirst("\\| `", "| " + round + " | `"));
        }
      }
      System.out.println("load average at the end: " + loadAverage());
    } finally {
      try (var files = Files.walk(home)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Sends {@code total} requests over {@code connections} workers, each one request after another. */
  static Outcome run(HttpClient http, HttpRequest request, String path, int total, int connections, long expected)
      throws Exception {
    double[] millis = new double[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      done.add(workers.submit(() -> {
        for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<Long> r = http.send(request, COUNTED);
            if (r.statusCode() != 200 || r.body() != expected) {
              errors.incrementAndGet();
            }
            bytes.addAndGet(r.body());
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          millis[i] = (System.nanoTime() - t0) / 1e6;
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    workers.shutdown();
    return new Outcome(path, total, errors.get(), bytes.get(), seconds, millis);
  }
}
