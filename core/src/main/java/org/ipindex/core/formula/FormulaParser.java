package org.ipindex.core.formula;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.ipindex.core.formula.Expr.Binary;
import org.ipindex.core.formula.Expr.Call;
import org.ipindex.core.formula.Expr.Constant;
import org.ipindex.core.formula.Expr.Function;
import org.ipindex.core.formula.Expr.Negate;
import org.ipindex.core.formula.Expr.Operator;
import org.ipindex.core.formula.Expr.Reference;

/**
 * Recursive-descent parser of the formula grammar:
 *
 * <pre>
 * expr     = term { ("+" | "-") term }
 * term     = unary { ("*" | "/" | "×" | "÷") unary }
 * unary    = "-" unary | primary
 * primary  = number | function "(" expr { "," expr } ")" | reference | "(" expr ")"
 * reference = name [ "[" name "]" ] [ "@" code ]
 * name     = letter or "_", then letters, digits, "_"
 * number   = digits [ "." digits ] [ ("e" | "E") [ "+" | "-" ] digits ]
 * </pre>
 */
final class FormulaParser {
  private final String text;
  private int at;

  private FormulaParser(String text) {
    this.text = text;
  }

  static Expr parse(String text) {
    FormulaParser p = new FormulaParser(text);
    p.skipSpace();
    if (p.at == text.length()) {
      throw p.fail(0, "the formula is empty; write an expression such as valid_patents[invention] / population_year_end");
    }
    Expr e = p.expr();
    p.skipSpace();
    if (p.at < text.length()) {
      char c = text.charAt(p.at);
      throw p.fail(p.at, c == ')' ? "')' without a matching '('"
          : "expected an operator (+ - * /) but found '%s'".formatted(p.tokenAt(p.at)));
    }
    return e;
  }

  private Expr expr() {
    Expr left = term();
    while (true) {
      skipSpace();
      if (peek('+')) {
        at++;
        left = new Binary(Operator.ADD, left, term());
      } else if (peek('-')) {
        at++;
        left = new Binary(Operator.SUBTRACT, left, term());
      } else {
        return left;
      }
    }
  }

  private Expr term() {
    Expr left = unary();
    while (true) {
      skipSpace();
      if (peek('*') || peek('×')) {
        at++;
        left = new Binary(Operator.MULTIPLY, left, unary());
      } else if (peek('/') || peek('÷')) {
        at++;
        left = new Binary(Operator.DIVIDE, left, unary());
      } else {
        return left;
      }
    }
  }

  private Expr unary() {
    skipSpace();
    if (peek('-')) {
      at++;
      return new Negate(unary());
    }
    return primary();
  }

  private Expr primary() {
    skipSpace();
    if (at == text.length()) {
      throw fail(at, "expected a number, a measure or '(' but the formula ends");
    }
    char c = text.charAt(at);
    if (c == '(') {
      int open = at++;
      Expr inner = expr();
      skipSpace();
      if (!peek(')')) {
        throw fail(at, "expected ')' to close the '(' at character %d".formatted(open + 1));
      }
      at++;
      return inner;
    }
    if (isDigit(c) || c == '.') {
      return number();
    }
    if (isNameStart(c)) {
      int start = at;
      String name = name();
      skipSpace();
      if (peek('(')) {
        return call(name, start);
      }
      return reference(name, start);
    }
    throw fail(at, "expected a number, a measure or '(' but found '%s'".formatted(tokenAt(at)));
  }

  private Expr number() {
    int start = at;
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
    if (peek('.')) {
      at++;
      int fraction = at;
      while (at < text.length() && isDigit(text.charAt(at))) {
        at++;
      }
      if (fraction == at && (fraction - 1 == start)) {
        throw fail(start, "expected a number but found '.'");
      }
    }
    if (peek('e') || peek('E')) {
      int mark = at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      int digits = at;
      while (at < text.length() && isDigit(text.charAt(at))) {
        at++;
      }
      if (digits == at) {
        throw fail(mark, "expected the digits of an exponent after '%s'".formatted(text.charAt(mark)));
      }
    }
    return new Constant(Double.parseDouble(text.substring(start, at)));
  }

  private Expr call(String name, int start) {
    Function f = Function.named(name);
    if (f == null) {
      throw fail(start, "unknown function '%s'; use %s".formatted(name,
          Arrays.stream(Function.values()).map(Function::spelling).collect(Collectors.joining(", "))));
    }
    int open = at++;
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (!peek(')')) {
      args.add(expr());
      skipSpace();
      while (peek(',')) {
        at++;
        args.add(expr());
        skipSpace();
      }
    }
    if (!peek(')')) {
      throw fail(at, at == text.length()
          ? "expected ')' to close the '(' at character %d but the formula ends".formatted(open + 1)
          : "expected ',' or ')' but found '%s'".formatted(tokenAt(at)));
    }
    at++;
    if (args.size() < f.minArguments() || args.size() > f.maxArguments()) {
      String wanted = f.maxArguments() == Integer.MAX_VALUE ? "at least " + f.minArguments()
          : Integer.toString(f.minArguments());
      throw fail(start, "%s takes %s argument%s, got %d".formatted(f.spelling(), wanted,
          f.minArguments() == 1 ? "" : "s", args.size()));
    }
    return new Call(f, args);
  }

  private Expr reference(String name, int start) {
    String qualifier = "";
    if (peek('[')) {
      at++;
      skipSpace();
      if (at == text.length() || !isNameStart(text.charAt(at)) && !isDigit(text.charAt(at))) {
        throw fail(at, "expected a qualifier such as 'invention' after '['");
      }
      qualifier = name();
      skipSpace();
      if (!peek(']')) {
        throw fail(at, "expected ']' after the qualifier '%s'".formatted(qualifier));
      }
      at++;
    }
    String unit = "";
    if (peek('@')) {
      at++;
      int s = at;
      while (at < text.length() && isNamePart(text.charAt(at))) {
        at++;
      }
      if (s == at) {
        throw fail(s, "expected a unit code such as FOREIGN or 44 after '@'");
      }
      unit = text.substring(s, at);
    }
    return new Reference(name, qualifier, unit, start);
  }

  private String name() {
    int start = at;
    while (at < text.length() && isNamePart(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private String tokenAt(int i) {
    int end = i + 1;
    if (isNamePart(text.charAt(i))) {
      while (end < text.length() && isNamePart(text.charAt(end))) {
        end++;
      }
    }
    return text.substring(i, end);
  }

  private FormulaException fail(int position, String problem) {
    return new FormulaException(text, position, problem);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }
}
