package org.ipindex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Framework;
import org.ipindex.core.model.Node;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads a framework CSV (UTF-8, byte-order mark tolerated) in either of two layouts, told apart by
 * the header: COINr's {@code iMeta} (an {@code iCode} column) or ours (a {@code code} column; see
 * DESIGN §4 and {@link OwnFrameworkLayout}).
 *
 * <p>Every problem of the file is collected before one {@link DataException} is thrown: bad
 * directions, numbers and kinds, missing columns, duplicate codes, then the tree's own problems
 * (unknown parents, several roots, cycles) and finally levels given in the file that differ from
 * the computed ones ({@link Framework#level}: indicators 1, a group one above its highest child).
 * Each problem's {@code where} is {@code file.csv row N column X}, rows counted as in a spreadsheet.
 *
 * <p>Example: {@code FrameworkReaderTest#reads_the_coinr_imeta_as_a_four_level_tree}.
 */
public final class FrameworkReader {
  private FrameworkReader() {}

  /** Reads a framework named after the file (its name without the extension). */
  public static FrameworkFile read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    return read(file, baseName(fileName));
  }

  /** Reads a framework with the given name. */
  public static FrameworkFile read(Path file, String name) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in, name);
    }
  }

  /**
   * Reads a framework from a stream (not closed here); {@code fileName} names it in messages.
   *
   * @throws DataException listing every problem of the file
   */
  public static FrameworkFile read(String fileName, InputStream in, String name) throws IOException {
    Problems problems = new Problems(fileName);
    CsvTable table = CsvTable.read(fileName, in, problems);
    List<ParsedNode> parsed;
    List<String> groupColumns = List.of();
    Set<String> denominators = new LinkedHashSet<>();
    if (table.has("iCode")) {
      CoinrMetaLayout.Parsed meta = CoinrMetaLayout.parse(table, problems);
      parsed = meta.nodes();
      groupColumns = meta.groupColumns();
      denominators.addAll(meta.denominators());
    } else if (table.has("code")) {
      parsed = OwnFrameworkLayout.parse(table, problems);
    } else {
      throw DataException.of(ProblemCode.MISSING_COLUMN, fileName + " row 1",
          "neither a 'code' column (framework layout %s) nor an 'iCode' column (COINr iMeta) was found in %s; "
              .formatted(OwnFrameworkLayout.COLUMNS, table.header())
              + "check the header row and the delimiter (comma)");
    }
    if (parsed.isEmpty() && problems.isEmpty()) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the file has a header but no nodes; add one row per index, group and indicator");
    }
    Map<String, ParsedNode> byCode = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    for (ParsedNode p : parsed) {
      ParsedNode first = byCode.putIfAbsent(p.node().code(), p);
      if (first != null) {
        problems.add(ProblemCode.DUPLICATE_CODE, problems.at(p.row()),
            "code '%s' is also used in row %d; give every node its own code"
                .formatted(p.node().code(), first.row()));
      } else {
        nodes.add(p.node());
        if (p.node().denominator() != null) {
          denominators.add(p.node().denominator());
        }
      }
    }
    Framework framework = null;
    if (!nodes.isEmpty()) {
      try {
        framework = Framework.of(name, nodes);
      } catch (DataException e) {
        e.problems().forEach(p -> problems.add(relocate(p, fileName, byCode)));
      }
    }
    problems.throwIfAny();
    for (ParsedNode p : parsed) {
      int computed = framework.level(p.node().code());
      if (p.level() != null && p.level() != computed) {
        problems.add(ProblemCode.LEVEL_MISMATCH, problems.at(p.row(), p.levelColumn()),
            "level %d given for '%s', but it is level %d (indicators are 1, a group is one above its highest child); "
                .formatted(p.level(), p.node().code(), computed)
                + "correct the level or the parents, or leave the level empty");
      }
    }
    problems.throwIfAny();
    return new FrameworkFile(framework, List.copyOf(denominators), groupColumns);
  }

  /** Turns a tree problem's "node X" into "file.csv row N (node X)". */
  private static Problem relocate(Problem p, String fileName, Map<String, ParsedNode> byCode) {
    String where = p.where();
    if (where.startsWith("node ")) {
      ParsedNode n = byCode.get(where.substring(5));
      where = n == null ? fileName + " " + where : "%s row %d (%s)".formatted(fileName, n.row(), where);
    } else {
      where = fileName;
    }
    return new Problem(p.code(), where, p.message());
  }

  /** Returns a file name without its last extension: {@code ASEM_iMeta.csv} → {@code ASEM_iMeta}. */
  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
