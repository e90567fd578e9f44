package org.ipindex.web;

import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host the address to listen on ({@code 0.0.0.0}: every interface; {@code 127.0.0.1}: this machine only)
 * @param port the port; 0 picks a free one ({@link WebServer#port()} says which)
 * @param access the users who may write
 * @param maxRequestBytes the largest request body accepted (an import file); larger ones get 413
 */
public record WebSettings(String host, int port, Access access, long maxRequestBytes) {
  /** The default request limit: 20 MB, room for a statistics workbook. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;

  public WebSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(access, "access");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("the request limit must be at least 1 KB, got " + maxRequestBytes + " bytes");
    }
  }

  /** Returns settings for this machine only, on {@code port}, read-only. */
  public static WebSettings local(int port) {
    return new WebSettings("127.0.0.1", port, Access.none(), DEFAULT_MAX_REQUEST_BYTES);
  }

  public WebSettings withAccess(Access newAccess) {
    return new WebSettings(host, port, newAccess, maxRequestBytes);
  }

  public WebSettings withMaxRequestBytes(long bytes) {
    return new WebSettings(host, port, access, bytes);
  }

  public WebSettings withHost(String newHost) {
    return new WebSettings(newHost, port, access, maxRequestBytes);
  }
}
