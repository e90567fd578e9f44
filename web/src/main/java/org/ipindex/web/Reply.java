package org.ipindex.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Writes responses: JSON, CSV downloads, cached bytes. */
final class Reply {
  static final String JSON = "application/json; charset=utf-8";
  static final String CSV = "text/csv; charset=utf-8";

  private Reply() {}

  /** Answers with the JSON of a value. */
  static void json(Context ctx, Object value) {
    bytes(ctx, Json.bytes(value), JSON);
  }

  /** Answers with bytes of a type. */
  static void bytes(Context ctx, byte[] body, String contentType) {
    ctx.contentType(contentType);
    ctx.result(body);
  }

  /** Answers with a CSV download named {@code fileName}. */
  static void csv(Context ctx, String fileName, byte[] body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    bytes(ctx, body, CSV);
  }

  /** Answers with a table: JSON bytes or a CSV download, as the request asked. */
  static void table(Context ctx, Query.Format format, String fileName, java.util.function.Supplier<byte[]> json,
      java.util.function.Supplier<byte[]> csv) {
    if (format == Query.Format.CSV) {
      csv(ctx, fileName, csv.get());
    } else {
      bytes(ctx, json.get(), JSON);
    }
  }
}
