package org.ipindex.core.model;

/** Whether an indicator measures absolute size ({@link #SCALE}) or a ratio or share ({@link #INTENSITY}). */
public enum Kind {
  SCALE,
  INTENSITY
}
