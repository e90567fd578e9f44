package org.ipindex.report.model;

import java.util.Arrays;
import java.util.Locale;

/** The language a report is written in: its sentences, headings and captions. */
public enum Lang {
  ZH("zh"),
  EN("en");

  private final String code;

  Lang(String code) {
    this.code = code;
  }

  /** Returns {@code zh} or {@code en}. */
  public String code() {
    return code;
  }

  /** Returns the Chinese text for {@link #ZH} and the English text for {@link #EN}. */
  public String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /**
   * Returns the language of a code ({@code zh}, {@code en}; case ignored).
   *
   * @throws IllegalArgumentException naming the codes there are
   */
  public static Lang of(String code) {
    for (Lang l : values()) {
      if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '%s'; use one of %s".formatted(code,
        Arrays.stream(values()).map(Lang::code).toList()));
  }
}
