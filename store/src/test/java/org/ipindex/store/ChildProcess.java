package org.ipindex.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second JVM running {@link StoreChild} on the test class path, so that tests can kill a process
 * in the middle of a write, or hold the embedded database while the test opens it.
 */
public final class ChildProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final Path tmp;

  private ChildProcess(Process process, Path tmp) {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.tmp = tmp;
  }

  /** Starts {@link StoreChild} with these arguments. */
  public static ChildProcess start(String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // DuckDB unpacks its 60 MB native library into java.io.tmpdir and a killed process cannot remove
    // it: give the child a temporary directory of its own, removed when the child is gone.
    Path tmp = Files.createTempDirectory("ipindex-child");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Djava.io.tmpdir=" + tmp, "-cp", cp,
        StoreChild.class.getName()));
    command.addAll(List.of(args));
    return new ChildProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start(), tmp);
  }

  /** Waits until the child prints {@code line} (and returns what it printed before), or fails after the timeout. */
  public List<String> awaitLine(String line, long seconds) throws Exception {
    CompletableFuture<List<String>> seen = CompletableFuture.supplyAsync(() -> {
      List<String> lines = new ArrayList<>();
      try {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          if (l.equals(line)) {
            return lines;
          }
          lines.add(l);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      throw new IllegalStateException("the child process ended without printing " + line + "; it printed " + lines);
    });
    return seen.get(seconds, TimeUnit.SECONDS);
  }

  public long pid() {
    return process.pid();
  }

  /** Kills the child as {@code kill -9} does and waits for it to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
