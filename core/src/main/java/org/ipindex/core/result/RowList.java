package org.ipindex.core.result;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The rows of {@link Results#rows()}: an unmodifiable random-access list held in chunks.
 *
 * <p>County-scale results have millions of rows. One array of them all (as in an {@code ArrayList})
 * is a "humongous" object to the G1 collector, allocated straight into the old generation; until
 * the next marking cycle everything it refers to counts as alive, so every row was copied by the next
 * young collection even after the list had been dropped (measured: most of the time of a 2,844-unit
 * evaluation went to such copying). Chunks are ordinary objects, made one at a time as rows come,
 * and linked through {@link Chain} rather than stored into one spine array made beforehand: an
 * object that has survived a collection and is then made to refer to newer ones keeps those alive at
 * the next young collection, reachable or not.
 */
final class RowList extends AbstractList<ResultRow> implements RandomAccess {
  /** Rows per chunk: 64 KB of references, far below G1's smallest humongous size (512 KB). */
  static final int CHUNK = 1 << 14;
  private static final int SHIFT = 14;

  private final ResultRow[][] chunks;
  private final int size;

  /**
   * The chunks made so far, newest first; each link refers only to older ones.
   *
   * @param chunk the newest chunk
   * @param previous the older chunks, or null
   */
  record Chain(ResultRow[] chunk, Chain previous) {
    /** Returns the chain with a new, empty chunk for the next rows ({@code remaining} or fewer). */
    static Chain next(Chain previous, int remaining) {
      return new Chain(new ResultRow[Math.min(CHUNK, remaining)], previous);
    }
  }

  /** Returns the list of the {@code size} rows in the chunks of {@code newest}, oldest chunk first. */
  static RowList of(Chain newest, int size) {
    ResultRow[][] chunks = new ResultRow[(size + CHUNK - 1) >>> SHIFT][];
    Chain c = newest;
    for (int i = chunks.length - 1; i >= 0; i--) {
      chunks[i] = c.chunk();
      c = c.previous();
    }
    return new RowList(chunks, size);
  }

  private RowList(ResultRow[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  @Override
  public ResultRow get(int index) {
    Objects.checkIndex(index, size);
    return chunks[index >>> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}
