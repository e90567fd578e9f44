package org.ipindex.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes responses: JSON, CSV downloads, and bodies computed once and kept with their gzip form (sent
 * as is to clients that accept gzip; Javalin compresses the other large responses as they go).
 */
final class Reply {
  static final String JSON = "application/json; charset=utf-8";
  static final String CSV = "text/csv; charset=utf-8";

  /** A response body kept for many requests, with its gzip form. */
  record Body(byte[] raw, byte[] gzip) {
    static Body of(byte[] raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 6 + 64);
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(raw);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Body(raw, out.toByteArray());
    }
  }

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

  /** Answers with a kept body: its gzip form when the client accepts gzip. */
  static void body(Context ctx, Body body, String contentType) {
    ctx.header("Vary", "Accept-Encoding");
    String accepted = ctx.header("Accept-Encoding");
    if (accepted != null && accepted.contains("gzip")) {
      ctx.header("Content-Encoding", "gzip");
      bytes(ctx, body.gzip(), contentType);
    } else {
      bytes(ctx, body.raw(), contentType);
    }
  }

  /** Answers with a CSV download named {@code fileName}. */
  static void csv(Context ctx, String fileName, byte[] body) {
    attachment(ctx, fileName);
    bytes(ctx, body, CSV);
  }

  private static void attachment(Context ctx, String fileName) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** Answers with a table: JSON bytes or a CSV download, as the request asked. */
  static void table(Context ctx, Query.Format format, String fileName, Supplier<byte[]> json, Supplier<byte[]> csv) {
    if (format == Query.Format.CSV) {
      csv(ctx, fileName, csv.get());
    } else {
      bytes(ctx, json.get(), JSON);
    }
  }

  /** Answers with a kept table: JSON or a CSV download, as the request asked. */
  static void keptTable(Context ctx, Query.Format format, String fileName, Supplier<Body> json, Supplier<Body> csv) {
    if (format == Query.Format.CSV) {
      attachment(ctx, fileName);
      body(ctx, csv.get(), CSV);
    } else {
      body(ctx, json.get(), JSON);
    }
  }
}
