package org.ipindex.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipindex.core.model.Node;

/**
 * Finds what a request names: the evaluation ({@code year} or {@code release}), units written any
 * way, framework nodes. Anything unknown is a 404 naming it and what there is instead.
 */
final class Select {
  private Select() {}

  /**
   * Returns the evaluation a request on {@code /api/frameworks/{framework}/…} names: a release
   * ({@code release=NAME}, which must be of that framework) or the latest evaluation of an
   * evaluation year ({@code year=Y}, default the newest).
   */
  static Scores scores(Published p, String framework, Query q) {
    String release = q.text("release");
    if (release == null) {
      return p.scores(framework, q.integer("year"));
    }
    if (q.text("year") != null) {
      throw ApiException.badParameter("year", "a release has one evaluation year", "give release or year, not both");
    }
    p.evaluations(framework);
    Scores s = p.release(release);
    if (!s.frameworkName().equals(framework)) {
      throw ApiException.notFound("release " + release, "release '%s' is of framework '%s', not '%s'".formatted(release,
          s.frameworkName(), framework), "ask /api/frameworks/%s/… for it".formatted(s.frameworkName()));
    }
    return s;
  }

  /** Returns the code of a unit of the evaluation, written any way (广东, 广东省, Guangdong, 44, 440000). */
  static String unit(Scores s, Places places, String spelling, String where) {
    if (s.units().contains(spelling)) {
      return spelling;
    }
    String code = places.resolve(spelling).orElseThrow(() -> ApiException.notFound(where,
        "unknown region '%s'".formatted(spelling), "write a province as 广东, 广东省, Guangdong, 44 or 440000 (see /api/regions)"));
    if (!s.units().contains(code)) {
      throw ApiException.notFound(where, "region %s (%s) is not a unit of this evaluation".formatted(spelling, code),
          "the units are " + s.units());
    }
    return code;
  }

  /** Returns the codes of units written any way, each once, in the order given. */
  static List<String> units(Scores s, Places places, List<String> spellings, String where) {
    Set<String> out = new LinkedHashSet<>();
    spellings.forEach(x -> out.add(unit(s, places, x, where)));
    return new ArrayList<>(out);
  }

  /** Returns a node of the evaluation's framework. */
  static Node node(Scores s, String code, String where) {
    return s.framework().find(code).orElseThrow(() -> ApiException.notFound(where,
        "framework '%s' has no node '%s'".formatted(s.frameworkName(), code),
        "see the codes in /api/frameworks/%s (e.g. %s)".formatted(s.frameworkName(), examples(s))));
  }

  /** Returns an indicator (a leaf) of the evaluation's framework. */
  static Node indicator(Scores s, String code, String where) {
    Node n = node(s, code, where);
    if (!s.framework().isIndicator(code)) {
      throw ApiException.notFound(where, "'%s' is a group, not an indicator".formatted(code),
          "name an indicator, e.g. " + s.framework().indicatorsUnder(code).get(0).code());
    }
    return n;
  }

  private static String examples(Scores s) {
    List<Node> nodes = s.framework().nodes();
    return String.join(", ", nodes.subList(0, Math.min(4, nodes.size())).stream().map(Node::code).toList());
  }
}
