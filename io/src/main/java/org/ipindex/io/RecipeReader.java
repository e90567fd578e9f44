package org.ipindex.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Params;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;
import org.ipindex.core.build.Steps;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads a recipe from YAML or JSON (by the file's extension, else JSON if it starts with '{'):
 *
 * <pre>
 * name: regional-ip-development-index      # required
 * evaluation_year_offset: 1                 # whole number, default 0
 * description: free text                    # optional, not kept
 * steps:                                    # one mapping per step: step (the verb) + parameters
 *   - step: normalise
 *     method: minmax
 * </pre>
 *
 * <p>An AHP matrix may be given as {@code matrix_file: ahp.csv} (relative to the recipe) in any
 * mapping of a step; the file is read and replaced by {@code order} (the codes) and {@code matrix}
 * (rows of numbers), so the recipe carries its data and core needs no I/O. See {@link AhpMatrixLayout}.
 *
 * <p>{@link #read} then checks every step with {@link Steps#resolve}. All problems (syntax, unknown
 * keys, a missing name, unknown steps, methods or parameters) are collected into one
 * {@link DataException} whose {@code where} starts with the file name.
 *
 * <p>Example: {@code RecipeReaderTest#reads_a_yaml_recipe}.
 */
public final class RecipeReader {
  /** The keys allowed at the top level of a recipe. */
  public static final List<String> TOP_LEVEL_KEYS = List.of("name", "evaluation_year_offset", "description", "steps");

  private RecipeReader() {}

  /** Reads and checks a recipe file; matrix files are found relative to its directory. */
  public static Recipe read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw DataException.of(ProblemCode.BAD_FILE, file.getFileName().toString(),
          "the recipe is not UTF-8 text (GBK or another encoding?); save it as UTF-8 and read it again");
    }
    Path dir = file.toAbsolutePath().getParent();
    return read(file.getFileName().toString(), text, dir);
  }

  /**
   * Reads and checks a recipe from text; {@code fileName} names it in messages and chooses the
   * format, {@code baseDir} resolves matrix files.
   *
   * @throws DataException listing every problem of the recipe
   */
  public static Recipe read(String fileName, String text, Path baseDir) {
    Problems problems = new Problems(fileName);
    Recipe recipe = parse(fileName, text, baseDir, problems);
    for (int i = 0; i < recipe.steps().size(); i++) {
      try {
        Steps.resolve(recipe.steps().get(i), i + 1);
      } catch (DataException e) {
        e.problems().forEach(p -> problems.add(new Problem(p.code(), relocate(fileName, p.where()), p.message())));
      }
    }
    problems.throwIfAny();
    return recipe;
  }

  /**
   * Reads a recipe without checking its steps against the catalogues (the structure, top-level
   * keys and matrix files are still checked).
   *
   * @throws DataException listing every problem of the file's structure
   */
  public static Recipe parse(String fileName, String text, Path baseDir) {
    Problems problems = new Problems(fileName);
    Recipe recipe = parse(fileName, text, baseDir, problems);
    problems.throwIfAny();
    return recipe;
  }

  private static Recipe parse(String fileName, String text, Path baseDir, Problems problems) {
    Object root;
    try {
      root = RecipeFormat.plain(RecipeFormat.of(fileName, text).mapper().readTree(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? fileName : "%s line %d column %d".formatted(fileName, at.getLineNr(), at.getColumnNr());
      throw DataException.of(ProblemCode.BAD_FILE, where, "the recipe cannot be parsed: %s; check the indentation, "
          .formatted(e.getOriginalMessage().lines().findFirst().orElse(""))
          + "the ':' after each key and the '-' before each step");
    }
    if (root == null) {
      throw DataException.of(ProblemCode.EMPTY_INPUT, fileName,
          "the recipe is empty; give at least 'name:' and 'steps:'");
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw DataException.of(ProblemCode.BAD_FILE, fileName,
          "the recipe must be a mapping with the keys %s, not %s".formatted(TOP_LEVEL_KEYS, kind(root)));
    }
    for (Object key : top.keySet()) {
      if (!TOP_LEVEL_KEYS.contains(key)) {
        problems.add(ProblemCode.BAD_PARAMETER, fileName + " key " + key,
            "unknown top-level key '%s'%s; allowed: %s".formatted(key, Spelling.suggest(key.toString(), TOP_LEVEL_KEYS),
                TOP_LEVEL_KEYS));
      }
    }
    Object name = top.get("name");
    if (name == null || name instanceof Map || name instanceof List || name.toString().isBlank()) {
      problems.add(ProblemCode.BAD_PARAMETER, fileName + " key name",
          "the recipe needs a name (text), got %s; add e.g. 'name: regional-ip-development-index'"
              .formatted(name == null ? "none" : "'" + name + "'"));
    }
    Object offset = top.get("evaluation_year_offset");
    int evaluationYearOffset = 0;
    if (offset instanceof Integer i) {
      evaluationYearOffset = i;
    } else if (offset != null) {
      problems.add(ProblemCode.BAD_NUMBER, fileName + " key evaluation_year_offset",
          "'%s' is not a whole number; write the evaluation year minus the data year, e.g. 1".formatted(offset));
    }
    List<StepSpec> steps = new ArrayList<>();
    Object list = top.get("steps");
    if (!(list instanceof List<?> items)) {
      problems.add(ProblemCode.BAD_PARAMETER, fileName + " key steps",
          "the recipe needs 'steps:', a list of steps each starting with '- step: VERB' (one of %s), got %s"
              .formatted(Steps.VERBS, list == null ? "none" : kind(list)));
    } else if (items.isEmpty()) {
      problems.add(ProblemCode.EMPTY_INPUT, fileName + " key steps", "the list of steps is empty; add at least one step");
    } else {
      for (int i = 0; i < items.size(); i++) {
        StepSpec step = step(items.get(i), i + 1, baseDir, problems);
        if (step != null) {
          steps.add(step);
        }
      }
    }
    return new Recipe(name == null ? "" : name.toString(), evaluationYearOffset, steps);
  }

  private static StepSpec step(Object item, int index, Path baseDir, Problems problems) {
    String where = "%s step %d".formatted(problems.fileName(), index);
    if (!(item instanceof Map<?, ?> map)) {
      problems.add(ProblemCode.BAD_PARAMETER, where,
          "a step must be a mapping starting with 'step: VERB' (one of %s), got %s '%s'".formatted(Steps.VERBS, kind(item), item));
      return null;
    }
    Object verb = map.get("step");
    if (verb == null || verb instanceof Map || verb instanceof List) {
      problems.add(ProblemCode.BAD_PARAMETER, where,
          "the step has no 'step:' naming its verb; add one of %s".formatted(Steps.VERBS));
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> params = MatrixFiles.expand((Map<String, Object>) map, baseDir, where, problems);
    params.remove("step");
    return new StepSpec(verb.toString(), new Params(where, params));
  }

  /** Turns core's "recipe step 2 (normalise)" into "file.yaml step 2 (normalise)". */
  private static String relocate(String fileName, String where) {
    return where.startsWith("recipe step") ? fileName + where.substring("recipe".length())
        : where.isEmpty() ? fileName : fileName + " " + where;
  }

  private static String kind(Object value) {
    return value instanceof List ? "a list" : value instanceof Map ? "a mapping" : "a single value";
  }
}
