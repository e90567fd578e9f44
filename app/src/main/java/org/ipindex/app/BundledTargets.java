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
import org.ipindex.core.target.Target;
import org.ipindex.io.TargetsReader;
import org.ipindex.store.BatchInfo;
import org.ipindex.store.Store;
import org.ipindex.store.TargetSet;

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

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
