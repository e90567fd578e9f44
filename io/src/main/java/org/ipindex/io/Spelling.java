package org.ipindex.io;

import java.util.Collection;
import java.util.Locale;
import org.ipindex.io.ingest.Spellings;

/** Suggests the nearest allowed word for a misspelt key. */
final class Spelling {
  private Spelling() {}

  /** Returns {@code " (did you mean 'steps'?)"} for a word within two edits of an allowed one, else "". */
  static String suggest(String word, Collection<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : allowed) {
      int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '%s'?)".formatted(best);
  }

  /** Returns the optimal-string-alignment distance (see {@link Spellings#distance}). */
  static int distance(String a, String b) {
    return Spellings.distance(a, b);
  }
}
