package org.ipindex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;
import org.ipindex.core.result.Results;
import org.ipindex.io.AtomicFiles;
import org.ipindex.io.results.ResultsCsvWriter;
import org.ipindex.io.results.ResultsJsonWriter;
import org.ipindex.io.results.ResultsXlsxWriter;

/** Writes results to a file in a chosen format; every file is written to a temporary name and moved. */
final class Outputs {
  static final List<String> FORMATS = List.of("table", "csv", "json", "xlsx");

  private Outputs() {}

  /** Returns the format named, or the one implied by the file's extension, or {@code table}. */
  static String format(String format, Path out) {
    if (format != null) {
      String f = format.toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(f)) {
        throw DataException.of(ProblemCode.BAD_PARAMETER, "--format " + format,
            "unknown format; use one of " + FORMATS);
      }
      return f;
    }
    if (out != null) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      for (String f : List.of("csv", "json", "xlsx")) {
        if (name.endsWith("." + f)) {
          return f;
        }
      }
    }
    return "table";
  }

  /** Writes results (csv, json, xlsx) or the given table text to {@code file}, creating folders. */
  static void write(Results results, String format, Path file, String tableText) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    switch (format) {
      case "csv" -> ResultsCsvWriter.write(results, file, true);
      case "json" -> ResultsJsonWriter.write(results, file);
      case "xlsx" -> ResultsXlsxWriter.write(results, file);
      default -> AtomicFiles.writeString(file, tableText);
    }
  }
}
