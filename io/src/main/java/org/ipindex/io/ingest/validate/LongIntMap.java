package org.ipindex.io.ingest.validate;

/**
 * An open-addressing map from long keys to int values ≥ 0, for the hot paths of validation. Keys
 * and values sit side by side in one array, so a lookup touches one cache line. Load ≤ 1/2, linear
 * probing.
 */
final class LongIntMap {
  private static final long EMPTY = -1L;
  private long[] slots;
  private int size;
  private int mask;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity * 2];
    java.util.Arrays.fill(slots, EMPTY);
    mask = capacity - 1;
  }

  /** Returns the value of a key, or −1. */
  int get(long key) {
    int i = slot(key);
    while (true) {
      long v = slots[2 * i + 1];
      if (v == EMPTY) {
        return -1;
      }
      if (slots[2 * i] == key) {
        return (int) v;
      }
      i = (i + 1) & mask;
    }
  }

  /** Stores the value (≥ 0) unless the key is present; returns the earlier value or −1. */
  int putIfAbsent(long key, int value) {
    int i = slot(key);
    while (true) {
      long v = slots[2 * i + 1];
      if (v == EMPTY) {
        break;
      }
      if (slots[2 * i] == key) {
        return (int) v;
      }
      i = (i + 1) & mask;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
    if (++size * 2 > mask + 1) {
      grow();
    }
    return -1;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    java.util.Arrays.fill(slots, EMPTY);
    mask = (slots.length / 2) - 1;
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != EMPTY) {
        putIfAbsent(old[i], (int) old[i + 1]);
      }
    }
  }
}
