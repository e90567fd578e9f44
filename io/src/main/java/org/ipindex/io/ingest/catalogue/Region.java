package org.ipindex.io.ingest.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A region statistics are given for.
 *
 * @param code the code: GB/T 2260 two digits for provinces ({@code 44}), six for cities
 *     ({@code 440300}), {@code 71 81 82} for 台湾 香港 澳门, {@code CN} for the nation, {@code XPCC},
 *     {@code FOREIGN}, {@code ALL}
 * @param type the kind of region
 * @param parent the parent's code, "" for none
 * @param inParentSum whether its values count toward the parent's total
 * @param nameZh short Chinese name (广东)
 * @param fullNameZh official Chinese name (广东省)
 * @param nameEn English name
 * @param aliases other spellings accepted in files
 */
public record Region(String code, RegionType type, String parent, InParentSum inParentSum, String nameZh,
    String fullNameZh, String nameEn, List<String> aliases) {
  public Region {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("region code must not be blank");
    }
    Objects.requireNonNull(type, "type");
    parent = parent == null ? "" : parent;
    Objects.requireNonNull(inParentSum, "inParentSum");
    nameZh = nameZh == null ? "" : nameZh;
    fullNameZh = fullNameZh == null ? "" : fullNameZh;
    nameEn = nameEn == null ? "" : nameEn;
    aliases = List.copyOf(aliases);
  }

  /** Returns a region with only a code, name and type (tests, quick catalogues). */
  public static Region of(String code, String nameZh, RegionType type, String parent, InParentSum inParentSum) {
    return new Region(code, type, parent, inParentSum, nameZh, "", "", List.of());
  }

  /** Returns e.g. {@code "广东 (44)"}, or the code alone. */
  public String label() {
    return nameZh.isEmpty() ? code : nameZh + " (" + code + ")";
  }

  /** Returns every spelling this region answers to: code, names and aliases (6-digit form of 2-digit codes). */
  public List<String> spellings() {
    List<String> out = new java.util.ArrayList<>(List.of(code));
    if (code.matches("\\d{2}")) {
      out.add(code + "0000");
    }
    for (String s : List.of(nameZh, fullNameZh, nameEn)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    out.addAll(aliases);
    return out;
  }
}
