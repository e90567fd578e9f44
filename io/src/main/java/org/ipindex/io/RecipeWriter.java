package org.ipindex.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipindex.core.build.Recipe;
import org.ipindex.core.build.StepSpec;

/**
 * Writes a recipe as YAML or JSON, in the layout {@link RecipeReader} reads: {@code name},
 * {@code evaluation_year_offset}, then {@code steps}, each {@code step} (the verb) followed by its
 * parameters in order. Reading the text back gives equal step maps ({@link StepSpec#toMap()}) for
 * parameters that are text, booleans, Integer, Double, lists and mappings of these.
 *
 * <p>Example: {@code RecipeWriterTest#yaml_round_trips}.
 */
public final class RecipeWriter {
  private RecipeWriter() {}

  /** Returns the recipe as YAML text. */
  public static String yaml(Recipe recipe) {
    return text(RecipeFormat.YAML, recipe);
  }

  /** Returns the recipe as indented JSON text. */
  public static String json(Recipe recipe) {
    return text(RecipeFormat.JSON, recipe) + "\n";
  }

  /** Writes the recipe atomically: JSON for a {@code .json} file, YAML otherwise. */
  public static void write(Recipe recipe, Path file) throws IOException {
    String text = RecipeFormat.forWriting(file.getFileName().toString()) == RecipeFormat.JSON
        ? json(recipe) : yaml(recipe);
    AtomicFiles.writeString(file, text);
  }

  /** Returns the recipe as the plain map that is written. */
  public static Map<String, Object> toMap(Recipe recipe) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", recipe.name());
    m.put("evaluation_year_offset", recipe.evaluationYearOffset());
    List<Map<String, Object>> steps = recipe.steps().stream().map(StepSpec::toMap).toList();
    m.put("steps", steps);
    return m;
  }

  private static String text(RecipeFormat format, Recipe recipe) {
    try {
      return format.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toMap(recipe));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write recipe '%s' as %s".formatted(recipe.name(), format), e);
    }
  }
}
