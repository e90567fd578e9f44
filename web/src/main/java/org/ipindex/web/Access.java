package org.ipindex.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The users who may write and their tokens. Tokens are kept only as SHA-256 digests and compared
 * in constant time; a request names its token in {@code Authorization: Bearer TOKEN}.
 */
public final class Access {
  /** The shortest token accepted. */
  public static final int MIN_TOKEN_LENGTH = 24;

  private final List<Entry> entries;

  private record Entry(User user, byte[] digest) {}

  private Access(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Returns access without any user: everything is read-only. */
  public static Access none() {
    return new Access(List.of());
  }

  /** Returns access with one more user, whose token is given as its SHA-256 digest (hex). */
  public Access withDigest(User user, String sha256Hex) {
    byte[] digest = HexFormat.of().parseHex(sha256Hex.strip().toLowerCase(java.util.Locale.ROOT));
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 64 hex digits");
    }
    if (entries.stream().anyMatch(e -> e.user().name().equals(user.name()))) {
      throw new IllegalArgumentException("user '" + user.name() + "' is given twice");
    }
    List<Entry> more = new java.util.ArrayList<>(entries);
    more.add(new Entry(user, digest));
    return new Access(more);
  }

  /** Returns access with one more user and their token. */
  public Access withToken(User user, String token) {
    if (token.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("a token needs at least " + MIN_TOKEN_LENGTH + " characters");
    }
    return withDigest(user, sha256(token));
  }

  /** Returns the user whose token this is, if any. Every user's digest is compared, in constant time. */
  public Optional<User> user(String token) {
    byte[] digest = HexFormat.of().parseHex(sha256(token));
    User found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.digest(), digest)) {
        found = e.user();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Returns the users, in the order configured. */
  public List<User> users() {
    return entries.stream().map(Entry::user).toList();
  }

  /** Returns the SHA-256 of a token, in hex (what the configuration may hold instead of the token). */
  public static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
