package org.ipindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.ipindex.core.model.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ipindex} command. Exit codes: 0 success, 2 bad input (the message names the file, row,
 * column, value and a fix), 1 a bug in ipindex.
 */
@Command(name = "ipindex", mixinStandardHelpOptions = true, version = "ipindex 0.1.0",
    description = "知识产权发展监测评价 — evaluates the national and regional IP development indices.",
    subcommands = {RunCommand.class, EvaluateCommand.class, MethodsCommand.class, TargetsCommand.class,
        DataCommand.class, ImportCommand.class, ReleaseCommand.class, AnalyseCommand.class,
        ReportCommand.class, ServeCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int BUG = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  StoreOptions store = new StoreOptions();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // POI logs through log4j-api; the simple provider keeps it from printing a warning on first use.
    System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    System.exit(execute(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command with the given output streams and returns the exit code (used by tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(Main::exitCode);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("ipindex: " + ex.getMessage());
      ex.getCommandLine().usage(err);
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      int code = exitCode(ex);
      if (code == BAD_INPUT) {
        err.println("ipindex: " + userMessage(ex));
      } else {
        err.println("ipindex: internal error (a bug in ipindex; please report it with the command you ran):");
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int exitCode(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (t instanceof DataException || t instanceof NoSuchFileException || t instanceof IOException
        || t instanceof CommandLine.ParameterException) {
      return BAD_INPUT;
    }
    return BUG;
  }

  private static String userMessage(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (t instanceof NoSuchFileException n) {
      return "file not found: " + n.getFile();
    }
    if (t instanceof DataException) {
      return t.getMessage();
    }
    return "cannot read input: " + t.getMessage();
  }
}
