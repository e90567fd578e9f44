package org.ipindex.io.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A streaming CSV reader (RFC 4180: comma, double quotes, {@code ""} inside quotes, CR, LF or CRLF)
 * built for large files: fields are read into one reused buffer and handed out as reused
 * {@link CharSequence} views, or as strings that are the same instance as the previous record's
 * when a column repeats its text ({@link #cached(int)}). A byte-order mark is skipped. Not
 * thread-safe.
 */
public final class CsvReader implements Closeable {
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private boolean started;
  private int line = 1;
  private int recordLine;
  private char[] record = new char[256];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  private Field[] views = new Field[0];
  private String[] previous = new String[0];

  /** Reads from a character stream (closed by {@link #close()}). */
  public CsvReader(Reader in) {
    this.in = in;
  }

  /**
   * Reads UTF-8 bytes strictly: text in another encoding (GBK) fails with a
   * {@link java.nio.charset.CharacterCodingException} on the first byte sequence that is not UTF-8.
   */
  public static CsvReader utf8(InputStream in) {
    return new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** Thrown for a quote that is opened but never closed. */
  public static final class MalformedCsvException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedCsvException(int line) {
      super("a quoted field that starts on line %d is never closed".formatted(line));
      this.line = line;
    }

    /** Returns the line where the unclosed quoted field starts. */
    public int line() {
      return line;
    }
  }

  /**
   * Reads the next record; returns false at the end of the input.
   *
   * @throws MalformedCsvException for a quote never closed
   * @throws IOException for a read error or bytes that are not UTF-8 ({@link #utf8})
   */
  public boolean next() throws IOException {
    if (!fill()) {
      return false;
    }
    recordLine = line;
    count = 0;
    int length = 0;
    while (true) {
      int fieldStart = length;
      boolean quoted = false;
      if (buffer[position] == '"') {
        quoted = true;
        position++;
        int quoteLine = line;
        while (true) {
          if (!fill()) {
            throw new MalformedCsvException(quoteLine);
          }
          char c = buffer[position++];
          if (c == '"') {
            if (!fill() || buffer[position] != '"') {
              break;
            }
            position++;
          } else if (c == '\n') {
            line++;
          }
          if (length == record.length) {
            record = Arrays.copyOf(record, length * 2);
          }
          record[length++] = c;
        }
      }
      char end = 0;
      while (fill()) {
        char c = buffer[position++];
        if (c == ',' || c == '\n' || c == '\r') {
          end = c;
          break;
        }
        if (length == record.length) {
          record = Arrays.copyOf(record, length * 2);
        }
        record[length++] = c;
      }
      addField(fieldStart, length, quoted);
      if (end == ',') {
        if (!fill()) {
          addField(length, length, false);
          return true;
        }
        continue;
      }
      if (end == '\r' && fill() && buffer[position] == '\n') {
        position++;
      }
      if (end != 0) {
        line++;
      }
      return true;
    }
  }

  private void addField(int start, int end, boolean quoted) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    int s = start;
    int e = end;
    if (!quoted) {
      while (s < e && record[s] == ' ') {
        s++;
      }
      while (e > s && record[e - 1] == ' ') {
        e--;
      }
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      if (buffer[0] == '\uFEFF') {
        position = 1;
        return fill();
      }
    }
    return true;
  }

  /** Returns the number of fields of the current record. */
  public int size() {
    return count;
  }

  /** Returns the line on which the current record starts (the first line is 1), as a spreadsheet numbers rows. */
  public int line() {
    return recordLine;
  }

  /** Returns whether every field of the current record is blank. */
  public boolean blank() {
    for (int i = 0; i < count; i++) {
      if (ends[i] > starts[i]) {
        for (int k = starts[i]; k < ends[i]; k++) {
          if (!Character.isWhitespace(record[k])) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Returns field {@code i} as a new string; "" past the last field. Unquoted fields are trimmed of spaces. */
  public String text(int i) {
    return i < 0 || i >= count ? "" : new String(record, starts[i], ends[i] - starts[i]);
  }

  /**
   * Returns field {@code i} as a string that is the very instance returned for the previous record
   * when the text is the same (files repeat regions and measures down a column).
   */
  public String cached(int i) {
    if (i < 0 || i >= count) {
      return "";
    }
    if (i >= previous.length) {
      previous = Arrays.copyOf(previous, Math.max(count, i + 1));
    }
    String before = previous[i];
    int s = starts[i];
    int n = ends[i] - s;
    if (before != null && before.length() == n) {
      boolean same = true;
      for (int k = 0; k < n; k++) {
        if (before.charAt(k) != record[s + k]) {
          same = false;
          break;
        }
      }
      if (same) {
        return before;
      }
    }
    String now = new String(record, s, n);
    previous[i] = now;
    return now;
  }

  /** Returns a view of field {@code i}, valid until the next call of {@link #next()}; "" past the last field. */
  public CharSequence chars(int i) {
    if (i < 0 || i >= count) {
      return "";
    }
    if (i >= views.length) {
      int old = views.length;
      views = Arrays.copyOf(views, Math.max(count, i + 1));
      for (int k = old; k < views.length; k++) {
        views[k] = new Field();
      }
    }
    Field f = views[i];
    f.start = starts[i];
    f.end = ends[i];
    return f;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A reused view of one field of the record buffer. */
  private final class Field implements CharSequence {
    int start;
    int end;

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int index) {
      return record[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new String(record, start + from, to - from);
    }

    @Override
    public String toString() {
      return new String(record, start, end - start);
    }
  }
}
