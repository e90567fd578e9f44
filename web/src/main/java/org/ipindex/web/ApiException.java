package org.ipindex.web;

import java.util.List;

/**
 * A request the API answers with an error: an HTTP status, a stable code, a message and the
 * problems (where, what, fix). {@link Errors} writes it as the one JSON error shape.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<ApiProblem> problems;

  public ApiException(int status, String code, String message, List<ApiProblem> problems) {
    super(message);
    this.status = status;
    this.code = code;
    this.problems = List.copyOf(problems);
  }

  /** 400: a parameter is wrong. */
  public static ApiException badParameter(String parameter, String what, String fix) {
    return new ApiException(400, "bad_parameter", parameter + ": " + what, List.of(new ApiProblem(parameter, what, fix)));
  }

  /** 404: no such thing. */
  public static ApiException notFound(String where, String what, String fix) {
    return new ApiException(404, "not_found", what, List.of(new ApiProblem(where, what, fix)));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<ApiProblem> problems() {
    return problems;
  }
}
