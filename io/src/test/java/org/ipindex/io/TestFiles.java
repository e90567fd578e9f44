package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: files written into a temporary directory, and COINr's example data. */
public final class TestFiles {
  private TestFiles() {}

  /** Writes a UTF-8 text file and returns its path. */
  public static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Copies one of COINr's example files (from the core test jar) into {@code dir}. */
  public static Path coinr(Path dir, String name) throws IOException {
    try (InputStream in = TestFiles.class.getResourceAsStream("/coinr/data/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource /coinr/data/" + name + " not on the class path");
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }
}
