package org.ipindex.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The API's JSON: record components in snake_case ({@code nameZh} → {@code name_zh}), numbers as
 * exact as Java prints them (they parse back to the same double), a missing number (NaN) as
 * {@code null}, instants as ISO-8601 text ({@code 2025-03-01T08:00:00Z}).
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new SimpleModule("ipindex-numbers").addSerializer(Double.class, new Finite())
          .addSerializer(Double.TYPE, new Finite()).addSerializer(Instant.class, new ToStringSerializer(Instant.class)));

  private Json() {}

  /** Returns the JSON of a value, UTF-8. */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + value.getClass().getName(), e);
    }
  }

  /**
   * Reads a request body as a JSON object.
   *
   * @throws ApiException (400) when it is not one
   */
  static JsonNode object(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      if (n == null || !n.isObject()) {
        throw new ApiException(400, "bad_body", "the request body is not a JSON object",
            List.of(new ApiProblem("body", "not a JSON object", "send a JSON object, e.g. {\"name\": …}")));
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "bad_body", "the request body is not valid JSON",
          List.of(new ApiProblem("body", e.getOriginalMessage(), "send valid JSON with Content-Type: application/json")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes doubles; NaN and infinities (which JSON cannot hold) as null. */
  private static final class Finite extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    Finite() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator g, SerializerProvider provider) throws IOException {
      if (Double.isFinite(value)) {
        g.writeNumber(value);
      } else {
        g.writeNull();
      }
    }
  }
}
