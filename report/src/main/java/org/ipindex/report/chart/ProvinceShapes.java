package org.ipindex.report.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ipindex.app.Bundled;

/**
 * The outlines of China's provinces, decoded once from the bundled ECharts map
 * ({@code data/geo/china.echarts-4.9.0.json}, Apache-2.0; see {@code data/geo/README.md}).
 *
 * <p>ECharts' compressed format stores each ring as a string of character pairs: each character minus
 * 64, zigzag-decoded, is the change in x or y from the point before, starting at the ring's
 * {@code encodeOffsets}; coordinates are in 1/1024 degree ({@code UTF8Scale}, default 1024).
 */
final class ProvinceShapes {
  /** The file in the jar. */
  static final String FILE = "data/geo/china.echarts-4.9.0.json";
  private static volatile List<Shape> cache;

  private ProvinceShapes() {}

  /**
   * One region of the map.
   *
   * @param code the two-digit GB/T 2260 code ({@code "44"}; 71 Taiwan, 81 Hong Kong, 82 Macao)
   * @param name the short Chinese name
   * @param rings the outer and inner rings, each as [lon0, lat0, lon1, lat1, …]
   * @param centre where the name goes, [lon, lat]
   */
  record Shape(String code, String name, List<double[]> rings, double[] centre) {}

  /** Returns the regions of the map, in the file's order. */
  static List<Shape> all() {
    List<Shape> c = cache;
    if (c == null) {
      try (InputStream in = Bundled.open(FILE)) {
        c = decode(new ObjectMapper().readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("reading the bundled map " + FILE, e);
      }
      cache = c;
    }
    return c;
  }

  static List<Shape> decode(JsonNode json) {
    double scale = json.has("UTF8Scale") ? json.get("UTF8Scale").asDouble() : 1024;
    boolean encoded = json.path("UTF8Encoding").asBoolean(false);
    List<Shape> out = new ArrayList<>();
    for (JsonNode f : json.get("features")) {
      JsonNode g = f.get("geometry");
      List<double[]> rings = new ArrayList<>();
      boolean multi = g.get("type").asText().equals("MultiPolygon");
      JsonNode polygons = g.get("coordinates");
      for (int p = 0; p < (multi ? polygons.size() : 1); p++) {
        JsonNode poly = multi ? polygons.get(p) : polygons;
        JsonNode offsets = multi ? g.get("encodeOffsets").get(p) : g.get("encodeOffsets");
        for (int r = 0; r < poly.size(); r++) {
          rings.add(encoded ? ring(poly.get(r).asText(), offsets.get(r), scale) : plain(poly.get(r)));
        }
      }
      String id = f.path("properties").path("id").asText(f.path("id").asText());
      JsonNode cp = f.path("properties").path("cp");
      double[] centre = cp.isArray() ? new double[] {cp.get(0).asDouble(), cp.get(1).asDouble()} : null;
      out.add(new Shape(id.substring(0, 2), f.path("properties").path("name").asText(), List.copyOf(rings), centre));
    }
    return List.copyOf(out);
  }

  /** Decodes one ring: delta and zigzag coded character pairs from the offset. */
  static double[] ring(String s, JsonNode offset, double scale) {
    double[] out = new double[s.length() / 2 * 2];
    int x = offset.get(0).asInt();
    int y = offset.get(1).asInt();
    for (int i = 0; i + 1 < s.length(); i += 2) {
      int dx = s.charAt(i) - 64;
      int dy = s.charAt(i + 1) - 64;
      x += (dx >> 1) ^ -(dx & 1);
      y += (dy >> 1) ^ -(dy & 1);
      out[i] = x / scale;
      out[i + 1] = y / scale;
    }
    return out;
  }

  private static double[] plain(JsonNode ring) {
    double[] out = new double[ring.size() * 2];
    for (int i = 0; i < ring.size(); i++) {
      out[2 * i] = ring.get(i).get(0).asDouble();
      out[2 * i + 1] = ring.get(i).get(1).asDouble();
    }
    return out;
  }
}
