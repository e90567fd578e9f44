package org.ipindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ipindex.app.analysis.RunProgress;

/**
 * A one-line progress bar on the terminal's standard error:
 * {@code uncertainty [██████░░░░]  4213/10000 runs  42 %  1.2 s  ETA 1.6 s}.
 * Redrawn at most every 100 ms (and at the end); safe to call from many threads.
 */
final class ProgressBar implements RunProgress {
  private static final int WIDTH = 30;
  private static final long EVERY = 100_000_000L;
  private final PrintWriter err;
  private final String label;
  private final long start = System.nanoTime();
  private long drawn = start - EVERY;
  private boolean shown;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - drawn < EVERY) {
      return;
    }
    drawn = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double seconds = (now - start) / 1e9;
    String eta = done == 0 || done == total ? "" : String.format(Locale.ROOT, "  ETA %.1f s",
        seconds * (total - done) / done);
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d runs  %3d %%  %.1f s%s   ", label, "█".repeat(filled),
        "░".repeat(WIDTH - filled), done, total, total == 0 ? 100 : (int) (100L * done / total), seconds, eta));
    if (done == total) {
      err.println();
    }
    err.flush();
    shown = true;
  }

  /** Ends the line of a bar cut short (on interruption), so the next message starts on its own line. */
  synchronized void end() {
    if (shown) {
      err.println();
      err.flush();
      shown = false;
    }
  }

  /**
   * Returns whether to show a bar: as asked ({@code --progress} / {@code --no-progress}), else when
   * standard error is a terminal.
   */
  static boolean wanted(Boolean asked) {
    if (asked != null) {
      return asked;
    }
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
