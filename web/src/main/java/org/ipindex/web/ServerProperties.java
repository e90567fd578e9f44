package org.ipindex.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipindex.core.model.DataException;
import org.ipindex.core.model.Problem;
import org.ipindex.core.model.ProblemCode;

/**
 * Reads the server's configuration file ({@code <home>/server.properties}, or {@code --config FILE}):
 *
 * <pre>
 * # who may write; reading needs no token
 * user.alice = admin, 3b7f0c…             # role, then the token (at least 24 characters)
 * user.bob   = analyst, sha256:9f86d0…    # or the token's SHA-256 instead of the token
 * max-request-size = 20MB                 # the largest request body (an import file): B, KB, MB
 * </pre>
 *
 * Every problem of the file is collected before failing, each with its line and a fix.
 */
public final class ServerProperties {
  /** The file's name in the data directory. */
  public static final String FILE_NAME = "server.properties";

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private ServerProperties() {}

  /**
   * Applies the file to {@code settings}: its users and request limit.
   *
   * @throws DataException for every problem of the file (line, what, fix), or when it does not exist
   * @throws IOException when it cannot be read for another reason
   */
  public static WebSettings read(Path file, WebSettings settings) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw DataException.of(ProblemCode.BAD_FILE, file.toString(),
          "server configuration not found; create it (see `ipindex serve --help`) or leave --config out to serve read-only");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    Access access = settings.access();
    long limit = settings.maxRequestBytes();
    for (int i = 0; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      String where = "%s, line %d".formatted(file.getFileName(), i + 1);
      int eq = line.indexOf('=');
      if (eq < 0) {
        problems.add(new Problem(ProblemCode.BAD_VALUE, where, "'%s' is not a setting; write KEY = VALUE".formatted(line)));
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      try {
        if (key.startsWith("user.")) {
          access = user(access, key.substring(5), value);
        } else if (key.equals("max-request-size")) {
          limit = size(value);
        } else {
          problems.add(new Problem(ProblemCode.UNKNOWN_COLUMN, where,
              "unknown setting '%s'; the settings are user.NAME and max-request-size".formatted(key)));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(ProblemCode.BAD_VALUE, where + ", " + key, e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    return settings.withAccess(access).withMaxRequestBytes(limit);
  }

  /** Returns the data directory's configuration file, if it exists. */
  public static Optional<Path> inHome(Path home) {
    Path file = home.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private static String strip(String line) {
    int hash = line.indexOf(" #");
    String s = line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
    return s.strip();
  }

  private static Access user(Access access, String name, String value) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "user name '%s': use letters, digits, '.', '_', '@' and '-' (up to 64), e.g. user.alice".formatted(name));
    }
    int comma = value.indexOf(',');
    if (comma < 0) {
      throw new IllegalArgumentException("write ROLE, TOKEN (e.g. analyst, followed by a token of at least %d characters)"
          .formatted(Access.MIN_TOKEN_LENGTH));
    }
    String roleText = value.substring(0, comma).strip();
    Role role = Role.of(roleText).orElseThrow(() -> new IllegalArgumentException(
        "unknown role '%s'; use viewer, analyst or admin".formatted(roleText)));
    String token = value.substring(comma + 1).strip();
    User user = new User(name, role);
    if (token.toLowerCase(Locale.ROOT).startsWith("sha256:")) {
      String hex = token.substring(7).strip();
      if (!hex.matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException("sha256: needs the 64 hex digits of the token's SHA-256 (sha256sum prints them)");
      }
      return access.withDigest(user, hex);
    }
    if (token.length() < Access.MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(("the token has %d characters; use at least %d (e.g. the output of "
          + "`openssl rand -hex 24`)").formatted(token.length(), Access.MIN_TOKEN_LENGTH));
    }
    return access.withToken(user, token);
  }

  private static long size(String value) {
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("'%s' is not a size; write e.g. 20MB, 512KB or 1048576".formatted(value));
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    long bytes = switch (unit) {
      case "KB" -> n * 1024;
      case "MB" -> n * 1024 * 1024;
      default -> n;
    };
    if (bytes < 1024 || bytes > 1024L * 1024 * 1024) {
      throw new IllegalArgumentException("'%s' is outside 1KB–1024MB".formatted(value));
    }
    return bytes;
  }
}
