package org.ipindex.app;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files that ship inside ipindex: the two official frameworks and recipes ({@code national},
 * {@code regional}), the bundled data and the provinces, and the plan targets with their observed
 * values. They are the plain files of the repository's {@code frameworks/}, {@code recipes/},
 * {@code data/} and {@code targets/} folders, copied into the jar at build time.
 */
public final class Bundled {
  /** The names of the official evaluations. */
  public static final List<String> EVALUATIONS = List.of("national", "regional");
  /** The bundled target files: the expected indicators to 2025 and the annual targets of 2024. */
  public static final List<String> TARGET_FILES =
      List.of("targets/expected_indicators_2025.csv", "targets/annual_2024.csv");
  /** The bundled observed values the targets are judged on. */
  public static final String OBSERVED_FILE = "targets/observed.csv";

  private Bundled() {}

  /** Returns whether {@code name} names an official evaluation. */
  public static boolean isEvaluation(String name) {
    return EVALUATIONS.contains(name);
  }

  /** Opens a bundled file by its repository path, e.g. {@code "frameworks/regional.csv"}. */
  public static InputStream open(String path) throws IOException {
    InputStream in = Bundled.class.getClassLoader().getResourceAsStream("ipindex/" + path);
    if (in == null) {
      throw new FileNotFoundException("bundled file " + path + " is missing from this build of ipindex");
    }
    return in;
  }

  /** Returns a bundled text file. */
  public static String text(String path) throws IOException {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static String frameworkPath(String evaluation) {
    return "frameworks/" + evaluation + ".csv";
  }

  public static String recipePath(String evaluation) {
    return "recipes/" + evaluation + ".yaml";
  }

  public static String dataPath(String evaluation) {
    return "data/" + evaluation + "-indicators.csv";
  }
}
