package org.ipindex.io.ingest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Folds the ways a name may be written, and suggests the nearest known name for a misspelt one. */
public final class Spellings {
  private Spellings() {}

  /**
   * Returns the lookup key of a name: NFKC-folded (full-width to ASCII), lower case, spaces collapsed,
   * one pair of surrounding brackets removed ({@code (深圳)} → {@code 深圳}).
   */
  public static String key(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Returns {@code " (did you mean 'x'?)"} for the nearest candidate within two edits (one for short words), else "". */
  public static String suggest(String word, Collection<String> candidates) {
    String w = key(word);
    String best = null;
    int bestDistance = w.codePointCount(0, w.length()) <= 3 ? 2 : 3;
    for (String c : candidates) {
      int d = distance(w, key(c));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '%s'?)".formatted(best);
  }

  /**
   * Returns the optimal-string-alignment distance: insertions, deletions, substitutions, swaps; any
   * distance above 3 may be returned as {@link Integer#MAX_VALUE} (lengths more than 3 apart).
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
