package org.ipindex.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;

/** The two recipe formats, YAML and JSON, and the conversion of parsed trees to plain Java values. */
enum RecipeFormat {
  YAML(YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build()),
  JSON(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private final ObjectMapper mapper;

  RecipeFormat(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** Returns JSON for a {@code .json} file, YAML for {@code .yaml}/{@code .yml}, else JSON if the text starts with '{'. */
  static RecipeFormat of(String fileName, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    return text.stripLeading().startsWith("{") ? JSON : YAML;
  }

  /** Returns JSON for a {@code .json} file name, YAML otherwise. */
  static RecipeFormat forWriting(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }

  /** Returns a parsed tree as plain values; see {@link PlainValues#of}. */
  static Object plain(JsonNode node) {
    return PlainValues.of(node);
  }
}
