package org.ipindex.core.model;

/** Whether a larger value of an indicator is better ({@link #POSITIVE}) or worse ({@link #NEGATIVE}). */
public enum Direction {
  POSITIVE(1),
  NEGATIVE(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** Returns +1 or −1. */
  public int sign() {
    return sign;
  }

  /**
   * Returns the direction for +1 or −1.
   *
   * @throws IllegalArgumentException for any other number
   */
  public static Direction of(int sign) {
    return switch (sign) {
      case 1 -> POSITIVE;
      case -1 -> NEGATIVE;
      default -> throw new IllegalArgumentException("direction must be 1 or -1, got " + sign);
    };
  }
}
