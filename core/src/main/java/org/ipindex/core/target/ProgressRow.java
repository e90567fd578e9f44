package org.ipindex.core.target;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of a progress table: a target, the values observed up to the assessment year, the result
 * and the sentences a report prints for it.
 *
 * @param target the target
 * @param observed the indicator's observed values up to the assessment year (unmodifiable copy)
 * @param result the assessment
 * @param sentenceZh the Chinese sentence ({@link ProgressSentences#zh})
 * @param sentenceEn the English sentence ({@link ProgressSentences#en})
 */
public record ProgressRow(Target target, NavigableMap<Integer, Double> observed, ProgressResult result,
    String sentenceZh, String sentenceEn) {
  public ProgressRow {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(sentenceZh, "sentenceZh");
    Objects.requireNonNull(sentenceEn, "sentenceEn");
    observed = Collections.unmodifiableNavigableMap(new TreeMap<>(observed));
  }
}
