package org.ipindex.core.impute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ipindex.core.build.Params;
import org.ipindex.core.model.Flag;
import org.junit.jupiter.api.Test;

/** Properties every imputer keeps, on seeded random panels with gaps. */
class ImputationPropertiesTest {
  private static final List<Imputer> ALL = List.of(
      new NoImputation(), new CarryForward(0), new CarryForward(1), new CarryForward(2),
      new LinearInterpolation(false), new LinearInterpolation(true), new CrossSectionMean(),
      new CrossSectionMedian(), new GroupMean("area"), new GroupMedian("area"));

  @Test
  void covers_every_method_of_the_catalogue() {
    assertThat(ALL.stream().map(Imputer::name).distinct().sorted().toList()).isEqualTo(Imputers.names());
  }

  @Test
  void never_change_present_values_and_flag_exactly_the_filled_ones() {
    Random random = new Random(20240611L);
    for (int trial = 0; trial < 200; trial++) {
      SeriesInput in = randomSeries(random);
      double[][] before = copy(in.values());
      for (Imputer imputer : ALL) {
        Imputation r = imputer.apply(in);
        Grids.assertSameValues(in.values(), before);
        for (int y = 0; y < before.length; y++) {
          for (int u = 0; u < before[y].length; u++) {
            double was = before[y][u];
            double is = r.values()[y][u];
            Flag f = r.flags()[y][u];
            String at = "%s, trial %d, year %d, unit %d".formatted(imputer, trial, y, u);
            if (!Double.isNaN(was)) {
              assertThat(is).as(at).isEqualTo(was);
              assertThat(f).as(at).isNull();
            } else {
              assertThat(f == null).as(at).isEqualTo(Double.isNaN(is));
            }
          }
        }
      }
    }
  }

  @Test
  void fill_a_value_for_every_gap_that_has_a_source() {
    Random random = new Random(7L);
    for (int trial = 0; trial < 100; trial++) {
      SeriesInput in = randomSeries(random);
      Imputation r = Imputers.create("linear", new Params("", Map.of("extrapolate", true))).apply(in);
      for (int u = 0; u < in.units().size(); u++) {
        boolean any = false;
        for (double[] year : in.values()) {
          any |= !Double.isNaN(year[u]);
        }
        for (double[] year : r.values()) {
          assertThat(Double.isNaN(year[u])).isEqualTo(!any);
        }
      }
    }
  }

  private static SeriesInput randomSeries(Random random) {
    int yearCount = 1 + random.nextInt(6);
    int units = 1 + random.nextInt(8);
    int[] years = new int[yearCount];
    years[0] = 2015 + random.nextInt(3);
    for (int y = 1; y < yearCount; y++) {
      years[y] = years[y - 1] + 1 + (random.nextInt(4) == 0 ? 1 : 0);
    }
    double missing = random.nextDouble() * 0.8;
    double[][] values = new double[yearCount][units];
    for (int y = 0; y < yearCount; y++) {
      for (int u = 0; u < units; u++) {
        values[y][u] = random.nextDouble() < missing ? Double.NaN : Math.round(random.nextGaussian() * 1000) / 10.0;
      }
    }
    List<String> codes = new ArrayList<>();
    List<String> area = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      codes.add("U" + u);
      int g = random.nextInt(4);
      area.add(g == 3 ? null : "g" + g);
    }
    return new SeriesInput("x", years, values, codes, Map.of("area", area));
  }

  private static double[][] copy(double[][] v) {
    double[][] c = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      c[i] = v[i].clone();
    }
    return c;
  }
}
