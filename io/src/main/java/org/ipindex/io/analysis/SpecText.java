package org.ipindex.io.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.ProblemCode;

/** Parses YAML or JSON text (by file extension, else JSON if it starts with '{') into plain values. */
final class SpecText {
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private SpecText() {}

  /**
   * Returns the text as maps (ordered, string keys), lists, Integer/Long/Double, Boolean and String.
   *
   * @throws DataException naming the line and column of a syntax error
   */
  static Object parse(String fileName, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    boolean json = lower.endsWith(".json") || (!lower.endsWith(".yaml") && !lower.endsWith(".yml")
        && text.stripLeading().startsWith("{"));
    try {
      return plain((json ? JSON : YAML).readTree(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? fileName : "%s line %d column %d".formatted(fileName, at.getLineNr(),
          at.getColumnNr());
      throw DataException.of(ProblemCode.BAD_FILE, where, "the spec cannot be parsed: %s; check the indentation and "
          .formatted(e.getOriginalMessage().lines().findFirst().orElse("")) + "the ':' after each key");
    }
  }

  private static Object plain(JsonNode node) {
    return org.ipindex.io.PlainValues.of(node);
  }
}
