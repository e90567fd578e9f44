package org.ipindex.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ipindex.app.DataImport;
import org.ipindex.io.ingest.Issue;
import org.ipindex.io.ingest.validate.Change;
import org.ipindex.io.ingest.validate.Outcome;
import org.ipindex.store.WriteSummary;

/**
 * {@code POST /api/imports}: a statistics file, validated against the store and stored as one batch,
 * through the use case {@code ipindex import} runs ({@link DataImport}). The file is the request body
 * ({@code ?file=NAME.csv} names it; the name's extension says CSV or XLSX) or the field {@code file} of
 * a multipart form (with an optional {@code mapping} field for wide tables). {@code dry_run=true}
 * validates and stores nothing (viewer); storing needs an analyst. Changed values need
 * {@code revise_reason}; warnings need {@code accept_warnings=true}. The batch records the user.
 */
final class ImportRoutes {
  private static final int MAX_PROBLEMS = 1000;

  record ImportView(String file, String decision, boolean dryRun, boolean stored, int read, int added, int changed,
      int unchanged, int missing, List<String> skipped, List<ApiProblem> problems, WriteSummary batch) {}

  private ImportRoutes() {}

  static void register(Javalin app, Site site) {
    app.post("/api/imports", ctx -> {
      Query q = new Query(ctx, "file", "dry_run", "revise_reason", "accept_warnings", "source_document");
      boolean dryRun = q.flag("dry_run", false);
      User user = Guard.require(ctx, site, dryRun ? Role.VIEWER : Role.ANALYST);
      Path dir = Files.createTempDirectory("ipindex-import-");
      try {
        Path[] files = receive(ctx, q, site, dir);
        DataImport.Result r = DataImport.run(site.store(), new DataImport.Request(files[0], files[1], dryRun,
            q.text("revise_reason"), q.flag("accept_warnings", false), q.text("source_document"), user.who()));
        answer(ctx, site, r, dryRun);
      } finally {
        try (Stream<Path> all = Files.walk(dir)) {
          all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }, Role.VIEWER);
  }

  /** Writes the body's file (and mapping) into {@code dir}; returns their paths (mapping may be null). */
  private static Path[] receive(Context ctx, Query q, Site site, Path dir) throws IOException {
    if (ctx.isMultipartFormData()) {
      long declared = ctx.req().getContentLengthLong();
      if (declared > site.settings().maxRequestBytes()) {
        Guard.body(ctx, site);
      }
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) {
        throw ApiException.badParameter("file", "the form has no field 'file'", "send the statistics file as the form field file");
      }
      UploadedFile mapping = ctx.uploadedFile("mapping");
      return new Path[] {save(dir, file.filename(), file.content()), mapping == null ? null
          : save(Files.createDirectory(dir.resolve("mapping")), mapping.filename(), mapping.content())};
    }
    String name = q.text("file");
    if (name == null) {
      throw ApiException.badParameter("file", "missing: the body's file needs a name",
          "add ?file=stats.csv (the extension says CSV or XLSX), or send a multipart form with the field file");
    }
    byte[] body = Guard.body(ctx, site);
    return new Path[] {save(dir, name, new java.io.ByteArrayInputStream(body)), null};
  }

  private static Path save(Path dir, String name, InputStream content) throws IOException {
    Path given = Path.of(name.replace('\\', '/').replace("\u0000", ""));
    String safe = given.getFileName() == null ? "" : given.getFileName().toString().replaceAll("[\\p{Cntrl}]", "");
    if (safe.isBlank() || safe.equals("..") || safe.equals(".")) {
      throw ApiException.badParameter("file", "'%s' is not a file name".formatted(name), "name the file, e.g. stats.csv");
    }
    Path target = dir.resolve(safe);
    try (content) {
      Files.copy(content, target);
    }
    return target;
  }

  private static void answer(Context ctx, Site site, DataImport.Result r, boolean dryRun) {
    Outcome o = r.outcome();
    List<ApiProblem> problems = new ArrayList<>();
    for (Issue i : o.problems().all()) {
      if (problems.size() == MAX_PROBLEMS) {
        problems.add(new ApiProblem(o.file(), "… and %d more problems".formatted(o.problems().all().size() - MAX_PROBLEMS),
            "fix the ones listed and send the file again"));
        break;
      }
      problems.add(Errors.problem(i));
    }
    if (!dryRun && o.decision() == Outcome.Decision.REJECT) {
      throw new ApiException(400, "bad_input", "%s rejected, nothing stored: %d errors, %d warnings".formatted(o.file(),
          o.problems().errors().size(), o.problems().warnings().size()), problems);
    }
    if (!dryRun && o.decision() == Outcome.Decision.NEEDS_ACCEPTANCE) {
      throw new ApiException(400, "warnings_not_accepted", "%s not stored: %d warnings; check them, then send it again with "
          .formatted(o.file(), o.problems().warnings().size()) + "accept_warnings=true", problems);
    }
    if (r.written() != null) {
      site.refresh();
      ctx.status(201);
    }
    Reply.json(ctx, new ImportView(o.file(), o.decision().name().toLowerCase(java.util.Locale.ROOT), dryRun,
        r.written() != null, o.read(), o.count(Change.NEW), o.count(Change.CHANGED), o.count(Change.UNCHANGED), o.missing(),
        o.skipped(), problems, r.written()));
  }
}
