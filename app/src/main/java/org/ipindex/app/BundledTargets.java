package org.ipindex.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ipindex.core.target.Target;
import org.ipindex.io.ObservedValue;
import org.ipindex.io.TargetsReader;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.Measure;
import org.ipindex.store.ObservationInput;
import org.ipindex.store.RevisePolicy;
import org.ipindex.store.Store;
import org.ipindex.store.TargetSet;
import org.ipindex.store.WriteSummary;

/**
 * The bundled target sets ({@code targets/expected_indicators_2025.csv}, {@code targets/annual_2024.csv}),
 * saved into a store that has no target set yet, each with its file, the file's SHA-256 and its
 * documents, like the bundled statistics ({@link org.ipindex.store.BundledData}).
 */
public final class BundledTargets {
  /** Who the bundled sets are recorded as. */
  public static final String WHO = "ipindex (bundled targets)";

  private static final Map<String, String> DESCRIPTIONS = Map.of(
      "expected_2025", "the 8 expected indicators (预期性指标) to 2025 of the Outline and the 14th Five-Year Plan, 2020 baselines",
      "annual_2024", "the 2024 annual targets of CNIPA's work guide (推动知识产权高质量发展年度工作指引（2024）)");

  private BundledTargets() {}

  /** Saves the bundled sets if the store has no target set; returns what was saved (empty if nothing). */
  public static List<TargetSet> saveIfNone(Store store) {
    if (!store.targets().sets().isEmpty()) {
      return List.of();
    }
    List<TargetSet> out = new ArrayList<>();
    for (String path : Bundled.TARGET_FILES) {
      byte[] bytes;
      try (InputStream in = Bundled.open(path)) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, List<Target>> bySet = new LinkedHashMap<>();
      try {
        for (Target t : TargetsReader.targets(path, new ByteArrayInputStream(bytes))) {
          bySet.computeIfAbsent(t.set(), s -> new ArrayList<>()).add(t);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String sha = sha256(bytes);
      bySet.forEach((set, targets) -> {
        String documents = String.join("; ", new java.util.LinkedHashSet<>(targets.stream().map(Target::source).toList()));
        out.add(store.targets().save(set, DESCRIPTIONS.get(set), targets, new BatchInfo(WHO, path, sha, documents), false));
      });
    }
    return out;
  }

  /**
   * Stores the bundled observed values of the targets' indicators ({@code targets/observed.csv}: the
   * expected indicators 2020–2023 of the development report, the 2024 values of CNIPA's annual report)
   * as one batch of national values, unless a batch of that file is stored; the indicators become
   * measures of the catalogue, named and measured as their targets. Returns what was written, if anything.
   */
  public static Optional<WriteSummary> storeObservedIfNone(Store store) {
    if (store.batches().list().stream().anyMatch(b -> Bundled.OBSERVED_FILE.equals(b.info().fileName()))) {
      return Optional.empty();
    }
    byte[] bytes;
    List<ObservedValue> values;
    try (InputStream in = Bundled.open(Bundled.OBSERVED_FILE)) {
      bytes = in.readAllBytes();
      values = TargetsReader.observedValues(Bundled.OBSERVED_FILE, new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Target> definitions = new LinkedHashMap<>();
    store.targets().sets().forEach(set -> store.targets().load(set.name()).forEach(t -> definitions.putIfAbsent(t.indicatorCode(), t)));
    List<ObservationInput> rows = new ArrayList<>();
    for (ObservedValue v : values) {
      Target t = definitions.get(v.indicator());
      if (t == null) {
        throw new IllegalStateException("bundled " + Bundled.OBSERVED_FILE + ": no target defines '" + v.indicator() + "'");
      }
      if (store.catalogue().measure(t.indicatorCode()).isEmpty()) {
        store.catalogue().addMeasure(new Measure(t.indicatorCode(), t.nameZh(), t.nameEn(), t.unitZh(), kind(t.unitZh()),
            "国家知识产权局等 (CNIPA et al.), as printed in the development report", "indicator of a plan target (" + t.set() + ")"));
      }
      rows.add(new ObservationInput(t.indicatorCode(), "CN", v.year(), v.value(), t.unitZh(), v.source()));
    }
    String documents = String.join("; ", new java.util.LinkedHashSet<>(values.stream().map(ObservedValue::source).toList()));
    return Optional.of(store.observations().write(new BatchInfo(WHO, Bundled.OBSERVED_FILE, sha256(bytes), documents), rows,
        RevisePolicy.REFUSE));
  }

  /** A target indicator is a rate, share, duration or score unless counted in things or money during the year. */
  private static Measure.Kind kind(String unit) {
    return switch (unit) {
      case "亿元", "万件", "件" -> Measure.Kind.FLOW;
      case "个", "家" -> Measure.Kind.STOCK;
      default -> Measure.Kind.RATIO;
    };
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
