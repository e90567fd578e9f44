package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/**
 * Replaces {@code matrix_file: FILE} in a step's mappings by the matrix it names, as {@code order}
 * and {@code matrix}; see {@link AhpMatrixLayout}.
 */
final class MatrixFiles {
  static final String KEY = "matrix_file";

  private MatrixFiles() {}

  /** Returns a copy of {@code map} with every nested {@code matrix_file} read (problems recorded). */
  static Map<String, Object> expand(Map<String, Object> map, Path baseDir, String where, Problems problems) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) nested;
        v = expand(m, baseDir, where + " › " + e.getKey(), problems);
      }
      if (!e.getKey().equals(KEY)) {
        out.put(e.getKey(), v);
      }
    }
    if (!map.containsKey(KEY)) {
      return out;
    }
    Object file = map.get(KEY);
    if (map.containsKey("matrix") || map.containsKey("order")) {
      problems.add(ProblemCode.BAD_PARAMETER, where + " " + KEY,
          "give either matrix_file or matrix and order, not both; delete one of them");
      return out;
    }
    if (file == null || file instanceof Map || file instanceof Iterable) {
      problems.add(ProblemCode.BAD_PARAMETER, where + " " + KEY,
          "matrix_file must be a file name such as ahp.csv (relative to the recipe), got '%s'".formatted(file));
      return out;
    }
    Path path = (baseDir == null ? Path.of("") : baseDir).resolve(file.toString());
    Problems matrixProblems = new Problems(file.toString());
    try (InputStream in = Files.newInputStream(path)) {
      AhpMatrixLayout.Matrix m = AhpMatrixLayout.parse(CsvTable.read(file.toString(), in, matrixProblems), matrixProblems);
      if (m != null) {
        out.put("order", m.order());
        out.put("matrix", m.matrix());
      }
    } catch (NoSuchFileException e) {
      problems.add(ProblemCode.BAD_FILE, where + " " + KEY,
          "matrix file '%s' not found (looked for %s); give its path relative to the recipe"
              .formatted(file, path.toAbsolutePath()));
    } catch (IOException e) {
      problems.add(ProblemCode.BAD_FILE, where + " " + KEY,
          "matrix file '%s' cannot be read (%s); check that it is a readable file".formatted(file, e.getMessage()));
    } catch (DataException e) {
      e.problems().forEach(problems::add);
    }
    matrixProblems.list().forEach(problems::add);
    return out;
  }
}
