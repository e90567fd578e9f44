package org.ipindex.web;

import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ipindex.store.Batch;
import org.ipindex.store.Release;
import org.ipindex.store.Store;
import org.ipindex.store.TargetSet;

/**
 * {@code GET /api/audit} (viewer): the history of every write, newest first, from the records the store
 * keeps of them: each import and revise batch (who, file, SHA-256, document, reason, counts), each
 * release and each saved target set. Writes through the API record their user as
 * {@code NAME (web, ROLE)}. Paged; JSON or CSV.
 */
final class AuditRoutes {
  record Entry(Instant at, String action, String who, String what, String detail) {}

  record AuditView(int total, int offset, int limit, List<Entry> entries) {}

  private AuditRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/audit", ctx -> {
      Query q = new Query(ctx, "limit", "offset", "format");
      List<Entry> all = entries(site.store());
      int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
      int limit = q.integer("limit", 100, 1, 10_000);
      List<Entry> page = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size()));
      Reply.table(ctx, q.format(), "audit.csv", () -> Json.bytes(new AuditView(all.size(), offset, page.size(), page)),
          () -> Csv.table(List.of("at", "action", "who", "what", "detail"), page.stream()
              .map(e -> Arrays.<Object>asList(e.at().toString(), e.action(), e.who(), e.what(), e.detail())).toList()));
    }, Role.VIEWER);
  }

  static List<Entry> entries(Store store) {
    List<Entry> out = new ArrayList<>();
    for (Batch b : store.batches().list()) {
      var s = b.summary();
      String detail = "batch %d: %d rows, %d new, %d changed, %d unchanged".formatted(b.id(), s.rows(), s.added(), s.revised(),
          s.unchanged()) + (b.info().sourceDocument() == null ? "" : "; document: " + b.info().sourceDocument())
          + (b.reason() == null ? "" : "; reason: " + b.reason()) + (b.info().sha256() == null ? "" : "; sha256 " + b.info().sha256());
      out.add(new Entry(b.recordedAt(), b.kind(), b.info().who(), b.info().fileName() == null ? "values sent directly"
          : b.info().fileName(), detail));
    }
    for (Release r : store.releases().list()) {
      out.add(new Entry(r.createdAt(), "release", r.createdBy(), r.name(), "framework %s, %d evaluation (%d data), data as of %s, %d results"
          .formatted(r.frameworkName(), r.evaluationYear(), r.dataYear(), r.asOf(), r.rowCount())));
    }
    for (TargetSet t : store.targets().sets()) {
      out.add(new Entry(t.loadedAt(), "target_set", t.provenance().who(), t.name() + " v" + t.version(),
          "%d targets%s".formatted(t.targetCount(), t.description() == null ? "" : "; " + t.description())));
    }
    out.sort(Comparator.comparing(Entry::at).reversed());
    return out;
  }
}
