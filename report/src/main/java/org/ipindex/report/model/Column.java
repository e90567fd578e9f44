package org.ipindex.report.model;

import java.util.Objects;

/**
 * A table column, labelled in Chinese first, then English (the house style for every table), and
 * optionally under a group heading shared with its neighbours (a pillar over its score, rank and
 * change).
 *
 * @param zh the Chinese label
 * @param en the English label
 * @param groupZh the Chinese group heading, or "" for none
 * @param groupEn the English group heading, or ""
 */
public record Column(String zh, String en, String groupZh, String groupEn) {
  public Column {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    groupZh = groupZh == null ? "" : groupZh;
    groupEn = groupEn == null ? "" : groupEn;
  }

  /** Returns a column without a group. */
  public Column(String zh, String en) {
    this(zh, en, "", "");
  }

  /** Returns whether the column is under a group heading. */
  public boolean grouped() {
    return !groupZh.isEmpty() || !groupEn.isEmpty();
  }

  /** Returns whether two columns share a group heading. */
  public boolean sameGroup(Column other) {
    return grouped() && groupZh.equals(other.groupZh) && groupEn.equals(other.groupEn);
  }

  /** Returns "中文 English" on one line (a spreadsheet header), the group first if any. */
  public String label() {
    return grouped() ? groupLabel() + " · " + ownLabel() : ownLabel();
  }

  /** Returns the column's own label on one line, without its group. */
  public String ownLabel() {
    return join(zh, en);
  }

  /** Returns the group heading on one line. */
  public String groupLabel() {
    return join(groupZh, groupEn);
  }

  private static String join(String zh, String en) {
    return zh.equals(en) || en.isEmpty() ? zh : zh.isEmpty() ? en : zh + " " + en;
  }
}
