package org.ipindex.web;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.ipindex.app.TargetsAssessment;
import org.ipindex.core.target.ProgressTable;
import org.ipindex.io.targets.TargetsCsvWriter;
import org.ipindex.io.targets.TargetsJsonWriter;
import org.ipindex.store.TargetSet;

/**
 * The plan targets: {@code /api/targets/sets} (the store's target sets) and {@code /api/targets}
 * (one set assessed at a year: status, ratio R, growth actual and required, shares of distance and
 * time, projections, the sentences of the report), written by the same writers as
 * {@code ipindex targets --format json|csv}.
 */
final class TargetRoutes {
  record SetView(String name, int version, String description, int targets, Instant loadedAt, String who, String file,
      String sourceDocument, boolean isDefault) {}

  private TargetRoutes() {}

  static void register(Javalin app, Site site) {
    app.get("/api/targets/sets", ctx -> {
      new Query(ctx);
      List<SetView> out = site.store().targets().sets().stream().map(TargetRoutes::view).toList();
      Reply.json(ctx, out);
    });
    app.get("/api/targets", ctx -> {
      Query q = new Query(ctx, "set", "year", "format");
      TargetsAssessment assessment = TargetsAssessment.fromStore(site.store(), null);
      String set = q.text("set");
      if (set != null && !assessment.sets().contains(set)) {
        throw ApiException.notFound("set", "no target set '%s'".formatted(set), "the sets are " + assessment.sets());
      }
      ProgressTable table = assessment.assess(set, q.integer("year"));
      Reply.table(ctx, q.format(), "targets-%s-%d.csv".formatted(table.set(), table.year()), () -> json(table), () -> csv(table));
    });
  }

  private static SetView view(TargetSet t) {
    return new SetView(t.name(), t.version(), t.description(), t.targetCount(), t.loadedAt(), t.provenance().who(),
        t.provenance().fileName(), t.provenance().sourceDocument(), t.name().equals(TargetsAssessment.DEFAULT_SET));
  }

  private static byte[] json(ProgressTable table) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TargetsJsonWriter.write(table, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] csv(ProgressTable table) {
    try {
      StringWriter out = new StringWriter();
      out.write('\uFEFF');
      TargetsCsvWriter.write(table, out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
